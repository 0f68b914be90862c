#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace wirescope {

class WireLog;

/// The per-process credentials a client of the WireTap relay must present.
struct RelayCredentials
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

/// What a name lookup for a session found (instant on monotonicNs()).
struct RelayLookup
{
    QStringList addresses;
    QString error; ///< empty when it worked
    qint64 at = 0;
    bool cached = false; ///< answered from the relay's cache of recent lookups
};

/// One client connection to the WireTap relay, driven by the RelayLoop's epoll events on its
/// two raw sockets: an HTTP CONNECT with Basic Proxy-Authorization (how Wirescope tunnels
/// everything) or the SOCKS5 greeting (RFC 1928) with username/password (RFC 1929); a
/// CONNECT to a name (resolved and timed) or an address; the timed connect to every address
/// in turn; then the relay of bytes both ways with back-pressure and half-close. Everything
/// it sees goes to the log.
class RelaySession final
{
    Q_DISABLE_COPY_MOVE(RelaySession)

public:
    /// What a session needs from its loop.
    class Host
    {
    public:
        virtual ~Host() = default;
        /// Registers (@p add) or changes @p fd in the epoll set with @p key as its data.
        virtual void watch(int fd, std::uint64_t key, std::uint32_t events, bool add) = 0;
        virtual void unwatch(int fd) = 0;
        /// Looks @p host up off the loop's thread; the answer comes to onLookedUp().
        virtual void resolve(quint64 session, const QString &host) = 0;
        /// What a lookup of @p host found less than a minute ago, if any.
        virtual std::optional<QStringList> cachedAddresses(const QString &host) = 0;
        /// A session became (+1) or stopped being (-1) one that handOver() may take.
        virtual void handOverCandidates(int delta) = 0;
    };

    /// Keep at most this many bytes waiting for one side before pausing the other side.
    static constexpr qsizetype s_writeBound = 256 * 1024;
    /// Plain-HTTP bytes kept per direction for the raw view.
    static constexpr qint64 s_rawBound = 256 * 1024;

    /// Takes @p clientFd (accepted, non-blocking) and reads what is already there.
    RelaySession(
        Host &host, quint64 id, int clientFd, WireLog *log, const RelayCredentials &credentials);
    ~RelaySession(); ///< closes both sockets

    /// The epoll data for one of this session's sockets: the session id, the socket's
    /// generation (a new one for every upstream address tried) and which side it is.
    static std::uint64_t key(quint64 session, quint16 generation, bool upstream)
    {
        return (std::uint64_t(session) << 16) | (std::uint64_t(generation & 0x7fff) << 1)
               | (upstream ? 1 : 0);
    }
    static quint64 sessionOf(std::uint64_t key) { return key >> 16; }

    void onEvent(std::uint64_t key, std::uint32_t events);
    void onLookedUp(const RelayLookup &lookup);
    bool finished() const { return m_state == State::Closed || m_state == State::HandedOver; }

    /// Gives Qt's socket (the client end of this connection, a descriptor of this process) the
    /// server connection, when the client asked for it in its CONNECT, the connection is TLS,
    /// and no byte is left in flight or unread on the way through the relay; then the session
    /// ends without closing the server connection. The caller guarantees that the thread
    /// owning Qt's socket is blocked meanwhile (it is inside the BlockingQueuedConnection that
    /// delivers QNetworkReply::encrypted). True when handed over.
    bool handOver();
    /// After a hand-over, once Qt's network thread may run again: the relay's own ends close.
    void finishHandOver();

private:
    enum class State {
        Greeting,
        Auth,
        Request,
        HttpConnect,
        Resolving,
        Connecting,
        Relaying,
        Closed,
        HandedOver
    };

    /// One socket and the bytes waiting to be written to it.
    struct Side
    {
        int fd = -1;
        quint16 generation = 0;
        bool upstream = false;
        QByteArray out; ///< waiting to be written, from outOffset
        qsizetype outOffset = 0;
        bool reading = true;    ///< false while the other side's backlog is over the bound
        bool readEof = false;   ///< the peer sent FIN
        bool writeShut = false; ///< our FIN went out (or the peer is gone)
        std::uint32_t watched = 0;
        bool registered = false;
        qsizetype pending() const { return out.size() - outOffset; }
    };

    void readClientHandshake();
    void handshake();
    bool parseSocksGreeting();
    bool parseSocksAuth();
    bool parseSocksRequest();
    void parseHttpConnect();
    void refuse(const QByteArray &reply, const QString &why);
    void startConnect(qint64 at);
    void tryNextAddress();
    void onConnectResult();
    void connectFailed(int error);
    void reply(quint8 code);
    void replyHttp(quint8 code);
    void relayFrom(Side &from, Side &to);
    void send(Side &to, const char *data, qsizetype size);
    void flush(Side &to);
    void endDirection(Side &to);
    void checkDone();
    void update(Side &side);
    void close();
    void closeFd(Side &side);
    void setCandidate(bool candidate);
    bool quiet() const;

    Host &m_host;
    WireLog *m_log; // not owned
    RelayCredentials m_credentials;
    quint64 m_id;
    quint64 m_logId = 0;
    State m_state = State::Greeting;
    Side m_client;
    Side m_upstream;
    QByteArray m_in; ///< handshake bytes not yet consumed; early bytes for the server
    QString m_target;
    quint16 m_port = 0;
    QStringList m_addresses;
    int m_nextAddress = 0;
    int m_lastError = 0; ///< errno of the last failed connect
    bool m_rawEnabled = true;
    qint64 m_rawUp = 0, m_rawDown = 0;
    bool m_http = false;
    bool m_dnsFailed = false;
    bool m_handOverWanted = false; ///< the CONNECT asked for the hand-over after TLS
    bool m_candidate = false;      ///< a TLS connection that handOver() may take
    qint64 m_sentToClient = 0;     ///< every byte written to the client, the reply included
    int m_clientEndBefore = -1;    ///< Qt's old socket, kept open until finishHandOver()
};

} // namespace wirescope
