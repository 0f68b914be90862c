// Reference: the same N sequential GETs through a bare QNetworkAccessManager (no Wirescope
// code), to separate Qt's own per-request cost from the engine's.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <functional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_qnam_bare URL COUNT\n";
        return 2;
    }
    const QUrl url(args.at(1));
    const int count = args.at(2).toInt();
    QNetworkAccessManager nam;
    int done = 0;
    int failures = 0;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                ++failures;
            reply->deleteLater();
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
    QTextStream(stdout) << "bare QNAM: " << count << " requests in " << QString::number(ms, 'f', 1)
                        << " ms, " << failures << " failures\n";
    return failures == 0 ? 0 : 1;
}
