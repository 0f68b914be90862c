#include "core/interop/curlparser.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"
#include "core/interop/shellwords.h"

#include <QRegularExpression>
#include <QUrl>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace wirescope::interop {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

enum class DataKind { Ascii, Raw, Binary, UrlEncode, Json };

struct DataPiece
{
    DataKind kind;
    QString value;
};

struct FormPiece
{
    QString spec;
    bool literal; // --form-string: no @ or < interpretation
};

// Options that take a value, by long name; short letters map onto these.
const QHash<QChar, QString> &shortOptions()
{
    static const QHash<QChar, QString> map = {
        {QLatin1Char('X'), QStringLiteral("request")},
        {QLatin1Char('H'), QStringLiteral("header")},
        {QLatin1Char('d'), QStringLiteral("data")},
        {QLatin1Char('F'), QStringLiteral("form")},
        {QLatin1Char('u'), QStringLiteral("user")},
        {QLatin1Char('b'), QStringLiteral("cookie")},
        {QLatin1Char('A'), QStringLiteral("user-agent")},
        {QLatin1Char('e'), QStringLiteral("referer")},
        {QLatin1Char('x'), QStringLiteral("proxy")},
        {QLatin1Char('m'), QStringLiteral("max-time")},
        {QLatin1Char('o'), QStringLiteral("output")},
        {QLatin1Char('w'), QStringLiteral("write-out")},
        {QLatin1Char('T'), QStringLiteral("upload-file")},
        {QLatin1Char('E'), QStringLiteral("cert")},
        {QLatin1Char('c'), QStringLiteral("cookie-jar")},
        {QLatin1Char('D'), QStringLiteral("dump-header")},
        {QLatin1Char('r'), QStringLiteral("range")},
        {QLatin1Char('U'), QStringLiteral("proxy-user")},
        {QLatin1Char('K'), QStringLiteral("config")},
        {QLatin1Char('C'), QStringLiteral("continue-at")},
        {QLatin1Char('Y'), QStringLiteral("speed-limit")},
        {QLatin1Char('y'), QStringLiteral("speed-time")},
        {QLatin1Char('z'), QStringLiteral("time-cond")},
        {QLatin1Char('t'), QStringLiteral("telnet-option")},
        {QLatin1Char('P'), QStringLiteral("ftp-port")},
        {QLatin1Char('Q'), QStringLiteral("quote")},
    };
    return map;
}

const QHash<QChar, QString> &shortFlags()
{
    static const QHash<QChar, QString> map = {
        {QLatin1Char('k'), QStringLiteral("insecure")},
        {QLatin1Char('L'), QStringLiteral("location")},
        {QLatin1Char('G'), QStringLiteral("get")},
        {QLatin1Char('I'), QStringLiteral("head")},
        {QLatin1Char('s'), QStringLiteral("silent")},
        {QLatin1Char('S'), QStringLiteral("show-error")},
        {QLatin1Char('v'), QStringLiteral("verbose")},
        {QLatin1Char('i'), QStringLiteral("include")},
        {QLatin1Char('N'), QStringLiteral("no-buffer")},
        {QLatin1Char('f'), QStringLiteral("fail")},
        {QLatin1Char('O'), QStringLiteral("remote-name")},
        {QLatin1Char('0'), QStringLiteral("http1.0")},
        {QLatin1Char('#'), QStringLiteral("progress-bar")},
        {QLatin1Char('g'), QStringLiteral("globoff")},
        {QLatin1Char('4'), QStringLiteral("ipv4")},
        {QLatin1Char('6'), QStringLiteral("ipv6")},
        {QLatin1Char('q'), QStringLiteral("disable")},
        {QLatin1Char('n'), QStringLiteral("netrc")},
        {QLatin1Char('j'), QStringLiteral("junk-session-cookies")},
        {QLatin1Char('R'), QStringLiteral("remote-time")},
        {QLatin1Char('J'), QStringLiteral("remote-header-name")},
        {QLatin1Char('Z'), QStringLiteral("parallel")},
        {QLatin1Char('l'), QStringLiteral("list-only")},
        {QLatin1Char('a'), QStringLiteral("append")},
        {QLatin1Char('B'), QStringLiteral("use-ascii")},
        {QLatin1Char('p'), QStringLiteral("proxytunnel")},
    };
    return map;
}

