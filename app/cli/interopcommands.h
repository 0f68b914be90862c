#pragma once

#include <QString>
#include <QStringList>

namespace wirescope::cli {

/// The --help texts of import, export and codegen (their entry points: subcommands.h).
QString importUsage();
QString exportUsage();
QString codegenUsage();

} // namespace wirescope::cli
