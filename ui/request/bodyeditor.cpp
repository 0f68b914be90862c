#include "ui/request/bodyeditor.h"

#include "core/http/jsonsyntax.h"
#include "core/http/requestbuilder.h"
#include "core/vars/resolver.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/request/graphqlbodyeditor.h"
#include "ui/request/multiparteditor.h"
#include "ui/request/previewvariables.h"
#include "ui/response/bodyrenderer.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/keyvaluetable.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope {

/// A JSON problem found in the text as sent (variables filled in), and whether its line and
/// column also hold in the text as typed.
struct JsonCheck
{
    std::optional<JsonSyntaxProblem> problem;
    bool sameLines = true;
    bool sameText = true;
};

namespace {

SyntaxLanguage syntaxFor(RawLanguage language)
{
    switch (language) {
    case RawLanguage::Json:
        return SyntaxLanguage::Json;
    case RawLanguage::Xml:
    case RawLanguage::Html:
        return SyntaxLanguage::Xml;
    case RawLanguage::JavaScript:
        return SyntaxLanguage::JavaScript;
    case RawLanguage::Text:
        break;
    }
    return SyntaxLanguage::None;
}

constexpr RawLanguage s_languages[] = {RawLanguage::Json, RawLanguage::Text, RawLanguage::Xml,
                                       RawLanguage::Html, RawLanguage::JavaScript};

} // namespace

BodyEditor::BodyEditor(const VariableContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("bodyEditor"));
    auto *layout = new QVBoxLayout(this);

    auto *kinds = new QHBoxLayout;
    m_kinds = new QButtonGroup(this);
    const auto addKind = [&](const QString &text, const QString &name, BodyKind kind) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(name);
        m_kinds->addButton(radio, int(kind));
        kinds->addWidget(radio);
        return radio;
    };
    addKind(tr("None"), QStringLiteral("bodyNone"), BodyKind::None);
    addKind(tr("Raw"), QStringLiteral("bodyRaw"), BodyKind::Raw);
    addKind(tr("Form URL-encoded"), QStringLiteral("bodyForm"), BodyKind::FormUrlEncoded);
    addKind(tr("Multipart"), QStringLiteral("bodyMultipart"), BodyKind::Multipart);
    addKind(tr("Binary file"), QStringLiteral("bodyBinary"), BodyKind::Binary);
    addKind(tr("GraphQL"), QStringLiteral("bodyGraphQL"), BodyKind::GraphQL);
    kinds->addStretch(1);
    layout->addLayout(kinds);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *none = new QLabel(tr("This request has no body."), m_pages);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_pages->addWidget(none);

    auto *raw = new QWidget(m_pages);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawBar = new QHBoxLayout;
    m_language = new QComboBox(raw);
    m_language->setObjectName(QStringLiteral("bodyLanguageCombo"));
    m_language->setAccessibleName(tr("Body language"));
    for (RawLanguage language : s_languages) {
        static const char *const names[] = {"Text", "JSON", "XML", "HTML", "JavaScript"};
        m_language->addItem(tr(names[int(language)]), int(language));
    }
    m_beautify = new QPushButton(tr("Beautify"), raw);
    m_beautify->setObjectName(QStringLiteral("beautifyButton"));
    m_beautify->setToolTip(tr("Indent the JSON body (key order kept)"));
    m_jsonStatus = new QLabel(raw);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatusLabel"));
    m_jsonStatus->setTextFormat(Qt::PlainText);
    rawBar->addWidget(m_language);
    rawBar->addWidget(m_beautify);
    rawBar->addWidget(m_jsonStatus, 1);
    rawLayout->addLayout(rawBar);
    m_raw = new CodeEditor(raw);
    m_raw->setObjectName(QStringLiteral("bodyRawEdit"));
    m_raw->setAccessibleName(tr("Raw body"));
    m_raw->setFont(display::fixedFont());
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setPlaceholderText(tr("Request body; {{variables}} are filled in when sent"));
    rawLayout->addWidget(m_raw, 1);
    m_pages->addWidget(raw);

    m_form = new KeyValueTable(m_pages);
    m_form->setObjectName(QStringLiteral("bodyFormTable"));
    m_form->setAccessibleName(tr("Form fields"));
    m_form->keyValueModel()->setPlaceholders(tr("Add field"), tr("Value"));
    m_pages->addWidget(m_form);

    m_multipart = new MultipartEditor(m_pages);
    m_pages->addWidget(m_multipart);

    auto *binary = new QWidget(m_pages);
    auto *binaryLayout = new QFormLayout(binary);
    binaryLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *fileRow = new QHBoxLayout;
    m_filePath = new QLineEdit(binary);
    m_filePath->setObjectName(QStringLiteral("bodyFilePath"));
    m_filePath->setAccessibleName(tr("Body file"));
    m_filePath->setPlaceholderText(tr("Path of the file to send"));
    auto *browse = new QPushButton(tr("Browse…"), binary);
    browse->setObjectName(QStringLiteral("bodyFileBrowse"));
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browse);
    m_fileType = new QLineEdit(binary);
    m_fileType->setObjectName(QStringLiteral("bodyFileContentType"));
    m_fileType->setAccessibleName(tr("Content type of the file"));
    m_fileType->setPlaceholderText(QStringLiteral("application/octet-stream"));
    binaryLayout->addRow(tr("File:"), fileRow);
    binaryLayout->addRow(tr("Content-Type:"), m_fileType);
    m_pages->addWidget(binary);

    m_graphql = new GraphQLBodyEditor(m_pages); // page index = int(BodyKind::GraphQL)
    m_pages->addWidget(m_graphql);

    m_jsonTimer = new QTimer(this);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(250);
    connect(m_jsonTimer, &QTimer::timeout, this, &BodyEditor::checkJson);

    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) {
        setKind(BodyKind(id));
        emit kindChosen(BodyKind(id));
        emit changed();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        updateRawControls();
        emit changed();
    });
    connect(m_raw, &QPlainTextEdit::textChanged, this, [this] {
        scheduleJsonCheck();
        emit changed();
    });
    connect(m_beautify, &QPushButton::clicked, this, &BodyEditor::beautify);
    connect(m_form->keyValueModel(), &KeyValueModel::edited, this, &BodyEditor::changed);
    connect(m_multipart, &MultipartEditor::changed, this, &BodyEditor::changed);
    connect(m_graphql, &GraphQLBodyEditor::changed, this, &BodyEditor::changed);
    connect(m_filePath, &QLineEdit::textEdited, this, &BodyEditor::changed);
    connect(m_fileType, &QLineEdit::textEdited, this, &BodyEditor::changed);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            m_dialogs->openFileName(this, tr("Choose the Body File"), m_filePath->text());
        if (!path.isEmpty()) {
            m_filePath->setText(path);
            emit changed();
        }
    });
    setBody(Body{});
}