bool longTakesValue(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("request"),
        QStringLiteral("header"),
        QStringLiteral("data"),
        QStringLiteral("data-raw"),
        QStringLiteral("data-binary"),
        QStringLiteral("data-ascii"),
        QStringLiteral("data-urlencode"),
        QStringLiteral("json"),
        QStringLiteral("form"),
        QStringLiteral("form-string"),
        QStringLiteral("user"),
        QStringLiteral("cookie"),
        QStringLiteral("user-agent"),
        QStringLiteral("referer"),
        QStringLiteral("url"),
        QStringLiteral("proxy"),
        QStringLiteral("max-time"),
        QStringLiteral("connect-timeout"),
        QStringLiteral("output"),
        QStringLiteral("write-out"),
        QStringLiteral("upload-file"),
        QStringLiteral("cert"),
        QStringLiteral("key"),
        QStringLiteral("pass"),
        QStringLiteral("cacert"),
        QStringLiteral("capath"),
        QStringLiteral("cookie-jar"),
        QStringLiteral("dump-header"),
        QStringLiteral("range"),
        QStringLiteral("proxy-user"),
        QStringLiteral("config"),
        QStringLiteral("continue-at"),
        QStringLiteral("speed-limit"),
        QStringLiteral("speed-time"),
        QStringLiteral("time-cond"),
        QStringLiteral("telnet-option"),
        QStringLiteral("ftp-port"),
        QStringLiteral("quote"),
        QStringLiteral("oauth2-bearer"),
        QStringLiteral("max-redirs"),
        QStringLiteral("resolve"),
        QStringLiteral("connect-to"),
        QStringLiteral("noproxy"),
        QStringLiteral("retry"),
        QStringLiteral("retry-delay"),
        QStringLiteral("retry-max-time"),
        QStringLiteral("limit-rate"),
        QStringLiteral("interface"),
        QStringLiteral("trace"),
        QStringLiteral("trace-ascii"),
        QStringLiteral("stderr"),
        QStringLiteral("output-dir"),
        QStringLiteral("cert-type"),
        QStringLiteral("key-type"),
        QStringLiteral("ciphers"),
        QStringLiteral("tls-max"),
        QStringLiteral("request-target"),
        QStringLiteral("aws-sigv4"),
        QStringLiteral("unix-socket"),
        QStringLiteral("dns-servers"),
        QStringLiteral("keepalive-time"),
        QStringLiteral("max-filesize"),
        QStringLiteral("proto"),
        QStringLiteral("proto-redir"),
        QStringLiteral("expect100-timeout"),
        QStringLiteral("url-query"),
        QStringLiteral("variable"),
        QStringLiteral("mail-from"),
        QStringLiteral("mail-rcpt"),
    };
    return names.contains(name);
}

// Silent: these only change what curl prints, not the request.
bool isOutputFlag(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("silent"),          QStringLiteral("show-error"),
        QStringLiteral("verbose"),         QStringLiteral("include"),
        QStringLiteral("progress-bar"),    QStringLiteral("no-progress-meter"),
        QStringLiteral("no-buffer"),       QStringLiteral("compressed"),
        QStringLiteral("globoff"),         QStringLiteral("fail"),
        QStringLiteral("fail-with-body"),  QStringLiteral("remote-name"),
        QStringLiteral("remote-name-all"), QStringLiteral("create-dirs"),
    };
    return names.contains(name);
}

struct CurlState
{
    CurlParse out;
    QStringList urls;
    QString method;
    bool head = false, get = false;
    QList<DataPiece> data;
    QList<FormPiece> forms;
    QString uploadFile;
    QString userpass;
    bool userGiven = false;
    AuthKind userAuth = AuthKind::Basic;
    QStringList cookies;
    QString userAgent, referer;

