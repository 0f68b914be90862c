#pragma once

#include "core/model/exchange.h"
#include "core/model/request.h"

#include <QJsonObject>

namespace wirescope {

/// Conversions between Wirescope's request/response values and the plain JSON shapes the
/// JavaScript side of the sandbox (pm.request, pm.response, pm.sendRequest) works on.
/// Requests use Postman's item shape: {method, url, header: [{key, value, disabled}],
/// body: {mode, raw, urlencoded, options: {raw: {language}}}}.
namespace scriptjson {

QJsonObject fromRequest(const Request &request);

/// @p json applied over @p base: what the script can change (method, URL, headers, body)
/// is taken from @p json, everything else from @p base. `header` may also be an object
/// ({name: value}); a string `url` and {raw: "..."} are both accepted.
Request toRequest(const QJsonObject &json, const Request &base = {});

/// {code, status, headers: [{key, value}], body, responseTime, responseSize} for an
/// exchange with a response; {} without one. The body is read up to @p maxBodyBytes.
QJsonObject fromExchange(const Exchange &exchange, qint64 maxBodyBytes);

} // namespace scriptjson

} // namespace wirescope
