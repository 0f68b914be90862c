#include "ui/request/requesteditor.h"

#include "core/http/requestbuilder.h"
#include "core/http/urlparams.h"
#include "core/vars/resolver.h"
#include "core/vars/unresolved.h"
#include "core/vars/variablecontext.h"
#include "ui/models/keyvaluemodel.h"
#include "ui/request/autheditor.h"
#include "ui/request/bodyeditor.h"
#include "ui/request/graphqlbodyeditor.h"
#include "ui/request/headerdelegate.h"
#include "ui/request/previewvariables.h"
#include "ui/request/requestsettingseditor.h"
#include "ui/request/urllineedit.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/erroradvice.h"
#include "ui/widgets/keyvaluetable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

enum Tab { ParamsTab, HeadersTab, BodyTab, AuthTab, SettingsTab };

const char *const s_methods[] = {"GET",    "POST", "PUT",     "PATCH",
                                 "DELETE", "HEAD", "OPTIONS", "TRACE"};

/// Form pages scroll instead of imposing their height on the splitter.
QWidget *scrollable(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

} // namespace

RequestEditor::RequestEditor(const VariableContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("requestEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    for (const char *method : s_methods) {
        m_method->addItem(QLatin1String(method));
        m_method->setItemData(m_method->count() - 1, display::methodColor(QLatin1String(method)),
                              Qt::ForegroundRole);
    }
    // Any RFC 9110 token is a method (PURGE, PROPFIND...); nothing else can be typed.
    m_method->lineEdit()->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[!#$%&'*+.^_`|~0-9A-Za-z-]+")), m_method));
    m_method->setMinimumContentsLength(8);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QFont bold = m_method->font();
    bold.setBold(true);
    m_method->setFont(bold);

    m_url = new UrlLineEdit(context, this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setPlaceholderText(tr("Enter a URL, e.g. https://example.com/api?x=1 (Ctrl+L)"));
    m_url->setClearButtonEnabled(true);

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    bar->addWidget(m_method);
    bar->addWidget(m_url, 1);
    bar->addWidget(m_send);
    layout->addLayout(bar);

    m_urlError = new QLabel(this);
    m_urlError->setObjectName(QStringLiteral("urlErrorLabel"));
    m_urlError->setAccessibleName(tr("URL problem"));
    m_urlError->setWordWrap(true);
    m_urlError->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_urlError->hide();
    connect(m_urlError, &QLabel::linkActivated, this, [this](const QString &link) {
        emit fixRequested(link == QLatin1String("fix:environment") ? Fix::PickEnvironment
                                                                   : Fix::EditVariables);
    });
    layout->addWidget(m_urlError);

    m_secretWarning = new QLabel(this);
    m_secretWarning->setObjectName(QStringLiteral("secretWarningLabel"));
    m_secretWarning->setAccessibleName(tr("Secrets warning"));
    m_secretWarning->setWordWrap(true);
    m_secretWarning->setTextFormat(Qt::PlainText);
    m_secretWarning->setStyleSheet(QStringLiteral("color: #e37400;"));
    m_secretWarning->hide();
    layout->addWidget(m_secretWarning);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setDocumentMode(true);

    auto *params = new QWidget(m_tabs);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->setContentsMargins(0, 4, 0, 0);
    m_params = new KeyValueTable(params);
    m_params->setObjectName(QStringLiteral("paramsTable"));
    m_params->setAccessibleName(tr("Query parameters"));
    m_params->keyValueModel()->setPlaceholders(tr("Add parameter"), tr("Value"));
    m_pathLabel = new QLabel(tr("Path variables"), params);
    m_pathVariables = new KeyValueTable(params);
    m_pathVariables->setObjectName(QStringLiteral("pathVariablesTable"));
    m_pathVariables->setAccessibleName(tr("Path variables"));
    m_pathVariables->keyValueModel()->setEditMode(KeyValueModel::EditMode::ValuesOnly);
    paramsLayout->addWidget(m_params, 2);
    paramsLayout->addWidget(m_pathLabel);
    paramsLayout->addWidget(m_pathVariables, 1);
    m_tabs->addTab(params, tr("Params"));

    m_headers = new KeyValueTable(m_tabs);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->keyValueModel()->setPlaceholders(tr("Add header"), tr("Value"));
    m_headers->setItemDelegate(new HeaderDelegate(m_headers));
    m_tabs->addTab(m_headers, tr("Headers"));

    m_body = new BodyEditor(context);
    m_tabs->addTab(scrollable(m_body, m_tabs), tr("Body"));
    m_auth = new AuthEditor;
    m_tabs->addTab(scrollable(m_auth, m_tabs), tr("Auth"));
    m_settings = new RequestSettingsEditor;
    m_tabs->addTab(scrollable(m_settings, m_tabs), tr("Settings"));
    layout->addWidget(m_tabs, 1);

    connect(m_url, &QLineEdit::textEdited, this, &RequestEditor::onUrlEdited);
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (!m_busy)
            emit sendRequested();
    });
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::requestChanged);
    connect(m_method, &QComboBox::currentTextChanged, this, [this](const QString &method) {
        QPalette palette = m_method->lineEdit()->palette();
        palette.setColor(QPalette::Text, display::methodColor(method.trimmed().toUpper()));
        m_method->lineEdit()->setPalette(palette);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            emit cancelRequested();
        else
            emit sendRequested();
    });
    connect(m_params->keyValueModel(), &KeyValueModel::edited, this,
            &RequestEditor::onParamsEdited);
    connect(m_pathVariables->keyValueModel(), &KeyValueModel::edited, this,
            &RequestEditor::requestChanged);
    connect(m_headers->keyValueModel(), &KeyValueModel::edited, this,
            &RequestEditor::onHeadersEdited);
    connect(m_body, &BodyEditor::changed, this, &RequestEditor::requestChanged);
    connect(m_body, &BodyEditor::kindChosen, this, [this](BodyKind kind) {
        if (kind == BodyKind::GraphQL)
            matchMethodToTransport(m_body->graphqlEditor()->body().transport);
    });
    connect(m_body->graphqlEditor(), &GraphQLBodyEditor::transportChosen, this,
            &RequestEditor::matchMethodToTransport);
    connect(m_auth, &AuthEditor::changed, this, &RequestEditor::requestChanged);
    connect(m_settings, &RequestSettingsEditor::changed, this, &RequestEditor::requestChanged);

    setBusy(false);
    setRequest(Request{});
}