    ImportReport &report() { return out.report; }
    RequestSettings &settings() { return out.request.settings; }

    void header(const QString &value)
    {
        if (value.startsWith(QLatin1Char('@'))) {
            report().dropped(
                QString(),
                QStringLiteral("headers read from file '%1' were not imported").arg(value.mid(1)));
            return;
        }
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            if (value.endsWith(QLatin1Char(';'))) { // "Name;" sends an empty header
                out.request.headers.append(
                    {value.chopped(1).trimmed(), QString(), true, QString()});
            } else {
                report().dropped(QString(),
                                 QStringLiteral("header '%1' has no ':'; ignored").arg(value));
            }
            return;
        }
        const QString name = value.left(colon).trimmed();
        const QString v = value.mid(colon + 1).trimmed();
        if (v.isEmpty()) {
            report().info(QString(), QStringLiteral("'-H \"%1:\"' removes a header curl adds by "
                                                    "default; ignored")
                                         .arg(name));
            return;
        }
        out.request.headers.append({name, v, true, QString()});
    }

    void proxy(const QString &value)
    {
        QString spec = value;
        ProxySettings &p = settings().proxy;
        p.mode = ProxyMode::Http;
        p.port = 1080; // curl's default proxy port
        const qsizetype scheme = spec.indexOf(QLatin1String("://"));
        if (scheme >= 0) {
            const QString s = spec.left(scheme).toLower();
            if (s.startsWith(QLatin1String("socks5")))
                p.mode = ProxyMode::Socks5;
            else if (s != QLatin1String("http") && s != QLatin1String("https"))
                report().warning(QString(), QStringLiteral("proxy scheme '%1' is not supported; "
                                                           "using an HTTP proxy")
                                                .arg(s));
            spec = spec.mid(scheme + 3);
        }
        spec = spec.section(QLatin1Char('/'), 0, 0);
        const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString creds = spec.left(at);
            p.username = QUrl::fromPercentEncoding(creds.section(QLatin1Char(':'), 0, 0).toUtf8());
            p.password = QUrl::fromPercentEncoding(creds.section(QLatin1Char(':'), 1).toUtf8());
            spec = spec.mid(at + 1);
        }
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !spec.endsWith(QLatin1Char(']'))) {
            bool ok = false;
            const uint port = spec.mid(colon + 1).toUInt(&ok);
            if (ok && port > 0 && port < 65536)
                p.port = quint16(port);
            else
                report().warning(QString(), QStringLiteral("proxy port '%1' is not a port number; "
                                                           "using 1080")
                                                .arg(spec.mid(colon + 1)));
            spec = spec.left(colon);
        }
        p.host = spec;
    }

    static int seconds(const QString &value, bool *ok)
    {
        const double s = value.toDouble(ok);
        if (!*ok || !std::isfinite(s) || s < 0 || s > 2'000'000) { // ~23 days fits int ms
            *ok = false;
            return 0;
        }
        return int(std::lround(s * 1000));
    }

    void option(const QString &name, const QString &value);
};

