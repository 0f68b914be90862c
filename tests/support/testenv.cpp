#include "tests/support/testenv.h"

#include <QFile>
#include <QHash>
#include <QStringList>

namespace wirescope::test {

namespace {

// Collects every problem at once so one failure message names all bad keys.
class EnvReader final
{
public:
    explicit EnvReader(QHash<QString, QString> values)
        : m_values(std::move(values))
    {}

    QString string(const char *key)
    {
        const QString k = QLatin1String(key);
        const QString v = m_values.value(k);
        if (v.isEmpty())
            m_problems << QStringLiteral("%1 is missing or empty").arg(k);
        return v;
    }

    QUrl url(const char *key)
    {
        const QString s = string(key);
        const QUrl u(s, QUrl::StrictMode);
        if (!s.isEmpty() && (!u.isValid() || u.host().isEmpty() || u.port() <= 0))
            m_problems << QStringLiteral("%1 is not a URL with host and port: %2")
                              .arg(QLatin1String(key), s);
        return u;
    }

    quint16 port(const char *key)
    {
        const QString s = string(key);
        bool ok = false;
        const uint p = s.toUInt(&ok);
        if (!s.isEmpty() && (!ok || p == 0 || p > 65535))
            m_problems << QStringLiteral("%1 is not a port: %2").arg(QLatin1String(key), s);
        return ok && p <= 65535 ? quint16(p) : quint16(0);
    }

    const QStringList &problems() const { return m_problems; }

private:
    QHash<QString, QString> m_values;
    QStringList m_problems;
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<TestServers> loadTestServers(QString *error)
{
    const QString path = qEnvironmentVariable("WIRESCOPE_TEST_SERVERS");
    if (path.isEmpty()) {
        setError(error,
                 QStringLiteral("WIRESCOPE_TEST_SERVERS is not set: run this test through ctest "
                                "(it needs the 'servers' fixture) or point it at a servers.env "
                                "written by tests/support/servers/testservers.py start DIR"));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        setError(error, QStringLiteral("cannot read %1 (%2): did the servers_start fixture fail? "
                                       "See its output and the logs/ folder beside that file")
                            .arg(path, file.errorString()));
        return std::nullopt;
    }

    QHash<QString, QString> values;
    int lineNumber = 0;
    QStringList syntaxProblems;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            syntaxProblems << QStringLiteral("line %1 is not KEY=VALUE").arg(lineNumber);
            continue;
        }
        values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }

    EnvReader r(std::move(values));
    TestServers s;
    s.httpbin = r.url("HTTPBIN_URL");
    s.nginxHttp = r.url("NGINX_HTTP_URL");
    s.nginxTls = r.url("NGINX_TLS_URL");
    s.nginxH2c = r.url("NGINX_H2C_URL");
    s.nginxWrongHost = r.url("NGINX_WRONGHOST_URL");
    s.nginxExpired = r.url("NGINX_EXPIRED_URL");
    s.nginxSelfSigned = r.url("NGINX_SELFSIGNED_URL");
    s.nginxClientCert = r.url("NGINX_CLIENTCERT_URL");
    s.caFile = r.string("CA_FILE");
    s.clientCertFile = r.string("CLIENT_CERT_FILE");
    s.clientKeyFile = r.string("CLIENT_KEY_FILE");
    s.clientP12File = r.string("CLIENT_P12_FILE");
    s.clientP12Password = r.string("CLIENT_P12_PASSWORD");
    s.selfSignedCertFile = r.string("SELFSIGNED_CERT_FILE");
    s.wsEcho = r.url("WS_ECHO_URL");
    s.sse = r.url("SSE_URL");
    s.wssSelfSignedEcho = r.url("WSS_SELFSIGNED_ECHO_URL");
    s.wssClientCertEcho = r.url("WSS_CLIENTCERT_ECHO_URL");
    s.wsChat = r.url("WS_CHAT_URL");
    s.graphql = r.url("GRAPHQL_URL");
    s.oauth2 = r.url("OAUTH2_URL");
    s.jwt = r.url("JWT_URL");
    s.aws = r.url("AWS_URL");
    s.oauth1 = r.url("OAUTH1_URL");
    s.hawk = r.url("HAWK_URL");
    s.socketio = r.url("SOCKETIO_URL");
    s.docroot = r.string("DOCROOT");
    s.httpProxyHost = r.string("HTTP_PROXY_HOST");
    s.httpProxyPort = r.port("HTTP_PROXY_PORT");
    s.socksHost = r.string("SOCKS_PROXY_HOST");
    s.socksPort = r.port("SOCKS_PROXY_PORT");
    s.socksAuthPort = r.port("SOCKS_AUTH_PORT");
    s.socksUser = r.string("SOCKS_AUTH_USER");
    s.socksPassword = r.string("SOCKS_AUTH_PASSWORD");

    const QStringList problems = syntaxProblems + r.problems();
    if (!problems.isEmpty()) {
        setError(
            error,
            QStringLiteral("%1 is malformed: %2").arg(path, problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return s;
}

QString sourceDataDir()
{
    return QString::fromUtf8(WIRESCOPE_TEST_DATA_DIR);
}

} // namespace wirescope::test
