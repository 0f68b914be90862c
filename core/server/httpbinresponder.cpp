#include "core/server/httpbinresponder.h"

#include "core/server/eventstream.h"
#include "core/server/httpbinassets.h"
#include "core/server/requestecho.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace wirescope::server {

namespace {

using Response = ServerResponse;

const QByteArray kHtmlType = QByteArrayLiteral("text/html; charset=utf-8");

bool isMethod(const ServerRequest &r, std::initializer_list<const char *> methods)
{
    for (const char *m : methods) {
        if (r.method == QLatin1String(m))
            return true;
    }
    // httpbin (Flask) answers HEAD wherever it answers GET.
    if (r.method == QLatin1String("HEAD")) {
        for (const char *m : methods) {
            if (qstrcmp(m, "GET") == 0)
                return true;
        }
    }
    return false;
}

Response methodNotAllowed(const ServerRequest &r, const QByteArray &allow)
{
    Response out =
        HttpbinResponder::error(405, QStringLiteral("method %1 is not allowed for %2 (allowed: %3)")
                                         .arg(r.method, r.url.path(), QString::fromLatin1(allow)));
    out.setHeader("Allow", allow);
    return out;
}

/// A non-negative integer path segment; nullopt for anything else.
std::optional<qint64> parseCount(const QString &segment)
{
    bool ok = false;
    const qint64 n = segment.toLongLong(&ok);
    if (!ok || n < 0 || segment.startsWith(u'+'))
        return std::nullopt;
    return n;
}

Response redirect(const QByteArray &location, int status = 302)
{
    Response out;
    out.status = status;
    out.setHeader("Content-Type", kHtmlType);
    out.setHeader("Location", location);
    return out;
}

QString origin(const ServerRequest &r)
{
    return r.url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                          | QUrl::StripTrailingSlash);
}

Response status(const ServerRequest &r, const QString &codes)
{
    // httpbin picks one of several comma-separated codes at random (weights are optional).
    QList<int> choices;
    for (const QString &part : codes.split(u',')) {
        bool ok = false;
        const int code = part.split(u':').first().trimmed().toInt(&ok);
        // 1xx is refused: an informational status is never a final answer, a client would
        // wait forever for the real one.
        if (!ok || code < 200 || code > 599)
            return HttpbinResponder::error(
                400, QStringLiteral("invalid status code \"%1\" (expected 200..599)").arg(part));
        choices.append(code);
    }
    const int code =
        choices.at(int(QRandomGenerator::global()->bounded(qsizetype(choices.size()))));
    Response out;
    out.status = code;
    switch (code) {
    case 301:
    case 302:
    case 303:
    case 305:
    case 307:
        out.setHeader("Location", "/redirect/1");
        break;
    case 401:
        out.setHeader("WWW-Authenticate", "Basic realm=\"Fake Realm\"");
        break;
    case 407:
        out.setHeader("Proxy-Authenticate", "Basic realm=\"Fake Realm\"");
        break;
    case 418:
        out.setHeader("X-More-Info", "http://tools.ietf.org/html/rfc2324");
        out.body = assets::teapot();
        return out;
    default:
        break;
    }
    out.setHeader("Content-Type", kHtmlType);
    Q_UNUSED(r);
    return out;
}

Response delay(const ServerRequest &r, const QString &arg)
{
    bool ok = false;
    const double seconds = arg.toDouble(&ok);
    if (!ok || !(seconds >= 0))
        return HttpbinResponder::error(
            400, QStringLiteral("invalid delay \"%1\" (expected seconds, 0..%2)")
                     .arg(arg)
                     .arg(HttpbinResponder::kMaxDelaySeconds));
    QJsonObject body = echo::full(r, false);
    body.remove(QStringLiteral("json"));
    Response out = HttpbinResponder::json(body);
    out.delayMs = int(std::min(seconds, double(HttpbinResponder::kMaxDelaySeconds)) * 1000);
    return out;
}

Response bytes(const ServerRequest &r, const QString &arg)
{
    const auto n = parseCount(arg);
    if (!n)
        return HttpbinResponder::error(400,
                                       QStringLiteral("invalid byte count \"%1\" (expected 0..%2)")
                                           .arg(arg)
                                           .arg(HttpbinResponder::kMaxBytes));
    Response out;
    out.setHeader("Content-Type", "application/octet-stream");
    out.generatedBytes = std::min(*n, HttpbinResponder::kMaxBytes);
    const QString seed = QUrlQuery(r.url).queryItemValue(QStringLiteral("seed"));
    if (!seed.isEmpty()) {
        bool ok = false;
        out.generatorSeed = seed.toUInt(&ok);
        if (!ok)
            return HttpbinResponder::error(
                400, QStringLiteral("invalid seed \"%1\" (expected 0..4294967295)").arg(seed));
    } else {
        out.generatorSeed = QRandomGenerator::global()->generate();
    }
    return out;
}

