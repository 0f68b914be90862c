#include "core/http/exchangejson.h"
#include "core/model/exchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

using namespace wirescope;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

Exchange withResponse(const QByteArray &body, const QString &contentType = QString())
{
    Exchange e;
    e.sent.method = u"GET"_s;
    e.sent.url = u"http://127.0.0.1:8080/x"_s;
    Response r;
    r.status = 200;
    r.reason = u"OK"_s;
    r.httpVersion = u"1.1"_s;
    if (!contentType.isEmpty())
        r.headers.append(KeyValue{u"Content-Type"_s, contentType, true, {}});
    r.body = ResponseBody::fromBytes(body);
    e.response = r;
    return e;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    out.sort();
    return out;
}

} // namespace

class tst_ExchangeJson : public QObject
{
    Q_OBJECT

private slots:
    void topLevelShape_data()
    {
        QTest::addColumn<bool>("withResponse");
        QTest::addColumn<bool>("includeBody");
        QTest::addColumn<QStringList>("keys");
        const QStringList base =
            names({"request", "status", "reason", "httpVersion", "headers", "bodySize", "timings",
                   "tls", "redirects", "warnings", "unresolvedVariables", "error"});
        QTest::newRow("response, no body") << true << false << base;
        QTest::newRow("response, body") << true << true << (base + QStringList{u"body"_s});
        QTest::newRow("no response, no body") << false << false << base;
        QTest::newRow("no response, body asked")
            << false << true << (base + QStringList{u"body"_s});
    }
    void topLevelShape()
    {
        QFETCH(bool, withResponse);
        QFETCH(bool, includeBody);
        QFETCH(QStringList, keys);
        Exchange e = withResponse ? ::withResponse("text") : Exchange{};
        const QJsonObject json = exchangeToJson(e, includeBody);
        QCOMPARE(sortedKeys(json), sorted(keys));
        QCOMPARE(sortedKeys(json.value(u"request"_s).toObject()),
                 names({"method", "url", "headers"}));
        QCOMPARE(sortedKeys(json.value(u"timings"_s).toObject()),
                 names({"dns", "blocked", "connect", "tls", "send", "wait", "download", "total",
                        "reusedConnection", "dnsCached", "tlsIncludedInConnect",
                        "sendIncludedInConnect", "note"}));
    }

