// JWT decoding for display (signature NOT verified): claims of real-shaped tokens, and each
// kind of malformed token named.
#include "core/oauth/jwt.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wirescope;
using namespace wirescope::oauth;

namespace {

QString part(const QByteArray &json)
{
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class tst_Jwt : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

void tst_Jwt::decode_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("subOrError"); // payload "sub", or a word of the error
    const QString header = part(R"({"alg":"RS256","typ":"JWT","kid":"k1"})");
    const QString payload = part(R"({"sub":"johndoe","exp":1700000000,"scope":"a b","x":"é"})");
    QTest::newRow("signed") << (header + u'.' + payload + QStringLiteral(".c2ln")) << true
                            << QStringLiteral("johndoe");
    QTest::newRow("unsigned (alg none)")
        << (header + u'.' + payload + u'.') << true << QStringLiteral("johndoe");
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << false
                            << QStringLiteral("not a JWT");
    QTest::newRow("jwe") << QStringLiteral("a.b.c.d.e") << false << QStringLiteral("encrypted");
    QTest::newRow("bad base64 header") << (QStringLiteral("***.") + payload + QStringLiteral(".s"))
                                       << false << QStringLiteral("header");
    QTest::newRow("payload not json") << (header + u'.' + part("not json") + QStringLiteral(".s"))
                                      << false << QStringLiteral("payload");
    QTest::newRow("payload an array") << (header + u'.' + part("[1,2]") + QStringLiteral(".s"))
                                      << false << QStringLiteral("payload");
    QTest::newRow("empty payload")
        << (header + QStringLiteral("..s")) << false << QStringLiteral("payload");
}

void tst_Jwt::decode()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QFETCH(QString, subOrError);
    const Result<DecodedJwt> r = Jwt::decode(token);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->payload.value(QLatin1String("sub")).toString(), subOrError);
        QCOMPARE(r->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(r->payload.value(QLatin1String("x")).toString(), QStringLiteral("é"));
        QCOMPARE(r->hasSignature, token.section(u'.', 2) != QString());
    } else {
        QVERIFY2(r.error().message.contains(subOrError), qPrintable(r.error().message));
    }
}

QTEST_GUILESS_MAIN(tst_Jwt)
#include "tst_jwt.moc"
