#pragma once

#include "core/model/keyvalue.h"

#include <QString>
#include <QStringList>

namespace wirescope {

/// Helpers that keep a Request's URL text, its query-parameter table and its path-variable
/// table consistent, working on the text the user typed (no percent-decoding, so
/// `{{variables}}` and odd encodings survive a round trip unchanged).

/// The query rows of @p url, in order ("a=1&b&c=" -> a:1, b:"", c:""). Fragment ignored.
KeyValueList parseQuery(QStringView url);

/// @p url with its query replaced by the enabled rows of @p params (the fragment kept).
QString urlWithQuery(QStringView url, const KeyValueList &params);

/// Merges the URL's query into an existing table: enabled rows follow the URL in order,
/// disabled rows are kept at their relative position, as Postman does.
KeyValueList mergeQueryFromUrl(QStringView url, const KeyValueList &previous);

/// Names of `:name` path segments in @p url's path, in order, each once.
QStringList pathVariableNames(QStringView url);

/// The path-variable table for @p url: one row per name, values kept from @p previous.
KeyValueList mergePathVariables(QStringView url, const KeyValueList &previous);

/// Replaces `:name` path segments with the enabled values of @p variables (percent-encoded
/// as a path segment); names without a value stay as they are.
QString substitutePathVariables(QStringView url, const KeyValueList &variables);

} // namespace wirescope
