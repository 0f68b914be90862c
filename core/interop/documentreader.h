#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QJsonValue>

namespace wirescope::interop {

/// Parses JSON text into a tree. Syntax errors become Kind::Parse with line and column.
Result<QJsonValue> parseJsonDocument(const QByteArray &data);

/// Parses YAML text (yaml-cpp) into the same JSON-like tree, once, so importers read one kind
/// of tree: plain scalars become null/bool/number where YAML says so, quoted ones strings,
/// map keys strings. Nesting depth and alias expansion are bounded (hostile input).
Result<QJsonValue> parseYamlDocument(const QByteArray &data);

/// JSON when the text starts with `{` or `[`, YAML otherwise.
Result<QJsonValue> parseJsonOrYamlDocument(const QByteArray &data);

/// Line and column (1-based) of byte @p offset in @p data.
QString positionText(const QByteArray &data, qsizetype offset);

} // namespace wirescope::interop
