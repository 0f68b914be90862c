#pragma once

#include <QString>

namespace wirescope::cli {

/// `wirescope-cli socketio --help`.
QString socketIoUsage();

} // namespace wirescope::cli
