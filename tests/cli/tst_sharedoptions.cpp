// The one table of options that send, ws, sse and run share, table-tested through the one
// command-line reader: what each option sets, how they fail (exact words), how they combine,
// where they land in a request, and the --help lines generated from the table.

#include "app/cli/commandline.h"
#include "app/cli/runusage.h"
#include "app/cli/sharedoptions.h"
#include "app/cli/socketiousage.h"
#include "app/cli/sseusage.h"
#include "app/cli/usage.h"
#include "app/cli/wsusage.h"
#include "core/model/request.h"
#include "core/model/websocketrequest.h"
#include "tests/support/arglist.h"

#include <QTest>

using namespace wirescope;
using namespace wirescope::cli;

namespace {

using S = SharedOption;
constexpr int kOwn = 1;

/// Every shared option, plus one option of the command's own ("--own").
OptionTokenizer allShared()
{
    OptionTable table =
        sharedOptionSpecs({S::Help, S::Header, S::Var, S::Method, S::User, S::Bearer, S::CaCert,
                           S::Cert, S::Key, S::Pass, S::AcceptTlsError, S::Insecure, S::Proxy,
                           S::NoProxy, S::MaxTime, S::Json, S::Expect});
    table.append(OptionSpec{"own", 0, "X", kOwn});
    return OptionTokenizer(QStringLiteral("test"), table);
}

Result<CommandLine> parse(const QStringList &args, QStringList *own = nullptr)
{
    return parseCommandLine(allShared(), args, [own](const OptionToken &token, CommandLine &line) {
        if (own)
            own->append(token.value);
        line.shared.headers.append(KeyValue{QStringLiteral("Own"), token.value, true, {}});
        return Result<void>();
    });
}

QString proxyText(const std::optional<ProxySettings> &proxy)
{
    if (!proxy)
        return QStringLiteral("unset");
    const char *modes[] = {"system", "none", "http", "socks5"};
    return QStringLiteral("%1 %2:%3 %4:%5")
        .arg(QLatin1String(modes[int(proxy->mode)]), proxy->host)
        .arg(proxy->port)
        .arg(proxy->username, proxy->password);
}

/// One field of @p o as text, so that one table can check them all.
QString field(const SharedOptions &o, const QString &name)
{
    QStringList list;
    if (name == u"headers" || name == u"variables") {
        for (const KeyValue &kv : name == u"headers" ? o.headers : o.variables)
            list.append(kv.name + u'=' + kv.value);
        return list.join(u'|');
    }
    if (name == u"method")
        return o.method.value_or(QStringLiteral("unset"));
    if (name == u"auth") {
        const QString kind = o.auth.kind == AuthKind::None     ? QStringLiteral("none")
                             : o.auth.kind == AuthKind::Basic  ? QStringLiteral("basic")
                             : o.auth.kind == AuthKind::Bearer ? QStringLiteral("bearer")
                                                               : QStringLiteral("other");
        return QStringLiteral("%1 %2:%3 %4")
            .arg(kind, o.auth.username, o.auth.password, o.auth.token);
    }
    if (name == u"tls") {
        for (const IgnoredTlsError &e : o.tls.ignoredErrors)
            list.append(QString::number(e.error) + u'@' + e.certificateSha256);
        return QStringLiteral("insecure=%1 ca=%2 cert=%3 key=%4 pass=%5 accept=%6")
            .arg(o.tls.insecure)
            .arg(o.tls.caCertificateFiles.join(u','), o.tls.clientCertificateFile,
                 o.tls.clientKeyFile, o.tls.clientKeyPassphrase, list.join(u','));
    }
    if (name == u"proxy")
        return proxyText(o.proxy);
    if (name == u"timeout")
        return o.timeoutMs ? QString::number(*o.timeoutMs) : QStringLiteral("unset");
    if (name == u"json")
        return o.jsonOutput ? QStringLiteral("yes") : QStringLiteral("no");
    if (name == u"expect")
        return QString::number(o.expect);
    return QStringLiteral("no such field");
}

} // namespace

class tst_SharedOptions final : public QObject
{
    Q_OBJECT

private slots:
    void applies_data();
    void applies();
    void errors_data();
    void errors();
    void ownOptionsKeepTheirPlace();
    void helpWinsAndStops();
    void intoRequests();
    void helpLines_data();
    void helpLines();
    void usagePlaceholders();
    void commandUsages_data();
    void commandUsages();
};

