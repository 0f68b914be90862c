#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wirescope {

/// A resolved Request turned into exactly what the engine will hand to Qt: a validated URL,
/// the explicit header list in send order, and the encoded body. Building is pure (apart from
/// reading body files) so that every rule is unit-tested without a network.
struct PreparedRequest
{
    QString method;
    QUrl url;
    KeyValueList headers;         ///< set on the QNetworkRequest in this order
    QStringList addedByWirescope; ///< lower-case names in `headers` the user did not set
    bool hasBody = false;
    QByteArray body;  ///< the body, unless streamed from bodyFile
    QString bodyFile; ///< binary body streamed from this file
    qint64 bodySize = 0;
    QStringList warnings;
    bool digest = false; ///< answer a Digest challenge with the credentials below
    QString digestUser;
    QString digestPassword;
};

/// The User-Agent Wirescope sends unless the request sets one.
QString defaultUserAgent();

/// Validates and encodes @p resolved (variables already substituted). Errors name the
/// offending part: the URL and the position of a bad character, the header, the file.
Result<PreparedRequest> prepareRequest(const Request &resolved);

/// Parses user-typed URL text: adds "http://" when no scheme is given (as curl and Postman
/// do), accepts only http and https, and reports illegal characters with their position.
Result<QUrl> parseHttpUrl(const QString &text);

/// True when @p name is an RFC 9110 token (the only legal header names).
bool isValidHeaderName(QStringView name);

/// For a JSON body: nullopt when valid, else "line L, column C: reason".
std::optional<QString> jsonSyntaxError(const QByteArray &json);

} // namespace wirescope
