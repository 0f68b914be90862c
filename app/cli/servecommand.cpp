#include "app/cli/subcommands.h"

#include "app/cli/commandprologue.h"
#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/serveargs.h"
#include "app/shared/stopsignals.h"
#include "core/server/demoserver.h"
#include "core/store/collectionfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace wirescope::cli {

namespace {

/// A self-signed certificate for localhost made with the openssl program in @p dir.
Result<std::pair<QString, QString>> makeSelfSignedCertificate(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("--tls without --cert/--key makes a self-signed certificate "
                                    "with the openssl program, which is not installed; give "
                                    "--cert FILE --key FILE")};
    const QString cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const QString key = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return Error{Error::Kind::File,
                     QStringLiteral("openssl could not make a self-signed certificate: %1")
                         .arg(QString::fromLocal8Bit(process.readAll()).trimmed())};
    return std::pair{cert, key};
}

int exitFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidRequest:
        return int(ExitCode::Usage);
    case Error::Kind::File:
        return int(ExitCode::File);
    default:
        return int(ExitCode::Network);
    }
}

} // namespace

int runServeCommand(const QStringList &args)
{
    const auto parsed = parseServeArgs(args);
    if (const auto stop = commandPrologue(parsed, {&serveUsage, "", ""}))
        return *stop;
    const ServeOptions &options = *parsed;

    server::DemoServer demo;
    if (!options.mockDirectory.isEmpty()) {
        const auto load = store::loadCollectionDirectory(options.mockDirectory);
        if (!load) {
            printError(
                QStringLiteral("--mock %1: %2").arg(options.mockDirectory, load.error().message));
            return int(ExitCode::File);
        }
        for (const LoadProblem &problem : load->problems)
            printWarning(problem.toString());
        const int routes = demo.setMockCollection(load->collection);
        printNote(QStringLiteral("mock mode: %1 saved requests with examples from %2")
                      .arg(routes)
                      .arg(options.mockDirectory));
        if (routes == 0)
            printWarning(QStringLiteral("the collection has no saved examples: every request "
                                        "will get 404"));
    }

    server::DemoServerOptions serverOptions;
    serverOptions.address = options.address;
    serverOptions.port = options.port;
    serverOptions.certificateFile = options.certificateFile;
    serverOptions.keyFile = options.keyFile;
    std::optional<QTemporaryDir> certDir; // removed, with the certificate, at exit
    if (options.tls && options.certificateFile.isEmpty()) {
        certDir.emplace();
        if (!certDir->isValid()) {
            printError(QStringLiteral("cannot create a temporary directory for the certificate"));
            return int(ExitCode::File);
        }
        const auto made = makeSelfSignedCertificate(certDir->path());
        if (!made) {
            printError(made.error().message);
            return exitFor(made.error());
        }
        serverOptions.certificateFile = made->first;
        serverOptions.keyFile = made->second;
    }

    StopSignals stopSignals;
    if (!stopSignals.install()) {
        printError(QStringLiteral("cannot install the SIGINT/SIGTERM handlers"));
        return int(ExitCode::Network);
    }
    const auto listening = demo.listen(serverOptions);
    if (!listening) {
        printError(listening.error().message);
        return exitFor(listening.error());
    }

    QObject::connect(&stopSignals, &StopSignals::stopRequested, &demo, [&demo] {
        printNote(QStringLiteral("stopping"));
        demo.close();
        QCoreApplication::exit(int(ExitCode::Ok));
    });
    QObject::connect(&demo, &server::DemoServer::requestServed, &demo,
                     [](const QString &method, const QString &target, int status, double ms) {
                         printNote(QStringLiteral("%1 %2 %3 %4 ms")
                                       .arg(method, target)
                                       .arg(status)
                                       .arg(ms, 0, 'f', 1));
                     });

    QObject::connect(&demo, &server::DemoServer::webSocketEvent, &demo,
                     [](const QString &path, const QString &event) {
                         printNote(QStringLiteral("WebSocket %1 %2").arg(path, event));
                     });

    QByteArray urls = "http: " + demo.httpUrl().toEncoded() + '\n';
    const QString ws = demo.webSocketUrl().toString();
    urls += "ws-echo: " + (ws + QStringLiteral("/echo")).toUtf8() + '\n';
    urls += "ws-chat: " + (ws + QStringLiteral("/chat")).toUtf8() + '\n';
    if (certDir)
        urls += "cert: " + serverOptions.certificateFile.toUtf8() + '\n';
    writeStdout(urls);

    return QCoreApplication::exec();
}

} // namespace wirescope::cli
