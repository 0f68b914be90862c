#pragma once

#include <QList>
#include <QString>

namespace wirescope {

/// One row of an ordered name/value table (query params, headers, form fields, variables).
/// Order is significant and duplicates are allowed, as on the wire.
struct KeyValue
{
    QString name;
    QString value;
    bool enabled = true;
    QString description;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

using KeyValueList = QList<KeyValue>;

/// The enabled rows only, in order.
KeyValueList enabledOnly(const KeyValueList &list);

/// Case-insensitive lookup of the first enabled row named @p name; null QString when absent.
QString firstValue(const KeyValueList &list, QStringView name);

/// True when an enabled row named @p name (case-insensitive) exists.
bool containsName(const KeyValueList &list, QStringView name);

} // namespace wirescope