Response stream(const ServerRequest &r, const QString &arg)
{
    const auto n = parseCount(arg);
    if (!n)
        return HttpbinResponder::error(400,
                                       QStringLiteral("invalid line count \"%1\" (expected 0..%2)")
                                           .arg(arg)
                                           .arg(HttpbinResponder::kMaxStreamLines));
    Response out;
    out.setHeader("Content-Type", "application/json");
    out.chunked = true;
    QJsonObject line = echo::basic(r);
    for (qint64 i = 0; i < std::min<qint64>(*n, HttpbinResponder::kMaxStreamLines); ++i) {
        line.insert(QStringLiteral("id"), int(i));
        out.chunks.append(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return out;
}

/// /redirect/N, /relative-redirect/N, /absolute-redirect/N.
Response redirects(const ServerRequest &r, const QString &kind, const QString &arg)
{
    const auto n = parseCount(arg);
    if (!n || *n < 1)
        return HttpbinResponder::error(
            400, QStringLiteral("invalid redirect count \"%1\" (expected 1 or more)").arg(arg));
    bool absolute = kind == QLatin1String("absolute-redirect");
    if (kind == QLatin1String("redirect")) {
        absolute = QUrlQuery(r.url).queryItemValue(QStringLiteral("absolute")).toLower()
                   == QLatin1String("true");
    }
    const QString prefix = absolute ? origin(r) : QString();
    if (*n == 1)
        return redirect((prefix + QStringLiteral("/get")).toUtf8());
    return redirect((prefix
                     + (absolute ? QStringLiteral("/absolute-redirect/")
                                 : QStringLiteral("/relative-redirect/"))
                     + QString::number(*n - 1))
                        .toUtf8());
}

QJsonObject requestCookies(const ServerRequest &r)
{
    QJsonObject out;
    const QList<QByteArray> parts = r.header("cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        out.insert(QString::fromUtf8(p.left(eq)), QString::fromUtf8(p.mid(eq + 1)));
    }
    return out;
}

Response basicAuth(const ServerRequest &r, const QString &user, const QString &password)
{
    const QByteArray auth = r.header("authorization");
    const QByteArray expected = "Basic " + (user + u':' + password).toUtf8().toBase64();
    if (auth == expected)
        return HttpbinResponder::json(
            {{QStringLiteral("authenticated"), true}, {QStringLiteral("user"), user}});
    Response out;
    out.status = 401;
    out.setHeader("WWW-Authenticate", "Basic realm=\"Fake Realm\"");
    return out;
}

Response bearer(const ServerRequest &r)
{
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Bearer ") && auth.size() > 7)
        return HttpbinResponder::json({{QStringLiteral("authenticated"), true},
                                       {QStringLiteral("token"), QString::fromUtf8(auth.mid(7))}});
    Response out;
    out.status = 401;
    out.setHeader("Content-Type", kHtmlType);
    out.setHeader("WWW-Authenticate", "Bearer");
    return out;
}

Response fixed(const QByteArray &type, const QByteArray &body)
{
    Response out;
    out.setHeader("Content-Type", type);
    out.body = body;
    return out;
}

Response index()
{
    return HttpbinResponder::json(
        {{QStringLiteral("server"), QStringLiteral("wirescope demo server (httpbin-like)")},
         {QStringLiteral("endpoints"),
          QStringLiteral(
              "/get /post /put /patch /delete /anything /headers /ip /user-agent "
              "/status/{codes} /delay/{s} /bytes/{n}?seed= /stream/{n} /redirect/{n} "
              "/relative-redirect/{n} /absolute-redirect/{n} /redirect-to?url= "
              "/cookies /cookies/set?name=value /cookies/delete?name "
              "/basic-auth/{user}/{password} /bearer /json /html /xml /image/png "
              "/gzip /sse?count=&interval=&event=&retry=; WebSocket: /ws/echo /ws/chat")}});
}

} // namespace

ServerResponse HttpbinResponder::error(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}, {QStringLiteral("status"), status}}, status);
}

