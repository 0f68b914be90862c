#include "ui/websocket/websockettab.h"

#include "core/model/error.h"
#include "core/stream/streammessagejson.h"
#include "core/vars/resolver.h"
#include "ui/request/urllineedit.h"
#include "ui/stream/messagelogpane.h"
#include "ui/stream/streamtabtext.h"
#include "ui/websocket/wscomposer.h"
#include "ui/websocket/wsconnectioninfo.h"
#include "ui/websocket/wshandshakeeditor.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/erroradvice.h"
#include "ui/widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

const QString s_keyListSplitter = QStringLiteral("webSocketTab/listSplitter");
const QString s_keyPageSplitter = QStringLiteral("webSocketTab/pageSplitter");

} // namespace

WebSocketTab::WebSocketTab(WebSocketSession *session,
                           const VariableContext *context,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(context)
{
    setObjectName(QStringLiteral("webSocketTab"));
    m_session->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *urlRow = new QHBoxLayout;
    m_url = new UrlLineEdit(context, this);
    m_url->setObjectName(QStringLiteral("wsUrl"));
    m_url->setAccessibleName(tr("WebSocket URL"));
    m_url->setPlaceholderText(tr("ws://host:port/path or wss://\u2026"));
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("wsConnectButton"));
    m_connect->setDefault(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("wsState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMinimumWidth(m_state->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_connect);
    urlRow->addWidget(m_state);
    layout->addLayout(urlRow);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("wsBanner"));
    layout->addWidget(m_banner);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("wsPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildMessagesPage(), tr("Messages"));
    m_editor = new WsHandshakeEditor(m_pages);
    m_pages->addTab(m_editor, tr("Handshake && Settings"));
    m_info = new WsConnectionInfo(m_pages);
    m_pages->addTab(m_info, tr("Connection"));
    layout->addWidget(m_pages, 1);

    connect(m_connect, &QPushButton::clicked, this, &WebSocketTab::toggleConnection);
    connect(m_url, &QLineEdit::returnPressed, this, &WebSocketTab::connectToServer);
    connect(m_url, &QLineEdit::textChanged, this, &WebSocketTab::titleChanged);
    connect(m_session, &WebSocketSession::stateChanged, this, &WebSocketTab::onStateChanged);
    connect(m_session, &WebSocketSession::opened, this, &WebSocketTab::onOpened);
    connect(m_session, &WebSocketSession::closed, this, &WebSocketTab::onClosed);
    connect(m_session, &WebSocketSession::errorOccurred, this, &WebSocketTab::onError);
    connect(m_session, &WebSocketSession::pongReceived, this, [this](qint64 roundTripUs) {
        m_roundTripUs = roundTripUs;
        m_log->updateCounters();
    });
    connect(m_info, &WsConnectionInfo::tlsErrorAccepted, this,
            [this](const IgnoredTlsError &error) {
                m_request.settings.tls.ignoredErrors.append(error);
                m_banner->clear();
                m_session->acceptTlsErrorsAndReconnect({error});
            });

    m_composer->setSender([this](WsPayloadKind kind, const QByteArray &payload) {
        return sendFromComposer(kind, payload);
    });

    QSettings settings;
    m_log->splitter()->restoreState(settings.value(s_keyListSplitter).toByteArray());
    m_pageSplitter->restoreState(settings.value(s_keyPageSplitter).toByteArray());
    connect(m_log->splitter(), &QSplitter::splitterMoved, this, &WebSocketTab::saveLayout);
    connect(m_pageSplitter, &QSplitter::splitterMoved, this, &WebSocketTab::saveLayout);

    onStateChanged(m_session->state());
}

WebSocketTab::~WebSocketTab()
{
    emit closing();
    // The session goes first: nothing it says on the way out may reach half-gone children,
    // and the list must stop reading its log.
    m_session->disconnect(this);
    delete m_log;
    delete m_session;
}

QWidget *WebSocketTab::buildMessagesPage()
{
    m_pageSplitter = new QSplitter(Qt::Vertical, this);
    m_pageSplitter->setObjectName(QStringLiteral("wsPageSplitter"));
    m_pageSplitter->setChildrenCollapsible(false);
    m_log = new MessageLogPane(m_session->log(), MessageLogPane::Entries::Messages, m_pageSplitter);
    m_log->setCountersText([this](const MessageLogCounters &counters, double rate) {
        return countersText(counters, rate);
    });
    m_composer = new WsComposer(m_pageSplitter);
    m_pageSplitter->addWidget(m_log);
    m_pageSplitter->addWidget(m_composer);
    m_pageSplitter->setStretchFactor(0, 4);
    m_pageSplitter->setStretchFactor(1, 1);
    return m_pageSplitter;
}

WebSocketRequest WebSocketTab::request() const
{
    WebSocketRequest request = m_request;
    request.url = m_url->text().trimmed();
    m_editor->applyTo(&request);
    request.savedMessages = m_composer->savedMessages();
    return request;
}

void WebSocketTab::setRequest(const WebSocketRequest &request)
{
    m_request = request;
    m_url->setText(request.url);
    m_editor->load(request);
    m_composer->setSavedMessages(request.savedMessages);
    emit titleChanged();
}

void WebSocketTab::toggleConnection()
{
    if (m_session->state() == WebSocketSession::State::Closed)
        connectToServer();
    else
        disconnectFromServer();
}

void WebSocketTab::connectToServer()
{
    if (m_session->state() != WebSocketSession::State::Closed)
        return;
    const WebSocketRequest request = this->request();
    if (request.url.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("No URL"),
                              tr("Type a ws:// or wss:// URL to connect to."));
        focusUrl();
        return;
    }
    static const VariableContext s_noVariables;
    const QStringList missing =
        resolveText(request.url, m_context ? *m_context : s_noVariables, DynamicVariables::system())
            .unresolved;
    if (!missing.isEmpty())
        emit variablesNeeded(missing); // may fill them in before the session resolves the URL
    m_banner->clear();
    m_info->clear();
    m_session->log()->setCapacity(request.settings.logCapacity);
    m_session->open(request, m_context ? *m_context : VariableContext{});
}

void WebSocketTab::disconnectFromServer()
{
    if (m_session->state() != WebSocketSession::State::Closed)
        m_session->close(1000, QString());
}

void WebSocketTab::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void WebSocketTab::refreshVariables()
{
    m_url->refreshHighlighting();
}

void WebSocketTab::showTranscript(const QByteArray &jsonLines)
{
    appendTranscript(*m_session->log(), jsonLines);
}

QString WebSocketTab::title() const
{
    return streamtext::tabTitle(QStringLiteral("WS"), m_url->text(), tr("New WebSocket"));
}

void WebSocketTab::onStateChanged(WebSocketSession::State state)
{
    using State = WebSocketSession::State;
    QString text = WebSocketSession::stateName(state);
    if (state == State::Closed && m_session->closeCode() != 0) {
        text += QStringLiteral(" %1").arg(m_session->closeCode());
        if (!m_session->closeReason().isEmpty())
            text += QStringLiteral(" \u201c%1\u201d").arg(m_session->closeReason());
    }
    m_state->setText(text);
    m_state->setToolTip(text);
    m_connect->setText(state == State::Closed ? tr("Connect") : tr("Disconnect"));
    m_connect->setEnabled(state != State::Closing);
    m_composer->setSendEnabled(state == State::Open);
    m_url->setReadOnly(state != State::Closed);
    m_editor->setEnabled(state == State::Closed);
    m_log->setLive(state == State::Open);
}

void WebSocketTab::onOpened()
{
    m_banner->clear();
    m_info->setHandshake(m_session->handshake());
    m_info->setClose(0, {}, false);
}

void WebSocketTab::onClosed(int code, const QString &reason, bool byPeer)
{
    m_info->setHandshake(m_session->handshake());
    m_info->setClose(code, reason, byPeer);
    onStateChanged(m_session->state());
    m_log->updateCounters();
}

void WebSocketTab::onError(const Error &error)
{
    const ErrorAdvice advice = ErrorAdvisor::forWebSocket(error);
    m_banner->showMessage(MessageBanner::Level::Error, advice.title, advice.message, advice.hint,
                          advice.detail);
    // A refused upgrade or a TLS failure is explained on the Connection page.
    m_info->setHandshake(m_session->handshake());
}

QString WebSocketTab::countersText(const MessageLogCounters &counters,
                                   double incomingPerSecond) const
{
    QString text = streamtext::counters(counters, incomingPerSecond);
    if (m_roundTripUs >= 0)
        text += tr("   round trip %1").arg(display::milliseconds(m_roundTripUs / 1000.0));
    return text;
}

QString WebSocketTab::sendFromComposer(WsPayloadKind kind, const QByteArray &payload)
{
    if (m_session->state() != WebSocketSession::State::Open)
        return tr("Not connected: connect first, then send.");
    const bool sent = kind == WsPayloadKind::Text ? m_session->sendText(QString::fromUtf8(payload))
                                                  : m_session->sendBinary(payload);
    return sent ? QString() : tr("The message was not sent: the connection refused it.");
}

void WebSocketTab::saveLayout() const
{
    QSettings settings;
    settings.setValue(s_keyListSplitter, m_log->splitter()->saveState());
    settings.setValue(s_keyPageSplitter, m_pageSplitter->saveState());
}

} // namespace wirescope
