#include "ui/socketio/socketiotab.h"

#include "core/http/jsonsyntax.h"
#include "core/model/error.h"
#include "core/stream/streammessagejson.h"
#include "core/vars/resolver.h"
#include "ui/request/urllineedit.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/streamtabtext.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/erroradvice.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace wirescope {

namespace {

const QString s_keySplitter = QStringLiteral("socketIoTab/splitter");

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString stateText(SocketIoClient::State state)
{
    switch (state) {
    case SocketIoClient::State::Closed:
        return SocketIoTab::tr("Disconnected");
    case SocketIoClient::State::Connecting:
        return SocketIoTab::tr("Connecting\u2026");
    case SocketIoClient::State::Handshaking:
        return SocketIoTab::tr("Handshaking\u2026");
    case SocketIoClient::State::Joining:
        return SocketIoTab::tr("Joining\u2026");
    case SocketIoClient::State::Connected:
        return SocketIoTab::tr("Connected");
    }
    return {};
}

// Parses @p text as JSON: the document, or nullopt with @p error saying where it is broken.
std::optional<QJsonDocument> parseJson(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    if (const auto problem = findJsonSyntaxProblem(utf8)) {
        *error = problem->text();
        return std::nullopt;
    }
    return QJsonDocument::fromJson(utf8);
}

} // namespace

