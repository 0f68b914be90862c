#pragma once

#include <QStringList>
#include <QStringView>

namespace wirescope::cli {

/// One subcommand of wirescope-cli: its name and its entry point, which reads the arguments
/// that follow the name (through the option layer: commandline.h, commandprologue.h), does
/// the work and returns the process exit code (exitcodes.h). Entry points run the
/// application's event loop where they need it; they need a QCoreApplication.
struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &args);
};

/// The subcommand called @p name, or nullptr.
const Subcommand *findSubcommand(QStringView name);

/// The entry points that live beside their work (servecommand.cpp, interopcommands.cpp).
int runServeCommand(const QStringList &args);
int runImportCommand(const QStringList &args);
int runExportCommand(const QStringList &args);
int runCodegenCommand(const QStringList &args);

} // namespace wirescope::cli
