#include "core/websocket/wsrequestbuilder.h"

#include "core/http/authapplier.h"
#include "core/http/requestbuilder.h"
#include "core/http/urlcheck.h"

namespace wirescope {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::InvalidRequest, message};
}

QString describeChar(QChar c)
{
    switch (c.unicode()) {
    case u'\r':
        return QStringLiteral("a carriage return (CR)");
    case u'\n':
        return QStringLiteral("a line feed (LF)");
    case 0:
        return QStringLiteral("a NUL character");
    case u' ':
        return QStringLiteral("a space");
    default:
        break;
    }
    if (c.isPrint())
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("the character U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
}

QString firstBadTokenChar(QStringView text)
{
    for (QChar c : text) {
        if (!isValidHeaderName(QString(c)))
            return describeChar(c);
    }
    return {};
}

Result<void> checkValue(const QString &name, const QString &value)
{
    for (QChar c : value) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0)
            return invalid(QStringLiteral("header \"%1\" contains %2 in its value; refused "
                                          "(header injection), nothing was sent")
                               .arg(name, describeChar(c)));
    }
    return {};
}

} // namespace

bool isValidSubprotocol(QStringView token)
{
    // RFC 7230 token == RFC 9110 token: the header-name grammar.
    return isValidHeaderName(token);
}

WebSocketRequest resolveWebSocketRequest(const WebSocketRequest &request,
                                         const VariableContext &context,
                                         const DynamicVariables &dynamic,
                                         QStringList *unresolved)
{
    WebSocketRequest r = request;
    QStringList missing;
    auto resolve = [&](QString &text) {
        if (!text.contains(QLatin1String("{{")))
            return;
        Resolution res = resolveText(text, context, dynamic);
        text = res.text;
        for (const QString &name : res.unresolved) {
            if (!missing.contains(name))
                missing.append(name);
        }
    };
    resolve(r.url);
    for (KeyValue &h : r.headers) {
        resolve(h.name);
        resolve(h.value);
    }
    for (QString &p : r.subprotocols)
        resolve(p);
    resolve(r.auth.username);
    resolve(r.auth.password);
    resolve(r.auth.token);
    resolve(r.auth.apiKeyName);
    resolve(r.auth.apiKeyValue);
    for (QString *field : {&r.auth.aws.accessKey, &r.auth.aws.secretKey, &r.auth.aws.sessionToken,
                           &r.auth.aws.region, &r.auth.aws.service})
        resolve(*field);
    OAuth1Settings &o1 = r.auth.oauth1;
    for (QString *field :
         {&o1.consumerKey, &o1.consumerSecret, &o1.token, &o1.tokenSecret, &o1.privateKey,
          &o1.callback, &o1.verifier, &o1.realm, &o1.nonce, &o1.timestamp, &o1.version})
        resolve(*field);
    HawkSettings &hawk = r.auth.hawk;
    for (QString *field :
         {&hawk.id, &hawk.key, &hawk.ext, &hawk.app, &hawk.dlg, &hawk.nonce, &hawk.timestamp})
        resolve(*field);
    resolve(r.settings.proxy.username);
    resolve(r.settings.proxy.password);
    if (unresolved)
        *unresolved += missing;
    return r;
}

Result<PreparedWsRequest> prepareWebSocketRequest(const WebSocketRequest &resolved)
{
    PreparedWsRequest p;
    const QString text = resolved.url.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("the URL is empty"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return invalid(QStringLiteral("the URL contains %1 at position %2")
                               .arg(describeChar(c))
                               .arg(i + 1));
    }
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return invalid(QStringLiteral("the URL \"%1\" has no scheme: use ws://HOST/... or "
                                      "wss://HOST/...")
                           .arg(text));
    const QString scheme = text.left(sep).toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        QString hint;
        if (scheme == QLatin1String("http"))
            hint = QStringLiteral(" (did you mean ws://?)");
        else if (scheme == QLatin1String("https"))
            hint = QStringLiteral(" (did you mean wss://?)");
        return invalid(QStringLiteral("unsupported URL scheme \"%1\": a WebSocket URL starts "
                                      "with ws:// or wss://%2")
                           .arg(text.left(sep), hint));
    }
    if (std::optional<Error> problem = checkUrlParts(text))
        return *problem;
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("the URL \"%1\" is not valid").arg(text),
                     cleanQtUrlError(url.errorString())};
    }
    if (url.host().isEmpty())
        return invalid(QStringLiteral("the URL \"%1\" has no host").arg(text));
    url.setScheme(scheme);
    const Result<AuthParts> auth = authParts(resolved.auth, AuthUse::WebSocket);
    if (!auth)
        return auth.error();
    if (!auth->query.isEmpty()) {
        QString query = url.query(QUrl::FullyEncoded);
        for (const KeyValue &param : auth->query)
            query += (query.isEmpty() ? QString() : QStringLiteral("&")) + param.name + u'='
                     + param.value;
        url.setQuery(query, QUrl::StrictMode);
    }
    p.url = url;

    for (const KeyValue &h : resolved.headers) {
        if (!h.enabled)
            continue;
        const QString name = h.name.trimmed();
        if (name.isEmpty() && h.value.isEmpty())
            continue;
        if (name.isEmpty())
            return invalid(QStringLiteral("a header has an empty name"));
        if (!isValidHeaderName(name))
            return invalid(QStringLiteral("header name \"%1\" contains %2, which is not allowed "
                                          "in a header name")
                               .arg(name, firstBadTokenChar(name)));
        if (auto ok = checkValue(name, h.value); !ok)
            return ok.error();
        if (name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0) {
            p.origin = h.value;
            continue;
        }
        if (name.compare(QLatin1String("Sec-WebSocket-Protocol"), Qt::CaseInsensitive) == 0) {
            for (const QString &part : h.value.split(u',', Qt::SkipEmptyParts))
                p.subprotocols.append(part.trimmed());
            continue;
        }
        p.headers.append(KeyValue{name, h.value, true, {}});
    }

    for (const KeyValue &h : auth->headers) {
        if (containsName(p.headers, h.name))
            continue;
        if (auto ok = checkValue(h.name, h.value); !ok)
            return ok.error();
        p.headers.append(h);
    }
    if (auth->sign) {
        SignableRequest request{QStringLiteral("GET"), p.url, p.headers, {}, {}, false};
        if (Result<void> ok = auth->sign(request); !ok)
            return ok.error();
        p.url = request.url;
        p.headers = request.headers;
    }

    for (const QString &raw : resolved.subprotocols)
        p.subprotocols.append(raw.trimmed());
    QStringList seen;
    for (const QString &proto : std::as_const(p.subprotocols)) {
        if (proto.isEmpty())
            return invalid(QStringLiteral("a subprotocol is empty"));
        if (!isValidSubprotocol(proto))
            return invalid(QStringLiteral("subprotocol \"%1\" contains %2; a subprotocol must be "
                                          "a token (letters, digits and !#$%&'*+-.^_`|~)")
                               .arg(proto, firstBadTokenChar(proto)));
        if (seen.contains(proto))
            return invalid(QStringLiteral("subprotocol \"%1\" is offered twice").arg(proto));
        seen.append(proto);
    }
    return p;
}

} // namespace wirescope
