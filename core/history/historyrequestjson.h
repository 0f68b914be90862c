#pragma once

#include "core/model/error.h"

#include <QJsonObject>

namespace wirescope {

struct Request;

/// The history's own JSON form of a Request: every field that differs from a default Request
/// (method and url always), so that an entry re-opens as the request that was sent. Private to the
/// history until core has a shared Request codec (core/store); switch to that one then and keep
/// reading this form (it is versioned by the history's schema version).
namespace historyjson {

QJsonObject requestToJson(const Request &request);

/// Fails with a Parse error naming the field when @p json is not a request object.
Result<Request> requestFromJson(const QJsonObject &json);

} // namespace historyjson
} // namespace wirescope