void RequestEditor::setOAuthAuthorizer(oauth::OAuthAuthorizer *authorizer)
{
    m_auth->setOAuthServices(authorizer, m_context);
}

Request RequestEditor::request() const
{
    Request r = m_base;
    r.method = m_method->currentText().trimmed();
    if (r.method.isEmpty())
        r.method = QStringLiteral("GET");
    r.url = m_url->text().trimmed();
    r.queryParams = m_params->keyValueModel()->rows();
    r.pathVariables = m_pathVariables->keyValueModel()->rows();
    r.headers = m_headers->keyValueModel()->rows();
    r.body = m_body->body();
    r.auth = m_auth->auth();
    r.settings = m_settings->settings();
    return r;
}

GraphQLBodyEditor *RequestEditor::graphqlEditor() const
{
    return m_body->graphqlEditor();
}

void RequestEditor::matchMethodToTransport(GraphQLTransport transport)
{
    // As Insomnia: choosing GraphQL on a GET request makes it a POST, unless the operation is
    // to go as GET with URL parameters. The engine sends the transport's method in any case;
    // the method box shows it instead of a method that would not be used.
    const QString method =
        transport == GraphQLTransport::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    if (m_method->currentText().trimmed().compare(method, Qt::CaseInsensitive) != 0)
        m_method->setCurrentText(method); // currentTextChanged: requestChanged
}

void RequestEditor::setRequest(const Request &request)
{
    m_base = request;
    const QSignalBlocker blocker(m_method);
    m_method->setCurrentText(request.method);
    m_url->setText(request.url);
    m_lastUrlText = request.url;
    // The URL is the truth for enabled params; disabled ones live only in the table.
    m_params->keyValueModel()->setRows(mergeQueryFromUrl(request.url, request.queryParams));
    m_pathVariables->keyValueModel()->setRows(
        mergePathVariables(request.url, request.pathVariables));
    m_headers->keyValueModel()->setRows(request.headers);
    m_body->setBody(request.body);
    m_auth->setAuth(request.auth);
    m_settings->setSettings(request.settings);
    validateUrl(false);
    updateTabTitles();
}

void RequestEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    m_send->setIcon(
        QIcon(busy ? QStringLiteral(":/icons/cancel.svg") : QStringLiteral(":/icons/send.svg")));
    m_send->setToolTip(busy ? tr("Cancel the request (Esc)") : tr("Send the request (Ctrl+Enter)"));
    m_send->setAccessibleName(busy ? tr("Cancel request") : tr("Send request"));
}

void RequestEditor::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void RequestEditor::refreshVariables()
{
    m_url->refreshHighlighting();
    validateUrl(false);
    m_tabs->currentWidget()->update(); // the tables colour {{variables}} as they paint
}

void RequestEditor::setSecretWarning(const QString &text)
{
    m_secretWarning->setText(text);
    m_secretWarning->setVisible(!text.isEmpty());
}

QString RequestEditor::secretWarning() const
{
    return m_secretWarning->text();
}

void RequestEditor::addIgnoredTlsError(const IgnoredTlsError &error)
{
    m_settings->addIgnoredTlsError(error);
}

bool RequestEditor::validateForSend(bool scriptsRunFirst)
{
    validateUrl(true, scriptsRunFirst);
    return urlError().isEmpty();
}

QString RequestEditor::urlError() const
{
    return m_urlError->property("isError").toBool() ? m_urlErrorText : QString();
}

void RequestEditor::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void RequestEditor::setPageTitle(QWidget *page, const QString &title)
{
    const int index = m_tabs->indexOf(page);
    if (index >= 0)
        m_tabs->setTabText(index, title);
}

