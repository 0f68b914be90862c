#include "core/server/httpbinassets.h"
#include "core/server/httpbinresponder.h"
#include "core/server/requestecho.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace wirescope::server;

/// The httpbin-like endpoints as pure functions: bad input, caps, parsing. (Their answers
/// are compared with python3-httpbin over the network in tst_demoserver.)
class tst_HttpbinResponder : public QObject
{
    Q_OBJECT

private:
    static ServerRequest req(const QString &method,
                             const QString &target,
                             const QByteArray &body = {},
                             const QByteArray &contentType = {})
    {
        ServerRequest r;
        r.method = method;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:1234") + target);
        r.remoteAddress = QStringLiteral("127.0.0.1");
        r.headers.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:1234")));
        if (!contentType.isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        r.body = body;
        return r;
    }
    static QJsonObject json(const ServerResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }

private slots:
    void badInput_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("unknown path") << "GET"
                                      << "/nope" << 404 << "no such endpoint: /nope";
        QTest::newRow("status abc") << "GET"
                                    << "/status/abc" << 400 << "invalid status code \"abc\"";
        QTest::newRow("status 99") << "GET"
                                   << "/status/99" << 400 << "invalid status code \"99\"";
        QTest::newRow("status 101") << "GET"
                                    << "/status/101" << 400 << "(expected 200..599)";
        QTest::newRow("status 600") << "GET"
                                    << "/status/600" << 400 << "\"600\"";
        QTest::newRow("status empty list item") << "GET"
                                                << "/status/200," << 400 << "\"\"";
        QTest::newRow("bytes -1") << "GET"
                                  << "/bytes/-1" << 400 << "invalid byte count \"-1\"";
        QTest::newRow("bytes abc") << "GET"
                                   << "/bytes/abc" << 400 << "invalid byte count";
        QTest::newRow("bytes huge") << "GET"
                                    << "/bytes/99999999999999999999" << 400 << "invalid byte count";
        QTest::newRow("bytes bad seed") << "GET"
                                        << "/bytes/4?seed=x" << 400 << "invalid seed \"x\"";
        QTest::newRow("delay abc") << "GET"
                                   << "/delay/abc" << 400 << "invalid delay \"abc\"";
        QTest::newRow("delay -1") << "GET"
                                  << "/delay/-1" << 400 << "invalid delay";
        QTest::newRow("stream -2") << "GET"
                                   << "/stream/-2" << 400 << "invalid line count";
        QTest::newRow("redirect 0") << "GET"
                                    << "/redirect/0" << 400 << "invalid redirect count \"0\"";
        QTest::newRow("redirect-to no url") << "GET"
                                            << "/redirect-to" << 400 << "needs a url";
        QTest::newRow("POST /get") << "POST"
                                   << "/get" << 405 << "method POST is not allowed for /get";
        QTest::newRow("GET /post") << "GET"
                                   << "/post" << 405 << "allowed: POST, OPTIONS";
        QTest::newRow("POST /headers") << "POST"
                                       << "/headers" << 405 << "not allowed";
        QTest::newRow("ws over plain HTTP")
            << "GET"
            << "/ws/echo" << 426 << "/ws/echo is a WebSocket endpoint";
        QTest::newRow("basic-auth short") << "GET"
                                          << "/basic-auth/u" << 404 << "no such endpoint";
    }
    void badInput()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QString, errorPart);
        const ServerResponse r = HttpbinResponder().respond(req(method, target));
        QCOMPARE(r.status, status);
        const QJsonObject body = json(r);
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        const QString error = body.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(r.delayMs, 0);
    }

    void capsAndDelays_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("chunks");
        QTest::newRow("delay 999 capped") << "/delay/999" << 10000 << qint64(-1) << 0;
        QTest::newRow("delay 0.25") << "/delay/0.25" << 250 << qint64(-1) << 0;
        QTest::newRow("delay 0") << "/delay/0" << 0 << qint64(-1) << 0;
        QTest::newRow("bytes 0") << "/bytes/0" << 0 << qint64(0) << 0;
        QTest::newRow("bytes 100 MiB") << "/bytes/104857600" << 0 << qint64(104857600) << 0;
        QTest::newRow("bytes capped") << "/bytes/104857601" << 0 << qint64(104857600) << 0;
        QTest::newRow("stream 3") << "/stream/3" << 0 << qint64(-1) << 3;
        QTest::newRow("stream capped") << "/stream/1000" << 0 << qint64(-1) << 100;
        QTest::newRow("stream 0") << "/stream/0" << 0 << qint64(-1) << 0;
    }
    void capsAndDelays()
    {
        QFETCH(QString, target);
        QFETCH(int, delayMs);
        QFETCH(qint64, bytes);
        QFETCH(int, chunks);
        const ServerResponse r = HttpbinResponder().respond(req(QStringLiteral("GET"), target));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.delayMs, delayMs);
        QCOMPARE(r.generatedBytes, bytes);
        QCOMPARE(r.chunks.size(), chunks);
        for (int i = 0; i < r.chunks.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(r.chunks.at(i)).object();
            QCOMPARE(line.value(QStringLiteral("id")).toInt(-1), i);
            QVERIFY(r.chunks.at(i).endsWith('\n'));
        }
    }

    void seedIsDeterministic()
    {
        const auto a = HttpbinResponder().respond(
            req(QStringLiteral("GET"), QStringLiteral("/bytes/8?seed=42")));
        QCOMPARE(a.generatorSeed, 42u);
    }

    void titleCase_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower") << QByteArray("x-my-header") << "X-My-Header";
        QTest::newRow("upper") << QByteArray("DNT") << "Dnt";
        QTest::newRow("digits") << QByteArray("x-foo1bar") << "X-Foo1Bar";
        QTest::newRow("mixed") << QByteArray("content-TYPE") << "Content-Type";
        QTest::newRow("underscore") << QByteArray("a_b") << "A_B";
    }
    void titleCase()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        QCOMPARE(echo::titleCase(name), expected);
    }

    void formParsing_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("form");  // compact JSON
        QTest::addColumn<QByteArray>("files"); // compact JSON
        QTest::addColumn<QString>("error");
        QTest::newRow("urlencoded repeated")
            << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("a=1&a=2&c=x+y%21&flag")
            << QByteArray(R"({"a":["1","2"],"c":"x y!","flag":""})") << QByteArray("{}")
            << QString();
        const QByteArray multipart =
            "--XX\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n1\r\n"
            "--XX\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n";
        QTest::newRow("multipart")
            << QByteArray("multipart/form-data; boundary=XX") << multipart
            << QByteArray(R"({"f":"1"})") << QByteArray(R"({"up":"hello"})") << QString();
        const QByteArray binaryFile =
            "--XX\r\nContent-Disposition: form-data; name=\"b\"; filename=\"b\"\r\n\r\n"
            "\xff\xfe\r\n--XX--\r\n";
        QTest::newRow("multipart binary file")
            << QByteArray("multipart/form-data; boundary=\"XX\"") << binaryFile << QByteArray("{}")
            << QByteArray(
                   "{\"b\":\"data:application/octet-stream;base64,\x2f/4=\"}") // no raw string: moc
                                                                               // reads its // as a
                                                                               // comment
            << QString();
        QTest::newRow("multipart truncated")
            << QByteArray("multipart/form-data; boundary=XX")
            << QByteArray("--XX\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n1")
            << QByteArray("{}") << QByteArray("{}") << QStringLiteral("without a closing boundary");
        QTest::newRow("multipart no boundary")
            << QByteArray("multipart/form-data") << QByteArray("x") << QByteArray("{}")
            << QByteArray("{}") << QStringLiteral("without a boundary parameter");
    }
    void formParsing()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, files);
        QFETCH(QString, error);
        const echo::FormData f =
            echo::form(req(QStringLiteral("POST"), QStringLiteral("/post"), body, contentType));
        QVERIFY(f.isForm);
        QCOMPARE(QJsonDocument(f.form).toJson(QJsonDocument::Compact), form);
        QCOMPARE(QJsonDocument(f.files).toJson(QJsonDocument::Compact), files);
        if (error.isEmpty())
            QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        else
            QVERIFY2(f.error.contains(error), qPrintable(f.error));
    }

    void dataAndJson()
    {
        QCOMPARE(echo::data("héllo"), QStringLiteral("héllo"));
        QCOMPARE(echo::data(QByteArray("\xff\xfe")),
                 QStringLiteral("data:application/octet-stream;base64,//4="));
        QVERIFY(echo::json("not json").isNull());
        QVERIFY(echo::json("").isNull());
        QCOMPARE(
            echo::json(R"({"k":[1,2]})").toObject().value(QStringLiteral("k")).toArray().size(), 2);
    }

    void crcAndGzip()
    {
        QCOMPARE(assets::crc32("123456789"), 0xCBF43926u); // the standard CRC-32 check value
        const QByteArray payload = QByteArray("wirescope ").repeated(100);
        const QByteArray gz = assets::gzip(payload);
        QVERIFY(gz.startsWith("\x1f\x8b\x08"));
        QVERIFY(gz.size() < payload.size());
        // The trailer carries the CRC-32 and the length of the original data.
        QCOMPARE(qFromLittleEndian<quint32>(gz.constData() + gz.size() - 8),
                 assets::crc32(payload));
        QCOMPARE(qFromLittleEndian<quint32>(gz.constData() + gz.size() - 4),
                 quint32(payload.size()));
        // PNG chunks carry CRC-32s too: the embedded image must be intact.
        const QByteArray png = assets::png();
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QByteArray ihdr = png.mid(12, 4 + 13);
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 12 + 17), assets::crc32(ihdr));
    }

    void redirectLocations_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("location");
        QTest::newRow("redirect 1") << "/redirect/1"
                                    << "/get";
        QTest::newRow("redirect 3") << "/redirect/3"
                                    << "/relative-redirect/2";
        QTest::newRow("redirect absolute") << "/redirect/3?absolute=true"
                                           << "http://127.0.0.1:1234/absolute-redirect/2";
        QTest::newRow("relative 2") << "/relative-redirect/2"
                                    << "/relative-redirect/1";
        QTest::newRow("absolute 1") << "/absolute-redirect/1"
                                    << "http://127.0.0.1:1234/get";
        QTest::newRow("redirect-to") << "/redirect-to?url=%2Fheaders"
                                     << "/headers";
        QTest::newRow("status 302") << "/status/302"
                                    << "/redirect/1";
    }
    void redirectLocations()
    {
        QFETCH(QString, target);
        QFETCH(QString, location);
        const ServerResponse r = HttpbinResponder().respond(req(QStringLiteral("GET"), target));
        QVERIFY2(r.status / 100 == 3, qPrintable(QString::number(r.status)));
        QByteArray actual;
        for (const auto &h : r.headers) {
            if (h.first == "Location")
                actual = h.second;
        }
        QCOMPARE(QString::fromUtf8(actual), location);
    }
};

QTEST_GUILESS_MAIN(tst_HttpbinResponder)
#include "tst_httpbinresponder.moc"
