// The Hawk auth against the reference verifier: npm's `@hapi/hawk` (tests/support/node/
// hawk-server.js) authenticates each request as received (MAC, payload hash, timestamp). A
// wrong key must be refused by the peer (so a passing row means the MAC was checked), and
// input mistakes stop the send with words that name them.

#include "core/http/hawkauth.h"
#include "core/http/httpclient.h"
#include "core/interop/codegen.h"
#include "exchangewaiter.h"
#include "tests/support/testenv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;

namespace {

HawkSettings settings(const QString &id = QStringLiteral("wirescope-id"),
                      const QString &algorithm = QStringLiteral("sha256"))
{
    HawkSettings h;
    h.id = id;
    h.key = QStringLiteral("wirescope-hawk-key");
    h.algorithm = algorithm;
    return h;
}

} // namespace

class tst_HawkAuth final : public QObject
{
    Q_OBJECT

    test::TestServers m_s;
    std::unique_ptr<HttpClient> m_client;

    Request
    hawkRequest(const QString &method, const QString &pathAndQuery, const HawkSettings &hawk) const
    {
        Request r;
        r.method = method;
        r.url = m_s.hawk.toString(QUrl::StripTrailingSlash) + pathAndQuery;
        r.auth.kind = AuthKind::Hawk;
        r.auth.hawk = hawk;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(m_s.hawk.isValid());
        m_client = std::make_unique<HttpClient>();
    }

