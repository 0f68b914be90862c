#include "ui/dialogs/codesnippetdialog.h"

#include "core/interop/codegen.h"
#include "ui/dialogs/dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace wirescope {

CodeSnippetDialog::CodeSnippetDialog(const Request &request,
                                     const VariableContext &variables,
                                     Dialogs *dialogs,
                                     QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_variables(variables)
    , m_dialogs(dialogs)
    , m_language(new QComboBox(this))
    , m_resolve(new QCheckBox(tr("Resolve variables"), this))
    , m_code(new QPlainTextEdit(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("codeSnippetDialog"));
    setWindowTitle(tr("Generate Code"));
    resize(720, 480);
    m_language->setObjectName(QStringLiteral("codeLanguage"));
    m_language->setAccessibleName(tr("Language"));
    for (CodeLanguage language : supportedLanguages())
        m_language->addItem(codeLanguageDisplayName(language), codeLanguageId(language));
    m_resolve->setObjectName(QStringLiteral("resolveVariables"));
    m_resolve->setChecked(true);
    m_code->setObjectName(QStringLiteral("codeText"));
    m_code->setAccessibleName(tr("Generated code"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_notes->setObjectName(QStringLiteral("codeNotes"));
    m_notes->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_language, 1);
    top->addWidget(m_resolve);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCode"));
    QPushButton *save = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveCode"));
    save->setAccessibleName(tr("Save the code to a file"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(code()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const std::optional<CodeLanguage> language =
            codeLanguageFromId(m_language->currentData().toString());
        const QString suffix = language ? codeLanguageFileSuffix(*language) : QStringLiteral("txt");
        const QString path =
            m_dialogs->saveFileName(this, tr("Save Code"), QStringLiteral("request.") + suffix);
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(code().toUtf8()) < 0 || !file.commit())
            m_notes->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &CodeSnippetDialog::regenerate);
    connect(m_resolve, &QCheckBox::toggled, this, &CodeSnippetDialog::regenerate);
    regenerate();
}

CodeSnippetDialog::~CodeSnippetDialog() = default;

QString CodeSnippetDialog::code() const
{
    return m_code->toPlainText();
}

void CodeSnippetDialog::selectLanguage(const QString &id)
{
    const int index = m_language->findData(id);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void CodeSnippetDialog::regenerate()
{
    const std::optional<CodeLanguage> language =
        codeLanguageFromId(m_language->currentData().toString());
    if (!language)
        return;
    CodegenOptions options;
    options.resolveVariables = m_resolve->isChecked();
    options.variables = m_variables;
    QStringList notes;
    const Result<QString> code = generateCode(m_request, *language, options, &notes);
    if (!code) {
        m_code->clear();
        m_notes->setText(tr("Cannot generate code: %1").arg(code.error().message));
        return;
    }
    m_code->setPlainText(*code);
    m_notes->setText(
        notes.isEmpty()
            ? QString()
            : tr("Not expressed in this language: %1").arg(notes.join(QStringLiteral("; "))));
}

} // namespace wirescope
