#pragma once

#include "core/model/responsebody.h"
#include "ui/response/bodyrenderer.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace wirescope {

class ChunkedTextLoader;
class Dialogs;
class FindBar;
class SyntaxHighlighter;
enum class SyntaxLanguage;

/// The response body: Pretty / Raw / Hex views of the bytes, rendered on a worker thread
/// and fed to the text view a screenful at a time, with find, copy, save and word wrap.
class BodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyView)

public:
    explicit BodyView(QWidget *parent = nullptr);

    void setBody(const ResponseBody &body, const QString &contentType);
    void clear();

    bodyrender::Mode mode() const { return m_mode; }
    void setMode(bodyrender::Mode mode);

    bool wordWrap() const { return m_wordWrap; }
    void setWordWrap(bool wrap);

    /// Where Save Body As asks for a file and reports a failure (not owned); until set, the
    /// real dialogs.
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }

    /// Ctrl+F: shows the find bar over the body.
    void activateFind();
    /// Asks for a file name and writes the whole body there (off the UI thread).
    void saveBodyAs();
    /// Copies the text of the current view.
    void copyText();

    /// True while a view is being rendered or fed to the text view.
    bool isBusy() const;
    /// True when the text shown is being coloured (Pretty JSON/XML/HTML/JavaScript that is
    /// not too big to colour).
    bool isHighlighting() const;

    /// Large bodies show their first 2 MB; this renders the text views again with up to
    /// bodyrender::s_showAllLimit bytes (rendered off the UI thread, fed in slices).
    void showAll();

signals:
    /// The first screen of the current view is visible.
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMode(bodyrender::Mode mode);
    void display(const bodyrender::Rendered &rendered);
    void updateShowAll();
    SyntaxLanguage syntaxFor(const bodyrender::Rendered &rendered) const;

    ResponseBody m_body;
    QString m_contentType;
    bodyrender::Mode m_mode = bodyrender::Mode::Pretty;
    QHash<int, bodyrender::Rendered> m_cache; ///< by Mode
    quint64 m_generation = 0;                 ///< stale worker results are dropped
    int m_pendingRenders = 0;
    bool m_wordWrap = false;
    bool m_binary = false;
    qint64 m_textLimit = bodyrender::s_textLimit;
    Dialogs *m_dialogs = nullptr; // not owned

    QButtonGroup *m_modes = nullptr;
    QToolButton *m_pretty = nullptr;
    QToolButton *m_raw = nullptr;
    QToolButton *m_hex = nullptr;
    QToolButton *m_showAll = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ChunkedTextLoader *m_loader = nullptr;
    SyntaxHighlighter *m_highlighter = nullptr; // child of m_text
    FindBar *m_findBar = nullptr;
};

} // namespace wirescope
