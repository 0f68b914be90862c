#include "core/http/sockssession.h"

#include "core/http/connectrequest.h"
#include "core/http/monotonicclock.h"
#include "core/http/wirelog.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>
#include <QtEndian>

#include <cstring>
#include <utility>

namespace wirescope {

namespace {

constexpr quint8 s_socksVersion = 5;
constexpr quint8 s_methodPassword = 2;
constexpr quint8 s_methodNone = 0xff;
constexpr qint64 s_readBuffer = 64 * 1024;

// RFC 1928 reply codes.
constexpr quint8 s_replyOk = 0;
constexpr quint8 s_replyFailure = 1;
constexpr quint8 s_replyNetUnreachable = 3;
constexpr quint8 s_replyHostUnreachable = 4;
constexpr quint8 s_replyRefused = 5;
constexpr quint8 s_replyCommand = 7;
constexpr quint8 s_replyAddressType = 8;

void tune(QTcpSocket *socket)
{
    // Nagle would hold small writes back for tens of ms: the relay must add no delay of its own.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(s_readBuffer);
}

QString addressText(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

} // namespace

SocksSession::SocksSession(QTcpSocket *client, WireLog *log, const Credentials &credentials,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_credentials(credentials)
{
    m_id = m_log->open(monotonicNs());
    m_client->setParent(this);
    tune(m_client);
    connect(m_client, &QTcpSocket::readyRead, this, &SocksSession::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, &SocksSession::onClientBytesWritten);
    connect(m_client, &QTcpSocket::readChannelFinished, this, &SocksSession::onClientClosed);
    connect(m_client, &QTcpSocket::disconnected, this, &SocksSession::onClientClosed);
    if (m_client->bytesAvailable() > 0)
        onClientReadyRead();
}

SocksSession::~SocksSession() = default;

void SocksSession::onClientReadyRead()
{
    if (m_state == State::Relaying) {
        pump(m_client, m_upstream, true);
        return;
    }
    if (m_state == State::Closed)
        return;
    m_in += m_client->readAll();
    handshake();
}

void SocksSession::handshake()
{
    if (m_state == State::Greeting && !m_in.isEmpty() && m_in.at(0) == 'C') {
        m_state = State::HttpConnect; // Qt's HTTP proxy engine: how HTTPS is tunnelled
        m_http = true;
    }
    if (m_state == State::HttpConnect)
        return parseHttpConnect();
    if (m_state == State::Greeting) {
        if (m_in.size() < 2)
            return;
        const int methods = quint8(m_in.at(1));
        if (quint8(m_in.at(0)) != s_socksVersion) {
            m_log->update(m_id, [](WireConnection &c) {
                c.failure = WireConnection::Failure::Auth;
                c.failureText = QStringLiteral("not a SOCKS5 client");
            });
            return close();
        }
        if (m_in.size() < 2 + methods)
            return;
        const QByteArray offered = m_in.mid(2, methods);
        m_in.remove(0, 2 + methods);
        if (!offered.contains(char(s_methodPassword))) {
            // Only clients that know this process's credentials may use the relay.
            m_client->write(QByteArray::fromRawData("\x05\xff", 2));
            m_log->update(m_id, [](WireConnection &c) {
                c.failure = WireConnection::Failure::Auth;
                c.failureText = QStringLiteral("the client offered no username/password");
            });
            return close();
        }
        m_client->write(QByteArray("\x05\x02", 2));
        m_client->flush(); // now, not on the next pass of the event loop
        m_state = State::Auth;
    }
    if (m_state == State::Auth) {
        // RFC 1929: VER=1, ULEN, UNAME, PLEN, PASSWD
        if (m_in.size() < 2)
            return;
        const int ulen = quint8(m_in.at(1));
        if (m_in.size() < 3 + ulen)
            return;
        const int plen = quint8(m_in.at(2 + ulen));
        if (m_in.size() < 3 + ulen + plen)
            return;
        const QByteArray user = m_in.mid(2, ulen);
        const QByteArray password = m_in.mid(3 + ulen, plen);
        const bool versionOk = m_in.at(0) == 1;
        m_in.remove(0, 3 + ulen + plen);
        if (!versionOk || user != m_credentials.user || password != m_credentials.password) {
            m_client->write(QByteArray("\x01\x01", 2));
            m_log->update(m_id, [](WireConnection &c) {
                c.failure = WireConnection::Failure::Auth;
                c.failureText = QStringLiteral("wrong relay credentials");
            });
            return close();
        }
        m_client->write(QByteArray("\x01\x00", 2));
        m_client->flush(); // now, not on the next pass of the event loop
        m_state = State::Request;
    }
    if (m_state == State::Request && parseRequest())
        return;
}

bool SocksSession::parseRequest()
{
    // VER CMD RSV ATYP DST.ADDR DST.PORT
    if (m_in.size() < 5)
        return false;
    const quint8 version = quint8(m_in.at(0));
    const quint8 cmd = quint8(m_in.at(1));
    const quint8 atyp = quint8(m_in.at(3));
    int addressLength = 0;
    int offset = 4;
    if (atyp == 1) {
        addressLength = 4;
    } else if (atyp == 4) {
        addressLength = 16;
    } else if (atyp == 3) {
        addressLength = quint8(m_in.at(4));
        offset = 5;
    } else {
        reply(s_replyAddressType);
        close();
        return true;
    }
    if (m_in.size() < offset + addressLength + 2)
        return false;
    const QByteArray address = m_in.mid(offset, addressLength);
    m_port = qFromBigEndian<quint16>(m_in.constData() + offset + addressLength);
    m_in.remove(0, offset + addressLength + 2);
    const qint64 at = monotonicNs();
    if (atyp == 1) {
        m_host = QHostAddress(qFromBigEndian<quint32>(address.constData())).toString();
    } else if (atyp == 4) {
        Q_IPV6ADDR v6;
        memcpy(v6.c, address.constData(), 16);
        m_host = QHostAddress(v6).toString();
    } else {
        m_host = QString::fromLatin1(address);
    }
    if (cmd != 1 || version != s_socksVersion) {
        m_log->update(m_id, [this, at](WireConnection &c) {
            c.connectRequestAt = at;
            c.targetHost = m_host;
            c.targetPort = m_port;
        });
        reply(s_replyCommand);
        close();
        return true;
    }
    startConnect(at);
    return true;
}

void SocksSession::parseHttpConnect()
{
    const ConnectRequest request = ConnectRequest::parse(m_in, m_credentials.basicAuthorization());
    if (request.status == ConnectRequest::Status::Incomplete)
        return;
    if (request.status != ConnectRequest::Status::Ok) {
        const bool auth = request.status == ConnectRequest::Status::Unauthorized;
        const QString why = request.problem;
        m_log->update(m_id, [why](WireConnection &c) {
            c.failure = WireConnection::Failure::Auth;
            c.failureText = why;
        });
        // Only clients that know this process's credentials may use the relay.
        m_client->write(auth ? QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                          "Proxy-Authenticate: Basic realm=\"wirescope\"\r\n"
                                          "Content-Length: 0\r\nConnection: close\r\n\r\n")
                             : QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                          "Connection: close\r\n\r\n"));
        return close();
    }
    m_in.remove(0, request.headBytes);
    m_host = request.host;
    m_port = request.port;
    startConnect(monotonicNs());
}

void SocksSession::startConnect(qint64 at)
{
    m_log->update(m_id, [this, at](WireConnection &c) {
        c.connectRequestAt = at;
        c.targetHost = m_host;
        c.targetPort = m_port;
    });
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        m_addresses = {literal.toString()};
        tryNextAddress();
        return;
    }
    m_state = State::Resolving;
    m_log->update(m_id, [at](WireConnection &c) { c.dnsStart = at; });
    QHostInfo::lookupHost(m_host, this, &SocksSession::onLookedUp);
}

