#pragma once

#include "core/model/body.h"
#include "core/model/keyvalue.h"

#include <QJsonValue>
#include <QString>

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

/// A GraphQL request as the JSON body servers expect: {"query": ..., "variables": ...}.
/// @p variablesText is parsed as JSON when it is valid JSON, else kept as a string.
QString graphqlJsonBody(const QString &query, const QString &variablesText);

/// Appends @p row unless its name and value are both empty.
void appendRow(KeyValueList &list, const KeyValue &row);

} // namespace wirescope::interop
