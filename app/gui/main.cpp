#include "app/gui/application.h"
#include "app/shared/stopsignals.h"

#include <QApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wirescope"));
    // QJSEngine's compiler warns about style in the bundled chai and in users' scripts.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));

    int exitCode = 0;
    const auto options =
        wirescope::Application::parseArguments(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    wirescope::Application wirescope(*options);
    wirescope::StopSignals stopSignals;
    if (stopSignals.install())
        QObject::connect(&stopSignals, &wirescope::StopSignals::stopRequested, &wirescope,
                         &wirescope::Application::stop);
    wirescope.start();
    return QApplication::exec();
}