Body BodyEditor::body() const
{
    Body b = m_body;
    b.kind = BodyKind(m_kinds->checkedId());
    b.language = RawLanguage(m_language->currentData().toInt());
    b.raw = m_raw->toPlainText();
    b.form = m_form->keyValueModel()->rows();
    b.multipart = m_multipart->parts();
    b.binaryFilePath = m_filePath->text();
    b.binaryContentType = m_fileType->text().trimmed();
    b.graphql = m_graphql->body();
    return b;
}

void BodyEditor::setBody(const Body &body)
{
    m_body = body;
    m_language->setCurrentIndex(m_language->findData(int(body.language)));
    m_raw->setPlainText(body.raw);
    m_form->keyValueModel()->setRows(body.form);
    m_filePath->setText(body.binaryFilePath);
    m_fileType->setText(body.binaryContentType);
    m_multipart->setParts(body.multipart);
    m_graphql->setBody(body.graphql);
    setKind(body.kind);
}

void BodyEditor::setKind(BodyKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    m_pages->setCurrentIndex(int(kind));
    updateRawControls();
}

void BodyEditor::updateRawControls()
{
    const RawLanguage language = RawLanguage(m_language->currentData().toInt());
    const bool json = language == RawLanguage::Json;
    m_beautify->setVisible(json);
    m_jsonStatus->setVisible(json);
    m_raw->setSyntax(syntaxFor(language));
    if (json)
        scheduleJsonCheck();
    else
        m_raw->setErrorLine(0, {});
}

void BodyEditor::scheduleJsonCheck()
{
    if (RawLanguage(m_language->currentData().toInt()) == RawLanguage::Json)
        m_jsonTimer->start();
}

void BodyEditor::checkJson()
{
    const QString text = m_raw->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_jsonStatus->clear();
        m_raw->setErrorLine(0, {});
        return;
    }
    VariableContext context = m_context ? *m_context : VariableContext{};
    const quint64 generation = ++m_jsonGeneration;
    auto *watcher = new QFutureWatcher<JsonCheck>(this);
    connect(watcher, &QFutureWatcher<JsonCheck>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_jsonGeneration)
            return;
        showJsonCheck(watcher->result());
    });
    // Variables are filled in first, as when sending, so {{n}} in a number position is fine.
    watcher->setFuture(QtConcurrent::run([text, context] {
        const Resolution resolved = resolveText(text, context, previewDynamicVariables());
        JsonCheck check;
        check.problem = findJsonSyntaxProblem(resolved.text.toUtf8());
        check.sameText = resolved.text == text;
        check.sameLines = resolved.text.count(u'\n') == text.count(u'\n');
        return check;
    }));
}

void BodyEditor::showJsonCheck(const JsonCheck &check)
{
    const auto &problem = check.problem;
    m_jsonStatus->setText(problem ? tr("Invalid JSON: %1").arg(problem->text()) : tr("Valid JSON"));
    m_jsonStatus->setStyleSheet(problem ? QStringLiteral("color: #d93025;")
                                        : QStringLiteral("color: #188038;"));
    // A variable's value can move the spot: mark the line (and column) only where they hold.
    if (problem && check.sameLines)
        m_raw->setErrorAt(problem->line, check.sameText ? problem->column : 0, problem->reason);
    else
        m_raw->setErrorLine(0, {});
}

void BodyEditor::beautify()
{
    const QByteArray json = m_raw->toPlainText().toUtf8();
    if (jsonSyntaxError(json))
        return; // the status line already says why
    m_raw->setPlainText(bodyrender::prettyJson(json));
}

void BodyEditor::setDialogs(Dialogs *dialogs)
{
    m_dialogs.set(dialogs);
    m_multipart->setDialogs(dialogs);
}

} // namespace wirescope