void SocksSession::onLookedUp(const QHostInfo &info)
{
    const qint64 at = monotonicNs();
    if (m_state != State::Resolving)
        return;
    for (const QHostAddress &a : info.addresses())
        m_addresses.append(a.toString());
    const bool failed = info.error() != QHostInfo::NoError || m_addresses.isEmpty();
    const QString why = info.errorString();
    m_log->update(m_id, [this, at, failed, why](WireConnection &c) {
        c.dnsEnd = at;
        c.resolved = m_addresses;
        if (failed) {
            c.failure = WireConnection::Failure::Dns;
            c.failureText = QStringLiteral("the host name \"%1\" could not be found (%2)")
                                .arg(m_host, why);
        }
    });
    if (failed) {
        m_dnsFailed = true;
        reply(s_replyHostUnreachable);
        return close();
    }
    tryNextAddress();
}

void SocksSession::tryNextAddress()
{
    if (m_nextAddress >= m_addresses.size()) {
        quint8 code = s_replyHostUnreachable;
        WireConnection::Failure failure = WireConnection::Failure::Unreachable;
        QString words = QStringLiteral("unreachable");
        if (m_lastSocketError == QAbstractSocket::ConnectionRefusedError) {
            code = s_replyRefused;
            failure = WireConnection::Failure::Refused;
            words = QStringLiteral("refused the connection");
        } else if (m_lastSocketError == QAbstractSocket::NetworkError) {
            code = s_replyNetUnreachable;
        } else if (m_lastSocketError == QAbstractSocket::SocketTimeoutError) {
            failure = WireConnection::Failure::Timeout;
            words = QStringLiteral("did not answer the connect in time");
        }
        m_log->update(m_id, [this, failure, words](WireConnection &c) {
            QStringList tried;
            for (const WireAttempt &a : c.attempts)
                tried.append(addressText(a.address, m_port) + QStringLiteral(" (") + a.error + u')');
            c.failure = failure;
            c.failureText = QStringLiteral("%1 %2; tried %3")
                                .arg(addressText(m_host, m_port), words,
                                     tried.join(QStringLiteral(", ")));
        });
        reply(code);
        return close();
    }
    m_state = State::Connecting;
    const QString address = m_addresses.at(m_nextAddress++);
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->deleteLater();
    }
    m_upstream = new QTcpSocket(this);
    tune(m_upstream);
    connect(m_upstream, &QTcpSocket::connected, this, &SocksSession::onUpstreamConnected);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &SocksSession::onUpstreamError);
    const qint64 at = monotonicNs();
    m_log->update(m_id, [address, at](WireConnection &c) {
        c.attempts.append(WireAttempt{address, at, std::nullopt, false, {}});
        if (!c.tcpStart)
            c.tcpStart = at;
    });
    m_upstream->connectToHost(QHostAddress(address), m_port);
}