    void response()
    {
        Exchange e = withResponse("hello", u"text/plain"_s);
        e.response->headers.append(KeyValue{u"X-Dup"_s, u"a, b"_s, true, {}});
        e.sent.headers = {KeyValue{u"User-Agent"_s, u"W/1"_s, true, {}},
                          KeyValue{u"Host"_s, u"127.0.0.1:8080"_s, true, {}}};
        e.redirects.append(RedirectHop{302, u"http://a/1"_s, u"http://a/2"_s, 1.5});
        e.warnings = QStringList{u"w1"_s};
        e.unresolvedVariables = QStringList{u"token"_s};
        const QJsonObject json = exchangeToJson(e, false);
        QCOMPARE(json.value(u"status"_s).toInt(), 200);
        QCOMPARE(json.value(u"reason"_s).toString(), u"OK"_s);
        QCOMPARE(json.value(u"httpVersion"_s).toString(), u"1.1"_s);
        QCOMPARE(json.value(u"bodySize"_s).toInteger(), 5);
        const QJsonArray headers = json.value(u"headers"_s).toArray();
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(1).toArray(), (QJsonArray{u"X-Dup"_s, u"a, b"_s}));
        const QJsonObject request = json.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(request.value(u"url"_s).toString(), u"http://127.0.0.1:8080/x"_s);
        QCOMPARE(request.value(u"headers"_s).toArray().at(1).toArray(),
                 (QJsonArray{u"Host"_s, u"127.0.0.1:8080"_s}));
        const QJsonArray redirects = json.value(u"redirects"_s).toArray();
        QCOMPARE(redirects.size(), 1);
        QCOMPARE(redirects.at(0).toObject(), (QJsonObject{{u"status"_s, 302},
                                                          {u"url"_s, u"http://a/1"_s},
                                                          {u"location"_s, u"http://a/2"_s}}));
        QCOMPARE(json.value(u"warnings"_s).toArray(), QJsonArray{u"w1"_s});
        QCOMPARE(json.value(u"unresolvedVariables"_s).toArray(), QJsonArray{u"token"_s});
        QVERIFY(json.value(u"error"_s).isNull());
        QVERIFY(json.value(u"tls"_s).isNull());
        QVERIFY(!json.contains(u"body"_s));
    }

    void noResponse()
    {
        Exchange e;
        e.error = Error{Error::Kind::ConnectionRefused, u"connection refused by h:1"_s};
        const QJsonObject json = exchangeToJson(e, true);
        for (const char *key : {"status", "reason", "httpVersion", "bodySize", "body"})
            QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(json.value(u"headers"_s).toArray(), QJsonArray());
        QCOMPARE(json.value(u"error"_s).toObject(),
                 (QJsonObject{{u"kind"_s, u"connection-refused"_s},
                              {u"message"_s, u"connection refused by h:1"_s}}));
    }

    void body_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("spill");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("base64");
        QTest::newRow("ascii") << QByteArray("hello") << false << "hello" << false;
        QTest::newRow("empty") << QByteArray() << false << "" << false;
        QTest::newRow("utf-8") << QByteArray("h\xc3\xa9llo \xe2\x82\xac") << false
                               << QString::fromUtf8("h\xc3\xa9llo \xe2\x82\xac") << false;
        QTest::newRow("invalid utf-8")
            << QByteArray("\xff\xfe\x00\x01", 4) << false << "//4AAQ==" << true;
        QTest::newRow("truncated utf-8") << QByteArray("ab\xc3") << false << "YWLD" << true;
        QTest::newRow("json text")
            << QByteArray("{\"a\": [1, 2]}") << false << "{\"a\": [1, 2]}" << false;
        QTest::newRow("spilled to a file")
            << QByteArray("from disk") << true << "from disk" << false;
        QTest::newRow("spilled binary")
            << QByteArray("\x89PNG\r\n\x1a\n", 8) << true << "iVBORw0KGgo=" << true;
    }
    void body()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, spill);
        QFETCH(QString, expected);
        QFETCH(bool, base64);
        Exchange e = withResponse(QByteArray());
        ResponseBody body;
        QVERIFY(body.append(bytes, spill ? 0 : 1 << 20));
        QCOMPARE(body.isInMemory(), !spill || bytes.isEmpty());
        e.response->body = body;
        const QJsonObject json = exchangeToJson(e, true);
        QCOMPARE(json.value(u"body"_s).toString(), expected);
        QCOMPARE(json.value(u"bodySize"_s).toInteger(), bytes.size());
        if (base64)
            QCOMPARE(json.value(u"bodyEncoding"_s).toString(), u"base64"_s);
        else
            QVERIFY(!json.contains(u"bodyEncoding"_s));
        QVERIFY(!exchangeToJson(e, false).contains(u"body"_s));
    }

    void timings_data()
    {
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("unmeasured is null, not 0")
            << std::optional<double>() << QJsonValue(QJsonValue::Null);
        QTest::newRow("zero measured") << std::optional<double>(0.0) << QJsonValue(0.0);
        QTest::newRow("three decimals") << std::optional<double>(1.23456) << QJsonValue(1.235);
        QTest::newRow("sub-microsecond rounds to 0")
            << std::optional<double>(0.0004) << QJsonValue(0.0);
        QTest::newRow("large") << std::optional<double>(1000.0005) << QJsonValue(1000.001);
        QTest::newRow("integral") << std::optional<double>(150.0) << QJsonValue(150.0);
    }
    void timings()
    {
        QFETCH(std::optional<double>, value);
        QFETCH(QJsonValue, expected);
        Exchange e;
        e.timings.dns = value;
        e.timings.blocked = value;
        e.timings.connect = value;
        e.timings.tls = value;
        e.timings.send = value;
        e.timings.wait = value;
        e.timings.download = value;
        e.timings.total = 2.71828;
        const QJsonObject t = exchangeToJson(e, false).value(u"timings"_s).toObject();
        for (const char *phase : {"dns", "blocked", "connect", "tls", "send", "wait", "download"}) {
            const QJsonValue v = t.value(QLatin1String(phase));
            QCOMPARE(v.type(), expected.type());
            if (!expected.isNull())
                QCOMPARE(v.toDouble(), expected.toDouble());
        }
        QCOMPARE(t.value(u"total"_s).toDouble(), 2.718);
    }

    void timingFlags_data()
    {
        QTest::addColumn<bool>("reused");
        QTest::addColumn<bool>("tlsInConnect");
        QTest::addColumn<bool>("sendInConnect");
        QTest::newRow("none") << false << false << false;
        QTest::newRow("reused") << true << false << false;
        QTest::newRow("tls in connect") << false << true << false;
        QTest::newRow("send in connect") << false << false << true;
    }
    void timingFlags()
    {
        QFETCH(bool, reused);
        QFETCH(bool, tlsInConnect);
        QFETCH(bool, sendInConnect);
        Exchange e;
        e.timings.reusedConnection = reused;
        e.timings.tlsIncludedInConnect = tlsInConnect;
        e.timings.sendIncludedInConnect = sendInConnect;
        const QJsonObject t = exchangeToJson(e, false).value(u"timings"_s).toObject();
        QCOMPARE(t.value(u"reusedConnection"_s), QJsonValue(reused));
        QCOMPARE(t.value(u"tlsIncludedInConnect"_s), QJsonValue(tlsInConnect));
        QCOMPARE(t.value(u"sendIncludedInConnect"_s), QJsonValue(sendInConnect));
    }

    void tls_data()
    {
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<bool>("acceptFirst");
        QTest::addColumn<QJsonArray>("acceptedFlags");
        QTest::newRow("both refused") << false << false << QJsonArray{false, false};
        QTest::newRow("first accepted") << false << true << QJsonArray{true, false};
        QTest::newRow("insecure accepts all") << true << false << QJsonArray{true, true};
    }
    void tls()
    {
        QFETCH(bool, insecure);
        QFETCH(bool, acceptFirst);
        QFETCH(QJsonArray, acceptedFlags);
        Exchange e;
        TlsInfo info;
        info.protocol = u"TLS 1.3"_s;
        info.cipher = u"TLS_AES_256_GCM_SHA384"_s;
        info.alpn = u"h2"_s;
        info.insecure = insecure;
        const TlsError expired{6, u"The certificate has expired"_s, u"AA:BB"_s};
        const TlsError host{22, u"The host name did not match"_s, u"AA:BB"_s};
        info.errors = {expired, host};
        if (acceptFirst)
            info.acceptedErrors = {expired};
        CertificateInfo leaf;
        leaf.subject = u"CN=localhost"_s;
        leaf.issuer = u"CN=Test CA"_s;
        leaf.subjectAlternativeNames = {u"DNS:localhost"_s, u"IP:127.0.0.1"_s};
        leaf.serialNumber = u"01:02"_s;
        leaf.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        leaf.notAfter = QDateTime(QDate(2020, 2, 1), QTime(12, 30, 5), Qt::UTC);
        leaf.sha256 = u"AA:BB"_s;
        leaf.publicKeyAlgorithm = u"RSA"_s;
        leaf.publicKeyBits = 2048;
        info.chain = {leaf};
        e.tls = info;

        const QJsonObject tls = exchangeToJson(e, false).value(u"tls"_s).toObject();
        QCOMPARE(sortedKeys(tls),
                 names({"protocol", "cipher", "alpn", "verified", "insecure", "errors", "chain"}));
        QCOMPARE(tls.value(u"protocol"_s).toString(), u"TLS 1.3"_s);
        QCOMPARE(tls.value(u"alpn"_s).toString(), u"h2"_s);
        QCOMPARE(tls.value(u"verified"_s).toBool(), false);
        QCOMPARE(tls.value(u"insecure"_s).toBool(), insecure);
        const QJsonArray errors = tls.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(u"code"_s).toInt(), 6);
        QCOMPARE(errors.at(1).toObject().value(u"message"_s).toString(), host.message);
        QCOMPARE(errors.at(1).toObject().value(u"certificateSha256"_s).toString(), u"AA:BB"_s);
        QCOMPARE(errors.at(0).toObject().value(u"accepted"_s), acceptedFlags.at(0));
        QCOMPARE(errors.at(1).toObject().value(u"accepted"_s), acceptedFlags.at(1));
        const QJsonObject cert = tls.value(u"chain"_s).toArray().at(0).toObject();
        QCOMPARE(sortedKeys(cert), names({"subject", "issuer", "sans", "serial", "notBefore",
                                          "notAfter", "sha256", "publicKey", "selfSigned"}));
        QCOMPARE(cert.value(u"subject"_s).toString(), u"CN=localhost"_s);
        QCOMPARE(cert.value(u"sans"_s).toArray(),
                 (QJsonArray{u"DNS:localhost"_s, u"IP:127.0.0.1"_s}));
        QCOMPARE(cert.value(u"notBefore"_s).toString(), u"2020-01-01T00:00:00Z"_s);
        QCOMPARE(cert.value(u"notAfter"_s).toString(), u"2020-02-01T12:30:05Z"_s);
        QCOMPARE(cert.value(u"publicKey"_s).toString(), u"RSA 2048"_s);
        QCOMPARE(cert.value(u"serial"_s).toString(), u"01:02"_s);
        QCOMPARE(cert.value(u"selfSigned"_s).toBool(), false);
    }

    void tlsUnnegotiatedFieldsAreNull()
    {
        Exchange e;
        e.tls = TlsInfo{};
        const QJsonObject tls = exchangeToJson(e, false).value(u"tls"_s).toObject();
        QVERIFY(tls.value(u"protocol"_s).isNull());
        QVERIFY(tls.value(u"cipher"_s).isNull());
        QVERIFY(tls.value(u"alpn"_s).isNull());
        QCOMPARE(tls.value(u"chain"_s).toArray(), QJsonArray());
    }
};

QTEST_GUILESS_MAIN(tst_ExchangeJson)
#include "tst_exchangejson.moc"
