// PKCE (RFC 7636): the S256 challenge against the RFC's own example, and verifiers that a
// server accepts (43..128 unreserved characters) and never repeat.
#include "core/oauth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace wirescope::oauth;

class tst_Pkce : public QObject
{
    Q_OBJECT

private slots:
    void s256Challenge_data();
    void s256Challenge();
    void verifierShape();
};

void tst_Pkce::s256Challenge_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<QByteArray>("challenge");
    // RFC 7636 appendix B.
    QTest::newRow("rfc7636 appendix B")
        << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    // sha256("abc") in base64url without padding: checks '-'/'_' and no '='.
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
}

void tst_Pkce::s256Challenge()
{
    QFETCH(QByteArray, verifier);
    QFETCH(QByteArray, challenge);
    QCOMPARE(Pkce::s256Challenge(verifier), challenge);
}

void tst_Pkce::verifierShape()
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray v = Pkce::newVerifier();
        QVERIFY2(unreserved.match(QString::fromLatin1(v)).hasMatch(), v.constData());
        QVERIFY(!seen.contains(v));
        seen.insert(v);
        const QByteArray state = Pkce::newState();
        QVERIFY(!seen.contains(state));
        seen.insert(state);
    }
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
