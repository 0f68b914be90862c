#pragma once

#include <QStringList>

namespace wirescope::cli {

/// `wirescope-cli serve ARGS`: runs the demo server (core/server/demoserver.h) until SIGINT or
/// SIGTERM and returns the process exit code. Runs the application's event loop; needs a
/// QCoreApplication.
int runServeCommand(const QStringList &args);

} // namespace wirescope::cli
