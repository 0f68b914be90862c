#pragma once

#include "core/interop/importreport.h"
#include "core/model/body.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace wirescope::interop {

/// Small shared pieces of the importers (JSON-tree reading, paths, bodies).

/// Deepest folder nesting an import accepts; deeper input is refused with a clear error
/// rather than risking the stack on hostile files.
constexpr int kMaxFolderDepth = 100;

/// Text of a scalar: strings as they are, numbers and booleans as JSON writes them, else empty.
QString scalarText(const QJsonValue &value);

/// "parent/name" (just name at the top).
QString joinItemPath(const QString &parent, const QString &name);

/// The raw-body language a Content-Type / MIME type implies (Text when unknown).
RawLanguage languageForMimeType(QStringView mimeType);

/// The variables of an imported GraphQL body as editable text: a string as it is (Postman
/// keeps the text the user typed), an object pretty-printed (Insomnia), else empty.
QString graphqlVariablesText(const QJsonValue &variables);

/// A GraphQL body's transport follows the imported method (GET sends the operation as URL
/// parameters, anything else a POST, as Wirescope sends GraphQL); a method other than GET or
/// POST is noted in @p report because it will not be used.
void settleGraphQLTransport(Request &request, ImportReport &report, const QString &path);

/// Appends @p row unless its name and value are both empty.
void appendRow(KeyValueList &list, const KeyValue &row);

/// @p value with every `$ref` string replaced by @p map's answer, down to @p maxDepth levels
/// (deeper parts are kept as they are). @p eachObject, when set, may change each object after
/// its members were rewritten. For documents whose references move (Swagger 2 -> OpenAPI 3,
/// files bundled into one tree).
QJsonValue mapRefs(const QJsonValue &value,
                   const std::function<QString(const QString &)> &map,
                   const std::function<void(QJsonObject &)> &eachObject = {},
                   int maxDepth = 256);

} // namespace wirescope::interop
