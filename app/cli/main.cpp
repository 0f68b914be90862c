// wirescope-cli: Wirescope's headless front end. One file per subcommand; this one dispatches.

#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/subcommands.h"
#include "app/cli/usage.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace wirescope::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirescope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    // QJSEngine's compiler warns about style (a variable used before its declaration) in the
    // bundled chai and in users' scripts; that is not the user's business on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printError(QStringLiteral("no command given (try wirescope-cli --help)"));
        return int(ExitCode::Usage);
    }
    const QString &command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        writeStdout(mainUsage().toUtf8());
        return int(ExitCode::Ok);
    }
    if (command == QLatin1String("--version")) {
        writeStdout(QStringLiteral("wirescope-cli %1 (Qt %2)\n")
                        .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion()))
                        .toUtf8());
        return int(ExitCode::Ok);
    }
    if (const Subcommand *subcommand = findSubcommand(command))
        return subcommand->run(args.mid(1));
    if (command.startsWith(u'-')) {
        printError(QStringLiteral("unknown option %1 (try wirescope-cli --help)").arg(command));
        return int(ExitCode::Usage);
    }
    printError(QStringLiteral("unknown command \"%1\" (try wirescope-cli --help)").arg(command));
    return int(ExitCode::Usage);
}
