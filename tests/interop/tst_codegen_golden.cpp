// Golden outputs of the code generators, kept apart from the test class: moc cannot read
// the raw string literals below (they hold "#include" lines).
#include "tst_codegen_golden.h"

using namespace wirescope;

KeyValue kv(const QString &name, const QString &value, bool enabled)
{
    return KeyValue{name, value, enabled, {}};
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// GET with a query, an escaped header and a disabled one; redirects followed (default).
Request getWithHeader()
{
    Request r;
    r.url = QStringLiteral("http://example.com/anything?q=1");
    r.headers = {kv(QStringLiteral("X-Test"), QStringLiteral("a'b")),
                 kv(QStringLiteral("X-Off"), QStringLiteral("no"), false)};
    return r;
}

/// POST of a JSON body with non-ASCII text and a quote, bearer auth, redirects off.
Request postJson()
{
    Request r;
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://api.example.com/items");
    r.body.kind = BodyKind::Raw;
    r.body.language = RawLanguage::Json;
    r.body.raw = u8("{\"name\":\"Zoë\",\"note\":\"it's\"}");
    r.auth.kind = AuthKind::Bearer;
    r.auth.token = QStringLiteral("tok");
    r.settings.followRedirects = false;
    return r;
}

/// PUT of a urlencoded form (a name with a space, a value with '&', non-ASCII, a disabled
/// row) with Basic auth whose password holds a quote.
Request putForm()
{
    Request r;
    r.method = QStringLiteral("PUT");
    r.url = QStringLiteral("http://h.test/form");
    r.body.kind = BodyKind::FormUrlEncoded;
    r.body.form = {kv(QStringLiteral("a b"), QStringLiteral("x&y")),
                   kv(QStringLiteral("c"), u8("ü")),
                   kv(QStringLiteral("off"), QStringLiteral("1"), false)};
    r.auth.kind = AuthKind::Basic;
    r.auth.username = QStringLiteral("user");
    r.auth.password = QStringLiteral("p'w");
    return r;
}

/// Multipart with a text part, a file part and a disabled part; an API key in the query;
/// a boundary-less Content-Type the generators must leave out.
Request postMultipart()
{
    Request r;
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("http://h.test/upload?x=1");
    r.headers = {kv(QStringLiteral("Content-Type"), QStringLiteral("multipart/form-data"))};
    r.body.kind = BodyKind::Multipart;
    MultipartPart text;
    text.name = QStringLiteral("t");
    text.value = QStringLiteral("hi");
    MultipartPart file;
    file.name = QStringLiteral("f");
    file.isFile = true;
    file.filePath = QStringLiteral("/tmp/data.txt");
    MultipartPart off;
    off.name = QStringLiteral("off");
    off.value = QStringLiteral("x");
    off.enabled = false;
    r.body.multipart = {text, file, off};
    r.auth.kind = AuthKind::ApiKey;
    r.auth.apiKeyName = QStringLiteral("api key");
    r.auth.apiKeyValue = QStringLiteral("k&1");
    r.auth.apiKeyLocation = ApiKeyLocation::Query;
    return r;
}

/// A binary file body with Digest auth, a timeout, -k and HTTP/1.1 only.
Request postBinary()
{
    Request r;
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("http://h.test/bin");
    r.body.kind = BodyKind::Binary;
    r.body.binaryFilePath = QStringLiteral("/tmp/a b.bin");
    r.auth.kind = AuthKind::Digest;
    r.auth.username = QStringLiteral("u");
    r.auth.password = QStringLiteral("p");
    r.settings.timeoutMs = 5000;
    r.settings.tls.insecure = true;
    r.settings.httpVersion = HttpVersionPolicy::Http1Only;
    return r;
}

/// A request still holding {{variables}} and a :path variable.
Request templated()
{
    Request r;
    r.url = QStringLiteral("{{base}}/users/:id");
    r.pathVariables = {kv(QStringLiteral("id"), QStringLiteral("42"))};
    r.headers = {kv(QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"))};
    return r;
}

CodegenOptions keepVariables()
{
    CodegenOptions o;
    o.resolveVariables = false;
    return o;
}

CodegenOptions withVariables()
{
    CodegenOptions o;
    o.variables.set(VariableScope::Environment, QStringLiteral("base"),
                    QStringLiteral("http://example.com"));
    o.variables.set(VariableScope::Environment, QStringLiteral("token"), QStringLiteral("abc"));
    return o;
}

CodegenOptions singleLine()
{
    CodegenOptions o;
    o.multiline = false;
    return o;
}

static const char *const kNodeTail = R"(, options, (res) => {
  const chunks = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => {
    console.log(res.statusCode);
    console.log(Buffer.concat(chunks).toString());
  });
});
req.on('error', (error) => {
  console.error(error.message);
  process.exitCode = 1;
});
)";