SocketIoTab::SocketIoTab(SocketIoClient *client, const VariableContext *context, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_context(context)
{
    setObjectName(QStringLiteral("socketIoTab"));
    m_client->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(buildConnectionRows());

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("sioBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("sioSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_log = new MessageLogPane(m_client->log(), MessageLogPane::Entries::Messages, m_splitter);
    m_log->setCountersText(&streamtext::counters);
    m_splitter->addWidget(m_log);
    m_splitter->addWidget(buildComposer());
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    m_splitter->restoreState(QSettings().value(s_keySplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(s_keySplitter, m_splitter->saveState()); });

    connect(m_connect, &QPushButton::clicked, this, &SocketIoTab::toggleConnection);
    connect(m_url, &QLineEdit::returnPressed, this, &SocketIoTab::connectToServer);
    connect(m_url, &QLineEdit::textChanged, this, &SocketIoTab::titleChanged);
    connect(m_client, &SocketIoClient::stateChanged, this, &SocketIoTab::onStateChanged);
    connect(m_client, &SocketIoClient::connected, m_banner, &MessageBanner::clear);
    connect(m_client, &SocketIoClient::errorOccurred, this, &SocketIoTab::onError);
    connect(m_client, &SocketIoClient::closed, this, [this] { m_log->updateCounters(); });
    connect(m_client, &SocketIoClient::ackReceived, this,
            [this](qint64 id, const QJsonArray &args) {
                showEmitStatus(tr("Acknowledged (id %1): %2").arg(id).arg(compact(args)), false);
            });
    connect(m_client, &SocketIoClient::ackTimedOut, this, [this](qint64 id, const QString &event) {
        showEmitStatus(
            tr("No acknowledgement for \u201c%1\u201d (id %2) in time.").arg(event).arg(id), true);
    });
    onStateChanged(m_client->state());
}

SocketIoTab::~SocketIoTab()
{
    emit closing();
    // The client goes first: nothing it says on the way out may reach half-gone children,
    // and the list must stop reading its log.
    m_client->disconnect(this);
    delete m_log;
    delete m_client;
}

QWidget *SocketIoTab::buildConnectionRows()
{
    auto *rows = new QWidget(this);
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *urlRow = new QHBoxLayout;
    m_url = new UrlLineEdit(m_context, rows);
    m_url->setObjectName(QStringLiteral("sioUrl"));
    m_url->setAccessibleName(tr("Socket.IO URL"));
    m_url->setPlaceholderText(tr("http://host:port (the path defaults to /socket.io/)"));
    m_namespace = new QLineEdit(QStringLiteral("/"), rows);
    m_namespace->setObjectName(QStringLiteral("sioNamespace"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->setToolTip(tr("The namespace to connect, such as / or /admin"));
    m_namespace->setMaximumWidth(m_namespace->fontMetrics().horizontalAdvance(QLatin1Char('M'))
                                 * 12);
    m_connect = new QPushButton(tr("Connect"), rows);
    m_connect->setObjectName(QStringLiteral("sioConnectButton"));
    m_connect->setDefault(true);
    m_state = new QLabel(rows);
    m_state->setObjectName(QStringLiteral("sioState"));
    m_state->setAccessibleName(tr("Connection state"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMinimumWidth(m_state->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_namespace);
    urlRow->addWidget(m_connect);
    urlRow->addWidget(m_state);
    layout->addLayout(urlRow);

    auto *authRow = new QHBoxLayout;
    auto *authLabel = new QLabel(tr("&Auth:"), rows);
    m_auth = new QLineEdit(rows);
    m_auth->setObjectName(QStringLiteral("sioAuth"));
    m_auth->setAccessibleName(tr("Auth object (JSON)"));
    m_auth->setFont(display::fixedFont());
    m_auth->setPlaceholderText(tr("{\"token\": \"\u2026\"} sent with the namespace's CONNECT; "
                                  "empty for none"));
    authLabel->setBuddy(m_auth);
    authRow->addWidget(authLabel);
    authRow->addWidget(m_auth, 1);
    layout->addLayout(authRow);
    return rows;
}

QWidget *SocketIoTab::buildComposer()
{
    auto *composer = new QWidget(m_splitter);
    composer->setObjectName(QStringLiteral("sioComposer"));
    auto *layout = new QVBoxLayout(composer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_event = new QLineEdit(composer);
    m_event->setObjectName(QStringLiteral("sioEvent"));
    m_event->setAccessibleName(tr("Event name"));
    m_event->setPlaceholderText(tr("Event name"));
    m_ack = new QCheckBox(tr("Wait for &ack"), composer);
    m_ack->setObjectName(QStringLiteral("sioAck"));
    m_ack->setAccessibleName(tr("Wait for an acknowledgement"));
    m_send = new QPushButton(tr("Send"), composer);
    m_send->setObjectName(QStringLiteral("sioSend"));
    m_send->setAccessibleName(tr("Send the event"));
    m_send->setToolTip(tr("Emit the event (Ctrl+Enter)"));
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    bar->addWidget(m_event, 1);
    bar->addWidget(m_ack);
    bar->addWidget(m_send);
    layout->addLayout(bar);

    m_args = new QPlainTextEdit(composer);
    m_args->setObjectName(QStringLiteral("sioArgs"));
    m_args->setAccessibleName(tr("Event arguments (a JSON array)"));
    m_args->setFont(display::fixedFont());
    m_args->setPlaceholderText(tr("[\"hello\", {\"n\": 1}] \u2014 the arguments as a JSON array; "
                                  "Ctrl+Enter sends."));
    m_args->setTabChangesFocus(true);
    layout->addWidget(m_args, 1);
    m_emitStatus = new QLabel(composer);
    m_emitStatus->setObjectName(QStringLiteral("sioEmitStatus"));
    m_emitStatus->setAccessibleName(tr("Last emit"));
    m_emitStatus->setWordWrap(true);
    m_emitStatus->setTextFormat(Qt::PlainText);
    m_emitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emitStatus->hide();
    layout->addWidget(m_emitStatus);

    connect(m_send, &QPushButton::clicked, this, &SocketIoTab::emitFromComposer);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, composer);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &SocketIoTab::emitFromComposer);
    }
    return composer;
}

void SocketIoTab::toggleConnection()
{
    if (m_client->state() == SocketIoClient::State::Closed)
        connectToServer();
    else
        disconnectFromServer();
}

std::optional<SocketIoOptions> SocketIoTab::options()
{
    static const VariableContext s_noVariables;
    const VariableContext &context = m_context ? *m_context : s_noVariables;
    const auto resolve = [&context](const QString &text) {
        return resolveText(text.trimmed(), context, DynamicVariables::system()).text;
    };
    SocketIoOptions options;
    options.url = resolve(m_url->text());
    options.nsp = resolve(m_namespace->text());
    if (options.nsp.isEmpty())
        options.nsp = QStringLiteral("/");
    const QString auth = resolve(m_auth->text());
    if (!auth.isEmpty()) {
        QString problem;
        const std::optional<QJsonDocument> doc = parseJson(auth, &problem);
        if (!doc || !doc->isObject()) {
            m_banner->showMessage(
                MessageBanner::Level::Error, tr("The auth object is not valid"),
                doc ? tr("Auth must be a JSON object, such as {\"token\": \"abc\"}.")
                    : tr("Auth is not valid JSON: %1.").arg(problem));
            m_auth->setFocus(Qt::OtherFocusReason);
            return std::nullopt;
        }
        options.auth = doc->object();
        options.hasAuth = true;
    }
    return options;
}

void SocketIoTab::connectToServer()
{
    if (m_client->state() != SocketIoClient::State::Closed)
        return;
    if (m_url->text().trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("No URL"),
                              tr("Type an http://, https://, ws:// or wss:// URL to connect to."));
        focusUrl();
        return;
    }
    m_banner->clear();
    if (const std::optional<SocketIoOptions> options = this->options())
        m_client->open(*options); // bad options arrive through errorOccurred()
}

void SocketIoTab::disconnectFromServer()
{
    if (m_client->state() != SocketIoClient::State::Closed)
        m_client->close();
}

bool SocketIoTab::emitFromComposer()
{
    const QString name = m_event->text().trimmed();
    if (name.isEmpty()) {
        showEmitStatus(tr("Type an event name to emit."), true);
        m_event->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString text = m_args->toPlainText().trimmed();
    QJsonArray args;
    if (!text.isEmpty()) {
        QString problem;
        const std::optional<QJsonDocument> doc = parseJson(text, &problem);
        if (!doc || !doc->isArray()) {
            showEmitStatus(doc ? tr("The arguments must be a JSON array, such as [\"hello\", 1].")
                               : tr("The arguments are not valid JSON: %1.").arg(problem),
                           true);
            return false;
        }
        args = doc->array();
    }
    const Result<qint64> id = m_client->emitEvent(name, args, m_ack->isChecked());
    if (!id) {
        showEmitStatus(ErrorAdvisor::sentence(id.error().message), true);
        return false;
    }
    showEmitStatus(
        *id >= 0 ? tr("Sent \u201c%1\u201d (ack id %2), waiting for the acknowledgement\u2026")
                       .arg(name)
                       .arg(*id)
                 : tr("Sent \u201c%1\u201d.").arg(name),
        false);
    return true;
}

void SocketIoTab::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void SocketIoTab::refreshVariables()
{
    m_url->refreshHighlighting();
}

QString SocketIoTab::title() const
{
    return streamtext::tabTitle(QStringLiteral("IO"), m_url->text(), tr("New Socket.IO"));
}

QString SocketIoTab::url() const
{
    return m_url->text().trimmed();
}

SocketIoRequest SocketIoTab::request() const
{
    return SocketIoRequest{m_url->text(), m_namespace->text(), m_auth->text()};
}

void SocketIoTab::setRequest(const SocketIoRequest &request)
{
    m_url->setText(request.url);
    m_namespace->setText(request.nsp);
    m_auth->setText(request.auth);
}

void SocketIoTab::showTranscript(const QByteArray &jsonLines)
{
    appendTranscript(*m_client->log(), jsonLines);
    m_log->updateCounters();
}

QString SocketIoTab::emitStatus() const
{
    return m_emitStatus->isHidden() ? QString() : m_emitStatus->text();
}

void SocketIoTab::onStateChanged(SocketIoClient::State state)
{
    using State = SocketIoClient::State;
    QString text = stateText(state);
    if (state == State::Connected && !m_client->sid().isEmpty())
        text += QStringLiteral(" (%1)").arg(m_client->sid());
    m_state->setText(text);
    m_state->setToolTip(text);
    m_connect->setText(state == State::Closed ? tr("Connect") : tr("Disconnect"));
    m_send->setEnabled(state == State::Connected);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_url), m_namespace, m_auth})
        field->setReadOnly(state != State::Closed);
    m_log->setLive(state == State::Connected);
    m_log->updateCounters();
}

void SocketIoTab::onError(const Error &error)
{
    ErrorAdvice advice = ErrorAdvisor::forWebSocket(error);
    if (m_client->namespaceRefused()) {
        advice.title = tr("The server refused the namespace");
        advice.hint = tr("Check the namespace and the auth object, then connect again.");
    }
    m_banner->showMessage(MessageBanner::Level::Error, advice.title, advice.message, advice.hint,
                          advice.detail);
}

void SocketIoTab::showEmitStatus(const QString &text, bool isError)
{
    m_emitStatus->setStyleSheet(isError ? QStringLiteral("color: #d93025;") : QString());
    m_emitStatus->setText(text);
    m_emitStatus->setVisible(!text.isEmpty());
}

} // namespace wirescope