void tst_SharedOptions::applies_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString sha = QStringLiteral("ab").repeated(32);
    const QString shaColons = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    QTest::newRow("defaults: headers") << A({}) << "headers"
                                       << "";
    QTest::newRow("defaults: auth") << A({}) << "auth"
                                    << "none : ";
    QTest::newRow("defaults: tls") << A({}) << "tls"
                                   << "insecure=0 ca= cert= key= pass= accept=";
    QTest::newRow("defaults: proxy") << A({}) << "proxy"
                                     << "unset";
    QTest::newRow("defaults: timeout") << A({}) << "timeout"
                                       << "unset";
    QTest::newRow("headers in order")
        << A({"-H", "X-A: 1", "--header", "Y:  two ", "-HZ;"}) << "headers"
        << "X-A=1|Y=two|Z=";
    QTest::newRow("variables in order, = in value")
        << A({"--var", "a=1", "--var= b =x=y"}) << "variables"
        << "a=1|b=x=y";
    QTest::newRow("method trimmed") << A({"-X", " PUT "}) << "method"
                                    << "PUT";
    QTest::newRow("method attached") << A({"-XPATCH"}) << "method"
                                     << "PATCH";
    QTest::newRow("basic") << A({"-u", "alice:s3:cret"}) << "auth"
                           << "basic alice:s3:cret ";
    QTest::newRow("basic, empty password") << A({"--user=bob:"}) << "auth"
                                           << "basic bob: ";
    QTest::newRow("bearer") << A({"--bearer", "tok"}) << "auth"
                            << "bearer : tok";
    QTest::newRow("tls files and opt-ins")
        << A({"--cacert", "a.pem", "--cacert=b.pem", "-E", "c.p12", "--pass", "pw", "-k",
              "--accept-tls-error", "10", "--accept-tls-error", QStringLiteral("6@") + sha})
        << "tls"
        << QStringLiteral("insecure=1 ca=a.pem,b.pem cert=c.p12 key= pass=pw accept=10@,6@")
               + shaColons;
    QTest::newRow("pem pair") << A({"--cert", "c.pem", "--key", "k.pem"}) << "tls"
                              << "insecure=0 ca= cert=c.pem key=k.pem pass= accept=";
    QTest::newRow("tls error by name") << A({"--accept-tls-error", "HostNameMismatch"}) << "tls"
                                       << "insecure=0 ca= cert= key= pass= accept=22@";
    QTest::newRow("http proxy") << A({"-x", "http://u:p@proxy:3128"}) << "proxy"
                                << "http proxy:3128 u:p";
    QTest::newRow("proxy without scheme, default port") << A({"--proxy", "proxy"}) << "proxy"
                                                        << "http proxy:1080 :";
    QTest::newRow("socks5 proxy") << A({"--proxy=socks5h://s:9"}) << "proxy"
                                  << "socks5 s:9 :";
    QTest::newRow("noproxy") << A({"--noproxy"}) << "proxy"
                             << "none :0 :";
    QTest::newRow("the last proxy option wins") << A({"-x", "p:1", "--noproxy", "*"}) << "proxy"
                                                << "none :0 :";
    QTest::newRow("max-time") << A({"-m", "1.5"}) << "timeout"
                              << "1500";
    QTest::newRow("max-time under a ms") << A({"--max-time=0.0001"}) << "timeout"
                                         << "1";
    QTest::newRow("max-time zero") << A({"--max-time", "0"}) << "timeout"
                                   << "0";
    QTest::newRow("json") << A({"--json"}) << "json"
                          << "yes";
    QTest::newRow("no json") << A({"--var", "a=b"}) << "json"
                             << "no";
    QTest::newRow("expect") << A({"--expect", " 3 "}) << "expect"
                            << "3";
}

void tst_SharedOptions::applies()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const auto line = parse(args);
    QVERIFY2(line, line ? "" : qPrintable(line.error().message));
    QVERIFY(!line->help);
    QVERIFY(line->positional.isEmpty());
    QCOMPARE(::field(line->shared, field), expected);
}

