#pragma once

#include "core/model/request.h"
#include "core/vars/variablecontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace wirescope {

class Dialogs;

/// "Generate Code": the current request as curl, HTTPie, Python requests, fetch, axios,
/// Node.js https or C++/Qt, with variables resolved or left as {{name}}; copy or save.
/// What a language cannot express is listed under the code.
class CodeSnippetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeSnippetDialog)

public:
    /// Save asks for the file through @p dialogs (not owned, not null).
    CodeSnippetDialog(const Request &request,
                      const VariableContext &variables,
                      Dialogs *dialogs,
                      QWidget *parent = nullptr);
    ~CodeSnippetDialog() override;

    QString code() const;
    void selectLanguage(const QString &id);

private:
    void regenerate();

    Request m_request;
    VariableContext m_variables;
    Dialogs *m_dialogs; // not owned
    QComboBox *m_language;
    QCheckBox *m_resolve;
    QPlainTextEdit *m_code;
    QLabel *m_notes;
};

} // namespace wirescope