namespace {

/// Collects one golden row through operator<< like QTest::newRow does.
struct RowBuilder
{
    QList<CodegenGolden> *out;
    int field = 0;
    RowBuilder &operator<<(const Request &r)
    {
        out->last().request = r;
        return *this;
    }
    RowBuilder &operator<<(CodeLanguage l)
    {
        out->last().language = l;
        return *this;
    }
    RowBuilder &operator<<(const CodegenOptions &o)
    {
        out->last().options = o;
        return *this;
    }
    RowBuilder &operator<<(const QString &s)
    {
        out->last().expected = s;
        return *this;
    }
};

RowBuilder add(QList<CodegenGolden> &out, const char *name)
{
    out.append(CodegenGolden{name, {}, CodeLanguage::Curl, {}, {}});
    return RowBuilder{&out};
}

} // namespace

QList<CodegenGolden> codegenGoldens()
{
    QList<CodegenGolden> out;

    const CodegenOptions defaults;
    // ---- curl
    add(out, "curl get") << getWithHeader() << CodeLanguage::Curl << defaults
                         << u8("curl 'http://example.com/anything?q=1' \\\n"
                               "  -H 'X-Test: a'\\''b' \\\n"
                               "  -L --max-redirs 10");
    add(out, "curl get one line")
        << getWithHeader() << CodeLanguage::Curl << singleLine()
        << u8("curl 'http://example.com/anything?q=1' -H 'X-Test: a'\\''b' "
              "-L --max-redirs 10");
    add(out, "curl json") << postJson() << CodeLanguage::Curl << defaults
                          << u8("curl https://api.example.com/items \\\n"
                                "  -H 'Authorization: Bearer tok' \\\n"
                                "  -H 'Content-Type: application/json' \\\n"
                                "  --data-raw '{\"name\":\"Zoë\",\"note\":\"it'\\''s\"}'");
    add(out, "curl form") << putForm() << CodeLanguage::Curl << defaults
                          << u8("curl -X PUT http://h.test/form \\\n"
                                "  -u 'user:p'\\''w' \\\n"
                                "  --data-urlencode 'a%20b=x&y' \\\n"
                                "  --data-urlencode 'c=ü' \\\n"
                                "  -L --max-redirs 10");
    add(out, "curl multipart") << postMultipart() << CodeLanguage::Curl << defaults
                               << u8("curl 'http://h.test/upload?x=1&api%20key=k%261' \\\n"
                                     "  --form-string t=hi \\\n"
                                     "  -F f=@/tmp/data.txt \\\n"
                                     "  -L --max-redirs 10");
    add(out, "curl binary") << postBinary() << CodeLanguage::Curl << defaults
                            << u8("curl http://h.test/bin \\\n"
                                  "  -H 'Content-Type: application/octet-stream' \\\n"
                                  "  --digest -u u:p \\\n"
                                  "  --data-binary '@/tmp/a b.bin' \\\n"
                                  "  -L --max-redirs 10 --http1.1 --max-time 5 -k");
    add(out, "curl variables kept") << templated() << CodeLanguage::Curl << keepVariables()
                                    << u8("curl '{{base}}/users/42' \\\n"
                                          "  -H 'Authorization: Bearer {{token}}' \\\n"
                                          "  -L --max-redirs 10");
    add(out, "curl variables resolved") << templated() << CodeLanguage::Curl << withVariables()
                                        << u8("curl http://example.com/users/42 \\\n"
                                              "  -H 'Authorization: Bearer abc' \\\n"
                                              "  -L --max-redirs 10");
    Request head;
    head.method = QStringLiteral("HEAD");
    head.url = QStringLiteral("http://h.test/x");
    head.settings.followRedirects = false;
    add(out, "curl head") << head << CodeLanguage::Curl << defaults
                          << u8("curl --head http://h.test/x");
    Request getBody = head;
    getBody.method = QStringLiteral("GET");
    getBody.body.kind = BodyKind::Raw;
    getBody.body.raw = QStringLiteral("a\nb");
    add(out, "curl get with body") << getBody << CodeLanguage::Curl << defaults
                                   << u8("curl -X GET http://h.test/x \\\n"
                                         "  -H 'Content-Type: text/plain' \\\n"
                                         "  --data-raw 'a\nb'");

    Request transport;
    transport.url = QStringLiteral("https://h.test/x");
    transport.settings.followRedirects = false;
    transport.settings.httpVersion = HttpVersionPolicy::Http2PriorKnowledge;
    transport.settings.inactivityTimeoutMs = 3000;
    transport.settings.tls.caCertificateFiles = {QStringLiteral("/etc/ca.pem")};
    transport.settings.tls.clientCertificateFile = QStringLiteral("/c/client.p12");
    transport.settings.tls.clientKeyPassphrase = QStringLiteral("pw");
    transport.settings.proxy.mode = ProxyMode::Http;
    transport.settings.proxy.host = QStringLiteral("proxy.test");
    transport.settings.proxy.port = 3128;
    transport.settings.proxy.username = QStringLiteral("u");
    transport.settings.proxy.password = QStringLiteral("p w");
    CodegenOptions compressed;
    compressed.compressed = true;
    add(out, "curl transport options")
        << transport << CodeLanguage::Curl << compressed
        << u8("curl https://h.test/x \\\n"
              "  --http2-prior-knowledge --speed-limit 1 --speed-time 3 --cacert /etc/ca.pem "
              "--cert /c/client.p12 --cert-type P12 --pass pw "
              "-x http://u:p%20w@proxy.test:3128 --compressed");

    // ---- HTTPie
    add(out, "httpie get")
        << getWithHeader() << CodeLanguage::HttPie << defaults
        << u8("http --follow --max-redirects=10 GET 'http://example.com/anything?q=1' \\\n"
              "  'X-Test:a'\\''b'");
    add(out, "httpie json") << postJson() << CodeLanguage::HttPie << defaults
                            << u8("http POST https://api.example.com/items \\\n"
                                  "  'Authorization:Bearer tok' \\\n"
                                  "  Content-Type:application/json \\\n"
                                  "  --raw '{\"name\":\"Zoë\",\"note\":\"it'\\''s\"}'");
    add(out, "httpie form")
        << putForm() << CodeLanguage::HttPie << defaults
        << u8("http --follow --max-redirects=10 --auth='user:p'\\''w' PUT http://h.test/form \\\n"
              "  Content-Type:application/x-www-form-urlencoded \\\n"
              "  --raw 'a%20b=x%26y&c=%C3%BC'");
    add(out, "httpie multipart") << postMultipart() << CodeLanguage::HttPie << defaults
                                 << u8("http --multipart --follow --max-redirects=10 POST "
                                       "'http://h.test/upload?x=1&api%20key=k%261' \\\n"
                                       "  t=hi \\\n"
                                       "  f@/tmp/data.txt");

    // ---- Python requests
    add(out, "python get")
        << getWithHeader() << CodeLanguage::PythonRequests << defaults
        << u8(R"(# note: requests follows up to 30 redirects (Session.max_redirects changes it); the request allows 10
import requests

url = 'http://example.com/anything?q=1'
headers = {
    'X-Test': 'a\'b',
}

response = requests.request('GET', url, headers=headers)
print(response.status_code)
print(response.text)
)");
    add(out, "python json") << postJson() << CodeLanguage::PythonRequests << defaults
                            << u8(R"(import requests

url = 'https://api.example.com/items'
headers = {
    'Authorization': 'Bearer tok',
    'Content-Type': 'application/json',
}
data = '{"name":"Zoë","note":"it\'s"}'.encode('utf-8')

response = requests.request('POST', url, headers=headers, data=data, allow_redirects=False)
print(response.status_code)
print(response.text)
)");
    add(out, "python form")
        << putForm() << CodeLanguage::PythonRequests << defaults
        << u8(R"(# note: requests follows up to 30 redirects (Session.max_redirects changes it); the request allows 10
import requests

url = 'http://h.test/form'
data = [
    ('a b', 'x&y'),
    ('c', 'ü'),
]

response = requests.request('PUT', url, data=data, auth=('user', 'p\'w'))
print(response.status_code)
print(response.text)
)");
    add(out, "python multipart")
        << postMultipart() << CodeLanguage::PythonRequests << defaults
        << u8(R"(# note: the Content-Type header "multipart/form-data" was left out: the multipart encoder sets it with its boundary
# note: requests follows up to 30 redirects (Session.max_redirects changes it); the request allows 10
import requests

url = 'http://h.test/upload?x=1&api%20key=k%261'
files = [
    ('t', (None, 'hi')),
    ('f', ('data.txt', open('/tmp/data.txt', 'rb'), 'text/plain')),
]

response = requests.request('POST', url, files=files)
print(response.status_code)
print(response.text)
)");
    add(out, "python binary digest")
        << postBinary() << CodeLanguage::PythonRequests << defaults
        << u8(R"(# note: requests follows up to 30 redirects (Session.max_redirects changes it); the request allows 10
# note: requests' timeout limits the connect and each read, not the whole exchange
import requests
from requests.auth import HTTPDigestAuth

url = 'http://h.test/bin'
headers = {
    'Content-Type': 'application/octet-stream',
}
data = open('/tmp/a b.bin', 'rb')

response = requests.request('POST', url, headers=headers, data=data, auth=HTTPDigestAuth('u', 'p'), timeout=5, verify=False)
print(response.status_code)
print(response.text)
)");

    // ---- fetch
    add(out, "fetch json")
        << postJson() << CodeLanguage::JavaScriptFetch << defaults
        << u8(R"(// An ES module (top-level await): a browser <script type="module">, or Node.js 18+ as a .mjs file.

const response = await fetch('https://api.example.com/items', {
  method: 'POST',
  headers: {
    'Authorization': 'Bearer tok',
    'Content-Type': 'application/json',
  },
  body: '{"name":"Zoë","note":"it\'s"}',
  redirect: 'manual',
});
console.log(response.status);
console.log(await response.text());
)");
    add(out, "fetch multipart")
        << postMultipart() << CodeLanguage::JavaScriptFetch << defaults
        << u8(R"(// An ES module (top-level await): a browser <script type="module">, or Node.js 18+ as a .mjs file.
// note: the Content-Type header "multipart/form-data" was left out: the multipart encoder sets it with its boundary
// note: fetch follows up to 20 redirects; the request allows 10
// note: reading files from disk needs Node.js (node:fs)
import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('t', 'hi');
form.append('f', new Blob([await readFile('/tmp/data.txt')], { type: 'text/plain' }), 'data.txt');

const response = await fetch('http://h.test/upload?x=1&api%20key=k%261', {
  method: 'POST',
  body: form,
});
console.log(response.status);
console.log(await response.text());
)");
    add(out, "fetch basic")
        << putForm() << CodeLanguage::JavaScriptFetch << defaults
        << u8(R"(// An ES module (top-level await): a browser <script type="module">, or Node.js 18+ as a .mjs file.
// note: fetch follows up to 20 redirects; the request allows 10

const response = await fetch('http://h.test/form', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Authorization': 'Basic dXNlcjpwJ3c=',
  },
  body: new URLSearchParams([
    ['a b', 'x&y'],
    ['c', 'ü'],
  ]),
});
console.log(response.status);
console.log(await response.text());
)");

    Request templatedBasic;
    templatedBasic.url = QStringLiteral("{{base}}/x");
    templatedBasic.auth.kind = AuthKind::Basic;
    templatedBasic.auth.username = QStringLiteral("{{user}}");
    templatedBasic.auth.password = QStringLiteral("{{pass}}");
    templatedBasic.settings.followRedirects = false;
    add(out, "fetch basic with variables kept")
        << templatedBasic << CodeLanguage::JavaScriptFetch << keepVariables()
        << u8(R"(// An ES module (top-level await): a browser <script type="module">, or Node.js 18+ as a .mjs file.

const response = await fetch('{{base}}/x', {
  method: 'GET',
  headers: {
    'Authorization': 'Basic ' + btoa('{{user}}:{{pass}}'),
  },
  redirect: 'manual',
});
console.log(response.status);
console.log(await response.text());
)");

    // ---- axios
    add(out, "axios form") << putForm() << CodeLanguage::JavaScriptAxios << defaults
                           << u8(R"(const axios = require('axios');

async function main() {
  const response = await axios({
    method: 'put',
    url: 'http://h.test/form',
    data: new URLSearchParams([
      ['a b', 'x&y'],
      ['c', 'ü'],
    ]),
    auth: { username: 'user', password: 'p\'w' },
    maxRedirects: 10,
    responseType: 'text',
    validateStatus: () => true,
  });
  console.log(response.status);
  console.log(response.data);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
)");

    // ---- Node.js http/https
    add(out, "node get")
        << getWithHeader() << CodeLanguage::NodeHttps << defaults
        << u8(R"(// note: Node's http.request does not follow redirects; a 3xx response is printed as it is
const http = require('node:http');

const options = {
  method: 'GET',
  headers: {
    'X-Test': 'a\'b',
  },
};

const req = http.request('http://example.com/anything?q=1')")
               + u8(kNodeTail) + QStringLiteral("req.end();\n");
    add(out, "node json") << postJson() << CodeLanguage::NodeHttps << defaults
                          << u8(R"(const https = require('node:https');

const body = Buffer.from('{"name":"Zoë","note":"it\'s"}', 'utf8');
const options = {
  method: 'POST',
  headers: {
    'Authorization': 'Bearer tok',
    'Content-Type': 'application/json',
    'Content-Length': body.length,
  },
};

const req = https.request('https://api.example.com/items')")
                                 + u8(kNodeTail) + QStringLiteral("req.end(body);\n");

    // ---- C++ / Qt
    add(out, "qt json")
        << postJson() << CodeLanguage::CppQt << defaults
        << u8(R"(// Build: find_package(Qt6 REQUIRED COMPONENTS Network) and link Qt6::Network.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager manager;

    QNetworkRequest request(QUrl::fromEncoded("https://api.example.com/items"));
    request.setRawHeader("Authorization", "Bearer tok");
    request.setRawHeader("Content-Type", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body = "{\"name\":\"Zo\303\253\",\"note\":\"it's\"}";
    QNetworkReply *reply = manager.sendCustomRequest(request, "POST", body);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply]() {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
            QCoreApplication::exit(1);
        } else {
            std::printf("%d\n%s\n", status.toInt(), reply->readAll().constData());
            QCoreApplication::exit(0);
        }
        reply->deleteLater();
    });
    return app.exec();
}
)");
    return out;
}
