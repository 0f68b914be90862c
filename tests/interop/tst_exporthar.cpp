#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/interop/harexporter.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::Timings)

namespace {

using Opt = std::optional<double>;

/// Checks @p har against HAR 1.2's required fields and types (http://www.softwareishard.com/
/// blog/har-12-spec/), plus our rules: -1 or >= 0 for optional phases, >= 0 for send/wait/
/// receive, time >= the sum of the phases (ssl excluded: it is inside connect).
bool validHar(const QJsonObject &har, QString *why)
{
    auto fail = [why](const QString &message) {
        *why = message;
        return false;
    };
    auto has = [](const QJsonObject &o, const char *key, QJsonValue::Type type) {
        return o.contains(QLatin1String(key)) && o.value(QLatin1String(key)).type() == type;
    };
    const QJsonObject log = har.value(QLatin1String("log")).toObject();
    if (log.value(QLatin1String("version")).toString() != QLatin1String("1.2"))
        return fail(QStringLiteral("log.version is not 1.2"));
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    if (!has(creator, "name", QJsonValue::String) || !has(creator, "version", QJsonValue::String))
        return fail(QStringLiteral("log.creator needs name and version"));
    if (!has(log, "entries", QJsonValue::Array))
        return fail(QStringLiteral("log.entries missing"));
    int index = 0;
    for (const QJsonValue &value : log.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        const QString at = QStringLiteral("entry %1: ").arg(index++);
        for (const char *key : {"startedDateTime"})
            if (!has(e, key, QJsonValue::String))
                return fail(at + QLatin1String(key));
        if (!QDateTime::fromString(e.value(QLatin1String("startedDateTime")).toString(),
                                   Qt::ISODateWithMs)
                 .isValid())
            return fail(at + QStringLiteral("startedDateTime is not ISO 8601"));
        for (const char *key : {"request", "response", "cache", "timings"})
            if (!has(e, key, QJsonValue::Object))
                return fail(at + QLatin1String(key));
        if (!has(e, "time", QJsonValue::Double))
            return fail(at + QStringLiteral("time"));
        const QJsonObject req = e.value(QLatin1String("request")).toObject();
        for (const char *key : {"method", "url", "httpVersion"})
            if (!has(req, key, QJsonValue::String))
                return fail(at + QStringLiteral("request.") + QLatin1String(key));
        for (const char *key : {"cookies", "headers", "queryString"})
            if (!has(req, key, QJsonValue::Array))
                return fail(at + QStringLiteral("request.") + QLatin1String(key));
        for (const char *key : {"headersSize", "bodySize"})
            if (!has(req, key, QJsonValue::Double))
                return fail(at + QStringLiteral("request.") + QLatin1String(key));
        if (req.contains(QLatin1String("postData"))) {
            const QJsonObject post = req.value(QLatin1String("postData")).toObject();
            if (!has(post, "mimeType", QJsonValue::String)
                || !has(post, "text", QJsonValue::String))
                return fail(at + QStringLiteral("postData needs mimeType and text"));
        }
        const QJsonObject res = e.value(QLatin1String("response")).toObject();
        for (const char *key : {"status", "headersSize", "bodySize"})
            if (!has(res, key, QJsonValue::Double))
                return fail(at + QStringLiteral("response.") + QLatin1String(key));
        for (const char *key : {"statusText", "httpVersion", "redirectURL"})
            if (!has(res, key, QJsonValue::String))
                return fail(at + QStringLiteral("response.") + QLatin1String(key));
        for (const char *key : {"cookies", "headers"})
            if (!has(res, key, QJsonValue::Array))
                return fail(at + QStringLiteral("response.") + QLatin1String(key));
        const QJsonObject content = res.value(QLatin1String("content")).toObject();
        if (!has(content, "size", QJsonValue::Double)
            || !has(content, "mimeType", QJsonValue::String))
            return fail(at + QStringLiteral("content needs size and mimeType"));
        for (const QJsonObject &side : {req, res}) {
            for (const QJsonValue &h : side.value(QLatin1String("headers")).toArray()) {
                if (!has(h.toObject(), "name", QJsonValue::String)
                    || !has(h.toObject(), "value", QJsonValue::String))
                    return fail(at + QStringLiteral("a header needs name and value"));
            }
        }
        const QJsonObject t = e.value(QLatin1String("timings")).toObject();
        double sum = 0;
        for (const char *key : {"blocked", "dns", "connect", "ssl"}) {
            const double v = t.value(QLatin1String(key)).toDouble(-2);
            if (v != -1 && v < 0)
                return fail(at + QStringLiteral("timings.%1 = %2").arg(QLatin1String(key)).arg(v));
            if (v > 0 && qstrcmp(key, "ssl") != 0)
                sum += v;
        }
        for (const char *key : {"send", "wait", "receive"}) {
            if (!has(t, key, QJsonValue::Double) || t.value(QLatin1String(key)).toDouble() < 0)
                return fail(at + QStringLiteral("timings.%1 must be >= 0").arg(QLatin1String(key)));
            sum += t.value(QLatin1String(key)).toDouble();
        }
        const double ssl = t.value(QLatin1String("ssl")).toDouble();
        if (ssl >= 0 && ssl > t.value(QLatin1String("connect")).toDouble())
            return fail(at + QStringLiteral("ssl is not inside connect"));
        const double time = e.value(QLatin1String("time")).toDouble();
        if (sum > time + 0.002) // each phase rounded to 0.001 ms
            return fail(at + QStringLiteral("phases add up to %1 > time %2").arg(sum).arg(time));
    }
    return true;
}

Exchange exchangeWith(const Timings &timings)
{
    Exchange ex;
    ex.request.url = QStringLiteral("https://h.test/a?x=1");
    ex.sent.method = QStringLiteral("GET");
    ex.sent.url = QStringLiteral("https://h.test/a?x=1&y=a%20b");
    ex.sent.headers = {{QStringLiteral("Accept"), QStringLiteral("*/*"), true, {}},
                       {QStringLiteral("Cookie"), QStringLiteral("a=1; b=2"), true, {}}};
    ex.startedAt = QDateTime(QDate(2026, 11, 23), QTime(16, 0, 1, 250), Qt::UTC);
    ex.timings = timings;
    Response r;
    r.status = 200;
    r.reason = QStringLiteral("OK");
    r.httpVersion = QStringLiteral("2");
    r.headers = {{QStringLiteral("Content-Type"), QStringLiteral("text/plain"), true, {}},
                 {QStringLiteral("Set-Cookie"),
                  QStringLiteral("s=1; Path=/; HttpOnly\nt=2; Secure"),
                  true,
                  {}}};
    r.contentType = QStringLiteral("text/plain");
    r.body = ResponseBody::fromBytes("hello");
    ex.response = r;
    return ex;
}

QJsonObject onlyEntry(const QJsonObject &har)
{
    return har.value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class tst_ExportHar : public QObject
{
    Q_OBJECT

private slots:
    void timings_data()
    {
        QTest::addColumn<Timings>("timings");
        QTest::addColumn<QList<double>>("expected"); // blocked dns connect ssl send wait receive
        QTest::addColumn<QString>("comment");        // a part of timings.comment ("" = none)

        Timings tlsInConnect;
        tlsInConnect.blocked = 0.25;
        tlsInConnect.dns = 1.5;
        tlsInConnect.connect = 10;
        tlsInConnect.tlsIncludedInConnect = true;
        tlsInConnect.send = 0.125;
        tlsInConnect.wait = 5;
        tlsInConnect.download = 2;
        tlsInConnect.total = 18.875;
        QTest::newRow("tls inside connect")
            << tlsInConnect << QList<double>{0.25, 1.5, 10, -1, 0.125, 5, 2}
            << "TLS handshake is inside connect";

        Timings tlsApart = tlsInConnect;
        tlsApart.tlsIncludedInConnect = false;
        tlsApart.connect = 3;
        tlsApart.tls = 7;
        QTest::newRow("tls measured apart")
            << tlsApart << QList<double>{0.25, 1.5, 10, 7, 0.125, 5, 2} << "";

        Timings plain;
        plain.dns = 0.5;
        plain.blocked = 0.1;
        plain.connect = 2;
        plain.sendIncludedInConnect = true;
        plain.wait = 3;
        plain.download = 1;
        plain.total = 7.6;
        QTest::newRow("send inside connect") << plain << QList<double>{0.1, 0.5, 2, -1, 0, 3, 1}
                                             << "not measured, written as 0: send";

        Timings reused;
        reused.reusedConnection = true;
        reused.blocked = 0.05;
        reused.send = 0.02;
        reused.wait = 1.25;
        reused.download = 0.5;
        reused.total = 1.82;
        QTest::newRow("reused connection")
            << reused << QList<double>{0.05, -1, -1, -1, 0.02, 1.25, 0.5} << "reused connection";

        Timings failed;
        failed.dns = 0.3;
        failed.connect = 1;
        failed.total = 1.5;
        QTest::newRow("no response") << failed << QList<double>{-1, 0.3, 1, -1, 0, 0, 0}
                                     << "not measured, written as 0: send, wait, receive";

        Timings gap = reused;
        gap.total = 4;
        QTest::newRow("gap between events")
            << gap << QList<double>{0.05, -1, -1, -1, 0.02, 1.25, 0.5}
            << "the phases add up to 1.82 ms of 4 ms; 2.18 ms lie between";
    }
    void timings()
    {
        QFETCH(Timings, timings);
        QFETCH(QList<double>, expected);
        QFETCH(QString, comment);
        const QJsonObject har = exportHar({exchangeWith(timings)});
        QString why;
        QVERIFY2(validHar(har, &why), qPrintable(why));
        const QJsonObject entry = onlyEntry(har);
        const QJsonObject t = entry.value(QLatin1String("timings")).toObject();
        const char *names[] = {"blocked", "dns", "connect", "ssl", "send", "wait", "receive"};
        for (int i = 0; i < 7; ++i) {
            QVERIFY2(t.contains(QLatin1String(names[i])), names[i]);
            QCOMPARE(t.value(QLatin1String(names[i])).toDouble(), expected.at(i));
        }
        QCOMPARE(entry.value(QLatin1String("time")).toDouble(), timings.total);
        const QString actualComment = t.value(QLatin1String("comment")).toString();
        if (comment.isEmpty())
            QVERIFY2(actualComment.isEmpty(), qPrintable(actualComment));
        else
            QVERIFY2(actualComment.contains(comment), qPrintable(actualComment));
    }

    void entryFields()
    {
        Timings t;
        t.wait = 1;
        t.download = 1;
        t.send = 0;
        t.total = 2;
        Exchange ex = exchangeWith(t);
        ex.sent.method = QStringLiteral("POST");
        ex.sent.headers.append({QStringLiteral("Content-Type"),
                                QStringLiteral("application/x-www-form-urlencoded"),
                                true,
                                {}});
        ex.sent.bodyPreview = "a=1&b=x%20y";
        ex.sent.bodySize = ex.sent.bodyPreview.size();
        TlsInfo tls;
        tls.protocol = QStringLiteral("TLS 1.3");
        tls.alpn = QStringLiteral("h2");
        tls.verified = true;
        ex.tls = tls;
        const QJsonObject entry = onlyEntry(exportHar({ex}));
        QCOMPARE(entry.value(QLatin1String("startedDateTime")).toString(),
                 QStringLiteral("2026-11-23T16:00:01.250Z"));
        const QJsonObject req = entry.value(QLatin1String("request")).toObject();
        QCOMPARE(req.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(req.value(QLatin1String("httpVersion")).toString(), QStringLiteral("HTTP/2"));
        QCOMPARE(QJsonDocument(req.value(QLatin1String("queryString")).toArray())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"name":"x","value":"1"},{"name":"y","value":"a b"}])"));
        QCOMPARE(QJsonDocument(req.value(QLatin1String("cookies")).toArray())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"name":"a","value":"1"},{"name":"b","value":"2"}])"));
        const QJsonObject post = req.value(QLatin1String("postData")).toObject();
        QCOMPARE(post.value(QLatin1String("text")).toString(), QStringLiteral("a=1&b=x%20y"));
        QCOMPARE(QJsonDocument(post.value(QLatin1String("params")).toArray())
                     .toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"name":"a","value":"1"},{"name":"b","value":"x y"}])"));
        QCOMPARE(req.value(QLatin1String("bodySize")).toInt(), 11);
        const QJsonObject res = entry.value(QLatin1String("response")).toObject();
        QCOMPARE(res.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(
            res.value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("hello"));
        QCOMPARE(res.value(QLatin1String("bodySize")).toInt(), 5);
        QCOMPARE(res.value(QLatin1String("headersSize")).toInt(), -1);
        // Qt's newline-joined Set-Cookie is split back into two headers and two cookies.
        QCOMPARE(res.value(QLatin1String("headers")).toArray().size(), 3);
        QCOMPARE(
            QJsonDocument(res.value(QLatin1String("cookies")).toArray())
                .toJson(QJsonDocument::Compact),
            QByteArray(
                R"([{"httpOnly":true,"name":"s","path":"/","value":"1"},{"name":"t","secure":true,"value":"2"}])"));
        QCOMPARE(entry.value(QLatin1String("cache")).toObject(), QJsonObject());
        const QJsonObject custom = entry.value(QLatin1String("_wirescope")).toObject();
        QCOMPARE(
            custom.value(QLatin1String("tls")).toObject().value(QLatin1String("alpn")).toString(),
            QStringLiteral("h2"));
        QCOMPARE(onlyEntry(exportHar({ex})), entry); // deterministic
    }

    void binaryBodyIsBase64()
    {
        Exchange ex = exchangeWith(Timings{});
        const QByteArray bytes("\x00\x01\xff\xfe", 4);
        ex.response->body = ResponseBody::fromBytes(bytes);
        ex.response->contentType = QStringLiteral("application/octet-stream");
        const QJsonObject content = onlyEntry(exportHar({ex}))
                                        .value(QLatin1String("response"))
                                        .toObject()
                                        .value(QLatin1String("content"))
                                        .toObject();
        QCOMPARE(content.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(content.value(QLatin1String("text")).toString().toLatin1()),
                 bytes);
        QCOMPARE(content.value(QLatin1String("size")).toInt(), 4);
    }

    void largeBodyLeftOutAndReported()
    {
        Exchange ex = exchangeWith(Timings{});
        HarExportOptions options;
        options.maxBodyBytes = 3;
        ExportReport report;
        const QJsonObject content = onlyEntry(exportHar({ex}, options, &report))
                                        .value(QLatin1String("response"))
                                        .toObject()
                                        .value(QLatin1String("content"))
                                        .toObject();
        QVERIFY(!content.contains(QLatin1String("text")));
        QCOMPARE(content.value(QLatin1String("size")).toInt(), 5);
        QCOMPARE(report.warnings.size(), 1);
    }

    void failedAndUndatedExchanges()
    {
        Exchange failed;
        failed.request.method = QStringLiteral("GET");
        failed.request.url = QStringLiteral("http://nowhere.invalid/");
        failed.sent.url = failed.request.url;
        failed.startedAt = QDateTime::currentDateTimeUtc();
        failed.error = Error{Error::Kind::Dns, QStringLiteral("host not found")};
        failed.timings.total = 3;
        Exchange undated = exchangeWith(Timings{});
        undated.startedAt = QDateTime();
        ExportReport report;
        const QJsonObject har = exportHar({failed, undated}, {}, &report);
        QString why;
        QVERIFY2(validHar(har, &why), qPrintable(why));
        const QJsonArray entries =
            har.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 0);
        QCOMPARE(entry.value(QLatin1String("_wirescope"))
                     .toObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("dns"));
        QCOMPARE(report.skipped.size(), 1);
        QVERIFY(report.skipped.first().contains(QStringLiteral("no start time")));
    }

    /// Real exchanges from the engine against httpbin and nginx (TLS), exported and validated.
    void realExchangesValidate()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        HttpClient client;
        QList<Exchange> exchanges;
        QList<Request> requests;
        Request get;
        get.url = servers->httpbin.toString() + QStringLiteral("/anything?x=1");
        requests << get << get; // the second reuses the connection
        Request post = get;
        post.method = QStringLiteral("POST");
        post.body.kind = BodyKind::Raw;
        post.body.language = RawLanguage::Json;
        post.body.raw = QStringLiteral("{\"a\":1}");
        requests << post;
        Request bytes;
        bytes.url = servers->httpbin.toString() + QStringLiteral("/bytes/64");
        requests << bytes;
        Request redirect;
        redirect.url = servers->httpbin.toString() + QStringLiteral("/redirect/1");
        requests << redirect;
        Request tls;
        tls.url = servers->nginxTls.toString() + QStringLiteral("/small.txt");
        tls.settings.tls.caCertificateFiles = {servers->caFile};
        requests << tls;
        for (const Request &r : std::as_const(requests)) {
            RequestRun *run = client.send(r);
            QSignalSpy spy(run, &RequestRun::finished);
            QVERIFY(spy.wait(20000));
            exchanges << spy.first().first().value<Exchange>();
            run->deleteLater();
            QVERIFY2(
                exchanges.last().ok(),
                qPrintable(exchanges.last().error ? exchanges.last().error->message : QString()));
        }
        ExportReport report;
        const QJsonObject har = exportHar(exchanges, {}, &report);
        QString why;
        QVERIFY2(validHar(har, &why),
                 qPrintable(why + QString::fromUtf8(harJsonText(har).left(4000))));
        QVERIFY2(report.isClean(), qPrintable(report.warnings.join(u'\n')));
        const QJsonArray entries =
            har.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), requests.size());
        // Measured phases pass through unchanged (rounded to the microsecond).
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject t =
                entries.at(i).toObject().value(QLatin1String("timings")).toObject();
            const Timings &m = exchanges.at(i).timings;
            QCOMPARE(t.value(QLatin1String("wait")).toDouble(),
                     m.wait ? std::round(*m.wait * 1000) / 1000 : 0.0);
            if (m.reusedConnection)
                QCOMPARE(t.value(QLatin1String("connect")).toDouble(), -1.0);
        }
        QCOMPARE(entries.at(1)
                     .toObject()
                     .value(QLatin1String("_wirescope"))
                     .toObject()
                     .value(QLatin1String("reusedConnection"))
                     .toBool(),
                 exchanges.at(1).timings.reusedConnection);
        const QJsonObject binary = entries.at(3)
                                       .toObject()
                                       .value(QLatin1String("response"))
                                       .toObject()
                                       .value(QLatin1String("content"))
                                       .toObject();
        QCOMPARE(binary.value(QLatin1String("size")).toInt(), 64);
        QCOMPARE(QByteArray::fromBase64(binary.value(QLatin1String("text")).toString().toLatin1()),
                 exchanges.at(3).response->body.read());
        QCOMPARE(entries.at(4)
                     .toObject()
                     .value(QLatin1String("_wirescope"))
                     .toObject()
                     .value(QLatin1String("redirects"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject tlsEntry = entries.at(5).toObject();
        QCOMPARE(tlsEntry.value(QLatin1String("_wirescope"))
                     .toObject()
                     .value(QLatin1String("tls"))
                     .toObject()
                     .value(QLatin1String("verified"))
                     .toBool(),
                 true);
        const double ssl = tlsEntry.value(QLatin1String("timings"))
                               .toObject()
                               .value(QLatin1String("ssl"))
                               .toDouble();
        if (exchanges.at(5).timings.tlsIncludedInConnect) {
            QCOMPARE(ssl, -1.0);
        } else {
            // Measured by the relay: HAR's ssl is filled, inside connect.
            QVERIFY(exchanges.at(5).timings.tls);
            QVERIFY(ssl >= 0);
            QVERIFY(ssl <= tlsEntry.value(QLatin1String("timings"))
                               .toObject()
                               .value(QLatin1String("connect"))
                               .toDouble());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportHar)
#include "tst_exporthar.moc"
