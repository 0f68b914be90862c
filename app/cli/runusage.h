#pragma once

#include <QString>

namespace wirescope::cli {

QString runUsage();

} // namespace wirescope::cli
