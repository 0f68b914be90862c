#include "core/http/transcript.h"
#include "core/model/exchange.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wirescope;

namespace {

/// "Name: value" strings to header rows (split at the first ": " after position 0, so that
/// HTTP/2 pseudo-headers such as ":authority: h" work).
KeyValueList headers(const QStringList &lines)
{
    KeyValueList out;
    for (const QString &line : lines) {
        const qsizetype sep = line.indexOf(QLatin1String(": "), 1);
        out.append(KeyValue{line.left(sep), line.mid(sep + 2), true, {}});
    }
    return out;
}

} // namespace

class tst_Transcript : public QObject
{
    Q_OBJECT

private slots:
    void request_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("headerLines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("get with query")
            << "GET"
            << "http://127.0.0.1:8080/path?q=1&r"
            << QStringList{u"User-Agent: Wirescope/0.1.0"_s, u"Host: 127.0.0.1:8080"_s}
            << "GET /path?q=1&r HTTP/1.1\nUser-Agent: Wirescope/0.1.0\nHost: 127.0.0.1:8080\n";
        QTest::newRow("empty path is /")
            << "GET"
            << "http://example.com" << QStringList() << "GET / HTTP/1.1\n";
        QTest::newRow("empty path with query")
            << "GET"
            << "http://example.com?a=b" << QStringList() << "GET /?a=b HTTP/1.1\n";
        QTest::newRow("fragment is not sent")
            << "GET"
            << "http://h/a#frag" << QStringList() << "GET /a HTTP/1.1\n";
        QTest::newRow("encoding kept")
            << "GET"
            << "http://h/a%20b?x=%2F%26" << QStringList() << "GET /a%20b?x=%2F%26 HTTP/1.1\n";
        QTest::newRow("post with body headers")
            << "POST"
            << "https://h/api"
            << QStringList{u"Content-Type: application/json"_s, u"Content-Length: 2"_s}
            << "POST /api HTTP/1.1\nContent-Type: application/json\nContent-Length: 2\n";
        QTest::newRow("custom method")
            << "PURGE"
            << "http://h/cache" << QStringList() << "PURGE /cache HTTP/1.1\n";
        QTest::newRow("http/2 by :authority")
            << "GET"
            << "https://localhost:8443/small.txt"
            << QStringList{u"Accept: */*"_s, u":authority: localhost:8443"_s}
            << "GET /small.txt HTTP/2\nAccept: */*\n:authority: localhost:8443\n";
        QTest::newRow("empty header value")
            << "GET"
            << "http://h/" << QStringList{u"X-Empty: "_s} << "GET / HTTP/1.1\nX-Empty: \n";
    }
    void request()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QStringList, headerLines);
        QFETCH(QString, expected);
        SentRequest sent;
        sent.method = method;
        sent.url = url;
        sent.headers = headers(headerLines);
        QCOMPARE(requestHeadText(sent), expected);
    }

    void response_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("headerLines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http/1.1 ok")
            << "1.1" << 200 << "OK"
            << QStringList{u"Content-Type: text/plain"_s, u"Content-Length: 5"_s}
            << "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 5\n";
        QTest::newRow("http/1.1 multi-word reason")
            << "1.1" << 404 << "NOT FOUND" << QStringList() << "HTTP/1.1 404 NOT FOUND\n";
        QTest::newRow("http/1.1 no reason")
            << "1.1" << 299 << "" << QStringList() << "HTTP/1.1 299\n";
        QTest::newRow("http/2 has no reason phrase")
            << "2" << 200 << "" << QStringList{u"server: nginx"_s} << "HTTP/2 200\nserver: nginx\n";
        QTest::newRow("http/2 ignores a reason")
            << "2" << 204 << "No Content" << QStringList() << "HTTP/2 204\n";
        QTest::newRow("unknown version reads as 1.1")
            << "" << 302 << "Found" << QStringList{u"Location: /x"_s}
            << "HTTP/1.1 302 Found\nLocation: /x\n";
        QTest::newRow("merged Set-Cookie split back")
            << "1.1" << 200 << "OK" << QStringList{u"Set-Cookie: a=1; Path=/\nb=2"_s}
            << "HTTP/1.1 200 OK\nSet-Cookie: a=1; Path=/\nSet-Cookie: b=2\n";
        QTest::newRow("comma-merged stays one line")
            << "1.1" << 200 << "OK" << QStringList{u"Vary: Accept, Origin"_s}
            << "HTTP/1.1 200 OK\nVary: Accept, Origin\n";
    }
    void response()
    {
        QFETCH(QString, version);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QStringList, headerLines);
        QFETCH(QString, expected);
        Response r;
        r.httpVersion = version;
        r.status = status;
        r.reason = reason;
        r.headers = headers(headerLines);
        QCOMPARE(responseHeadText(r), expected);
    }
};

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_transcript.moc"
