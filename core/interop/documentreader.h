#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace wirescope::interop {

/// The keys of each mapping one level below a root mapping, in document order, by root key
/// (e.g. order["paths"] lists an OpenAPI document's paths as written). QJsonObject sorts its
/// keys; an importer that must keep the author's order asks the parser for this.
using NestedKeyOrder = QHash<QString, QStringList>;

/// Parses JSON text into a tree. Syntax errors become Kind::Parse with line and column.
/// With @p order, also records the nested key order (one more pass over the text).
Result<QJsonValue> parseJsonDocument(const QByteArray &data, NestedKeyOrder *order = nullptr);

/// Parses YAML text (yaml-cpp) into the same JSON-like tree, once, so importers read one kind
/// of tree: plain scalars become null/bool/number where YAML says so, quoted ones strings,
/// map keys strings. Nesting depth and alias expansion are bounded (hostile input).
Result<QJsonValue> parseYamlDocument(const QByteArray &data, NestedKeyOrder *order = nullptr);

/// JSON when the text starts with `{` or `[`, YAML otherwise.
Result<QJsonValue> parseJsonOrYamlDocument(const QByteArray &data, NestedKeyOrder *order = nullptr);

/// Line and column (1-based) of byte @p offset in @p data.
QString positionText(const QByteArray &data, qsizetype offset);

} // namespace wirescope::interop
