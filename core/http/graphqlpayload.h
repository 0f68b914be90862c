#pragma once

#include "core/model/body.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"

#include <QByteArray>
#include <optional>

namespace wirescope::graphql {

/// nullopt when @p variables is empty (nothing is sent) or a JSON object; else a message that
/// names the variables field, with line and column for a syntax error.
std::optional<QString> variablesError(const QString &variables);

/// The application/json body of a POST: {"query", "variables", "operationName"} in that
/// order, the last two left out when empty. The variables go verbatim (after validation), so
/// their number spelling and key order reach the server as typed.
Result<QByteArray> postBody(const GraphQLBody &body);

/// The URL query parameters of a GET (`query`, `variables`, `operationName`), percent-encoded
/// and ready for urlWithQuery(); empty ones are left out.
Result<KeyValueList> getParameters(const GraphQLBody &body);

} // namespace wirescope::graphql
