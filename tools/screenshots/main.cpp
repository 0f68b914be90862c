// wirescope-screenshots --screenshot FILE [--show-tab NAMES] [--palette TEXT]
//                       [wirescope options...]
// Starts the application as the wirescope executable does, on a scratch profile, and saves a
// picture of its window once the scripted send or WebSocket is on screen.

#include "app/gui/application.h"
#include "tools/screenshots/screenshottaker.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSize>
#include <QTemporaryDir>

#include <cstdio>

namespace {

/// Takes "--NAME VALUE" or "--NAME=VALUE" out of @p arguments; the values found.
QStringList takeOption(QStringList *arguments, const QString &name)
{
    QStringList values;
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < arguments->size();) {
        const QString &argument = arguments->at(i);
        if (argument == flag && i + 1 < arguments->size()) {
            values.append(arguments->at(i + 1));
            arguments->remove(i, 2);
        } else if (argument.startsWith(flag + u'=')) {
            values.append(argument.mid(flag.size() + 1));
            arguments->removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    // Pictures for the docs must not depend on (or change) this user's settings, layout or
    // collections: a scratch profile, which starts like a first run (with the sample
    // collection). Set before QApplication so QSettings and QStandardPaths see it.
    QTemporaryDir profile;
    if (!profile.isValid()) {
        std::fprintf(stderr, "wirescope-screenshots: cannot create a scratch profile\n");
        return 1;
    }
    for (const char *name : {"CONFIG", "DATA", "CACHE", "STATE"}) {
        const QString dir = profile.filePath(QLatin1String(name).toString().toLower());
        QDir().mkpath(dir);
        const QByteArray variable = QByteArray("XDG_") + name + "_HOME";
        qputenv(variable.constData(), QFile::encodeName(dir));
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wirescope"));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));

    QStringList arguments = QApplication::arguments();
    wirescope::ScreenshotTaker::Options shot;
    shot.file = takeOption(&arguments, QStringLiteral("screenshot")).value(0);
    for (const QString &names : takeOption(&arguments, QStringLiteral("show-tab")))
        shot.showTabs += names.split(u',', Qt::SkipEmptyParts);
    if (const QStringList typed = takeOption(&arguments, QStringLiteral("palette"));
        !typed.isEmpty())
        shot.palette = typed.first();
    QSize size(1280, 860); // reproducible pictures
    if (const QStringList sizes = takeOption(&arguments, QStringLiteral("size"));
        !sizes.isEmpty()) {
        const QStringList parts = sizes.first().split(u'x');
        size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (size.width() < 200 || size.height() < 200) {
            std::fprintf(stderr,
                         "wirescope-screenshots: --size takes WIDTHxHEIGHT, e.g. 1024x700\n");
            return 2;
        }
    }
    if (shot.file.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: wirescope-screenshots --screenshot FILE [--size WxH] [--show-tab NAMES] "
            "[--palette TEXT] "
            "[--send URL [--test-script FILE]] [--show-ws URL [--ws-send TEXT]...]\n");
        return 2;
    }
    int exitCode = 0;
    const auto options = wirescope::Application::parseArguments(arguments, &exitCode);
    if (!options)
        return exitCode;
    shot.waitForScript = !options->sendUrl.isEmpty() || !options->webSocketUrl.isEmpty();

    wirescope::Application wirescope(*options);
    wirescope::ScreenshotTaker taker(&wirescope, shot);
    wirescope.window()->resize(size);
    wirescope.start();
    taker.start();
    return QApplication::exec();
}