void tst_SharedOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("header without colon")
        << A({"-H", "NoColon"}) << "-H needs 'Name: value'; \"NoColon\" has no colon";
    QTest::newRow("header injection")
        << A({"-H", "X: a\nB: c"})
        << "-H: header \"X\" contains a line feed (LF) in its value; refused (header injection), "
           "nothing was sent";
    QTest::newRow("var without =") << A({"--var", "x"}) << "--var needs name=value, not \"x\"";
    QTest::newRow("var with an empty name")
        << A({"--var", " =x"}) << "--var needs name=value, not \" =x\"";
    QTest::newRow("empty method") << A({"-X", " "}) << "-X needs a method such as GET or POST";
    QTest::newRow("user without password")
        << A({"--user", "alice"})
        << "--user needs user:password (prompting for a password is not supported)";
    QTest::newRow("user without name")
        << A({"-u", ":pw"}) << "-u needs user:password (prompting for a password is not supported)";
    QTest::newRow("empty bearer") << A({"--bearer", ""}) << "--bearer needs a token";
    QTest::newRow("user and bearer")
        << A({"-u", "a:b", "--bearer", "t"}) << "-u and --bearer cannot be combined: choose one";
    QTest::newRow("bearer and user")
        << A({"--bearer", "t", "-u", "a:b"}) << "-u and --bearer cannot be combined: choose one";
    QTest::newRow("key without cert") << A({"--key", "k.pem"}) << "--key and --pass need --cert";
    QTest::newRow("pass without cert") << A({"--pass", "pw"}) << "--key and --pass need --cert";
    QTest::newRow("empty cacert") << A({"--cacert="}) << "option --cacert needs a file name";
    QTest::newRow("empty cert") << A({"-E", ""}) << "option -E needs a file name";
    QTest::newRow("bad tls error")
        << A({"--accept-tls-error", "please"})
        << "--accept-tls-error needs CODE or CODE@SHA256 with CODE one of the error codes a "
           "failed run prints (e.g. 10 or CertificateExpired), not \"please\"";
    QTest::newRow("ftp proxy") << A({"-x", "ftp://p:21"})
                               << "--proxy \"ftp://p:21\": only http:// and socks5:// proxies "
                                  "are supported";
    QTest::newRow("bad max-time") << A({"-m", "soon"})
                                  << "-m needs a number of seconds such as 0.5 or 30, not \"soon\"";
    QTest::newRow("negative max-time")
        << A({"--max-time", "-1"})
        << "--max-time needs a number of seconds such as 0.5 or 30, not \"-1\"";
    QTest::newRow("expect zero") << A({"--expect", "0"})
                                 << "--expect needs a positive number, not \"0\"";
    QTest::newRow("expect text") << A({"--expect", "many"})
                                 << "--expect needs a positive number, not \"many\"";
    QTest::newRow("json given a value") << A({"--json=yes"}) << "option --json takes no value";
    QTest::newRow("var without its value") << A({"--var"}) << "option --var needs a value";
}

void tst_SharedOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto line = parse(args);
    QVERIFY(!line);
    QCOMPARE(line.error().kind, Error::Kind::InvalidRequest);
    QCOMPARE(line.error().message, message);
}

void tst_SharedOptions::ownOptionsKeepTheirPlace()
{
    // The command's own options reach its handler in order, between the shared ones, and
    // positional arguments are kept in order too.
    QStringList own;
    const auto line =
        parse(A({"u1", "-H", "A: 1", "--own", "x", "-H", "B: 2", "--own=y", "u2"}), &own);
    QVERIFY(line);
    QCOMPARE(own, A({"x", "y"}));
    QCOMPARE(field(line->shared, QStringLiteral("headers")), QStringLiteral("A=1|Own=x|B=2|Own=y"));
    QCOMPARE(line->positional, A({"u1", "u2"}));
}

void tst_SharedOptions::helpWinsAndStops()
{
    QStringList own;
    const auto line =
        parse(A({"--own", "x", "-H", "bad", "--help", "--bogus", "--own", "y"}), &own);
    QVERIFY2(line, line ? "" : qPrintable(line.error().message));
    QVERIFY(line->help);
    QVERIFY(own.isEmpty()); // nothing is applied once help is asked for
    QVERIFY(line->shared.headers.isEmpty());
}

void tst_SharedOptions::intoRequests()
{
    const auto line = parse(A({"-H", "X: 1", "--bearer", "t", "--cacert", "ca.pem", "-k",
                               "--noproxy", "-X", "PUT", "-m", "2"}));
    QVERIFY(line);
    Request http;
    http.method = QStringLiteral("GET");
    http.settings.timeoutMs = 7;
    line->shared.applyTo(http);
    QCOMPARE(http.headers.size(), 1);
    QCOMPARE(http.headers.first().name, QStringLiteral("X"));
    QCOMPARE(http.auth.kind, AuthKind::Bearer);
    QCOMPARE(http.auth.token, QStringLiteral("t"));
    QCOMPARE(http.settings.tls.caCertificateFiles, A({"ca.pem"}));
    QVERIFY(http.settings.tls.insecure);
    QCOMPARE(http.settings.proxy.mode, ProxyMode::None);
    QCOMPARE(http.method, QStringLiteral("GET")); // the method and time limit are the command's
    QCOMPARE(http.settings.timeoutMs, 7);

    WebSocketRequest ws;
    ws.auth.kind = AuthKind::ApiKey; // what was not given stays
    ws.settings.proxy.mode = ProxyMode::Http;
    const auto plain = parse(A({"-H", "Y: 2"}));
    QVERIFY(plain);
    plain->shared.applyTo(ws);
    QCOMPARE(ws.headers.first().name, QStringLiteral("Y"));
    QCOMPARE(ws.auth.kind, AuthKind::ApiKey);
    QCOMPARE(ws.settings.proxy.mode, ProxyMode::Http);
    QVERIFY(!ws.settings.tls.insecure);
}

