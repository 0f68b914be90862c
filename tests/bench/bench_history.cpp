// History benchmark: fills a temporary SQLite history with N realistic entries, then measures
// searches (URL substring, method + status filters) and the insert of one exchange, each next
// to a reference measured in the same run on the same file (a bare QSqlQuery).
//
// Usage: bench_history [entries=100000] [repetitions=200] [keep-file-path]

#include "core/history/historydatabase.h"
#include "core/history/historyredactor.h"
#include "core/history/historystore.h"
#include "core/model/exchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace wirescope;

namespace {

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats measure(int repetitions, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

void print(const char *what, const Stats &s, const char *extra = "")
{
    std::printf("%-58s median %8.3f ms   max %8.3f ms%s\n", what, s.median, s.max, extra);
}

const char *const s_hosts[] = {"api.example.com",
                               "auth.example.com",
                               "shop.test",
                               "127.0.0.1:8080",
                               "staging.internal.example.org",
                               "payments.example.net"};
const char *const s_paths[] = {"/v1/users", "/v1/orders",   "/v2/products", "/oauth/token",
                               "/health",   "/v1/invoices", "/graphql",     "/v2/carts"};
const char *const s_methods[] = {"GET",  "GET",  "GET", "GET",    "GET",  "GET",
                                 "POST", "POST", "PUT", "DELETE", "PATCH"};
const int s_statuses[] = {200, 200, 200, 200, 200, 200, 200, 201, 204, 301, 304,
                          400, 401, 403, 404, 404, 409, 422, 500, 502, 503};

Exchange realisticExchange(QRandomGenerator &rng, const QDateTime &at)
{
    Exchange x;
    const QString method = QString::fromLatin1(s_methods[rng.bounded(int(std::size(s_methods)))]);
    const QString url = QStringLiteral("https://%1%2/%3?page=%4&trace=%5")
                            .arg(QLatin1String(s_hosts[rng.bounded(int(std::size(s_hosts)))]),
                                 QLatin1String(s_paths[rng.bounded(int(std::size(s_paths)))]))
                            .arg(rng.bounded(100000))
                            .arg(rng.bounded(50))
                            .arg(rng.generate64(), 0, 16);
    x.request.method = method;
    x.request.url = url;
    x.request.headers = {
        KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}}};
    x.request.auth.kind = AuthKind::Bearer;
    x.request.auth.token = QStringLiteral("{{token}}");
    x.sent.method = method;
    x.sent.url = url;
    x.sent.headers = {
        KeyValue{QStringLiteral("Accept"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("Authorization"),
                 QStringLiteral("Bearer eyJhbGciOiJIUzI1NiJ9.secret"),
                 true,
                 {}},
        KeyValue{QStringLiteral("User-Agent"), QStringLiteral("Wirescope/0.1"), true, {}},
        KeyValue{QStringLiteral("Accept-Encoding"), QStringLiteral("gzip, deflate, br"), true, {}},
        KeyValue{QStringLiteral("Host"), QUrl(url).host(), true, {}},
    };
    x.startedAt = at;
    Response r;
    r.status = s_statuses[rng.bounded(int(std::size(s_statuses)))];
    r.reason = QStringLiteral("OK");
    r.httpVersion = rng.bounded(2) ? QStringLiteral("2") : QStringLiteral("1.1");
    r.headers = {
        KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("Date"), at.toString(Qt::RFC2822Date), true, {}},
        KeyValue{QStringLiteral("Set-Cookie"),
                 QStringLiteral("sid=abcdef0123456789; Path=/; HttpOnly"),
                 true,
                 {}},
        KeyValue{QStringLiteral("Cache-Control"), QStringLiteral("no-store"), true, {}},
        KeyValue{QStringLiteral("X-Request-Id"), QString::number(rng.generate64(), 16), true, {}},
    };
    r.contentType = QStringLiteral("application/json");
    QByteArray body = "{\"items\":[";
    const int items = rng.bounded(1, 20);
    for (int i = 0; i < items; ++i)
        body += "{\"id\":" + QByteArray::number(rng.bounded(100000))
                + ",\"name\":\"item name here\",\"price\":12.5,\"tags\":[\"a\",\"b\"]},";
    body.chop(1);
    body += "]}";
    r.body = ResponseBody::fromBytes(body);
    x.response = r;
    x.timings.dns = 0.4;
    x.timings.connect = 1.2;
    x.timings.tls = 3.4;
    x.timings.wait = 5.0 + rng.bounded(200);
    x.timings.download = 0.3;
    x.timings.total = *x.timings.wait + 10;
    TlsInfo tls;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.alpn = QStringLiteral("h2");
    tls.verified = true;
    x.tls = tls;
    return x;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int reps = args.size() > 2 ? args.at(2).toInt() : 200;

