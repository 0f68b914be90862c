#pragma once

#include "core/server/serverrequest.h"

#include <QJsonObject>
#include <QJsonValue>

namespace wirescope::server::echo {

/// The pieces of httpbin's request echo (/get, /post, /anything, ...), built the way
/// python3-httpbin (Flask + werkzeug) builds them, so clients can compare the two.

/// Query arguments: a name with one value maps to a string, with several to an array.
QJsonObject args(const ServerRequest &request);

/// Request headers with werkzeug's Title-Case names ("x-foo" -> "X-Foo").
QJsonObject headers(const ServerRequest &request);

/// werkzeug's header-name spelling: every letter after a non-letter upper case, the rest
/// lower case.
QString titleCase(const QByteArray &name);

/// The form fields and file parts of an urlencoded or multipart/form-data body.
struct FormData
{
    QJsonObject form;
    QJsonObject files;
    bool isForm = false; ///< the body was a form (then httpbin's "data" is "")
    QString error;       ///< a malformed multipart body, named
};
FormData form(const ServerRequest &request);

/// httpbin's "data": the body as text when it is UTF-8, else a base64 data: URL.
QString data(const QByteArray &body);

/// httpbin's "json": the body parsed as JSON, null when it is not JSON.
QJsonValue json(const QByteArray &body);

/// The full echo of /post-like endpoints: args, data, files, form, headers, json, origin,
/// url (and "method" when @p withMethod, as /anything does).
QJsonObject full(const ServerRequest &request, bool withMethod);

/// The echo of /get: args, headers, origin, url.
QJsonObject basic(const ServerRequest &request);

/// The request's URL as httpbin reports it.
QString url(const ServerRequest &request);

} // namespace wirescope::server::echo
