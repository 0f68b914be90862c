#include "core/interop/exportreport.h"

namespace wirescope {

void ExportReport::warn(const QString &itemPath, const QString &message)
{
    warnings.append(itemPath.isEmpty() ? message : itemPath + QLatin1String(": ") + message);
}

} // namespace wirescope
