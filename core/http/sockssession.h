#pragma once

#include <QByteArray>
#include <QObject>

class QHostInfo;
class QTcpSocket;

namespace wirescope {

class WireLog;

/// One client connection to the WireTap relay, on the relay's thread: the SOCKS5 greeting
/// (RFC 1928) with username/password authentication (RFC 1929), or an HTTP CONNECT with the
/// same credentials as Basic Proxy-Authorization (how HTTPS is tunnelled: Qt 6.4 can stall
/// HTTP/2 through its SOCKS5 engine, not through its HTTP proxy engine), a CONNECT to a name
/// (resolved and timed here) or an address, the timed connect to every address in turn, and
/// then the relay of bytes both ways with back-pressure. Everything it sees goes to the log.
/// Deletes itself when both sides are closed.
class SocksSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocksSession)

public:
    struct Credentials
    {
        QByteArray user;
        QByteArray password;

        /// The Proxy-Authorization value an HTTP CONNECT must carry ("Basic ...").
        QByteArray basicAuthorization() const
        {
            const QByteArray pair = user + ':' + password;
            return QByteArrayLiteral("Basic ") + pair.toBase64();
        }
    };

    SocksSession(QTcpSocket *client, WireLog *log, const Credentials &credentials,
                 QObject *parent);
    ~SocksSession() override;

    /// Keep at most this many bytes in one side's write buffer before pausing the other side.
    static constexpr qint64 s_writeBound = 256 * 1024;
    /// Plain-HTTP bytes kept per direction for the raw view.
    static constexpr qint64 s_rawBound = 256 * 1024;

private:
    enum class State { Greeting, Auth, Request, HttpConnect, Resolving, Connecting, Relaying, Closed };

    void onClientReadyRead();
    void onUpstreamReadyRead();
    void onClientBytesWritten();
    void onUpstreamBytesWritten();
    void onClientClosed();
    void onUpstreamClosed();
    void handshake();
    bool parseRequest();
    void parseHttpConnect();
    void startConnect(qint64 at);
    void onLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onUpstreamConnected();
    void onUpstreamError();
    void reply(quint8 code);
    void replyHttp(quint8 code);
    void pump(QTcpSocket *from, QTcpSocket *to, bool upward);
    void finishDirection(QTcpSocket *to);
    void close();

    QTcpSocket *m_client;   // child
    QTcpSocket *m_upstream = nullptr; // child
    WireLog *m_log;         // not owned (outlives the relay's sessions)
    Credentials m_credentials;
    quint64 m_id = 0;
    State m_state = State::Greeting;
    QByteArray m_in;        ///< handshake bytes not yet consumed
    QString m_host;
    quint16 m_port = 0;
    QStringList m_addresses;
    int m_nextAddress = 0;
    bool m_rawEnabled = true;
    qint64 m_rawUp = 0, m_rawDown = 0;
    bool m_clientEof = false, m_upstreamEof = false;
    int m_lastSocketError = -1;
    bool m_http = false;      ///< the client tunnels with HTTP CONNECT, not SOCKS5
    bool m_dnsFailed = false;
};

} // namespace wirescope
