#include "core/http/urlcheck.h"

#include <QStringList>

namespace wirescope {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error{Error::Kind::InvalidRequest, message, detail};
}

QString describe(QChar c)
{
    if (c == u' ')
        return QStringLiteral("a space");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return u'"' + QString(c) + u'"';
}

// RFC 3986 reg-name as people write it: letters, digits, '-', '.', '_' and '~', plus any
// non-ASCII letter (an internationalised name, which Qt turns into punycode).
bool hostChar(QChar c)
{
    if (c.unicode() > 0x7f)
        return c.isLetterOrNumber() || c.isMark();
    return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

} // namespace

UrlParts splitUrl(QStringView text)
{
    UrlParts parts;
    QStringView rest = text.trimmed();
    const qsizetype sep = rest.indexOf(u"://");
    if (sep >= 0) {
        parts.scheme = rest.left(sep);
        rest = rest.mid(sep + 3);
    }
    qsizetype end = rest.size();
    for (QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    QStringView authority = rest.left(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        parts.userInfo = authority.left(at);
        authority = authority.mid(at + 1);
    }
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close > 0) {
            parts.bracketedHost = true;
            parts.host = authority.mid(1, close - 1);
            const QStringView after = authority.mid(close + 1);
            if (after.startsWith(u':'))
                parts.port = after.mid(1);
            return parts;
        }
    }
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon >= 0) {
        parts.host = authority.left(colon);
        parts.port = authority.mid(colon + 1);
    } else {
        parts.host = authority;
    }
    return parts;
}

std::optional<Error> checkUrlParts(QStringView text)
{
    const UrlParts parts = splitUrl(text);
    if (!parts.bracketedHost) {
        for (QChar c : parts.host) {
            if (!hostChar(c)) {
                return invalid(QStringLiteral("the host name \"%1\" contains %2, which a host name "
                                              "cannot contain")
                                   .arg(parts.host.toString(), describe(c)));
            }
        }
        if (parts.host.startsWith(u'.') || parts.host.contains(u"..")) {
            return invalid(QStringLiteral("the host name \"%1\" has an empty label (two dots in a "
                                          "row, or a leading dot)")
                               .arg(parts.host.toString()));
        }
    }
    if (!parts.port.isEmpty()) {
        bool digits = true;
        for (QChar c : parts.port)
            digits = digits && c.isDigit() && c.unicode() < 0x80;
        if (!digits) {
            return invalid(QStringLiteral("the port \"%1\" after the host name \"%2\" is not a "
                                          "number")
                               .arg(parts.port.toString(), parts.host.toString()));
        }
        const uint port = parts.port.toUInt();
        if (port == 0 || port > 65535) {
            return invalid(QStringLiteral("the port %1 is out of range: a port is a number from 1 "
                                          "to 65535")
                               .arg(parts.port.toString()));
        }
    }
    return std::nullopt;
}

QString cleanQtUrlError(const QString &errorString)
{
    // "Invalid hostname (character '%' not permitted); source was "..."; scheme = ..."
    QString out = errorString;
    const qsizetype cut = out.indexOf(QLatin1String("; source was"));
    if (cut >= 0)
        out.truncate(cut);
    return out.trimmed();
}

} // namespace wirescope
