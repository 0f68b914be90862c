#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace wirescope::test {

/// Where the loopback peers started by the `servers` CTest fixture
/// (tests/support/servers/testservers.py) listen, and the certificates they use.
struct TestServers
{
    QUrl httpbin;         ///< python3-httpbin, HTTP/1.1 with keep-alive
    QUrl nginxHttp;       ///< nginx, plain HTTP/1.1
    QUrl nginxTls;        ///< nginx, HTTPS (h2 and http/1.1 by ALPN), CA-signed cert for localhost
    QUrl nginxH2c;        ///< nginx, cleartext HTTP/2 with prior knowledge only
    QUrl nginxWrongHost;  ///< HTTPS, CA-signed cert for wrong.example only
    QUrl nginxExpired;    ///< HTTPS, CA-signed cert for localhost that expired in 2020
    QUrl nginxSelfSigned; ///< HTTPS, self-signed cert for localhost (see selfSignedCertFile)
    QUrl nginxClientCert; ///< HTTPS, requires a client certificate signed by the test CA
    QString caFile;       ///< PEM of the test CA
    QString clientCertFile, clientKeyFile;    ///< PEM client certificate and its unencrypted key
    QString clientP12File, clientP12Password; ///< the same client identity as PKCS#12
    QString selfSignedCertFile;
    QUrl wsEcho;            ///< node `ws` echo peer (tests/support/node/ws-echo-server.js)
    QUrl wssSelfSignedEcho; ///< the same echo peer over wss:// with the self-signed certificate
    QUrl wssClientCertEcho; ///< the echo peer over wss:// (test CA) requiring a client certificate
    QUrl wsChat;            ///< node `websocket` broadcast chat (websocket-chat-server.js)
    QUrl sse;               ///< node `better-sse` event streams (tests/support/node/sse-server.js)
    QUrl graphql; ///< graphql-yoga (tests/support/node/graphql-server.js): the /graphql endpoint
    QUrl oauth2;  ///< oauth2-mock-server (tests/support/node/oauth2-server.js): the issuer URL
    QUrl jwt;     ///< jsonwebtoken's verify (tests/support/node/jwt-server.js): /hmac, /rsa, /query
    QUrl aws;     ///< aws4 recomputes AWS Signature v4 (tests/support/node/aws-server.js): any path
    QUrl oauth1;  ///< oauth-1.0a checks OAuth 1.0a (tests/support/node/oauth1-server.js): any path
    QUrl hawk;    ///< @hapi/hawk authenticates Hawk (tests/support/node/hawk-server.js): any path
    QUrl socketio;   ///< npm `socket.io` (tests/support/node/socketio-server.js): http://host:port
    QString docroot; ///< nginx's static files: small.txt, big.bin, json/10k.json
    QString httpProxyHost; ///< tinyproxy
    quint16 httpProxyPort = 0;
    QString socksHost; ///< microsocks; socksAuthPort needs socksUser/socksPassword
    quint16 socksPort = 0, socksAuthPort = 0;
    QString socksUser, socksPassword;
};

/// Reads the KEY=VALUE file named by the environment variable WIRESCOPE_TEST_SERVERS
/// (set by wirescope_add_test(... NET)). Returns nullopt and sets *error (when non-null)
/// if the variable is unset, the file is missing, or a key is absent or malformed: a test
/// that needs the servers must then fail, not skip.
std::optional<TestServers> loadTestServers(QString *error);

/// The source tree's tests/data directory (fixture files checked into the repository).
QString sourceDataDir();

} // namespace wirescope::test