void SocksSession::onUpstreamConnected()
{
    const qint64 at = monotonicNs();
    const QString address = m_upstream->peerAddress().toString();
    m_log->update(m_id, [at, address](WireConnection &c) {
        c.attempts.last().end = at;
        c.attempts.last().connected = true;
        c.tcpEnd = at;
        c.connectedAddress = address;
    });
    connect(m_upstream, &QTcpSocket::readyRead, this, &SocksSession::onUpstreamReadyRead);
    connect(m_upstream, &QTcpSocket::bytesWritten, this, &SocksSession::onUpstreamBytesWritten);
    connect(m_upstream, &QTcpSocket::readChannelFinished, this, &SocksSession::onUpstreamClosed);
    connect(m_upstream, &QTcpSocket::disconnected, this, &SocksSession::onUpstreamClosed);
    m_state = State::Relaying;
    reply(s_replyOk);
    if (!m_in.isEmpty()) {
        // Bytes the client sent before our reply (it should not, but keep them in order).
        const QByteArray early = std::exchange(m_in, {});
        m_upstream->write(early);
    }
    pump(m_client, m_upstream, true);
    pump(m_upstream, m_client, false);
}

void SocksSession::onUpstreamError()
{
    if (m_state == State::Connecting) {
        const qint64 at = monotonicNs();
        m_lastSocketError = m_upstream->error();
        QString why;
        switch (m_upstream->error()) {
        case QAbstractSocket::ConnectionRefusedError:
            why = QStringLiteral("refused");
            break;
        case QAbstractSocket::NetworkError:
            why = QStringLiteral("unreachable");
            break;
        case QAbstractSocket::SocketTimeoutError:
            why = QStringLiteral("timed out");
            break;
        default:
            why = m_upstream->errorString();
            break;
        }
        m_log->update(m_id, [at, why](WireConnection &c) {
            c.attempts.last().end = at;
            c.attempts.last().error = why;
        });
        tryNextAddress();
    }
    // While relaying, errors end in disconnected(), handled by onUpstreamClosed().
}