    void theVerifierAcceptsWhatWeSign_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("payloadHash");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("dlg");
        const QString id = QStringLiteral("wirescope-id");
        QTest::newRow("sha256 GET")
            << id << "sha256"
            << "GET"
            << "/resource/1?b=1&a=2" << false << QString() << QString() << QString();
        QTest::newRow("sha1") << QStringLiteral("wirescope-sha1") << "sha1"
                              << "GET"
                              << "/x" << false << QString() << QString() << QString();
        QTest::newRow("POST with its payload hash")
            << id << "sha256"
            << "POST"
            << "/items" << true << QString() << QString() << QString();
        QTest::newRow("ext, app and dlg") << id << "sha256"
                                          << "PUT"
                                          << "/items/2" << true << QStringLiteral("some-app-data")
                                          << QStringLiteral("app-1") << QStringLiteral("dlg-2");
    }

    void theVerifierAcceptsWhatWeSign()
    {
        QFETCH(QString, id);
        QFETCH(QString, algorithm);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(bool, payloadHash);
        QFETCH(QString, ext);
        QFETCH(QString, app);
        QFETCH(QString, dlg);
        HawkSettings hawk = settings(id, algorithm);
        hawk.key = QStringLiteral("{{hawkKey}}"); // resolved before signing
        hawk.includePayloadHash = payloadHash;
        hawk.ext = ext;
        hawk.app = app;
        hawk.dlg = dlg;
        Request request = hawkRequest(method, path, hawk);
        if (method != QLatin1String("GET")) {
            request.body.kind = BodyKind::Raw;
            request.body.language = RawLanguage::Json;
            request.body.raw = QStringLiteral(R"({"name": "Ada", "note": "é"})");
        }
        VariableContext context;
        context.set(VariableScope::Environment, QStringLiteral("hawkKey"),
                    QStringLiteral("wirescope-hawk-key"), true);
        const Exchange exchange = sendAndWait(*m_client, request, context);
        QVERIFY2(!exchange.error, qPrintable(exchange.error ? exchange.error->message : QString()));
        const QJsonObject answer = responseJson(exchange);
        QVERIFY2(exchange.response->status == 200, QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QLatin1String("id")).toString(), id);
        QCOMPARE(answer.value(QLatin1String("hash")).isString(), payloadHash);
        QCOMPARE(answer.value(QLatin1String("ext")).toString(), ext);
        QCOMPARE(answer.value(QLatin1String("app")).toString(), app);
        QCOMPARE(answer.value(QLatin1String("dlg")).toString(), dlg);
        QVERIFY(firstValue(exchange.response->headers, u"Server-Authorization")
                    .startsWith(QLatin1String("Hawk mac=")));
    }

    void refusedByThePeer_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("age"); // seconds
        QTest::addColumn<QString>("error");
        const QString id = QStringLiteral("wirescope-id");
        const QString key = QStringLiteral("wirescope-hawk-key");
        QTest::newRow("wrong key")
            << id << QStringLiteral("not-the-key") << 0 << QStringLiteral("Bad mac");
        QTest::newRow("unknown id")
            << QStringLiteral("nobody") << key << 0 << QStringLiteral("Unknown credentials");
        QTest::newRow("stale timestamp") << id << key << 600 << QStringLiteral("Stale timestamp");
    }

    void refusedByThePeer()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(int, age);
        QFETCH(QString, error);
        HawkSettings hawk = settings(id);
        hawk.key = key;
        if (age > 0)
            hawk.timestamp = QString::number(QDateTime::currentSecsSinceEpoch() - age);
        const Exchange exchange =
            sendAndWait(*m_client, hawkRequest(QStringLiteral("GET"), QStringLiteral("/x"), hawk));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 401);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(), error);
    }

    void aChangedBodyIsRefused()
    {
        // The payload hash is checked: the same header over another body must fail.
        HawkSettings hawk = settings();
        hawk.includePayloadHash = true;
        SignableRequest signed_{
            QStringLiteral("POST"),
            QUrl(m_s.hawk.toString(QUrl::StripTrailingSlash) + QStringLiteral("/items")),
            {KeyValue{QStringLiteral("Content-Type"), QStringLiteral("text/plain"), true, {}}},
            "original",
            {},
            false};
        QVERIFY(signHawk(hawk, signed_, QStringLiteral("n1"),
                         QString::number(QDateTime::currentSecsSinceEpoch())));
        Request r;
        r.method = signed_.method;
        r.url = signed_.url.toString();
        r.headers = signed_.headers;
        r.body.kind = BodyKind::Raw;
        r.body.raw = QStringLiteral("tampered");
        const Exchange exchange = sendAndWait(*m_client, r);
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 401);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(),
                 QStringLiteral("Bad payload hash"));
    }

    void mistakesStopTheSendWithWords_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("words");
        QTest::newRow("no id") << QString() << "sha256" << QString() << "the Hawk ID is empty";
        QTest::newRow("unknown algorithm")
            << "i"
            << "md5" << QString() << "the algorithm \"md5\" is not sha256 or sha1";
        QTest::newRow("a quote in ext")
            << "i"
            << "sha256" << QStringLiteral("say \"hi\"") << "the ext \"say \"hi\"\" has a character";
    }

    void mistakesStopTheSendWithWords()
    {
        QFETCH(QString, id);
        QFETCH(QString, algorithm);
        QFETCH(QString, ext);
        QFETCH(QString, words);
        HawkSettings hawk = settings(id, algorithm);
        hawk.ext = ext;
        const Exchange exchange =
            sendAndWait(*m_client, hawkRequest(QStringLiteral("GET"), QStringLiteral("/x"), hawk));
        QVERIFY(!exchange.response);
        QVERIFY(exchange.error);
        QCOMPARE(exchange.error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(exchange.error->message.startsWith(QLatin1String("Hawk: ")),
                 qPrintable(exchange.error->message));
        QVERIFY2(exchange.error->message.contains(words), qPrintable(exchange.error->message));
    }

    void generatedCodeCarriesTheHeader()
    {
        QStringList notes;
        const Result<QString> code =
            generateCode(hawkRequest(QStringLiteral("GET"), QStringLiteral("/x"), settings()),
                         CodeLanguage::Curl, {}, &notes);
        QVERIFY2(code, code ? "" : qPrintable(code.error().message));
        QVERIFY2(code->contains(QLatin1String("Authorization: Hawk id=\"wirescope-id\"")),
                 qPrintable(*code));
        QVERIFY2(notes.join(u' ').contains(QLatin1String("computed when this code was generated")),
                 qPrintable(notes.join(u'\n')));
    }
};

QTEST_MAIN(tst_HawkAuth)
#include "tst_hawkauth.moc"
