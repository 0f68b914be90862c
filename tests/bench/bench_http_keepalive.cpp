// N sequential GETs of one URL through HttpClient on one kept-alive connection; prints the
// wall time. The reference (curl fetching the same N URLs in one process) is run beside it
// by run-benchmarks.sh and bench-wiretap.sh. Optional: a CA file for HTTPS, and "fresh" to send
// "Connection: close" over HTTP/1.1 so that every request opens (and times) a new connection.
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/http/wirelog.h"
#include "core/http/wiretap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace wirescope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_http_keepalive URL COUNT [CAFILE|-] [fresh]\n";
        return 2;
    }
    Request request;
    request.url = args.at(1);
    const int count = args.at(2).toInt();
    if (args.size() > 3 && args.at(3) != QLatin1String("-"))
        request.settings.tls.caCertificateFiles = {args.at(3)};
    if (args.size() > 4 && args.at(4) == QLatin1String("fresh")) {
        // HTTP/1.1 only: over h2 Qt drops "Connection: close" and keeps its one connection.
        request.settings.httpVersion = HttpVersionPolicy::Http1Only;
        request.headers.append(
            KeyValue{QStringLiteral("Connection"), QStringLiteral("close"), true, {}});
    }
    HttpClient client;
    client.setOptions(HttpClient::Options::fromEnvironment()); // WIRESCOPE_WIRETAP=off: no relay
    int done = 0;
    int failures = 0;
    QElapsedTimer clock;
    qint64 bytes = 0;
    std::function<void()> next = [&] {
        RequestRun *run = client.send(request);
        QObject::connect(run, &RequestRun::finished, &app, [&, run](const Exchange &ex) {
            run->deleteLater();
            if (!ex.ok())
                ++failures;
            else
                bytes += ex.response->body.size();
            if (++done == count)
                app.quit();
            else
                next();
        });
    };
    clock.start();
    next();
    app.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << "wirescope: " << count << " requests in " << QString::number(ms, 'f', 1)
                        << " ms (" << QString::number(count / (ms / 1000.0), 'f', 0) << " req/s), "
                        << failures << " failures, " << bytes << " body bytes";
    if (const WireTap *tap = client.wireTap()) {
        // The log keeps the last 512 connections: enough to see whether hand-overs happen.
        const QList<WireConnection> seen = tap->log().all();
        const auto handed = std::count_if(seen.cbegin(), seen.cend(),
                                          [](const WireConnection &c) { return c.handedOverAt; });
        QTextStream(stdout) << ", relay: " << handed << " of the last " << seen.size()
                            << " connections handed over";
    }
    QTextStream(stdout) << "\n";
    return failures == 0 ? 0 : 1;
}