    QTemporaryDir dir;
    // A third argument keeps the filled file there (for looking at query plans).
    const QString path = args.size() > 3 ? args.at(3) : dir.filePath(QStringLiteral("history.db"));
    QRandomGenerator rng(42);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-90);
    const HistoryRedactor redactor;

    const bool reuse = args.size() > 3 && QFileInfo::exists(path); // filled by an earlier run
    HistoryDatabase db;
    if (auto r = db.open(path); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("== History: %d entries in %s (FTS5 trigram index: %s)\n", entries,
                qPrintable(path), db.hasFullTextIndex() ? "yes" : "no");
    QElapsedTimer fill;
    fill.start();
    // Filled 1,000 entries per transaction to keep the set-up short; the per-exchange insert
    // (one transaction each, as in use) is measured below.
    QList<HistoryEntry> batch;
    for (int i = 0; i < (reuse ? 0 : entries); ++i) {
        const QDateTime at =
            start.addMSecs(qint64(i) * 90LL * 24 * 3600 * 1000 / std::max(1, entries));
        batch.append(HistoryEntry::fromExchange(realisticExchange(rng, at), redactor,
                                                HistoryStore::DefaultMaxBodyBytes));
        if (batch.size() == 1000 || i == entries - 1) {
            if (auto r = db.insertAll(batch); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
            batch.clear();
        }
    }
    std::printf("fill: %.1f s (1,000 entries per transaction%s); file %.1f MiB\n",
                double(fill.elapsed()) / 1000.0, reuse ? ", reused an existing file" : "",
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
                    / (1024.0 * 1024.0));
    std::fflush(stdout);

    const int searchReps = std::max(5, reps / 10);
    std::printf("-- search, first page of 200, newest first (%d runs each)\n", searchReps);
    const auto search = [&](const char *label, const HistoryQuery &q) {
        qsizetype found = 0;
        const Stats s = measure(searchReps, [&] { found = db.search(q)->size(); });
        char extra[64];
        std::snprintf(extra, sizeof extra, "   (%lld rows)", qlonglong(found));
        print(label, s, extra);
    };
    HistoryQuery q;
    search("no filter", q);
    q.text = QStringLiteral("/v1/orders/");
    search("URL substring \"/v1/orders/\" (common, trigram)", q);
    q.text = QStringLiteral("shop.test/v2/products/99");
    search("URL substring \"shop.test/v2/products/99\" (~0.1%)", q);
    q.text = QStringLiteral("/v2/carts/4242?");
    search("URL substring \"/v2/carts/4242?\" (rare, trigram)", q);
    q.text = QStringLiteral("payments");
    q.limit = -1;
    search("URL substring \"payments\", all rows (~1/6)", q);
    q = {};
    q.text = QStringLiteral("zz-no-such-text");
    search("URL substring, no match", q);
    q = {};
    q.text = QStringLiteral("v2");
    search("URL substring \"v2\" (2 chars: LIKE scan)", q);
    q = {};
    q.method = QStringLiteral("GET");
    q.statusClass = 4;
    search("method GET + status 4xx", q);
    q = {};
    q.method = QStringLiteral("DELETE");
    q.status = 503;
    search("method DELETE + status 503", q);
    q.text = QStringLiteral("/v1/users/");
    search("URL \"/v1/users/\" + DELETE + 503", q);
    q = {};
    q.from = start.addDays(30);
    q.to = start.addDays(31);
    search("time range (one day)", q);

    // Reference: the same file through a bare QSqlQuery, no index (a full scan of the URLs).
    {
        QSqlDatabase ref =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ref"));
        ref.setDatabaseName(path);
        ref.open();
        QSqlQuery raw(ref);
        qlonglong n = 0;
        const Stats s = measure(searchReps, [&] {
            raw.exec(QStringLiteral("SELECT count(*) FROM entries WHERE url LIKE '%/v1/orders/%'"));
            raw.next();
            n = raw.value(0).toLongLong();
            raw.finish();
        });
        char extra[64];
        std::snprintf(extra, sizeof extra, "   (count %lld)", n);
        print("reference: bare SELECT count(*) ... url LIKE (scan)", s, extra);
        const Stats c = measure(searchReps, [&] {
            raw.exec(QStringLiteral("SELECT count(*) FROM entries"));
            raw.next();
            raw.finish();
        });
        print("reference: bare SELECT count(*) FROM entries", c);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ref"));

    std::printf("-- insert one exchange (%d runs; into the %d-entry file)\n", reps, entries);
    QList<Exchange> samples;
    for (int i = 0; i < reps; ++i)
        samples.append(realisticExchange(rng, QDateTime::currentDateTimeUtc()));
    int next = 0;
    print("HistoryDatabase: redact + insert (the worker's job)", measure(reps, [&] {
              db.insert(HistoryEntry::fromExchange(samples.at(next++ % reps), redactor,
                                                   HistoryStore::DefaultMaxBodyBytes));
          }));
    {
        QSqlDatabase ref =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ref"));
        ref.setDatabaseName(path);
        ref.open();
        QSqlQuery raw(ref);
        raw.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // as the history's connections
        raw.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_ref(url TEXT)"));
        raw.prepare(QStringLiteral("INSERT INTO bench_ref(url) VALUES(?)"));
        print("reference: bare QSqlQuery INSERT of one URL row (autocommit)", measure(reps, [&] {
                  raw.addBindValue(samples.at(next++ % reps).sent.url);
                  raw.exec();
              }));
        raw.finish();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ref"));
    db.close();

    // What the UI thread pays: HistoryStore::record() only queues the exchange.
    HistoryStore store;
    if (auto r = store.open(path); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    int recorded = 0;
    QObject::connect(&store, &HistoryStore::entryRecorded, &app, [&] { ++recorded; });
    const Stats ui =
        measure(reps, [&] { store.record(samples.at(next++ % reps), {QStringLiteral("secret")}); });
    QElapsedTimer drain;
    drain.start();
    while (recorded < reps && drain.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    print("HistoryStore::record() on the calling (UI) thread", ui);
    std::printf("%-58s %d of %d committed in %.1f ms after the last call\n", "  worker thread",
                recorded, reps, double(drain.elapsed()));
    return recorded == reps ? 0 : 1;
}
