#pragma once

#include "core/model/body.h"

#include "ui/dialogs/dialogshandle.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace wirescope {

class CodeEditor;
class GraphQLBodyEditor;
struct JsonCheck;
class KeyValueTable;
class MultipartEditor;
class VariableContext;

/// The request body: none, raw text with a language (JSON checked live, with the error's
/// line and column), form-urlencoded fields, multipart parts (text or file), or a binary file.
class BodyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyEditor)

public:
    explicit BodyEditor(const VariableContext *context, QWidget *parent = nullptr);
    /// Where its file choosers ask (the window's Dialogs); not owned.
    void setDialogs(Dialogs *dialogs);

    Body body() const;
    void setBody(const Body &body);

    /// Re-indents a valid JSON body (keeping key order).
    void beautify();

    GraphQLBodyEditor *graphqlEditor() const { return m_graphql; } // child

signals:
    void changed();
    /// The user picked a body kind (not emitted by setBody()).
    void kindChosen(wirescope::BodyKind kind);

private:
    void setKind(BodyKind kind);
    void scheduleJsonCheck();
    void checkJson();
    void showJsonCheck(const JsonCheck &check);
    void updateRawControls();

    const VariableContext *m_context; // not owned, may be null
    Body m_body;                      ///< fields this editor does not show are kept from here
    quint64 m_jsonGeneration = 0;

    QButtonGroup *m_kinds = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_beautify = nullptr;
    CodeEditor *m_raw = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QTimer *m_jsonTimer = nullptr;
    KeyValueTable *m_form = nullptr;
    GraphQLBodyEditor *m_graphql = nullptr;
    QLineEdit *m_filePath = nullptr;
    QLineEdit *m_fileType = nullptr;
    MultipartEditor *m_multipart = nullptr;
    DialogsHandle m_dialogs;
};

} // namespace wirescope
