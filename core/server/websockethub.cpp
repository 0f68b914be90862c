#include "core/server/websockethub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace wirescope::server {

WebSocketHub::WebSocketHub(QObject *parent)
    : QObject(parent)
{}

WebSocketHub::~WebSocketHub() = default;

void WebSocketHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    if (!owned)
        return;
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QString path = socket->requestUrl().path();
    connect(socket, &QWebSocket::disconnected, this, [this, socket, path] {
        emit connectionEvent(path, QStringLiteral("close"));
        socket->deleteLater();
    });

    if (path == QLatin1String("/ws/echo")) {
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &message) { socket->sendTextMessage(message); });
        connect(socket, &QWebSocket::binaryMessageReceived, socket,
                [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
        emit connectionEvent(path, QStringLiteral("open"));
    } else if (path == QLatin1String("/ws/chat")) {
        joinChat(socket);
        emit connectionEvent(path, QStringLiteral("open"));
    } else {
        emit connectionEvent(path, QStringLiteral("rejected"));
        socket->close(
            QWebSocketProtocol::CloseCode(kUnknownPathCloseCode),
            QStringLiteral("no WebSocket endpoint at %1 (try /ws/echo or /ws/chat)").arg(path));
    }
}

void WebSocketHub::joinChat(QWebSocket *socket)
{
    const int id = m_nextChatId++;
    m_chat.append({socket, id});
    connect(socket, &QWebSocket::textMessageReceived, this, [this, id](const QString &text) {
        broadcast(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                            {QStringLiteral("from"), id},
                                            {QStringLiteral("text"), text}})
                      .toJson(QJsonDocument::Compact));
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        for (const ChatClient &client : std::as_const(m_chat))
            client.socket->sendBinaryMessage(data);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, id] {
        m_chat.removeIf([socket](const ChatClient &c) { return c.socket == socket; });
        broadcast(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("leave")},
                                            {QStringLiteral("id"), id},
                                            {QStringLiteral("clients"), int(m_chat.size())}})
                      .toJson(QJsonDocument::Compact));
    });
    broadcast(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("join")},
                                        {QStringLiteral("id"), id},
                                        {QStringLiteral("clients"), int(m_chat.size())}})
                  .toJson(QJsonDocument::Compact));
}

void WebSocketHub::broadcast(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    for (const ChatClient &client : std::as_const(m_chat))
        client.socket->sendTextMessage(text);
}

void WebSocketHub::closeAll()
{
    const QList<QWebSocket *> sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (QWebSocket *socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
}

} // namespace wirescope::server
