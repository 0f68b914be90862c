#include "core/history/historyredactor.h"

#include "core/model/request.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wirescope {

namespace {

bool isVariableReferenceOnly(const QString &value)
{
    // "{{token}}" is a reference resolved at send time, not the secret itself: keep it so the
    // re-opened request still works.
    static const QRegularExpression onlyRefs(QStringLiteral(R"(^(\s*\{\{[^{}]+\}\}\s*)*$)"));
    return onlyRefs.match(value).hasMatch();
}

/// Where the authority that starts at @p from ends: at the path, query,
/// fragment, or (in free text such as an error message) a space or quote.
qsizetype authorityEnd(const QString &text, qsizetype from)
{
    static const QString stops = QStringLiteral("/?#\"' \t\r\n<>");
    qsizetype i = from;
    while (i < text.size() && !stops.contains(text.at(i)))
        ++i;
    return i;
}

/// Every `scheme://user:password@host` in @p text with the password replaced by @p marker
/// (a `{{variable}}` reference stays, so that the re-opened request still works).
QString redactUserinfoPasswords(const QString &text, const QString &marker)
{
    QString out = text;
    qsizetype scheme = out.indexOf(QLatin1String("://"));
    while (scheme >= 0) {
        const qsizetype start = scheme + 3;
        const qsizetype end = authorityEnd(out, start);
        const qsizetype at = out.lastIndexOf(u'@', end - 1);
        const qsizetype colon = at >= start ? out.indexOf(u':', start) : -1;
        qsizetype next = end;
        if (colon >= 0 && colon < at) {
            const QString password = out.mid(colon + 1, at - colon - 1);
            if (!password.isEmpty() && !isVariableReferenceOnly(password)) {
                out.replace(colon + 1, password.size(), marker);
                next += marker.size() - password.size();
            }
        }
        scheme = out.indexOf(QLatin1String("://"), next);
    }
    return out;
}

} // namespace

QString HistoryRedactor::marker()
{
    return QStringLiteral("{{redacted}}");
}

HistoryRedactor::HistoryRedactor(const QStringList &secretValues, bool redactAuthorization)
    : m_redactAuthorization(redactAuthorization)
{
    for (const QString &secret : secretValues) {
        if (secret.isEmpty())
            continue;
        m_texts.append(secret);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            m_texts.append(encoded);
    }
    m_texts.removeDuplicates();
    // Longest first so that a secret containing another one is removed whole.
    std::sort(m_texts.begin(), m_texts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &text : std::as_const(m_texts)) {
        m_bytes.append(text.toUtf8());
        m_longestBytes = std::max(m_longestBytes, m_bytes.last().size());
    }
}

QString HistoryRedactor::redactText(const QString &text) const
{
    // A URL's userinfo password is a credential, whatever the Authorization choice (like a
    // proxy password); it can be in the URL, an error message or a Referer.
    QString out =
        text.contains(QLatin1String("://")) ? redactUserinfoPasswords(text, marker()) : text;
    for (const QString &secret : m_texts)
        out.replace(secret, marker());
    return out;
}

QByteArray HistoryRedactor::redactBytes(const QByteArray &bytes) const
{
    QByteArray out = bytes;
    const QByteArray mark = marker().toUtf8();
    for (const QByteArray &secret : m_bytes)
        out.replace(secret, mark);
    return out;
}

QString HistoryRedactor::redactHeaderValue(const QString &name, const QString &value) const
{
    const auto is = [&name](QLatin1String n) {
        return name.compare(n, Qt::CaseInsensitive) == 0;
    };
    if ((is(QLatin1String("authorization")) && m_redactAuthorization)
        || is(QLatin1String("proxy-authorization"))) {
        if (isVariableReferenceOnly(value))
            return value;
        // Keep the scheme ("Bearer", "Basic"): it tells what was used without the credential.
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        return space > 0 ? value.left(space + 1) + marker() : marker();
    }
    if (is(QLatin1String("cookie")) || is(QLatin1String("set-cookie"))) {
        // Cookie: "a=1; b=2". Set-Cookie: "a=1; Path=/; HttpOnly", several joined by newlines
        // (Qt merges repeated Set-Cookie headers). Names and attributes stay, values go.
        const bool setCookie = is(QLatin1String("set-cookie"));
        QStringList lines = value.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            QStringList parts = line.split(QLatin1Char(';'));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (setCookie && i > 0)
                    break; // attributes (Path, Expires, ...) are not secret
                const qsizetype eq = parts[i].indexOf(QLatin1Char('='));
                if (eq >= 0)
                    parts[i] = parts[i].left(eq + 1) + marker();
                else if (!parts[i].trimmed().isEmpty())
                    parts[i] = marker();
            }
            line = parts.join(QLatin1Char(';'));
        }
        return redactText(lines.join(QLatin1Char('\n')));
    }
    return redactText(value);
}

KeyValueList HistoryRedactor::redactHeaders(const KeyValueList &headers) const
{
    KeyValueList out = headers;
    for (KeyValue &kv : out) {
        kv.name = redactText(kv.name);
        kv.value = redactHeaderValue(kv.name, kv.value);
        kv.description = redactText(kv.description);
    }
    return out;
}

Request HistoryRedactor::redactRequest(const Request &request) const
{
    Request r = request;
    const auto literal = [this](QString &value) {
        if (!value.isEmpty() && !isVariableReferenceOnly(value))
            value = marker();
    };
    const auto redactList = [this](KeyValueList &list) {
        for (KeyValue &kv : list) {
            kv.name = redactText(kv.name);
            kv.value = redactText(kv.value);
        }
    };
    r.url = redactText(r.url);
    redactList(r.queryParams);
    redactList(r.pathVariables);
    r.headers = redactHeaders(r.headers);
    r.body.raw = redactText(r.body.raw);
    redactList(r.body.form);
    for (MultipartPart &part : r.body.multipart)
        part.value = redactText(part.value);
    if (m_redactAuthorization) {
        literal(r.auth.password);
        literal(r.auth.token);
        literal(r.auth.apiKeyValue);
    } else {
        r.auth.password = redactText(r.auth.password);
        r.auth.token = redactText(r.auth.token);
        r.auth.apiKeyValue = redactText(r.auth.apiKeyValue);
    }
    r.auth.username = redactText(r.auth.username);
    if (r.auth.kind == AuthKind::OAuth2)
        r.auth.token.clear(); // the access token of one send: never kept, not even as a marker
    // OAuth 2.0 client credentials, whatever the Authorization choice (like the proxy password).
    literal(r.auth.oauth2.clientSecret);
    literal(r.auth.oauth2.refreshToken);
    literal(r.auth.jwt.key); // a JWT signing secret or private key
    literal(r.auth.aws.secretKey);
    literal(r.auth.aws.sessionToken);
    literal(r.auth.oauth1.consumerSecret);
    literal(r.auth.oauth1.tokenSecret);
    literal(r.auth.oauth1.privateKey);
    literal(r.auth.hawk.key);
    for (KeyValue &kv : r.auth.oauth2.extraParams)
        kv.value = redactText(kv.value);
    literal(r.settings.proxy.password);
    literal(r.settings.tls.clientKeyPassphrase);
    r.description = redactText(r.description);
    return r;
}

} // namespace wirescope
