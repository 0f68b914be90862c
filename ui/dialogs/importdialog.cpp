#include "ui/dialogs/importdialog.h"

#include "core/model/collection.h"
#include "ui/dialogs/dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope {

ImportDialog::ImportDialog(const QString &collectionsDirectory, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_collectionsDirectory(collectionsDirectory)
    , m_dialogs(dialogs)
    , m_source(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_format(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_report(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_importButton(new QPushButton(tr("Preview"), this))
    , m_saveButton(new QPushButton(tr("Import"), this))
    , m_watcher(new QFutureWatcher<Result<ImportResult>>(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    resize(680, 520);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setPlaceholderText(
        tr("Paste a curl command, a Postman or Insomnia export, a HAR log or an OpenAPI document"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_importButton->setObjectName(QStringLiteral("importRun"));
    m_importButton->setToolTip(tr("Read the file and show what it holds and what will change, "
                                  "without saving anything"));
    m_saveButton->setObjectName(QStringLiteral("importSave"));
    m_saveButton->setToolTip(tr("Save the collection under \u201cSave as\u201d and open it"));
    m_saveButton->setEnabled(false);

    for (ImportFormat f :
         {ImportFormat::Auto, ImportFormat::Postman, ImportFormat::PostmanEnvironment,
          ImportFormat::Insomnia, ImportFormat::Har, ImportFormat::Curl, ImportFormat::OpenApi,
          ImportFormat::Bruno, ImportFormat::HttpFile})
        m_format->addItem(f == ImportFormat::Auto ? tr("Detect") : importFormatName(f), int(f));

    auto *filePage = new QWidget(m_source);
    auto *fileRow = new QHBoxLayout(filePage);
    auto *browse = new QPushButton(tr("Browse…"), filePage);
    browse->setObjectName(QStringLiteral("importBrowse"));
    browse->setAccessibleName(tr("Choose the file to import"));
    auto *browseFolder = new QPushButton(tr("Folder…"), filePage);
    browseFolder->setObjectName(QStringLiteral("importBrowseFolder"));
    browseFolder->setAccessibleName(tr("Choose a Bruno collection folder to import"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(browseFolder);
    m_source->addTab(filePage, tr("File"));
    m_source->addTab(m_text, tr("Paste"));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save as:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->openFileName(
            this, tr("Import File"), QString(),
            tr("Collections (*.json *.yaml *.yml *.har *.sh *.txt *.http *.rest);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString path =
            m_dialogs->existingDirectory(this, tr("Import Bruno Collection Folder"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_watcher, &QFutureWatcher<Result<ImportResult>>::finished, this,
            &ImportDialog::onFinished);
}

ImportDialog::~ImportDialog()
{
    m_watcher->waitForFinished();
}

void ImportDialog::setFile(const QString &path)
{
    m_source->setCurrentIndex(0);
    m_file->setText(path);
}

void ImportDialog::setText(const QString &text)
{
    m_source->setCurrentIndex(1);
    m_text->setPlainText(text);
}

QString ImportDialog::targetDirectory() const
{
    return m_target->text();
}

void ImportDialog::startImport()
{
    if (m_watcher->isRunning())
        return;
    QByteArray data;
    QString folder;
    const auto format = ImportFormat(m_format->currentData().toInt());
    if (m_source->currentIndex() == 0 && QFileInfo(m_file->text()).isDir()) {
        // A Bruno collection folder: read where it is, nothing outside it.
        const QString dir = m_file->text();
        m_sourceName = QFileInfo(dir).fileName();
        beginImport();
        m_watcher->setFuture(
            QtConcurrent::run([dir, format] { return importDirectory(dir, format); }));
        return;
    }
    if (m_source->currentIndex() == 0) {
        QFile file(m_file->text());
        if (!file.open(QIODevice::ReadOnly)) {
            m_status->setText(tr("Cannot read %1: %2").arg(m_file->text(), file.errorString()));
            return;
        }
        data = file.readAll();
        m_sourceName = QFileInfo(m_file->text()).completeBaseName();
        folder = QFileInfo(m_file->text()).absolutePath(); // for $refs to files beside it
    } else {
        data = m_text->toPlainText().toUtf8();
        m_sourceName = tr("Pasted");
    }
    beginImport();
    const QString name = m_sourceName;
    m_watcher->setFuture(QtConcurrent::run(
        [data, format, name, folder] { return importData(data, format, name, folder); }));
}

void ImportDialog::beginImport()
{
    m_result.reset();
    m_saveButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_status->setText(tr("Importing…"));
}

void ImportDialog::onFinished()
{
    m_importButton->setEnabled(true);
    const Result<ImportResult> result = m_watcher->result();
    if (!result) {
        m_status->setText(tr("Could not import: %1").arg(result.error().message));
        m_report->clear();
        Q_EMIT importFinished(false);
        return;
    }
    m_result = *result;
    if (m_result->collection.name.isEmpty())
        m_result->collection.name = m_sourceName;
    m_result->collection.environments += m_result->environments;
    m_status->setText(tr("%1: %2 requests, %3 environments. %4")
                          .arg(importFormatName(m_result->format))
                          .arg(countRequests(m_result->collection.items))
                          .arg(m_result->collection.environments.size())
                          .arg(m_result->report.isEmpty()
                                   ? tr("Everything was carried over.")
                                   : tr("What was changed or dropped is listed below.")));
    m_report->setPlainText(m_result->report.toText());
    QString target = QDir(m_collectionsDirectory).filePath(m_result->collection.name);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_collectionsDirectory)
                     .filePath(QStringLiteral("%1 %2").arg(m_result->collection.name).arg(n));
    m_target->setText(target);
    m_saveButton->setEnabled(true);
    Q_EMIT importFinished(true);
}

} // namespace wirescope
