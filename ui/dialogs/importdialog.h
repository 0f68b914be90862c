#pragma once

#include "core/interop/importer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace wirescope {

class Dialogs;

/// File > Import: a Postman, Insomnia, HAR, curl or OpenAPI file, a Bruno collection folder
/// (Folder…), or pasted text (a "Copy as cURL" command, a Postman JSON...). The import runs off
/// the UI thread; the report lists what could not be carried over before the user saves the
/// result as a new collection.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// @p collectionsDirectory is where the new collection's folder is proposed; Browse asks
    /// through @p dialogs (not owned, not null).
    ImportDialog(const QString &collectionsDirectory, Dialogs *dialogs, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    void setText(const QString &text);
    /// Starts the import of the current file or text.
    void startImport();

    /// The result once the import succeeded (then targetDirectory() says where to save it).
    const std::optional<ImportResult> &result() const { return m_result; }
    QString targetDirectory() const;

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void beginImport(); ///< clears the last result; the Import button waits for the run
    void onFinished();

    QString m_collectionsDirectory;
    Dialogs *m_dialogs; // not owned
    QTabWidget *m_source;
    QLineEdit *m_file;
    QPlainTextEdit *m_text;
    QComboBox *m_format;
    QLineEdit *m_target;
    QPlainTextEdit *m_report;
    QLabel *m_status;
    QPushButton *m_importButton;
    QPushButton *m_saveButton;
    QFutureWatcher<Result<ImportResult>> *m_watcher; // child
    std::optional<ImportResult> m_result;
    QString m_sourceName;
};

} // namespace wirescope