ServerResponse HttpbinResponder::json(const QJsonObject &object, int status)
{
    ServerResponse out;
    out.status = status;
    out.setHeader("Content-Type", "application/json");
    out.body = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

ServerResponse HttpbinResponder::respond(const ServerRequest &r) const
{
    const QString path = r.url.path();
    const QStringList seg = path.mid(1).split(u'/');
    const QString first = seg.value(0);
    const qsizetype n = seg.size();

    if (r.method == QLatin1String("OPTIONS")) {
        // CORS preflight, as httpbin answers it on every route.
        Response out;
        out.setHeader("Content-Type", kHtmlType);
        out.setHeader("Allow", "OPTIONS, HEAD, GET, POST, PUT, PATCH, DELETE");
        out.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH, OPTIONS");
        out.setHeader("Access-Control-Max-Age", "3600");
        return out;
    }

    static const QStringList kMethodEchoes = {QStringLiteral("post"), QStringLiteral("put"),
                                              QStringLiteral("patch"), QStringLiteral("delete")};
    if (n == 1 && first == QLatin1String("get")) {
        if (!isMethod(r, {"GET"}))
            return methodNotAllowed(r, "GET, HEAD, OPTIONS");
        return json(echo::basic(r));
    }
    if (n == 1 && kMethodEchoes.contains(first)) {
        const QString method = first.toUpper();
        if (r.method != method)
            return methodNotAllowed(r, method.toLatin1() + ", OPTIONS");
        return json(echo::full(r, false));
    }
    if (first == QLatin1String("anything"))
        return json(echo::full(r, true));

    if (first == QLatin1String("status") && n == 2)
        return status(r, seg.at(1));

    // Everything below answers GET (and HEAD) only.
    const bool get = isMethod(r, {"GET"});
    const auto only = [&](Response response) {
        return get ? response : methodNotAllowed(r, "GET, HEAD, OPTIONS");
    };
    if (path == QLatin1String("/"))
        return only(index());
    if (path == QLatin1String("/sse"))
        return only(eventStreamResponse(r));
    if (n == 1 && first == QLatin1String("headers"))
        return only(json({{QStringLiteral("headers"), echo::headers(r)}}));
    if (n == 1 && first == QLatin1String("ip"))
        return only(json({{QStringLiteral("origin"), r.remoteAddress}}));
    if (n == 1 && first == QLatin1String("user-agent"))
        return only(
            json({{QStringLiteral("user-agent"), QString::fromLatin1(r.header("user-agent"))}}));
    if (first == QLatin1String("delay") && n == 2)
        return only(delay(r, seg.at(1)));
    if (first == QLatin1String("bytes") && n == 2)
        return only(bytes(r, seg.at(1)));
    if (first == QLatin1String("stream") && n == 2)
        return only(stream(r, seg.at(1)));
    if ((first == QLatin1String("redirect") || first == QLatin1String("relative-redirect")
         || first == QLatin1String("absolute-redirect"))
        && n == 2)
        return only(redirects(r, first, seg.at(1)));
    if (n == 1 && first == QLatin1String("redirect-to")) {
        const QUrlQuery query(r.url);
        const QString target = query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        if (target.isEmpty())
            return error(400, QStringLiteral("redirect-to needs a url parameter"));
        bool ok = true;
        const QString code = query.queryItemValue(QStringLiteral("status_code"));
        const int status = code.isEmpty() ? 302 : code.toInt(&ok);
        if (!ok || status < 300 || status > 399)
            return error(
                400, QStringLiteral("invalid status_code \"%1\" (expected 300..399)").arg(code));
        return redirect(QUrl(target).toEncoded(), status);
    }
    if (first == QLatin1String("cookies")) {
        if (n == 1)
            return only(json({{QStringLiteral("cookies"), requestCookies(r)}}));
        Response out = redirect("/cookies");
        if (n == 2 && seg.at(1) == QLatin1String("set")) {
            for (const auto &[name, value] : QUrlQuery(r.url).queryItems(QUrl::FullyEncoded))
                out.setHeader("Set-Cookie",
                              (name + u'=' + value + QStringLiteral("; Path=/")).toUtf8());
            return only(out);
        }
        if (n == 4 && seg.at(1) == QLatin1String("set")) {
            out.setHeader("Set-Cookie",
                          (seg.at(2) + u'=' + seg.at(3) + QStringLiteral("; Path=/")).toUtf8());
            return only(out);
        }
        if (n == 2 && seg.at(1) == QLatin1String("delete")) {
            for (const auto &item : QUrlQuery(r.url).queryItems(QUrl::FullyEncoded))
                out.setHeader("Set-Cookie",
                              item.first.toUtf8()
                                  + "=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
            return only(out);
        }
    }
    if (first == QLatin1String("basic-auth") && n == 3)
        return only(basicAuth(r, seg.at(1), seg.at(2)));
    if (n == 1 && first == QLatin1String("bearer"))
        return only(bearer(r));
    if (n == 1 && first == QLatin1String("json"))
        return only(fixed("application/json", assets::slideshowJson()));
    if (n == 1 && first == QLatin1String("html"))
        return only(fixed(kHtmlType, assets::html()));
    if (n == 1 && first == QLatin1String("xml"))
        return only(fixed("application/xml", assets::slideshowXml()));
    if (n == 2 && first == QLatin1String("image") && seg.at(1) == QLatin1String("png"))
        return only(fixed("image/png", assets::png()));
    if (n == 1 && first == QLatin1String("gzip")) {
        Response out = json({{QStringLiteral("gzipped"), true},
                             {QStringLiteral("headers"), echo::headers(r)},
                             {QStringLiteral("method"), r.method},
                             {QStringLiteral("origin"), r.remoteAddress}});
        out.body = assets::gzip(out.body);
        out.setHeader("Content-Encoding", "gzip");
        return only(out);
    }
    if (path == QLatin1String("/ws/echo") || path == QLatin1String("/ws/chat")) {
        Response out = error(426, QStringLiteral("%1 is a WebSocket endpoint: connect with a "
                                                 "WebSocket client (ws:// or wss://)")
                                      .arg(path));
        out.setHeader("Upgrade", "websocket");
        return out;
    }
    return error(404, QStringLiteral("no such endpoint: %1 (GET / lists them)").arg(path));
}

} // namespace wirescope::server
