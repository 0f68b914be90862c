#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QWidget;

namespace wirescope {

/// The one way ui/ asks the user something through a standard dialog: files and folders,
/// message boxes, a line of text, and running its own modal dialogs. app/ makes the real one
/// (SystemDialogs) and hands it to MainWindow, which hands it to the binder and the panes;
/// tests hand in a scripted one that answers from a queue instead of showing anything. No
/// widget calls QFileDialog::get*, QMessageBox's statics or QInputDialog::get* itself.
///
/// The public calls are fixed; an implementation overrides the four private ask* functions.
class Dialogs
{
public:
    Dialogs() = default;
    virtual ~Dialogs();
    Q_DISABLE_COPY_MOVE(Dialogs)

    /// A file to read; empty when the user cancelled.
    QString openFileName(QWidget *parent,
                         const QString &caption,
                         const QString &directory = {},
                         const QString &filter = {});
    /// Files to read; empty when the user cancelled.
    QStringList openFileNames(QWidget *parent,
                              const QString &caption,
                              const QString &directory = {},
                              const QString &filter = {});
    /// A file to write; empty when the user cancelled. @p selectedFilter, when not null,
    /// receives the filter the user picked (one of @p filter's ";;"-separated entries).
    QString saveFileName(QWidget *parent,
                         const QString &caption,
                         const QString &directory = {},
                         const QString &filter = {},
                         QString *selectedFilter = nullptr);
    /// An existing folder; empty when the user cancelled.
    QString
    existingDirectory(QWidget *parent, const QString &caption, const QString &directory = {});

    /// A question with @p buttons (Enter picks @p defaultButton); the button chosen.
    QMessageBox::StandardButton
    question(QWidget *parent,
             const QString &title,
             const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    void information(QWidget *parent, const QString &title, const QString &text);
    void warning(QWidget *parent, const QString &title, const QString &text);
    void critical(QWidget *parent, const QString &title, const QString &text);

    /// A line of text, starting from @p initial; nullopt when the user cancelled.
    std::optional<QString>
    text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});

    /// Runs the application's own modal @p dialog (an import, code generation, environment
    /// editor, a prepared QMessageBox) and returns its result code.
    int exec(QDialog *dialog);

    enum class FileMode { Open, OpenMany, Save, Directory };
    /// What a file or folder chooser was asked.
    struct FileQuestion
    {
        FileMode mode = FileMode::Open;
        QString caption;
        QString directory;
        QString filter;
    };

private:
    /// The chosen paths (none when cancelled); sets *selectedFilter when not null.
    virtual QStringList
    askFiles(QWidget *parent, const FileQuestion &question, QString *selectedFilter) = 0;
    virtual QMessageBox::StandardButton askMessage(QWidget *parent,
                                                   QMessageBox::Icon icon,
                                                   const QString &title,
                                                   const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton) = 0;
    virtual std::optional<QString> askText(QWidget *parent,
                                           const QString &title,
                                           const QString &label,
                                           const QString &initial) = 0;
    virtual int runDialog(QDialog *dialog) = 0;
};

} // namespace wirescope
