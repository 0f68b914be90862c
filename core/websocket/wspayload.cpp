#include "core/websocket/wspayload.h"

#include <QFile>
#include <QFileInfo>

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-';
}

QString describe(QChar c)
{
    if (c.isPrint())
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
}

} // namespace

Result<QByteArray> bytesFromHex(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text[i].isSpace())
        ++i;
    if (i + 1 < n && text[i] == u'0' && (text[i + 1] == u'x' || text[i + 1] == u'X'))
        i += 2;
    int high = -1;
    qsizetype highPos = 0;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (isSeparator(c)) {
            if (high >= 0)
                return invalid(QStringLiteral("hex: a lone digit at position %1 (bytes are two "
                                              "hex digits each)")
                                   .arg(highPos + 1));
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return invalid(QStringLiteral("hex: %1 at position %2 is not a hex digit")
                               .arg(describe(c))
                               .arg(i + 1));
        if (high < 0) {
            high = v;
            highPos = i;
        } else {
            out.append(char((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0)
        return invalid(QStringLiteral("hex: an odd number of digits (the last byte at position "
                                      "%1 has only one)")
                           .arg(highPos + 1));
    return out;
}

Result<QByteArray> bytesFromBase64(QStringView text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
                        || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'-'
                        || u == u'_' || u == u'=';
        if (!ok)
            return invalid(QStringLiteral("base64: %1 at position %2 is not a base64 character")
                               .arg(describe(c))
                               .arg(i + 1));
        compact.append(char(u));
    }
    const qsizetype pad = compact.indexOf('=');
    if (pad >= 0) {
        for (qsizetype i = pad; i < compact.size(); ++i) {
            if (compact[i] != '=')
                return invalid(QStringLiteral("base64: data after the '=' padding"));
        }
        if (compact.size() - pad > 2 || compact.size() % 4 != 0)
            return invalid(QStringLiteral("base64: wrong padding"));
    } else if (compact.size() % 4 == 1) {
        return invalid(QStringLiteral("base64: the length is impossible (one character too "
                                      "many or missing)"));
    }
    const bool urlSafe = compact.contains('-') || compact.contains('_');
    if (urlSafe && (compact.contains('+') || compact.contains('/')))
        return invalid(QStringLiteral("base64: mixes the standard (+/) and URL-safe (-_) "
                                      "alphabets"));
    auto decoded = QByteArray::fromBase64Encoding(
        compact, (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(QStringLiteral("base64: the text does not decode"));
    return *decoded;
}

Result<QByteArray> bytesFromFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error{Error::Kind::File, QStringLiteral("%1 is a directory").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::File,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    if (maxBytes > 0 && file.size() > maxBytes)
        return Error{Error::Kind::File,
                     QStringLiteral("%1 is %2 bytes, more than the %3-byte limit")
                         .arg(path)
                         .arg(file.size())
                         .arg(maxBytes)};
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::File,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return data;
}

QString hexPreview(const QByteArray &bytes, int maxBytes)
{
    const QByteArray head = bytes.left(maxBytes);
    QString out = QString::fromLatin1(head.toHex(' '));
    if (bytes.size() > maxBytes)
        out += QStringLiteral(" …");
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncation.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t cp;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        static constexpr char32_t minimum[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

} // namespace wirescope