void RequestEditor::onUrlEdited(const QString &text)
{
    // A pasted "Copy as cURL" command becomes the whole request (the tab parses it). Only a
    // paste (many characters at once), not typing, so "curl" can still be typed into a URL.
    const qsizetype inserted = text.size() - m_lastUrlText.size();
    m_lastUrlText = text;
    if (inserted > 1 && text.trimmed().startsWith(QLatin1String("curl "))) {
        emit curlPasted(text);
        return;
    }
    KeyValueModel *params = m_params->keyValueModel();
    params->setRows(mergeQueryFromUrl(text, params->rows()));
    KeyValueModel *path = m_pathVariables->keyValueModel();
    path->setRows(mergePathVariables(text, path->rows()));
    validateUrl(false);
    updateTabTitles();
    emit requestChanged();
}

void RequestEditor::onParamsEdited()
{
    const QString url = urlWithQuery(m_url->text(), m_params->keyValueModel()->rows());
    if (url != m_url->text()) {
        m_url->setText(url);
        m_lastUrlText = url;
    }
    validateUrl(false);
    updateTabTitles();
    emit requestChanged();
}

void RequestEditor::onHeadersEdited()
{
    updateTabTitles();
    emit requestChanged();
}

void RequestEditor::validateUrl(bool forSend, bool scriptsRunFirst)
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        if (forSend)
            setUrlMessage(tr("Enter a URL to send the request to."), true);
        else
            setUrlMessage({}, false);
        return;
    }
    // Validate what will be sent: variables and path variables filled in first.
    static const VariableContext s_noVariables;
    const Resolution resolved =
        resolveText(text, m_context ? *m_context : s_noVariables, previewDynamicVariables());
    const QStringList missing = unresolvedUrlVariables();
    if (!missing.isEmpty()) {
        // Named before sending, in the user's spelling: never Qt's complaint about "%7B".
        const QString problem = ErrorAdvisor::sentence(
            describeUnresolved(missing, m_context ? *m_context : s_noVariables));
        const QString links =
            QStringLiteral(
                "<a href=\"fix:variables\">%1</a> &nbsp; <a href=\"fix:environment\">%2</a>")
                .arg(tr("Define it…"), tr("Pick an environment"));
        const bool blocks = forSend && !scriptsRunFirst;
        setUrlMessage(problem + u' '
                          + (blocks ? tr("Nothing was sent: define it in the collection, an "
                                         "environment or the globals, or pick an environment "
                                         "that has it.")
                                    : tr("Define it, or pick an environment that has it, before "
                                         "sending (a pre-request script may set it).")),
                      blocks, links);
        return;
    }
    const QString substituted =
        substitutePathVariables(resolved.text, m_pathVariables->keyValueModel()->rows());
    const auto url = parseHttpUrl(substituted);
    if (!url) {
        setUrlMessage(ErrorAdvisor::sentence(url.error().message), true);
        return;
    }
    setUrlMessage({}, false);
}

QStringList RequestEditor::unresolvedUrlVariables() const
{
    static const VariableContext s_noVariables;
    const VariableContext &context = m_context ? *m_context : s_noVariables;
    const DynamicVariables dynamic = previewDynamicVariables();
    QStringList names = resolveText(m_url->text().trimmed(), context, dynamic).unresolved;
    for (const KeyValue &pv : m_pathVariables->keyValueModel()->rows()) {
        if (!pv.enabled)
            continue;
        for (const QString &name : resolveText(pv.value, context, dynamic).unresolved) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void RequestEditor::setUrlMessage(const QString &message, bool error, const QString &links)
{
    m_urlErrorText = message;
    m_urlError->setProperty("isError", error && !message.isEmpty());
    // Plain text unless there are links, so the label reads exactly as the message.
    m_urlError->setTextFormat(links.isEmpty() ? Qt::PlainText : Qt::RichText);
    m_urlError->setText(links.isEmpty() ? message
                                        : message.toHtmlEscaped() + QStringLiteral("<br>") + links);
    m_urlError->setStyleSheet(error ? QStringLiteral("color: #d93025;")
                                    : QStringLiteral("color: #e37400;"));
    m_urlError->setVisible(!message.isEmpty());
    m_url->setToolTip(message);
}

void RequestEditor::updateTabTitles()
{
    const auto count = [](const KeyValueList &rows) {
        return std::count_if(rows.begin(), rows.end(),
                             [](const KeyValue &kv) { return kv.enabled && !kv.name.isEmpty(); });
    };
    const auto title = [](const QString &name, qsizetype n) {
        return n > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(n) : name;
    };
    m_tabs->setTabText(ParamsTab, title(tr("Params"), count(m_params->keyValueModel()->rows())));
    m_tabs->setTabText(HeadersTab, title(tr("Headers"), count(m_headers->keyValueModel()->rows())));
    const bool hasPath = !m_pathVariables->keyValueModel()->rows().isEmpty();
    m_pathLabel->setVisible(hasPath);
    m_pathVariables->setVisible(hasPath);
}

void RequestEditor::setDialogs(Dialogs *dialogs)
{
    m_body->setDialogs(dialogs);
    m_settings->setDialogs(dialogs);
}

} // namespace wirescope
