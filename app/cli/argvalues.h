#pragma once

#include "core/model/body.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/requestsettings.h"

#include <QList>
#include <QString>

namespace wirescope::cli {

/// Parsers for the values of single `send` options. Each returns Error::Kind::InvalidRequest
/// with a one-line message naming the option when the value is unusable.

/// A usage error (exit code 2) with @p message.
Error usageError(const QString &message);

/// @p parsed's value stored in @p target, or its error, so that an option reads as one line:
/// `return assignTo(parseBytes(spelled, value), settings.maxResponseBytes);`
template<typename T, typename Target>
Result<void> assignTo(Result<T> parsed, Target &target)
{
    if (!parsed)
        return parsed.error();
    target = std::move(parsed).value();
    return {};
}

/// @p parsed's value appended to @p list (a repeatable option), or its error.
template<typename T>
Result<void> appendTo(Result<T> parsed, QList<T> &list)
{
    if (!parsed)
        return parsed.error();
    list.append(std::move(parsed).value());
    return {};
}

/// A positive whole number such as --expect's N.
Result<int> parseCount(const QString &option, const QString &text);

/// A file name that must not be empty (--cacert, --cert, --key, -o).
Result<QString> parseFileName(const QString &option, const QString &text);

/// A method such as GET or PURGE (-X), trimmed; refuses an empty one.
Result<QString> parseMethod(const QString &option, const QString &text);

/// "2.5" -> 2500 ms (decimal seconds, "0" = no limit, at least 1 ms otherwise).
Result<int> parseSeconds(const QString &option, const QString &text);

/// "1048576", "512K", "10M", "1G" (powers of 1024, as curl) -> bytes; must be positive.
Result<qint64> parseBytes(const QString &option, const QString &text);

/// "name=value" for --var: the name trimmed and not empty, the value as given (may hold '=').
Result<KeyValue> parseVariable(const QString &text);

/// "Name: value" (value trimmed) or curl's "Name;" for an empty value. Refuses a missing
/// colon, an illegal name and CR, LF or NUL in the value (header injection).
Result<KeyValue> parseHeader(const QString &text);

/// "CODE" or "CODE@SHA256": CODE is a QSslError::SslError number or name, SHA256 the
/// certificate fingerprint in hex (colons optional), normalised to "AB:CD:...".
Result<IgnoredTlsError> parseAcceptedTlsError(const QString &text);

/// "http://[user:pass@]host[:port]", "socks5://..." (socks5h too); no scheme means http;
/// the port defaults to 1080 as in curl.
Result<ProxySettings> parseProxy(const QString &text);

/// curl's -F: "name=value", "name=@path", either with an optional ";type=mime/type".
Result<MultipartPart> parseFormPart(const QString &text);

/// The text behind "@FILE" ("@-" is standard input); Error::Kind::File when unreadable.
Result<QString> readTextArgument(const QString &option, const QString &path);

} // namespace wirescope::cli
