// The AWS Signature v4 auth against a real verifier: npm's `aws4` (tests/support/node/
// aws-server.js) recomputes the signature of each request as received, for header signing and
// presigned URLs, bodies of each kind, paths and queries that need encoding, session tokens and
// S3's rules. A wrong secret must be refused by the peer (so a passing row means the signature
// was checked), and AWS's own documented presigned-URL example is signed byte for byte. The
// same applier serves the WebSocket handshake and code generation.

#include "core/http/awssigv4auth.h"
#include "core/http/httpclient.h"
#include "core/interop/codegen.h"
#include "core/websocket/wsrequestbuilder.h"
#include "exchangewaiter.h"
#include "tests/support/testenv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

using namespace wirescope;

namespace {

const QString kAccessKey = QStringLiteral("AKIDWIRESCOPE");
const QString kSecret = QStringLiteral("wirescope-aws-secret");

AwsSigV4Settings settings(const QString &service = QStringLiteral("execute-api"))
{
    AwsSigV4Settings aws;
    aws.accessKey = kAccessKey;
    aws.secretKey = kSecret;
    aws.region = QStringLiteral("eu-west-3");
    aws.service = service;
    return aws;
}

QString headerValue(const KeyValueList &headers, const QString &name)
{
    for (const KeyValue &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

} // namespace

class tst_AwsSigV4Auth final : public QObject
{
    Q_OBJECT

    test::TestServers m_s;
    std::unique_ptr<HttpClient> m_client;

    Request awsRequest(const QString &method,
                       const QString &pathAndQuery,
                       const AwsSigV4Settings &aws) const
    {
        Request r;
        r.method = method;
        r.url = m_s.aws.toString(QUrl::StripTrailingSlash) + pathAndQuery;
        r.auth.kind = AuthKind::AwsSigV4;
        r.auth.aws = aws;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto servers = test::loadTestServers(&error);
        QVERIFY2(servers, qPrintable(error));
        m_s = *servers;
        QVERIFY(m_s.aws.isValid());
        m_client = std::make_unique<HttpClient>();
    }

    /// AWS's documented example of a presigned S3 URL ("Authenticating Requests: Using Query
    /// Parameters", Signature Version 4): the same credentials, date and URL give its signature.
    void awsDocumentedPresignedExample()
    {
        AwsSigV4Settings aws;
        aws.accessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        aws.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        aws.region = QStringLiteral("us-east-1");
        aws.service = QStringLiteral("s3");
        aws.inQuery = true;
        SignableRequest request{
            QStringLiteral("GET"),
            QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")),
            {},
            {},
            {}};
        const QDateTime when(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
        const Result<void> signedOk = signAwsSigV4(aws, request, when);
        QVERIFY2(signedOk, signedOk ? "" : qPrintable(signedOk.error().message));
        const QUrlQuery query(request.url);
        QCOMPARE(
            query.queryItemValue(QStringLiteral("X-Amz-Signature")),
            QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Credential"), QUrl::FullyDecoded),
                 QStringLiteral("AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"));
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-SignedHeaders")),
                 QStringLiteral("host"));
        QVERIFY(request.headers.isEmpty()); // a presigned URL needs no header
    }

    void theVerifierAcceptsWhatWeSign_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("body"); // BodyKind
        QTest::addColumn<bool>("inQuery");
        QTest::addColumn<bool>("unsignedPayload");
        QTest::addColumn<QString>("sessionToken");
        const int none = int(BodyKind::None);
        const int raw = int(BodyKind::Raw);
        const int form = int(BodyKind::FormUrlEncoded);
        const int binary = int(BodyKind::Binary);
        const QString api = QStringLiteral("execute-api");
        const QString s3 = QStringLiteral("s3");
        QTest::newRow("GET in headers")
            << "GET"
            << "/prod/items" << api << none << false << false << QString();
        QTest::newRow("POST JSON") << "POST"
                                   << "/prod/items" << api << raw << false << false << QString();
        QTest::newRow("POST form") << "POST"
                                   << "/" << api << form << false << false << QString();
        QTest::newRow("PUT a file") << "PUT"
                                    << "/upload" << api << binary << false << false << QString();
        QTest::newRow("path and query to encode")
            << "GET"
            << "/a%20b/c%2Fd/./e/../f?z=1&a=x%20y&a=b&sp=1+2&empty=&tilde=~&star=*" << api << none
            << false << false << QString();
        QTest::newRow("session token") << "GET"
                                       << "/x" << api << none << false << false
                                       << QStringLiteral("FwoGZXIvYXdzE/token+with=chars");
        QTest::newRow("unsigned payload") << "POST"
                                          << "/x" << api << raw << false << true << QString();
        QTest::newRow("S3 path kept once-encoded")
            << "PUT"
            << "/bucket/my%20file.txt?x-id=PutObject" << s3 << raw << false << false << QString();
        QTest::newRow("presigned GET")
            << "GET"
            << "/prod/items?page=2" << api << none << true << false << QString();
        QTest::newRow("presigned S3 with a token")
            << "GET"
            << "/bucket/key.txt" << s3 << none << true << false << QStringLiteral("session/token");
        QTest::newRow("presigned POST, unsigned")
            << "POST"
            << "/x" << api << raw << true << true << QString();
    }

    void theVerifierAcceptsWhatWeSign()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, service);
        QFETCH(int, body);
        QFETCH(bool, inQuery);
        QFETCH(bool, unsignedPayload);
        QFETCH(QString, sessionToken);
        AwsSigV4Settings aws = settings(service);
        aws.secretKey = QStringLiteral("{{awsSecret}}"); // resolved before signing
        aws.inQuery = inQuery;
        aws.unsignedPayload = unsignedPayload;
        aws.sessionToken = sessionToken;
        Request request = awsRequest(method, path, aws);
        request.headers = {
            KeyValue{QStringLiteral("X-Custom"), QStringLiteral("  two   spaces "), true, {}}};
        request.body.kind = BodyKind(body);
        QTemporaryFile file;
        switch (request.body.kind) {
        case BodyKind::Raw:
            request.body.language = RawLanguage::Json;
            request.body.raw = QStringLiteral(R"({"name": "Ada", "note": "é"})");
            break;
        case BodyKind::FormUrlEncoded:
            request.body.form = {
                KeyValue{QStringLiteral("Action"), QStringLiteral("List Users"), true, {}},
                KeyValue{QStringLiteral("Version"), QStringLiteral("2010-05-08"), true, {}}};
            break;
        case BodyKind::Binary:
            QVERIFY(file.open());
            file.write(QByteArray(100000, 'x'));
            file.close();
            request.body.binaryFilePath = file.fileName();
            break;
        default:
            break;
        }
        VariableContext context;
        context.set(VariableScope::Environment, QStringLiteral("awsSecret"), kSecret, true);