void SocksSession::reply(quint8 code)
{
    if (m_client->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_http)
        return replyHttp(code);
    QByteArray out;
    out.append(char(s_socksVersion));
    out.append(char(code));
    out.append('\0');
    const QHostAddress bound = m_upstream && code == s_replyOk ? m_upstream->localAddress()
                                                               : QHostAddress(QHostAddress::AnyIPv4);
    if (bound.protocol() == QAbstractSocket::IPv6Protocol) {
        out.append(char(4));
        const Q_IPV6ADDR v6 = bound.toIPv6Address();
        out.append(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        out.append(char(1));
        char v4[4];
        qToBigEndian<quint32>(bound.toIPv4Address(), v4);
        out.append(v4, 4);
    }
    char port[2];
    qToBigEndian<quint16>(m_upstream && code == s_replyOk ? m_upstream->localPort() : 0, port);
    out.append(port, 2);
    m_client->write(out);
    m_client->flush(); // now, not on the next pass of the event loop
}

void SocksSession::replyHttp(quint8 code)
{
    // The statuses Qt's HTTP proxy engine turns into the matching socket errors (404: host
    // not found, 503: refused); the relay's log says what really happened, in words.
    QByteArray status;
    switch (code) {
    case s_replyOk:
        status = "200 Connection established";
        break;
    case s_replyRefused:
        status = "503 Service Unavailable";
        break;
    case s_replyHostUnreachable:
        status = m_dnsFailed ? "404 Not Found" : "502 Bad Gateway";
        break;
    case s_replyNetUnreachable:
        status = "502 Bad Gateway";
        break;
    default:
        status = "500 Internal Server Error";
        break;
    }
    QByteArray out = "HTTP/1.1 " + status + "\r\n";
    if (code != s_replyOk)
        out += "Content-Length: 0\r\nConnection: close\r\n";
    m_client->write(out + "\r\n");
    m_client->flush(); // now, not on the next pass of the event loop
}

void SocksSession::pump(QTcpSocket *from, QTcpSocket *to, bool upward)
{
    const bool deliver = to && to->state() == QAbstractSocket::ConnectedState;
    bool wrote = false;
    while (from->bytesAvailable() > 0) {
        // Back-pressure: leave the bytes in `from` (whose bounded read buffer then stops
        // Qt reading the socket) while `to` still has this much to write.
        if (deliver && to->bytesToWrite() >= s_writeBound)
            break;
        // Sized to what is there: read(s_readBuffer) would allocate 64 KiB per small chunk.
        const QByteArray data = from->read(qMin(from->bytesAvailable(), s_readBuffer));
        if (data.isEmpty())
            break;
        const qint64 at = monotonicNs();
        if (upward && m_rawUp == 0 && m_rawDown == 0 && quint8(data.at(0)) == 0x16)
            m_rawEnabled = false; // a TLS handshake record: ciphertext is not worth keeping
        qint64 &kept = upward ? m_rawUp : m_rawDown;
        const qint64 keep = m_rawEnabled ? qBound<qint64>(0, s_rawBound - kept, data.size()) : 0;
        kept += data.size();
        const bool raw = m_rawEnabled;
        m_log->update(m_id, [&data, at, upward, keep, raw](WireConnection &c) {
            if (upward) {
                if (!c.firstUp)
                    c.firstUp = at;
                c.lastUp = at;
                c.bytesUp += data.size();
                c.tls = c.tls || (c.bytesUp == data.size() && quint8(data.at(0)) == 0x16);
                if (raw)
                    c.rawUp.append(data.constData(), keep);
            } else {
                if (!c.firstDown)
                    c.firstDown = at;
                c.lastDown = at;
                c.bytesDown += data.size();
                if (raw)
                    c.rawDown.append(data.constData(), keep);
            }
            if (raw && keep < data.size())
                c.rawTruncated = true;
        });
        if (deliver) {
            to->write(data);
            wrote = true;
        }
    }
    // Handed to the kernel now: QTcpSocket would write on its next pass of the event loop, one
    // more wake-up per relayed chunk each way. (flush() may emit bytesWritten, which pumps
    // again: the loop above is over by then, so the order of the bytes is kept.)
    if (wrote)
        to->flush();
}

void SocksSession::onUpstreamReadyRead()
{
    if (m_state == State::Relaying)
        pump(m_upstream, m_client, false);
}

void SocksSession::onClientBytesWritten()
{
    if (m_state == State::Relaying && m_upstream)
        pump(m_upstream, m_client, false);
}

void SocksSession::onUpstreamBytesWritten()
{
    if (m_state == State::Relaying)
        pump(m_client, m_upstream, true);
}

void SocksSession::onClientClosed()
{
    if (m_state == State::Relaying && m_upstream) {
        pump(m_client, m_upstream, true);
        m_clientEof = true;
        finishDirection(m_upstream);
    } else if (m_state != State::Closed && m_client->state() != QAbstractSocket::ConnectedState) {
        close();
    }
}

void SocksSession::onUpstreamClosed()
{
    if (m_state != State::Relaying)
        return;
    pump(m_upstream, m_client, false);
    m_upstreamEof = true;
    finishDirection(m_client);
}

void SocksSession::finishDirection(QTcpSocket *to)
{
    // The end of one direction travels as a FIN once what is buffered has been written:
    // disconnectFromHost() flushes first. QTcpSocket closes a socket completely at end of
    // file, so what the other side still sends after a half-close is counted, not delivered.
    if (to->state() == QAbstractSocket::ConnectedState)
        to->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState
        && (!m_upstream || m_upstream->state() == QAbstractSocket::UnconnectedState))
        close();
}

void SocksSession::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    const qint64 at = monotonicNs();
    m_log->update(m_id, [at](WireConnection &c) { c.closedAt = at; });
    m_client->disconnect(this);
    m_client->flush(); // a pending SOCKS reply goes out before the socket is deleted
    m_client->disconnectFromHost();
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->disconnectFromHost();
    }
    deleteLater(); // the sockets are children and go with the session
}

} // namespace wirescope
