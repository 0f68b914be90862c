#include "core/model/keyvalue.h"

namespace wirescope {

KeyValueList enabledOnly(const KeyValueList &list)
{
    KeyValueList out;
    out.reserve(list.size());
    for (const KeyValue &kv : list) {
        if (kv.enabled)
            out.append(kv);
    }
    return out;
}

QString firstValue(const KeyValueList &list, QStringView name)
{
    for (const KeyValue &kv : list) {
        if (kv.enabled && name.compare(kv.name, Qt::CaseInsensitive) == 0)
            return kv.value;
    }
    return {};
}

bool containsName(const KeyValueList &list, QStringView name)
{
    for (const KeyValue &kv : list) {
        if (kv.enabled && name.compare(kv.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace wirescope
