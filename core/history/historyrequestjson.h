#pragma once

#include "core/model/error.h"

#include <QJsonObject>

namespace wirescope {

struct Request;

/// The history's own JSON form of a Request, as schema versions 1 and 2 of the history file
/// wrote it (its own key names: "apiKeyIn", "graphql.get", ...). Since version 3 the history
/// stores requests with the collection codec (core/store/requestjson.h, CredentialForm::Inline);
/// this reader remains for the migration of older files.
namespace historyjson {

/// Fails with a Parse error when @p json is not a request object.
Result<Request> legacyRequestFromJson(const QJsonObject &json);

} // namespace historyjson
} // namespace wirescope
