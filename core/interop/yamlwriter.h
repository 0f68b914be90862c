#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace wirescope::interop {

/// @p value as YAML text (UTF-8, block style), the way files meant for people are written:
/// mapping keys named in @p leadingKeys come first, in that order, the rest sorted; strings
/// stay plain only where no YAML reader could take them for anything else (a number, a
/// boolean, null), else they are double-quoted; text with line breaks becomes a literal block.
/// Characters YAML cannot hold raw are escaped. Read back with parseYamlDocument(), the tree
/// is @p value again, except that the noncharacters U+FFFE and U+FFFF come back as U+FFFD.
QByteArray yamlText(const QJsonValue &value, const QStringList &leadingKeys = {});

} // namespace wirescope::interop
