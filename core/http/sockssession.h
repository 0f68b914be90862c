#pragma once

#include <QByteArray>
#include <QObject>

class QHostInfo;
class QTcpSocket;

namespace wirescope {

class WireLog;

/// One client connection to the WireTap relay, on the relay's thread: the SOCKS5 greeting
/// (RFC 1928) with username/password authentication (RFC 1929), a CONNECT to a name
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
    };

    SocksSession(QTcpSocket *client, WireLog *log, const Credentials &credentials,
                 QObject *parent);
    ~SocksSession() override;

    /// Keep at most this many bytes in one side's write buffer before pausing the other side.
    static constexpr qint64 s_writeBound = 256 * 1024;
    /// Plain-HTTP bytes kept per direction for the raw view.
    static constexpr qint64 s_rawBound = 256 * 1024;

private:
    enum class State { Greeting, Auth, Request, Resolving, Connecting, Relaying, Closed };

    void onClientReadyRead();
    void onUpstreamReadyRead();
    void onClientBytesWritten();
    void onUpstreamBytesWritten();
    void onClientClosed();
    void onUpstreamClosed();
    void handshake();
    bool parseRequest();
    void onLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onUpstreamConnected();
    void onUpstreamError();
    void reply(quint8 code);
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
};

} // namespace wirescope