void CurlState::option(const QString &name, const QString &value)
{
    RequestSettings &s = settings();
    if (name == QLatin1String("request")) {
        method = value;
    } else if (name == QLatin1String("header")) {
        header(value);
    } else if (name == QLatin1String("data") || name == QLatin1String("data-ascii")) {
        data.append({DataKind::Ascii, value});
    } else if (name == QLatin1String("data-raw")) {
        data.append({DataKind::Raw, value});
    } else if (name == QLatin1String("data-binary")) {
        data.append({DataKind::Binary, value});
    } else if (name == QLatin1String("data-urlencode")) {
        data.append({DataKind::UrlEncode, value});
    } else if (name == QLatin1String("json")) {
        data.append({DataKind::Json, value});
    } else if (name == QLatin1String("form") || name == QLatin1String("form-string")) {
        forms.append({value, name == QLatin1String("form-string")});
    } else if (name == QLatin1String("user")) {
        userpass = value;
        userGiven = true;
    } else if (name == QLatin1String("digest")) {
        userAuth = AuthKind::Digest;
    } else if (name == QLatin1String("basic")) {
        userAuth = AuthKind::Basic;
    } else if (name == QLatin1String("ntlm") || name == QLatin1String("negotiate")
               || name == QLatin1String("anyauth") || name == QLatin1String("aws-sigv4")) {
        report().dropped(QString(),
                         QStringLiteral("--%1 authentication is not supported").arg(name));
        if (name != QLatin1String("anyauth"))
            userAuth = AuthKind::None;
    } else if (name == QLatin1String("oauth2-bearer")) {
        out.request.auth.kind = AuthKind::Bearer;
        out.request.auth.token = value;
    } else if (name == QLatin1String("cookie")) {
        if (value.contains(QLatin1Char('=')))
            cookies.append(value);
        else
            report().dropped(
                QString(),
                QStringLiteral("cookies read from file '%1' were not imported").arg(value));
    } else if (name == QLatin1String("user-agent")) {
        userAgent = value;
    } else if (name == QLatin1String("referer")) {
        referer = value.endsWith(QLatin1String(";auto")) ? value.chopped(5) : value;
    } else if (name == QLatin1String("url")) {
        urls.append(value);
    } else if (name == QLatin1String("get")) {
        get = true;
    } else if (name == QLatin1String("head")) {
        head = true;
    } else if (name == QLatin1String("insecure")) {
        s.tls.insecure = true;
        report().warning(QString(), QStringLiteral("-k/--insecure: TLS certificate verification is "
                                                   "off for this request"));
    } else if (name == QLatin1String("location") || name == QLatin1String("location-trusted")) {
        s.followRedirects = true;
    } else if (name == QLatin1String("max-redirs")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= 0)
            s.maxRedirects = n;
        else
            report().warning(QString(),
                             QStringLiteral("--max-redirs '%1' is not a number").arg(value));
    } else if (name == QLatin1String("http2") || name == QLatin1String("http2-prior-knowledge")) {
        s.httpVersion = name == QLatin1String("http2") ? HttpVersionPolicy::Auto
                                                       : HttpVersionPolicy::Http2PriorKnowledge;
    } else if (name == QLatin1String("http1.1") || name == QLatin1String("http1.0")) {
        s.httpVersion = HttpVersionPolicy::Http1Only;
        if (name == QLatin1String("http1.0"))
            report().info(QString(), QStringLiteral("--http1.0: HTTP/1.1 is used instead"));
    } else if (name == QLatin1String("http3") || name == QLatin1String("http3-only")) {
        report().dropped(QString(), QStringLiteral("--%1: HTTP/3 is not supported").arg(name));
    } else if (name == QLatin1String("proxy")) {
        proxy(value);
    } else if (name == QLatin1String("proxy-user")) {
        s.proxy.username = value.section(QLatin1Char(':'), 0, 0);
        s.proxy.password = value.section(QLatin1Char(':'), 1);
    } else if (name == QLatin1String("max-time")) {
        bool ok = false;
        const int ms = seconds(value, &ok);
        if (ok)
            s.timeoutMs = ms;
        else
            report().warning(
                QString(), QStringLiteral("--max-time '%1' is not a number of seconds").arg(value));
    } else if (name == QLatin1String("connect-timeout")) {
        report().dropped(QString(), QStringLiteral("--connect-timeout %1: a separate connect "
                                                   "timeout is not supported")
                                        .arg(value));
    } else if (name == QLatin1String("upload-file")) {
        uploadFile = value;
    } else if (name == QLatin1String("cacert")) {
        s.tls.caCertificateFiles.append(value);
    } else if (name == QLatin1String("cert")) {
        // "file:passphrase" (a Windows drive letter's colon is not a separator)
        const qsizetype colon = value.indexOf(
            QLatin1Char(':'), value.size() > 2 && value[1] == QLatin1Char(':') ? 2 : 0);
        s.tls.clientCertificateFile = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            s.tls.clientKeyPassphrase = value.mid(colon + 1);
    } else if (name == QLatin1String("key")) {
        s.tls.clientKeyFile = value;
    } else if (name == QLatin1String("pass")) {
        s.tls.clientKeyPassphrase = value;
    } else if (name == QLatin1String("range")) {
        out.request.headers.append(
            {QStringLiteral("Range"), QStringLiteral("bytes=") + value, true, QString()});
    } else if (isOutputFlag(name)) {
        // affects only curl's own output
    } else if (name == QLatin1String("output") || name == QLatin1String("write-out")
               || name == QLatin1String("dump-header") || name == QLatin1String("output-dir")
               || name == QLatin1String("stderr") || name == QLatin1String("trace")
               || name == QLatin1String("trace-ascii")) {
        report().info(QString(),
                      QStringLiteral("--%1 only changes curl's output; ignored").arg(name));
    } else {
        report().dropped(QString(),
                         value.isNull()
                             ? QStringLiteral("option --%1 is not supported; ignored").arg(name)
                             : QStringLiteral("option --%1 '%2' is not supported; ignored")
                                   .arg(name, value.left(200)));
    }
}

