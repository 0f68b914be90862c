// HistoryRedactor: the rules that keep credentials and secret variable values out of the history.

#include "core/history/historyredactor.h"
#include "core/model/request.h"

#include <QTest>

using wirescope::HistoryRedactor;
using wirescope::KeyValue;
using wirescope::KeyValueList;
using wirescope::Request;

class tst_HistoryRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void headers_data();
    void headers();
    void text_data();
    void text();
    void bytes();
    void requestCredentials();
};

void tst_HistoryRedactor::headers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("redactAuthorization");
    QTest::addColumn<QString>("expected");

    const QString R = QStringLiteral("{{redacted}}");
    QTest::newRow("bearer keeps the scheme")
        << QStringLiteral("Authorization") << QStringLiteral("Bearer abc.def") << true
        << QStringLiteral("Bearer ") + R;
    QTest::newRow("lower-case name")
        << QStringLiteral("authorization") << QStringLiteral("Basic dXNlcjpwdw==") << true
        << QStringLiteral("Basic ") + R;
    QTest::newRow("bare token") << QStringLiteral("Authorization") << QStringLiteral("abcdef")
                                << true << R;
    QTest::newRow("variable reference kept")
        << QStringLiteral("Authorization") << QStringLiteral("{{auth}}") << true
        << QStringLiteral("{{auth}}");
    QTest::newRow("authorization kept when asked")
        << QStringLiteral("Authorization") << QStringLiteral("Bearer abc") << false
        << QStringLiteral("Bearer abc");
    QTest::newRow("proxy-authorization always")
        << QStringLiteral("Proxy-Authorization") << QStringLiteral("Basic eHk=") << false
        << QStringLiteral("Basic ") + R;
    QTest::newRow("cookie pairs") << QStringLiteral("Cookie") << QStringLiteral("a=1; b=two")
                                  << true << QStringLiteral("a=") + R + QStringLiteral("; b=") + R;
    QTest::newRow("cookie without name")
        << QStringLiteral("Cookie") << QStringLiteral("opaque") << true << R;
    QTest::newRow("set-cookie keeps attributes")
        << QStringLiteral("Set-Cookie") << QStringLiteral("sid=x1; Path=/; Secure") << true
        << QStringLiteral("sid=") + R + QStringLiteral("; Path=/; Secure");
    QTest::newRow("merged set-cookie lines")
        << QStringLiteral("set-cookie") << QStringLiteral("a=1; HttpOnly\nb=2") << true
        << QStringLiteral("a=") + R + QStringLiteral("; HttpOnly\nb=") + R;
    QTest::newRow("other header untouched")
        << QStringLiteral("Accept") << QStringLiteral("text/html") << true
        << QStringLiteral("text/html");
    QTest::newRow("secret inside another header")
        << QStringLiteral("X-Api") << QStringLiteral("key-SECRET-1") << true
        << QStringLiteral("key-") + R + QStringLiteral("-1");
}

void tst_HistoryRedactor::headers()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, redactAuthorization);
    QFETCH(QString, expected);
    const HistoryRedactor redactor({QStringLiteral("SECRET")}, redactAuthorization);
    const KeyValueList out = redactor.redactHeaders({KeyValue{name, value, true, {}}});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).name, name);
    QCOMPARE(out.at(0).value, expected);
}

void tst_HistoryRedactor::text_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList{} << QStringLiteral("a b c") << QStringLiteral("a b c");
    QTest::newRow("empty secret ignored")
        << QStringList{QString()} << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("every occurrence")
        << QStringList{QStringLiteral("pw")} << QStringLiteral("pw:pw")
        << QStringLiteral("{{redacted}}:{{redacted}}");
    QTest::newRow("longest first")
        << QStringList{QStringLiteral("abc"), QStringLiteral("abcdef")}
        << QStringLiteral("xabcdefx") << QStringLiteral("x{{redacted}}x");
    QTest::newRow("percent-encoded form")
        << QStringList{QStringLiteral("a b/c")} << QStringLiteral("q=a%20b%2Fc")
        << QStringLiteral("q={{redacted}}");
    // A URL's userinfo password, with no secret variable telling its value.
    const auto url = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QStringList{} << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    url("userinfo password", "http://user:secret@host/p?q=1",
        "http://user:{{redacted}}@host/p?q=1");
    url("userinfo password, no path", "https://u:pw@h", "https://u:{{redacted}}@h");
    url("password with @ and :", "http://u:p@s:s@host:8080/", "http://u:{{redacted}}@host:8080/");
    url("user only stays", "http://user@host:8080/", "http://user@host:8080/");
    url("empty password stays", "http://user:@host/", "http://user:@host/");
    url("port only", "http://host:8080/a@b:c", "http://host:8080/a@b:c");
    url("variable reference stays", "http://{{user}}:{{pw}}@host/", "http://{{user}}:{{pw}}@host/");
    url("in an error message", "Error transferring ws://a:b1@h/x - refused; see http://c:d2@i",
        "Error transferring ws://a:{{redacted}}@h/x - refused; see http://c:{{redacted}}@i");
    QTest::newRow("unicode") << QStringList{QStringLiteral("pässwörd")}
                             << QStringLiteral("x=pässwörd") << QStringLiteral("x={{redacted}}");
}

void tst_HistoryRedactor::text()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HistoryRedactor(secrets).redactText(input), expected);
}

void tst_HistoryRedactor::bytes()
{
    const HistoryRedactor redactor({QStringLiteral("pässwörd")});
    QCOMPARE(redactor.redactBytes(QStringLiteral("{\"p\":\"pässwörd\"}").toUtf8()),
             QByteArray("{\"p\":\"{{redacted}}\"}"));
    // The percent-encoded form ("p%C3%A4ssw%C3%B6rd", 18 bytes) is the longest.
    QCOMPARE(redactor.longestSecretBytes(), qsizetype(18));
}

void tst_HistoryRedactor::requestCredentials()
{
    Request r;
    r.url = QStringLiteral("https://h/?k=TOPSECRET");
    r.auth.kind = wirescope::AuthKind::Basic;
    r.auth.username = QStringLiteral("me");
    r.auth.password = QStringLiteral("literal-pw");
    r.auth.token = QStringLiteral("{{token}}");
    r.settings.proxy.password = QStringLiteral("proxy-pw");
    r.settings.tls.clientKeyPassphrase = QStringLiteral("{{keypass}}");
    r.body.raw = QStringLiteral("TOPSECRET");

    const Request out = HistoryRedactor({QStringLiteral("TOPSECRET")}).redactRequest(r);
    QCOMPARE(out.url, QStringLiteral("https://h/?k={{redacted}}"));
    QCOMPARE(out.auth.username, QStringLiteral("me"));
    QCOMPARE(out.auth.password, QStringLiteral("{{redacted}}"));
    QCOMPARE(out.auth.token, QStringLiteral("{{token}}"));
    QCOMPARE(out.settings.proxy.password, QStringLiteral("{{redacted}}"));
    QCOMPARE(out.settings.tls.clientKeyPassphrase, QStringLiteral("{{keypass}}"));
    QCOMPARE(out.body.raw, QStringLiteral("{{redacted}}"));

    const Request kept = HistoryRedactor({}, false).redactRequest(r);
    QCOMPARE(kept.auth.password, QStringLiteral("literal-pw"));
    QCOMPARE(kept.settings.proxy.password, QStringLiteral("{{redacted}}")); // always
}

QTEST_GUILESS_MAIN(tst_HistoryRedactor)
#include "tst_historyredactor.moc"
