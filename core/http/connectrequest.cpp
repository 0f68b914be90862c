#include "core/http/connectrequest.h"

#include <QHostAddress>
#include <QList>

namespace wirescope {

namespace {

ConnectRequest malformed(const QString &why)
{
    ConnectRequest r;
    r.status = ConnectRequest::Status::Malformed;
    r.problem = why;
    return r;
}

bool parsePort(QByteArrayView text, quint16 *port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    uint value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + uint(c - '0');
    }
    if (value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

ConnectRequest
ConnectRequest::parse(const QByteArray &in, const QByteArray &authorization, qsizetype maxHead)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (in.size() > maxHead)
            return malformed(
                QStringLiteral("the request head is longer than %1 bytes").arg(maxHead));
        // Refuse early what cannot become a CONNECT, instead of waiting for a blank line.
        const QByteArray method("CONNECT ");
        if (!method.startsWith(in.left(method.size())))
            return malformed(QStringLiteral("not an HTTP CONNECT request"));
        return {};
    }
    if (end + 4 > maxHead)
        return malformed(QStringLiteral("the request head is longer than %1 bytes").arg(maxHead));
    const QList<QByteArray> lines = in.left(end).split('\n');
    const QByteArray requestLine = lines.constFirst().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "CONNECT")
        return malformed(QStringLiteral("not an HTTP CONNECT request"));
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return malformed(QStringLiteral("unsupported HTTP version in the CONNECT request"));

    // authority-form: host:port, with an IPv6 literal in brackets
    const QByteArray &authority = parts.at(1);
    QByteArray host;
    QByteArrayView portText;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf("]:");
        if (close < 0)
            return malformed(QStringLiteral("the CONNECT target has no port"));
        host = authority.mid(1, close - 1);
        portText = QByteArrayView(authority).sliced(close + 2);
        if (QHostAddress(QString::fromLatin1(host)).protocol() != QAbstractSocket::IPv6Protocol)
            return malformed(QStringLiteral("the CONNECT target is not a valid IPv6 address"));
    } else {
        const qsizetype colon = authority.lastIndexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("the CONNECT target has no port"));
        host = authority.left(colon);
        portText = QByteArrayView(authority).sliced(colon + 1);
        if (host.contains(':'))
            return malformed(QStringLiteral("an IPv6 CONNECT target needs brackets"));
    }
    ConnectRequest r;
    if (host.isEmpty() || host.size() > 255 || !parsePort(portText, &r.port))
        return malformed(QStringLiteral("the CONNECT target is not host:port"));
    for (char c : host) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return malformed(QStringLiteral("the CONNECT target host has a byte that is not "
                                            "allowed in a host name"));
    }
    r.host = QString::fromLatin1(host);
    r.headBytes = end + 4;

    bool authorized = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("a header line of the CONNECT request has no colon"));
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0 && value == authorization)
            authorized = true;
        else if (name.compare(s_handOverHeader, Qt::CaseInsensitive) == 0 && value == "tls")
            r.handOverAfterTls = true;
    }
    r.status = authorized ? Status::Ok : Status::Unauthorized;
    if (!authorized)
        r.problem = QStringLiteral("the client did not present the relay's credentials");
    return r;
}

} // namespace wirescope