QString urlEncodeComponent(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

Result<CurlParse> parseCurlCommand(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.startsWith(QLatin1Char('$')))
        text = text.mid(1).trimmed();
    static const QRegularExpression cmdStyle(QStringLiteral("\\^\"|\\s\\^\\r?\\n"));
    const bool windowsCmd = cmdStyle.match(text).hasMatch();

    CurlState st;
    auto words = splitShellWords(text, windowsCmd, &st.out.report);
    if (!words)
        return words.error();
    const QStringList &args = *words;
    if (args.isEmpty())
        return parseError(QStringLiteral("the curl command is empty"));
    const QString program =
        args.first().section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    if (program.compare(QLatin1String("curl"), Qt::CaseInsensitive) != 0
        && program.compare(QLatin1String("curl.exe"), Qt::CaseInsensitive) != 0)
        return parseError(
            QStringLiteral("not a curl command: it starts with '%1'").arg(args.first().left(100)));

    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto nextValue = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                st.report().warning(QString(),
                                    QStringLiteral("option %1 is missing its value").arg(name));
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            const QString name = arg.mid(2);
            if (longTakesValue(name)) {
                if (auto v = nextValue(arg))
                    st.option(name, *v);
            } else {
                st.option(name, QString());
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            for (qsizetype k = 1; k < arg.size(); ++k) {
                const QChar c = arg.at(k);
                if (shortOptions().contains(c)) {
                    const QString name = shortOptions().value(c);
                    if (k + 1 < arg.size())
                        st.option(name, arg.mid(k + 1)); // "-XPOST"
                    else if (auto v = nextValue(QStringLiteral("-") + c))
                        st.option(name, *v);
                    break;
                }
                if (shortFlags().contains(c))
                    st.option(shortFlags().value(c), QString());
                else
                    st.report().dropped(
                        QString(), QStringLiteral("option -%1 is not supported; ignored").arg(c));
            }
        } else {
            st.urls.append(arg);
        }
    }

    if (st.urls.isEmpty())
        return parseError(QStringLiteral("the curl command names no URL"));
    for (qsizetype i = 1; i < st.urls.size(); ++i)
        st.report().dropped(QString(), QStringLiteral("extra URL '%1' ignored (one request per "
                                                      "command)")
                                           .arg(st.urls.at(i).left(200)));
    Request &r = st.out.request;
    r.url = st.urls.first().trimmed();
    if (!r.url.contains(QLatin1String("://")) && !r.url.startsWith(QLatin1String("{{"))) {
        r.url.prepend(QLatin1String("http://"));
        st.report().info(QString(),
                         QStringLiteral("the URL has no scheme; http:// assumed, as curl does"));
    }

    // Bodies.
    QStringList dataParts;
    QString dataFile;
    for (const DataPiece &piece : std::as_const(st.data)) {
        QString v = piece.value;
        switch (piece.kind) {
        case DataKind::Ascii:
        case DataKind::Binary:
        case DataKind::Json:
            if (v.startsWith(QLatin1Char('@'))) {
                if (st.data.size() == 1 && st.forms.isEmpty()) {
                    dataFile = v.mid(1);
                } else {
                    st.report().warning(QString(),
                                        QStringLiteral("data file '%1' cannot be combined "
                                                       "with other data; kept as the text '%2'")
                                            .arg(v.mid(1), v));
                }
            }
            break;
        case DataKind::Raw:
            break;
        case DataKind::UrlEncode: {
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            const qsizetype at = v.indexOf(QLatin1Char('@'));
            if (at >= 0 && (eq < 0 || at < eq)) {
                st.report().warning(QString(), QStringLiteral("--data-urlencode '%1' reads a file; "
                                                              "kept as text, not read")
                                                   .arg(v));
            } else if (eq < 0) {
                v = urlEncodeComponent(v);
            } else {
                v = v.left(eq) + (eq > 0 ? QStringLiteral("=") : QString())
                    + urlEncodeComponent(v.mid(eq + 1));
            }
            break;
        }
        }
        dataParts.append(v);
    }
    const bool allJson =
        !st.data.isEmpty() && std::all_of(st.data.cbegin(), st.data.cend(), [](const DataPiece &p) {
            return p.kind == DataKind::Json;
        });
    const QString dataText = dataParts.join(allJson ? QString() : QStringLiteral("&"));
    QString defaultMethod = QStringLiteral("GET");

    if (st.get && !st.data.isEmpty()) {
        if (!dataFile.isEmpty())
            st.report().warning(QString(),
                                QStringLiteral("-G with a data file: the file is not read"));
        r.url += (r.url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                 + (dataFile.isEmpty() ? dataText : QLatin1Char('@') + dataFile);
    } else if (!st.forms.isEmpty()) {
        defaultMethod = QStringLiteral("POST");
        if (!st.data.isEmpty())
            st.report().dropped(QString(), QStringLiteral("-d and -F together: curl refuses this; "
                                                          "the -d data was dropped"));
        r.body.kind = BodyKind::Multipart;
        for (const FormPiece &f : std::as_const(st.forms)) {
            MultipartPart part;
            const qsizetype eq = f.spec.indexOf(QLatin1Char('='));
            if (eq < 0) {
                st.report().dropped(
                    QString(), QStringLiteral("form part '%1' has no '='; ignored").arg(f.spec));
                continue;
            }
            part.name = f.spec.left(eq);
            QString rest = f.spec.mid(eq + 1);
            if (!f.literal
                && (rest.startsWith(QLatin1Char('@')) || rest.startsWith(QLatin1Char('<')))) {
                const bool asText = rest.startsWith(QLatin1Char('<'));
                QStringList attrs = rest.mid(1).split(QLatin1Char(';'));
                part.isFile = true;
                part.filePath = attrs.takeFirst();
                for (const QString &a : std::as_const(attrs)) {
                    if (a.startsWith(QLatin1String("type=")))
                        part.contentType = a.mid(5);
                    else if (!a.trimmed().isEmpty())
                        st.report().dropped(QString(),
                                            QStringLiteral("form part '%1': '%2' is not supported")
                                                .arg(part.name, a));
                }
                if (asText)
                    st.report().info(QString(),
                                     QStringLiteral("form part '%1' ('<file') is sent as a "
                                                    "file part")
                                         .arg(part.name));
                st.report().warning(QString(),
                                    QStringLiteral("form part '%1' reads the file '%2' when "
                                                   "the request is sent")
                                        .arg(part.name, part.filePath));
            } else if (!f.literal && rest.contains(QLatin1String(";type="))) {
                part.contentType = rest.section(QLatin1String(";type="), 1);
                part.value = rest.section(QLatin1String(";type="), 0, 0);
            } else {
                part.value = rest;
            }
            r.body.multipart.append(part);
        }
    } else if (!dataFile.isEmpty()) {
        defaultMethod = QStringLiteral("POST");
        r.body.kind = BodyKind::Binary;
        r.body.binaryFilePath = dataFile;
        if (dataFile == QLatin1String("-"))
            st.report().dropped(QString(),
                                QStringLiteral("data from standard input ('@-') cannot be "
                                               "imported"));
        else
            st.report().warning(QString(),
                                QStringLiteral("the body is the file '%1', read when the "
                                               "request is sent")
                                    .arg(dataFile));
    } else if (!st.data.isEmpty()) {
        defaultMethod = QStringLiteral("POST");
        r.body.kind = BodyKind::Raw;
        r.body.raw = dataText;
    }
    if (!st.uploadFile.isEmpty()) {
        if (r.body.kind == BodyKind::None) {
            defaultMethod = QStringLiteral("PUT");
            r.body.kind = BodyKind::Binary;
            r.body.binaryFilePath = st.uploadFile;
            st.report().warning(QString(),
                                QStringLiteral("the body is the file '%1', read when the "
                                               "request is sent")
                                    .arg(st.uploadFile));
        } else {
            st.report().dropped(QString(), QStringLiteral("-T '%1' together with other data; the "
                                                          "upload file was dropped")
                                               .arg(st.uploadFile));
        }
    }
    if (st.head)
        defaultMethod = QStringLiteral("HEAD");
    else if (st.get)
        defaultMethod = QStringLiteral("GET");
    r.method = st.method.isEmpty() ? defaultMethod : st.method;

    // Headers curl adds from options; an explicit -H wins, as in curl.
    if (!st.cookies.isEmpty()) {
        if (containsName(r.headers, u"Cookie"))
            st.report().info(QString(),
                             QStringLiteral("-b cookies added to the existing Cookie header"));
        r.headers.append(
            {QStringLiteral("Cookie"), st.cookies.join(QStringLiteral("; ")), true, QString()});
    }
    if (!st.userAgent.isNull() && !containsName(r.headers, u"User-Agent"))
        r.headers.append({QStringLiteral("User-Agent"), st.userAgent, true, QString()});
    if (!st.referer.isNull() && !containsName(r.headers, u"Referer"))
        r.headers.append({QStringLiteral("Referer"), st.referer, true, QString()});
    if (r.body.kind == BodyKind::Raw || r.body.kind == BodyKind::Binary) {
        if (allJson) {
            if (!containsName(r.headers, u"Content-Type"))
                r.headers.append({QStringLiteral("Content-Type"),
                                  QStringLiteral("application/json"), true, QString()});
            if (!containsName(r.headers, u"Accept"))
                r.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json"),
                                  true, QString()});
        } else if (!st.data.isEmpty() && !containsName(r.headers, u"Content-Type")) {
            // curl labels -d data as a form; Wirescope would call raw text text/plain.
            r.headers.append({QStringLiteral("Content-Type"),
                              QStringLiteral("application/x-www-form-urlencoded"), true,
                              QString()});
        }
        r.body.language = languageForMimeType(firstValue(r.headers, u"Content-Type"));
    }

    if (st.userGiven) {
        Auth &a = r.auth;
        a.kind = st.userAuth;
        const qsizetype colon = st.userpass.indexOf(QLatin1Char(':'));
        a.username = colon < 0 ? st.userpass : st.userpass.left(colon);
        a.password = colon < 0 ? QString() : st.userpass.mid(colon + 1);
        if (colon < 0)
            st.report().warning(QString(), QStringLiteral("-u names no password (curl would ask "
                                                          "for it); the password is empty"));
    }

    r.queryParams = parseQuery(r.url);
    const qsizetype cut = r.url.indexOf(QLatin1Char('?'));
    r.name = cut < 0 ? r.url : r.url.left(cut);
    return std::move(st.out);
}

} // namespace wirescope::interop
