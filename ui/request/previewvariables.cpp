#include "ui/request/previewvariables.h"

namespace wirescope {

DynamicVariables previewDynamicVariables()
{
    DynamicVariables d;
    d.uuid = [] {
        return QStringLiteral("00000000-0000-4000-8000-000000000000");
    };
    d.nowMsecsSinceEpoch = [] {
        return qint64(1700000000000);
    };
    d.randomInt = [] {
        return 0;
    };
    return d;
}

} // namespace wirescope
