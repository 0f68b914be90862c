#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QWebSocket;

namespace wirescope::server {

/// The demo server's WebSocket endpoints, chosen by the upgrade request's path:
/// - /ws/echo: every text or binary message is sent back unchanged to its sender;
/// - /ws/chat: every message goes to every connected chat client (the sender included) as
///   {"type":"message","from":ID,"text":...}; clients get {"type":"join"|"leave","id":ID,
///   "clients":N} notices (binary messages are relayed as they are).
/// Any other path is closed at once with code 4404 and a reason naming the path: QtHttpServer
/// 6.4 completes every WebSocket handshake before the path can be looked at.
class WebSocketHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketHub)

public:
    static constexpr int kUnknownPathCloseCode = 4404;

    explicit WebSocketHub(QObject *parent = nullptr);
    ~WebSocketHub() override;

    /// Takes @p socket (an accepted connection) and serves it by its request path.
    void adopt(std::unique_ptr<QWebSocket> socket);

    /// Closes every connection (code 1001, going away).
    void closeAll();

    int chatClientCount() const { return int(m_chat.size()); }

signals:
    /// A connection opened or closed: @p event is "open", "close" or "rejected".
    void connectionEvent(const QString &path, const QString &event);

private:
    void joinChat(QWebSocket *socket);
    void broadcast(const QByteArray &json);

    struct ChatClient
    {
        QWebSocket *socket; // child
        int id;
    };
    QList<ChatClient> m_chat;
    int m_nextChatId = 1;
};

} // namespace wirescope::server
