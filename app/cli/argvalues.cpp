#include "app/cli/argvalues.h"

#include "core/http/requestbuilder.h"

#include <QFile>
#include <QMetaEnum>
#include <QSslError>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace wirescope::cli {

namespace {

QString describeChar(QChar c)
{
    if (c == u'\r')
        return QStringLiteral("a carriage return (CR)");
    if (c == u'\n')
        return QStringLiteral("a line feed (LF)");
    if (c == u' ')
        return QStringLiteral("a space");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return u'"' + QString(c) + u'"';
}

} // namespace

Error usageError(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

Result<QString> readTextArgument(const QString &option, const QString &path)
{
    QFile file(path);
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : file.open(QIODevice::ReadOnly);
    if (!ok) {
        return Error{Error::Kind::File, QStringLiteral("%1 @%2: cannot read the file: %3")
                                            .arg(option, path, file.errorString())};
    }
    return QString::fromUtf8(file.readAll());
}

Result<int> parseCount(const QString &option, const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return usageError(
            QStringLiteral("%1 needs a positive number, not \"%2\"").arg(option, text));
    return n;
}

Result<QString> parseFileName(const QString &option, const QString &text)
{
    if (text.isEmpty())
        return usageError(QStringLiteral("option %1 needs a file name").arg(option));
    return text;
}

Result<QString> parseMethod(const QString &option, const QString &text)
{
    if (text.trimmed().isEmpty())
        return usageError(QStringLiteral("%1 needs a method such as GET or POST").arg(option));
    return text.trimmed();
}

Result<int> parseSeconds(const QString &option, const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    const double ms = seconds * 1000.0;
    if (!ok || !std::isfinite(seconds) || seconds < 0
        || ms > double(std::numeric_limits<int>::max())) {
        return usageError(
            QStringLiteral("%1 needs a number of seconds such as 0.5 or 30, not \"%2\"")
                .arg(option, text));
    }
    if (ms > 0 && ms < 1)
        return 1;
    return int(std::lround(ms));
}

Result<qint64> parseBytes(const QString &option, const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (!digits.isEmpty()) {
        const QChar suffix = digits.back().toUpper();
        const int shift = suffix == u'K' ? 10 : suffix == u'M' ? 20 : suffix == u'G' ? 30 : 0;
        if (shift) {
            unit = qint64(1) << shift;
            digits.chop(1);
        }
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / unit) {
        return usageError(
            QStringLiteral("%1 needs a positive number of bytes such as 1048576 or 10M, "
                           "not \"%2\"")
                .arg(option, text));
    }
    return value * unit;
}

Result<KeyValue> parseVariable(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    const QString name = eq < 0 ? QString() : text.left(eq).trimmed();
    if (name.isEmpty())
        return usageError(QStringLiteral("--var needs name=value, not \"%1\"").arg(text));
    return KeyValue{name, text.mid(eq + 1), true, {}};
}

Result<KeyValue> parseHeader(const QString &text)
{
    qsizetype sep = text.indexOf(u':');
    bool emptyValue = false;
    if (sep < 0 && text.endsWith(u';')) { // curl: "Name;" sends the header with no value
        sep = text.size() - 1;
        emptyValue = true;
    }
    if (sep < 0) {
        return usageError(
            QStringLiteral("-H needs 'Name: value'; \"%1\" has no colon").arg(text.simplified()));
    }
    const QString name = text.left(sep);
    const QString value = emptyValue ? QString() : text.mid(sep + 1).trimmed();
    if (name.isEmpty())
        return usageError(
            QStringLiteral("-H \"%1\": the header name is empty").arg(text.simplified()));
    // A {{variable}} name is checked by the engine once it is resolved.
    if (!name.contains(QLatin1String("{{")) && !isValidHeaderName(name)) {
        for (QChar c : name) {
            if (!isValidHeaderName(QStringView(&c, 1))) {
                return usageError(QStringLiteral("-H: header name \"%1\" contains %2, which is not "
                                                 "allowed in a header name")
                                      .arg(name.simplified(), describeChar(c)));
            }
        }
    }
    for (QChar c : value) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0) {
            return usageError(QStringLiteral("-H: header \"%1\" contains %2 in its value; refused "
                                             "(header injection), nothing was sent")
                                  .arg(name, describeChar(c)));
        }
    }
    return KeyValue{name, value, true, {}};
}

Result<IgnoredTlsError> parseAcceptedTlsError(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    const QString codeText = (at < 0 ? text : text.left(at)).trimmed();
    const QMetaEnum errors = QMetaEnum::fromType<QSslError::SslError>();
    bool ok = false;
    int code = codeText.toInt(&ok);
    if (!ok)
        code = errors.keyToValue(codeText.toLatin1().constData(), &ok);
    if (!ok || code <= 0 || !errors.valueToKey(code)) {
        return usageError(
            QStringLiteral("--accept-tls-error needs CODE or CODE@SHA256 with CODE one "
                           "of the error codes a failed run prints (e.g. 10 or "
                           "CertificateExpired), not \"%1\"")
                .arg(text));
    }
    IgnoredTlsError accepted;
    accepted.error = code;
    if (at >= 0) {
        QString hex = text.mid(at + 1).remove(u':').trimmed().toUpper();
        const bool isHex = hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
                               return c.isDigit() || (c >= u'A' && c <= u'F');
                           });
        if (!isHex) {
            return usageError(
                QStringLiteral("--accept-tls-error %1: after @ comes the certificate's "
                               "SHA-256 fingerprint (64 hex digits, colons allowed)")
                    .arg(text));
        }
        for (qsizetype i = 0; i < hex.size(); i += 2)
            accepted.certificateSha256 += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    }
    return accepted;
}

Result<ProxySettings> parseProxy(const QString &text)
{
    const QString withScheme =
        text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    ProxySettings proxy;
    if (scheme == QLatin1String("http"))
        proxy.mode = ProxyMode::Http;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        proxy.mode = ProxyMode::Socks5;
    else
        return usageError(QStringLiteral("--proxy \"%1\": only http:// and socks5:// proxies are "
                                         "supported")
                              .arg(text));
    if (!url.isValid() || url.host().isEmpty()) {
        return usageError(QStringLiteral("--proxy needs http://[user:password@]host:port or "
                                         "socks5://..., not \"%1\"")
                              .arg(text));
    }
    proxy.host = url.host();
    proxy.port = quint16(url.port(1080));
    proxy.username = url.userName(QUrl::FullyDecoded);
    proxy.password = url.password(QUrl::FullyDecoded);
    return proxy;
}

Result<MultipartPart> parseFormPart(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        return usageError(
            QStringLiteral("-F needs name=value or name=@file, not \"%1\"").arg(text.simplified()));
    }
    MultipartPart part;
    part.name = text.left(eq);
    QString content = text.mid(eq + 1);
    const qsizetype type = content.lastIndexOf(QLatin1String(";type="));
    if (type >= 0 && content.indexOf(u'/', type) > type) {
        part.contentType = content.mid(type + 6).trimmed();
        content.truncate(type);
    }
    if (content.startsWith(u'@')) {
        part.isFile = true;
        part.filePath = content.mid(1);
        if (part.filePath.isEmpty())
            return usageError(QStringLiteral("-F %1: no file name after @").arg(text));
    } else {
        part.value = content;
    }
    return part;
}

} // namespace wirescope::cli
