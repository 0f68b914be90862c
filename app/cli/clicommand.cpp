#include "app/cli/clicommand.h"

#include <QCoreApplication>

namespace wirescope::cli {

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{}

CliCommand::~CliCommand() = default;

int CliCommand::exec()
{
    connect(this, &CliCommand::done, qApp, [](int code) { QCoreApplication::exit(code); });
    if (const std::optional<int> early = start())
        return *early;
    return QCoreApplication::exec();
}

} // namespace wirescope::cli