void tst_SharedOptions::helpLines_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("lines");
    QTest::newRow("short, long and value")
        << int(S::Header)
        << "  -H, --header 'Name: value' add a header (repeatable); 'Name;' sends an empty value\n";
    QTest::newRow("long only") << int(S::CaCert)
                               << "      --cacert FILE          also trust the CA certificates "
                                  "in FILE (PEM; repeatable)\n";
    QTest::newRow("flag, two lines")
        << int(S::Insecure)
        << "  -k, --insecure             accept EVERY certificate error (loudly reported; prefer\n"
           "                             --accept-tls-error)\n";
    QTest::newRow("names too long: description below")
        << int(S::AcceptTlsError)
        << "      --accept-tls-error CODE[@SHA256]\n"
           "                             accept one certificate verification error, only here\n"
           "                             (repeatable). A refused certificate prints the exact "
           "option\n"
           "                             to use; CODE is a number or a name such as "
           "HostNameMismatch,\n"
           "                             SHA256 pins the certificate it applies to\n";
}

void tst_SharedOptions::helpLines()
{
    QFETCH(int, id);
    QFETCH(QString, lines);
    const OptionTable specs = sharedOptionSpecs({SharedOption(id)});
    QCOMPARE(specs.size(), 1);
    QCOMPARE(formatOptionHelp(specs.first()), lines);
}

void tst_SharedOptions::usagePlaceholders()
{
    // A line that names shared options becomes their help lines; anything else stays.
    const QString usage =
        QStringLiteral("TLS:\n<--insecure>\n<--help --cacert>\nnot <--help> here\n"
                       "<--nosuch>\n<--help --nosuch>\n<help>\nend");
    QCOMPARE(withSharedOptionHelp(usage),
             QStringLiteral("TLS:\n"
                            "  -k, --insecure             accept EVERY certificate error "
                            "(loudly reported; prefer\n"
                            "                             --accept-tls-error)\n"
                            "  -h, --help                 show this help\n"
                            "      --cacert FILE          also trust the CA certificates in FILE "
                            "(PEM; repeatable)\n"
                            "not <--help> here\n"
                            "<--nosuch>\n"
                            "<--help --nosuch>\n"
                            "<help>\n"
                            "end"));
}

void tst_SharedOptions::commandUsages_data()
{
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("sharedLines");
    const QString insecure = QStringLiteral("  -k, --insecure             accept EVERY certificate "
                                            "error (loudly reported; prefer\n");
    const QString cacert = QStringLiteral("      --cacert FILE          also trust the CA "
                                          "certificates in FILE (PEM; repeatable)\n");
    const QString help = QStringLiteral("  -h, --help                 show this help\n");
    const QString proxy =
        QStringLiteral("  -x, --proxy URL            http://[user:pass@]host:port "
                       "or socks5://[user:pass@]host:port\n");
    QTest::newRow("send") << sendUsage() << QStringList{insecure, cacert, help, proxy};
    QTest::newRow("ws") << wsUsage() << QStringList{insecure, cacert, help, proxy};
    QTest::newRow("sse") << sseUsage() << QStringList{insecure, cacert, help};
    QTest::newRow("socketio") << socketIoUsage() << QStringList{insecure, cacert, help, proxy};
    QTest::newRow("run") << runUsage() << QStringList{help};
}

void tst_SharedOptions::commandUsages()
{
    // Every placeholder of a command's usage was replaced by lines from the shared table.
    QFETCH(QString, usage);
    QFETCH(QStringList, sharedLines);
    QVERIFY2(!usage.contains(QStringLiteral("<--")), qPrintable(usage));
    for (const QString &line : std::as_const(sharedLines))
        QVERIFY2(usage.contains(line), qPrintable(line));
    QVERIFY(usage.startsWith(QStringLiteral("Usage: wirescope-cli ")));
    QVERIFY(usage.endsWith(u'\n'));
}

QTEST_APPLESS_MAIN(tst_SharedOptions)
#include "tst_sharedoptions.moc"