        const Exchange exchange = sendAndWait(*m_client, request, context);
        QVERIFY2(!exchange.error, qPrintable(exchange.error ? exchange.error->message : QString()));
        const QJsonObject answer = responseJson(exchange);
        QVERIFY2(exchange.response->status == 200, QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QLatin1String("query")).toBool(), inQuery);
        QCOMPARE(answer.value(QLatin1String("service")).toString(), service);
        QCOMPARE(answer.value(QLatin1String("region")).toString(), QStringLiteral("eu-west-3"));
        QCOMPARE(answer.value(QLatin1String("sessionToken")).toString(), sessionToken);
        const QString signedHeaders = answer.value(QLatin1String("signedHeaders")).toString();
        if (inQuery) {
            QVERIFY2(signedHeaders.startsWith(QLatin1String("host")), qPrintable(signedHeaders));
            QVERIFY(exchange.sent.url.contains(QLatin1String("X-Amz-Signature=")));
        } else {
            QVERIFY2(signedHeaders.contains(QLatin1String("x-custom")), qPrintable(signedHeaders));
            QVERIFY2(signedHeaders.contains(QLatin1String("x-amz-date")),
                     qPrintable(signedHeaders));
            // "Request as sent" shows the signature, marked as added by Wirescope.
            QVERIFY(headerValue(exchange.sent.headers, QStringLiteral("Authorization"))
                        .startsWith(QLatin1String("AWS4-HMAC-SHA256 Credential=AKIDWIRESCOPE/")));
            QVERIFY(exchange.sent.addedByEngine.contains(QStringLiteral("authorization")));
            QCOMPARE(headerValue(exchange.sent.headers, QStringLiteral("X-Amz-Content-Sha256"))
                         == QLatin1String("UNSIGNED-PAYLOAD"),
                     unsignedPayload);
        }
    }

    void wrongCredentialsAreRefusedByThePeer_data()
    {
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("inQuery");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret") << kAccessKey << QStringLiteral("not-the-secret") << false
                                      << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("wrong secret, presigned") << kAccessKey << QStringLiteral("not-the-secret")
                                                 << true << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("unknown access key") << QStringLiteral("AKIDNOBODY") << kSecret << false
                                            << QStringLiteral("InvalidClientTokenId");
    }

    void wrongCredentialsAreRefusedByThePeer()
    {
        QFETCH(QString, accessKey);
        QFETCH(QString, secret);
        QFETCH(bool, inQuery);
        QFETCH(QString, error);
        AwsSigV4Settings aws = settings();
        aws.accessKey = accessKey;
        aws.secretKey = secret;
        aws.inQuery = inQuery;
        const Exchange exchange =
            sendAndWait(*m_client, awsRequest(QStringLiteral("GET"), QStringLiteral("/x"), aws));
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 403);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(), error);
    }

    void anOldSignatureIsRefused()
    {
        // The date is part of what is signed: the peer refuses one 20 minutes old, as AWS does.
        SignableRequest request{
            QStringLiteral("GET"),
            QUrl(m_s.aws.toString(QUrl::StripTrailingSlash) + QStringLiteral("/x")),
            {},
            {},
            {}};
        QVERIFY(
            signAwsSigV4(settings(), request, QDateTime::currentDateTimeUtc().addSecs(-20 * 60)));
        Request r;
        r.url = request.url.toString();
        r.headers = request.headers;
        const Exchange exchange = sendAndWait(*m_client, r);
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, 403);
        QCOMPARE(responseJson(exchange).value(QLatin1String("error")).toString(),
                 QStringLiteral("RequestTimeTooSkewed"));
    }

    void mistakesStopTheSendWithWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("no access key") << "accessKey" << QString() << "the access key is empty";
        QTest::newRow("no secret") << "secretKey" << QString() << "the secret key is empty";
        QTest::newRow("no service") << "service" << QString() << "the service name is empty";
        QTest::newRow("region with a slash")
            << "region" << QStringLiteral("eu/west") << "the region \"eu/west\" contains \"/\"";
    }

    void mistakesStopTheSendWithWords()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, words);
        AwsSigV4Settings aws = settings();
        if (field == QLatin1String("accessKey"))
            aws.accessKey = value;
        else if (field == QLatin1String("secretKey"))
            aws.secretKey = value;
        else if (field == QLatin1String("service"))
            aws.service = value;
        else
            aws.region = value;
        const Exchange exchange =
            sendAndWait(*m_client, awsRequest(QStringLiteral("GET"), QStringLiteral("/x"), aws));
        QVERIFY(!exchange.response);
        QVERIFY(exchange.error);
        QCOMPARE(exchange.error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(exchange.error->message.startsWith(QLatin1String("AWS Signature v4: ")),
                 qPrintable(exchange.error->message));
        QVERIFY2(exchange.error->message.contains(words), qPrintable(exchange.error->message));
    }

    void theHandshakeAndGeneratedCodeAreSigned()
    {
        WebSocketRequest ws;
        ws.url = QStringLiteral("wss://abc.execute-api.eu-west-3.amazonaws.com/prod");
        ws.auth.kind = AuthKind::AwsSigV4;
        ws.auth.aws = settings();
        ws.auth.aws.inQuery = true;
        const auto prepared = prepareWebSocketRequest(ws);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        const QUrlQuery query(prepared->url);
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Signature")).size(), 64);
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Algorithm")),
                 QStringLiteral("AWS4-HMAC-SHA256"));

        Request request = awsRequest(QStringLiteral("POST"), QStringLiteral("/prod"), settings());
        request.body.kind = BodyKind::Raw;
        request.body.raw = QStringLiteral("{}");
        QStringList notes;
        const Result<QString> code = generateCode(request, CodeLanguage::Curl, {}, &notes);
        QVERIFY2(code, code ? "" : qPrintable(code.error().message));
        QVERIFY2(code->contains(
                     QLatin1String("Authorization: AWS4-HMAC-SHA256 Credential=AKIDWIRESCOPE/")),
                 qPrintable(*code));
        QVERIFY2(code->contains(QLatin1String(
                     "X-Amz-Content-Sha256: "
                     "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")),
                 qPrintable(*code)); // SHA-256 of "{}"
        QVERIFY2(notes.join(u' ').contains(QLatin1String("computed when this code was generated")),
                 qPrintable(notes.join(u'\n')));
    }
};

QTEST_MAIN(tst_AwsSigV4Auth)
#include "tst_awssigv4auth.moc"
