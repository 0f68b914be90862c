// HistoryStore and HistoryDatabase over real SQLite files in a temporary directory: every field
// read back, search, paging, pruning, redaction (checked in the raw file bytes), refused files
// and the migration from schema version 1.

#include "core/history/historydatabase.h"
#include "core/history/historyredactor.h"
#include "core/history/historystore.h"
#include "core/model/exchange.h"
#include "core/store/requestjson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;

Q_DECLARE_METATYPE(wirescope::HistoryQuery)

class tst_HistoryStore final : public QObject
{
    Q_OBJECT

private slots:
    void insertAndReadBackEveryField();
    void failedExchangeReadBack();
    void requestRoundTrip();
    void search_data();
    void search();
    void pagingNewestFirst();
    void commonAndRareTextAgree();
    void pruneByAge();
    void pruneByCount();
    void removeAndClear();
    void pendingWritesSurviveDestruction();
    void redactionNeverReachesTheFile();
    void userinfoPasswordNeverReachesTheFile();
    void authorizationKeptWhenAsked();
    void oauth2SettingsKeptTokensAndSecretsNot_data();
    void oauth2SettingsKeptTokensAndSecretsNot();
    void refusedFiles_data();
    void refusedFiles();
    void migrationFromVersion1();
    void migrationFromVersion2ReadsTheOldRequestForm();
    void unopenablePath();
    void webSocketSessionKeptRedactedInWholeLines();
};

namespace {

const QDateTime s_base = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Exchange makeExchange(const QString &method, const QString &url, int status, qint64 minutes)
{
    Exchange x;
    x.request.method = method;
    x.request.url = url;
    x.sent.method = method;
    x.sent.url = url;
    x.sent.headers = {KeyValue{QStringLiteral("Accept"), QStringLiteral("*/*"), true, {}}};
    x.startedAt = s_base.addSecs(minutes * 60);
    x.timings.total = 10 + double(minutes);
    if (status > 0) {
        Response r;
        r.status = status;
        r.reason = QStringLiteral("Reason");
        r.httpVersion = QStringLiteral("1.1");
        r.body = ResponseBody::fromBytes("{}");
        x.response = r;
    } else {
        x.error = Error{Error::Kind::ConnectionRefused, QStringLiteral("refused")};
    }
    return x;
}

HistoryEntry entryFor(const Exchange &x, qint64 maxBody = HistoryStore::DefaultMaxBodyBytes)
{
    return HistoryEntry::fromExchange(x, HistoryRedactor(), maxBody);
}

/// Records @p x through the store and waits for the worker to commit it.
qint64 recordAndWait(HistoryStore &store, const Exchange &x, const QStringList &secrets = {})
{
    QSignalSpy spy(&store, &HistoryStore::entryRecorded);
    QSignalSpy errors(&store, &HistoryStore::errorOccurred);
    store.record(x, secrets);
    if (!spy.wait(5000)) {
        qWarning() << "not recorded:" << errors;
        return -1;
    }
    return spy.at(0).at(0).toLongLong();
}

QByteArray allFileBytes(const QString &dir)
{
    QByteArray all;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        QFile f(info.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QList<qint64> ids(const QList<HistorySummary> &rows)
{
    QList<qint64> out;
    for (const HistorySummary &s : rows)
        out.append(s.id);
    return out;
}

} // namespace

void tst_HistoryStore::insertAndReadBackEveryField()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("h.db"))).ok(), "open");

    Exchange x = makeExchange(QStringLiteral("POST"),
                              QStringLiteral("https://api.example.test/v1/items?q=1"), 201, 0);
    x.request.name = QStringLiteral("Create item");
    x.request.url = QStringLiteral("{{base}}/v1/items?q=1");
    x.sent.headers = {
        KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("X-Trace"), QStringLiteral("abc"), true, {}}};
    x.sent.bodyPreview = "{\"name\":\"widget\"}";
    x.sent.bodySize = 4096;
    Response &r = *x.response;
    r.reason = QStringLiteral("Created");
    r.httpVersion = QStringLiteral("2");
    r.headers = {
        KeyValue{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true, {}},
        KeyValue{QStringLiteral("ETag"), QStringLiteral("\"v1\""), true, {}}};
    r.contentType = QStringLiteral("application/json");
    r.body = ResponseBody::fromBytes(QByteArray("{\"id\":7}") + QByteArray(1, '\0') + "\xff");
    r.body.setTruncated(true);
    x.timings =
        Timings{1.5, 0.25, 2.5, 3.5, 0.125, 10.75, 4.0, 22.625, false, true, true, false, {}};
    TlsInfo tls;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.alpn = QStringLiteral("h2");
    tls.verified = false;
    tls.errors = {TlsError{9, QStringLiteral("self signed"), {}},
                  TlsError{10, QStringLiteral("expired"), {}}};
    tls.insecure = true;
    x.tls = tls;

    const qint64 id = recordAndWait(store, x);
    QVERIFY(id > 0);
    const Result<HistoryEntry> e = store.entry(id);
    QVERIFY2(e.ok(), e ? "" : qPrintable(e.error().message));
    QCOMPARE(e->id, id);
    QCOMPARE(e->startedAt, x.startedAt);
    QCOMPARE(e->method, QStringLiteral("POST"));
    QCOMPARE(e->url, x.sent.url);
    QCOMPARE(e->requestHeaders, x.sent.headers);
    QCOMPARE(e->requestBody, x.sent.bodyPreview);
    QCOMPARE(e->requestBodySize, 4096);
    QVERIFY(e->hasResponse);
    QCOMPARE(e->status, 201);
    QCOMPARE(e->reason, QStringLiteral("Created"));
    QCOMPARE(e->httpVersion, QStringLiteral("2"));
    QCOMPARE(e->responseHeaders, r.headers);
    QCOMPARE(e->contentType, QStringLiteral("application/json"));
    QCOMPARE(e->responseBody, r.body.read());
    QCOMPARE(e->responseBodySize, r.body.size());
    QVERIFY(!e->responseBodyTruncated);
    QVERIFY(e->downloadTruncated);
    QCOMPARE(e->timings, x.timings);
    QVERIFY(e->tls.has_value());
    QCOMPARE(*e->tls,
             (HistoryTlsSummary{tls.protocol, tls.cipher, QStringLiteral("h2"), false, 2, true}));
    QVERIFY(!e->error.has_value());
    QCOMPARE(e->request, x.request);

    // A body over the limit keeps the first maxBodyBytes and says so.
    store.setMaxBodyBytes(4);
    const qint64 id2 = recordAndWait(store, x);
    const Result<HistoryEntry> e2 = store.entry(id2);
    QVERIFY(e2.ok());
    QCOMPARE(e2->responseBody, QByteArray("{\"id"));
    QCOMPARE(e2->responseBodySize, r.body.size());
    QVERIFY(e2->responseBodyTruncated);
}

void tst_HistoryStore::failedExchangeReadBack()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    Exchange x = makeExchange(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:1/"), 0, 0);
    x.timings = Timings{};
    x.timings.dns = 0.5;
    x.timings.total = 1.25;
    const qint64 id = recordAndWait(store, x);
    const Result<HistoryEntry> e = store.entry(id);
    QVERIFY(e.ok());
    QVERIFY(!e->hasResponse);
    QCOMPARE(e->status, 0);
    QVERIFY(e->error.has_value());
    QCOMPARE(e->error->kind, Error::Kind::ConnectionRefused);
    QCOMPARE(e->error->message, QStringLiteral("refused"));
    QVERIFY(!e->tls.has_value());
    QCOMPARE(e->timings, x.timings);
    QVERIFY(!e->timings.connect.has_value());
    const Result<QList<HistorySummary>> rows = store.search({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).errorKind, Error::kindName(Error::Kind::ConnectionRefused));
    QCOMPARE(rows->at(0).status, 0);
}

void tst_HistoryStore::requestRoundTrip()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    Exchange x = makeExchange(QStringLiteral("PUT"), QStringLiteral("http://h/x"), 200, 0);
    Request &q = x.request;
    q.id = QStringLiteral("req-1");
    q.name = QStringLiteral("Update");
    q.method = QStringLiteral("PUT");
    q.url = QStringLiteral("{{base}}/users/:id?verbose=1");
    q.queryParams = {
        KeyValue{QStringLiteral("verbose"), QStringLiteral("1"), true, {}},
        KeyValue{QStringLiteral("debug"), QStringLiteral("0"), false, QStringLiteral("off")}};
    q.pathVariables = {KeyValue{QStringLiteral("id"), QStringLiteral("42"), true, {}}};
    q.headers = {KeyValue{QStringLiteral("X-A"), QStringLiteral("b"), true, QStringLiteral("doc")}};
    q.body.kind = BodyKind::Multipart;
    q.body.language = RawLanguage::Json;
    q.body.raw = QStringLiteral("{\"a\": {{value}}}");
    q.body.form = {KeyValue{QStringLiteral("f"), QStringLiteral("v"), false, {}}};
    q.body.multipart = {MultipartPart{QStringLiteral("file"),
                                      {},
                                      true,
                                      QStringLiteral("/tmp/a.png"),
                                      QStringLiteral("image/png"),
                                      false}};
    q.body.binaryFilePath = QStringLiteral("/tmp/b.bin");
    q.body.binaryContentType = QStringLiteral("application/x-thing");
    q.body.graphql = GraphQLBody{QStringLiteral("query Q($i: ID!) { a(i: $i) }"),
                                 QStringLiteral("{\"i\": \"{{id}}\"}"), QStringLiteral("Q"),
                                 GraphQLTransport::Get};
    q.auth.kind = AuthKind::Bearer;
    q.auth.token = QStringLiteral("{{token}}"); // a reference, not a secret: kept
    q.auth.username = QStringLiteral("me");
    q.auth.apiKeyName = QStringLiteral("X-Key");
    q.auth.apiKeyLocation = ApiKeyLocation::Query;
    q.settings.timeoutMs = 1234;
    q.settings.inactivityTimeoutMs = 99;
    q.settings.followRedirects = false;
    q.settings.maxRedirects = 3;
    q.settings.httpVersion = HttpVersionPolicy::Http2PriorKnowledge;
    q.settings.tls.insecure = true;
    q.settings.tls.ignoredErrors = {IgnoredTlsError{11, QStringLiteral("AB:CD")}};
    q.settings.tls.caCertificateFiles = {QStringLiteral("/etc/ca.pem")};
    q.settings.tls.clientCertificateFile = QStringLiteral("/c.pem");
    q.settings.tls.clientKeyFile = QStringLiteral("/k.pem");
    q.settings.proxy =
        ProxySettings{ProxyMode::Socks5, QStringLiteral("proxy"), 1080, QStringLiteral("pu"), {}};
    q.settings.useCookieJar = false;
    q.settings.maxResponseBytes = 5'000'000'000;
    q.description = QStringLiteral("text");

    const qint64 id = recordAndWait(store, x);
    const Result<Request> back = store.request(id);
    QVERIFY(back.ok());
    Request expected = q;
    expected.id.clear(); // a re-opened entry is a copy, not the collection's request
    QCOMPARE(*back, expected);

    // A request with every field at its default comes back equal too (defaults are omitted).
    Exchange plain = makeExchange(QStringLiteral("HEAD"), QStringLiteral("http://h/plain"), 200, 1);
    const Result<Request> plainBack = store.request(recordAndWait(store, plain));
    QVERIFY(plainBack.ok());
    QCOMPARE(*plainBack, plain.request);

    const Result<Request> missing = store.request(id + 100);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QString::number(id + 100)));
}

void tst_HistoryStore::search_data()
{
    QTest::addColumn<HistoryQuery>("query");
    QTest::addColumn<QList<int>>("expected"); // indexes into the fixture, newest first

    // Fixture (index: method url status minute): see search().
    auto q = [] {
        return HistoryQuery{};
    };
    HistoryQuery h;
    QTest::newRow("all") << q() << QList<int>{5, 4, 3, 2, 1, 0};
    h = q();
    h.text = QStringLiteral("users");
    QTest::newRow("url substring (trigram)") << h << QList<int>{3, 1, 0};
    h = q();
    h.text = QStringLiteral("USERS/4");
    QTest::newRow("url case-insensitive") << h << QList<int>{1};
    h = q();
    h.text = QStringLiteral("v2");
    QTest::newRow("url two characters (LIKE)") << h << QList<int>{4};
    h = q();
    h.text = QStringLiteral("50%_");
    QTest::newRow("url LIKE wildcards are literal") << h << QList<int>{5};
    h = q();
    h.text = QStringLiteral("a\"b");
    QTest::newRow("url with a quote") << h << QList<int>{2};
    h = q();
    h.text = QStringLiteral("nowhere");
    QTest::newRow("url no match") << h << QList<int>{};
    h = q();
    h.method = QStringLiteral("post");
    QTest::newRow("method") << h << QList<int>{4, 2};
    h = q();
    h.status = 404;
    QTest::newRow("status exact") << h << QList<int>{3, 1};
    h = q();
    h.statusClass = 2;
    QTest::newRow("status class 2xx") << h << QList<int>{4, 2, 0};
    h = q();
    h.statusClass = 5;
    QTest::newRow("status class 5xx") << h << QList<int>{};
    h = q();
    h.failedOnly = true;
    QTest::newRow("failed only") << h << QList<int>{5};
    h = q();
    h.from = s_base.addSecs(2 * 60);
    h.to = s_base.addSecs(4 * 60);
    QTest::newRow("time range [2, 4)") << h << QList<int>{3, 2};
    h = q();
    h.text = QStringLiteral("users");
    h.method = QStringLiteral("GET");
    h.statusClass = 4;
    QTest::newRow("url + method + class") << h << QList<int>{3, 1};
}

void tst_HistoryStore::search()
{
    QFETCH(HistoryQuery, query);
    QFETCH(QList<int>, expected);
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.db"))).ok());
    QVERIFY(db.hasFullTextIndex());
    const QList<Exchange> fixture = {
        makeExchange(QStringLiteral("GET"), QStringLiteral("https://a.test/users"), 200, 0),
        makeExchange(QStringLiteral("GET"), QStringLiteral("https://a.test/users/4"), 404, 1),
        makeExchange(QStringLiteral("POST"), QStringLiteral("https://a.test/login?x=a\"b"), 201, 2),
        makeExchange(QStringLiteral("GET"), QStringLiteral("https://b.test/Users/5"), 404, 3),
        makeExchange(QStringLiteral("POST"), QStringLiteral("https://b.test/v2/items"), 200, 4),
        makeExchange(QStringLiteral("GET"), QStringLiteral("https://c.test/off?d=50%_"), 0, 5),
    };
    QList<qint64> stored;
    for (const Exchange &x : fixture) {
        const Result<qint64> id = db.insert(entryFor(x));
        QVERIFY(id.ok());
        stored.append(*id);
    }
    QList<qint64> want;
    for (int i : expected)
        want.append(stored.at(i));
    const Result<QList<HistorySummary>> rows = db.search(query);
    QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(ids(*rows), want);
}

void tst_HistoryStore::pagingNewestFirst()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.db"))).ok());
    // Inserted out of time order, with two entries at the same instant (ties go by id).
    const QList<qint64> minutes = {5,  1,  9,  3,  3,  7,  0,  8,  2,  6,  4,  10, 11,
                                   12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23};
    for (qint64 m : minutes)
        QVERIFY(db.insert(entryFor(makeExchange(QStringLiteral("GET"),
                                                QStringLiteral("http://h/%1").arg(m), 200, m)))
                    .ok());
    QList<HistorySummary> all;
    for (int offset = 0;; offset += 10) {
        HistoryQuery q;
        q.limit = 10;
        q.offset = offset;
        const Result<QList<HistorySummary>> page = db.search(q);
        QVERIFY(page.ok());
        QVERIFY(page->size() <= 10);
        all += *page;
        if (page->size() < 10)
            break;
    }
    QCOMPARE(all.size(), minutes.size());
    for (qsizetype i = 1; i < all.size(); ++i) {
        const bool ordered =
            all[i - 1].startedAt > all[i].startedAt
            || (all[i - 1].startedAt == all[i].startedAt && all[i - 1].id > all[i].id);
        QVERIFY2(ordered, qPrintable(QStringLiteral("row %1 out of order").arg(i)));
    }
    QCOMPARE(all.first().url, QStringLiteral("http://h/23"));
    QCOMPARE(all.last().url, QStringLiteral("http://h/0"));
}

void tst_HistoryStore::commonAndRareTextAgree()
{
    // More than 1,000 matches makes "common" take the newest-first LIKE walk; "rare" (5
    // matches) the trigram index. Both must give the same answers a plain filter would.
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.db"))).ok());
    QList<HistoryEntry> batch;
    for (int i = 0; i < 1500; ++i) {
        const QString url = i % 300 == 8 ? QStringLiteral("https://h/Rare-Thing/%1").arg(i)
                                         : QStringLiteral("https://h/common-path/%1").arg(i);
        batch.append(entryFor(makeExchange(i % 2 ? QStringLiteral("GET") : QStringLiteral("PUT"),
                                           url, 200, (i * 7919) % 1500)));
    }
    QVERIFY(db.insertAll(batch).ok());
    HistoryQuery all;
    all.limit = -1;
    const QList<HistorySummary> everything = *db.search(all);
    QCOMPARE(everything.size(), 1500);
    for (const QString &text : {QStringLiteral("COMMON-path/1"), QStringLiteral("rare-thing")}) {
        for (const QString &method : {QString(), QStringLiteral("PUT")}) {
            QList<qint64> want;
            for (const HistorySummary &s : everything) {
                if (s.url.contains(text, Qt::CaseInsensitive)
                    && (method.isEmpty() || s.method == method))
                    want.append(s.id);
            }
            QVERIFY(!want.isEmpty());
            HistoryQuery q;
            q.text = text;
            q.method = method;
            q.limit = 10;
            q.offset = 3;
            QCOMPARE(ids(*db.search(q)), want.mid(3, 10));
        }
    }
}

void tst_HistoryStore::pruneByAge()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    for (int m = 0; m < 6; ++m)
        QVERIFY(recordAndWait(store, makeExchange(QStringLiteral("GET"),
                                                  QStringLiteral("http://h/%1").arg(m), 200, m))
                > 0);
    QSignalSpy changed(&store, &HistoryStore::changed);
    const Result<int> pruned = store.pruneOlderThan(s_base.addSecs(4 * 60));
    QVERIFY(pruned.ok());
    QCOMPARE(*pruned, 4);
    QCOMPARE(changed.size(), 1);
    const Result<QList<HistorySummary>> rows = store.search({});
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1).url, QStringLiteral("http://h/4"));
    // The full-text index was pruned too: searching an old URL finds nothing.
    HistoryQuery q;
    q.text = QStringLiteral("http://h/1");
    QVERIFY(store.search(q)->isEmpty());
    QCOMPARE(*store.count(), 2);
}

void tst_HistoryStore::pruneByCount()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.db"))).ok());
    for (int m : {3, 0, 4, 1, 2})
        QVERIFY(db.insert(entryFor(makeExchange(QStringLiteral("GET"),
                                                QStringLiteral("http://h/%1").arg(m), 200, m)))
                    .ok());
    const Result<int> pruned = db.pruneToCount(2);
    QVERIFY(pruned.ok());
    QCOMPARE(*pruned, 3);
    const Result<QList<HistorySummary>> rows = db.search({});
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).url, QStringLiteral("http://h/4"));
    QCOMPARE(rows->at(1).url, QStringLiteral("http://h/3"));
    QCOMPARE(*db.pruneToCount(5), 0);
    // The details went with their entries.
    {
        QSqlDatabase peek =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        peek.setDatabaseName(db.path());
        QVERIFY(peek.open());
        QSqlQuery count(peek);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM entry_details")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void tst_HistoryStore::removeAndClear()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    const qint64 a = recordAndWait(
        store, makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/a"), 200, 0));
    const qint64 b = recordAndWait(
        store, makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/b"), 200, 1));
    QVERIFY(store.remove(a).ok());
    QCOMPARE(ids(*store.search({})), QList<qint64>{b});
    QVERIFY(!store.entry(a).ok());
    QVERIFY(store.clear().ok());
    QCOMPARE(*store.count(), 0);
}

void tst_HistoryStore::pendingWritesSurviveDestruction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.db"));
    {
        HistoryStore store;
        QVERIFY(store.open(path).ok());
        for (int i = 0; i < 50; ++i)
            store.record(
                makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/%1").arg(i), 200, i));
        // destroyed at once, with writes still queued
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(*reopened.count(), 50);
    reopened.record(makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/last"), 200, 60));
    reopened.flush();
    QCOMPARE(*reopened.count(), 51);
}

void tst_HistoryStore::redactionNeverReachesTheFile()
{
    const QString token = QStringLiteral("tok-9f8e7d6c5b4a");
    const QString cookie = QStringLiteral("sess-0a1b2c3d4e");
    const QString setCookie = QStringLiteral("new-5f6e7d8c9b");
    const QString secret = QStringLiteral("s3cr3t-Value/with+chars");
    const QString basicPassword = QStringLiteral("pw-literal-4242");
    const QString proxyAuth = QStringLiteral("cHJveHk6cHc9");

    QTemporaryDir dir;
    {
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
        store.setMaxBodyBytes(40);
        Exchange x = makeExchange(QStringLiteral("POST"),
                                  QStringLiteral("https://h.test/a?key=")
                                      + QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                  200, 0);
        x.request.headers = {
            KeyValue{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, true, {}}};
        x.request.auth.kind = AuthKind::Basic;
        x.request.auth.username = QStringLiteral("me");
        x.request.auth.password = basicPassword;
        x.request.body.kind = BodyKind::Raw;
        x.request.body.raw = QStringLiteral("{\"password\": \"") + secret + QStringLiteral("\"}");
        x.sent.headers = {
            KeyValue{QStringLiteral("authorization"), QStringLiteral("Bearer ") + token, true, {}},
            KeyValue{QStringLiteral("Proxy-Authorization"),
                     QStringLiteral("Basic ") + proxyAuth,
                     true,
                     {}},
            KeyValue{QStringLiteral("Cookie"),
                     QStringLiteral("sid=") + cookie + QStringLiteral("; theme=dark"),
                     true,
                     {}},
            KeyValue{QStringLiteral("X-Secret"), secret, true, {}},
        };
        x.sent.bodyPreview = x.request.body.raw.toUtf8();
        Response &r = *x.response;
        r.headers = {KeyValue{QStringLiteral("Set-Cookie"),
                              QStringLiteral("sid=") + setCookie
                                  + QStringLiteral("; Path=/; HttpOnly\nlang=") + setCookie,
                              true,
                              {}}};
        // The secret straddles the 40-byte body limit: a prefix of it must not survive the cut.
        r.body =
            ResponseBody::fromBytes(QByteArray(30, 'x') + secret.toUtf8() + QByteArray(100, 'y'));
        x.error = Error{Error::Kind::Other, QStringLiteral("failed at ") + secret};
        const qint64 id = recordAndWait(store, x, {secret});
        QVERIFY(id > 0);

        const Result<HistoryEntry> e = store.entry(id);
        QVERIFY(e.ok());
        // Redacted, not dropped: the marker is where the values were.
        QCOMPARE(firstValue(e->requestHeaders, u"Authorization"),
                 QStringLiteral("Bearer {{redacted}}"));
        QCOMPARE(firstValue(e->requestHeaders, u"Cookie"),
                 QStringLiteral("sid={{redacted}}; theme={{redacted}}"));
        QCOMPARE(firstValue(e->responseHeaders, u"Set-Cookie"),
                 QStringLiteral("sid={{redacted}}; Path=/; HttpOnly\nlang={{redacted}}"));
        QCOMPARE(firstValue(e->requestHeaders, u"X-Secret"), QStringLiteral("{{redacted}}"));
        QCOMPARE(e->url, QStringLiteral("https://h.test/a?key={{redacted}}"));
        QCOMPARE(e->responseBody, QByteArray(30, 'x') + QByteArray("{{redacted"));
        QCOMPARE(e->request.auth.password, QStringLiteral("{{redacted}}"));
        QCOMPARE(e->request.auth.username, QStringLiteral("me"));
        QVERIFY(e->error->message.endsWith(QStringLiteral("{{redacted}}")));
    }
    const QByteArray bytes = allFileBytes(dir.path());
    QVERIFY(bytes.size() > 0);
    for (const QString &value : {token, cookie, setCookie, secret, basicPassword, proxyAuth,
                                 QString::fromLatin1(QUrl::toPercentEncoding(secret))}) {
        QVERIFY2(!bytes.contains(value.toUtf8()),
                 qPrintable(value + QStringLiteral(" is in the file")));
        QVERIFY2(!bytes.contains(value.left(12).toUtf8()),
                 qPrintable(value.left(12) + QStringLiteral(" is in the file")));
    }
}

void tst_HistoryStore::userinfoPasswordNeverReachesTheFile()
{
    // Kept out even when Authorization is kept: a URL's password is a literal credential.
    const QString password = QStringLiteral("pw-in-url-7c1e");
    const QString url = QStringLiteral("http://alice:") + password + QStringLiteral("@h.test/p");
    QTemporaryDir dir;
    {
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
        store.setRedactAuthorization(false);
        Exchange x = makeExchange(QStringLiteral("GET"), url, 0, 0);
        x.error =
            Error{Error::Kind::ConnectionRefused, QStringLiteral("Connection refused: ") + url};
        const Result<HistoryEntry> e = store.entry(recordAndWait(store, x));
        QVERIFY(e.ok());
        const QString redacted = QStringLiteral("http://alice:{{redacted}}@h.test/p");
        QCOMPARE(e->url, redacted);
        QCOMPARE(e->request.url, redacted);
        QCOMPARE(e->error->message, QStringLiteral("Connection refused: ") + redacted);
        const Result<QList<HistorySummary>> rows = store.search(HistoryQuery{});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).url, redacted);
    }
    const QByteArray bytes = allFileBytes(dir.path());
    QVERIFY(bytes.contains("alice:{{redacted}}@h.test"));
    QVERIFY2(!bytes.contains(password.toUtf8()), "the URL's password is in the file");
}

void tst_HistoryStore::authorizationKeptWhenAsked()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    store.setRedactAuthorization(false);
    Exchange x = makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/"), 200, 0);
    x.sent.headers = {
        KeyValue{QStringLiteral("Authorization"), QStringLiteral("Bearer keep-me"), true, {}},
        KeyValue{QStringLiteral("Cookie"), QStringLiteral("a=still-secret"), true, {}}};
    const Result<HistoryEntry> e = store.entry(recordAndWait(store, x));
    QVERIFY(e.ok());
    QCOMPARE(firstValue(e->requestHeaders, u"Authorization"), QStringLiteral("Bearer keep-me"));
    QCOMPARE(firstValue(e->requestHeaders, u"Cookie"), QStringLiteral("a={{redacted}}"));
}

void tst_HistoryStore::oauth2SettingsKeptTokensAndSecretsNot_data()
{
    QTest::addColumn<bool>("redactAuthorization");
    QTest::newRow("Authorization redacted") << true;
    QTest::newRow("Authorization kept") << false; // the access token goes all the same
}

void tst_HistoryStore::oauth2SettingsKeptTokensAndSecretsNot()
{
    QFETCH(bool, redactAuthorization);
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))).ok());
    store.setRedactAuthorization(redactAuthorization);
    const QString accessToken = QStringLiteral("eyJ-access-token-of-one-send");
    const QString clientSecret = QStringLiteral("literal-client-secret-1234");
    const QString refreshToken = QStringLiteral("literal-refresh-token-5678");
    Exchange x = makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/me"), 200, 0);
    Request &q = x.request;
    q.auth.kind = AuthKind::OAuth2;
    q.auth.token = accessToken; // as OAuthAuthorizer::withToken leaves it for the send
    q.auth.username = QStringLiteral("ada");
    OAuth2Settings &o = q.auth.oauth2;
    o.grant = OAuthGrant::RefreshToken;
    o.pkce = false;
    o.discoveryUrl = QStringLiteral("https://id.test");
    o.authUrl = QStringLiteral("https://id.test/authorize");
    o.tokenUrl = QStringLiteral("{{issuer}}/token");
    o.clientId = QStringLiteral("cid");
    o.clientSecret = clientSecret;
    o.scope = QStringLiteral("openid api");
    o.audience = QStringLiteral("aud");
    o.resource = QStringLiteral("https://api.test");
    o.redirectUrl = QStringLiteral("http://127.0.0.1:8765/cb");
    o.refreshToken = refreshToken;
    o.clientAuth = OAuthClientAuth::Body;
    o.extraParams = {KeyValue{QStringLiteral("tenant"), QStringLiteral("t1"), true, {}}};
    x.sent.headers = {KeyValue{
        QStringLiteral("Authorization"), QStringLiteral("Bearer ") + accessToken, true, {}}};
    x.response->body =
        ResponseBody::fromBytes(QByteArray("{\"token\": \"") + accessToken.toUtf8() + "\"}");

    const qint64 id = recordAndWait(store, x);
    const Result<Request> back = store.request(id);
    QVERIFY(back.ok());
    // Every setting but the secrets comes back, so a request reopened from history keeps them.
    Request expected = q;
    expected.id.clear();
    expected.auth.token.clear();
    expected.auth.oauth2.clientSecret = QStringLiteral("{{redacted}}");
    expected.auth.oauth2.refreshToken = QStringLiteral("{{redacted}}");
    QCOMPARE(back->auth.oauth2, expected.auth.oauth2);
    QCOMPARE(*back, expected);
    // A {{variable}} in place of the secret is a reference and is kept.
    Exchange y = x;
    y.request.auth.oauth2.clientSecret = QStringLiteral("{{secret}}");
    const Result<Request> referenced = store.request(recordAndWait(store, y));
    QVERIFY(referenced.ok());
    QCOMPARE(referenced->auth.oauth2.clientSecret, QStringLiteral("{{secret}}"));

    store.flush();
    const QByteArray bytes = allFileBytes(dir.path());
    QVERIFY(bytes.contains("https://id.test/authorize"));
    for (const QString &secret : {accessToken, clientSecret, refreshToken})
        QVERIFY2(!bytes.contains(secret.toUtf8()),
                 qPrintable(secret + QStringLiteral(" is in the file")));
}

void tst_HistoryStore::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("garbage bytes")
        << QByteArray("garbage") << QStringLiteral("not an SQLite database");
    QTest::newRow("foreign SQLite database")
        << QByteArray("foreign") << QStringLiteral("not a Wirescope history file");
    QTest::newRow("newer schema") << QByteArray("newer") << QStringLiteral("newer than");
}

void tst_HistoryStore::refusedFiles()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, expectedText);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.db"));
    if (kind == "garbage") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        f.write(junk);
    } else if (kind == "foreign") {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bookmarks(url TEXT)"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
    } else {
        {
            HistoryDatabase db;
            QVERIFY(db.open(path).ok());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
    }
    const QByteArray before = allFileBytes(dir.path());

    HistoryStore store;
    const Result<void> r = store.open(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(expectedText), qPrintable(r.error().message));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.search({}).ok());
    QSignalSpy errors(&store, &HistoryStore::errorOccurred);
    store.record(makeExchange(QStringLiteral("GET"), QStringLiteral("http://h/"), 200, 0));
    QCOMPARE(errors.size(), 1);                 // reported, not silently dropped
    QCOMPARE(allFileBytes(dir.path()), before); // left untouched
}

void tst_HistoryStore::migrationFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        // A file as version 1 wrote it (no method/status indexes, no URL full-text index).
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "PRAGMA application_id=1465075761",
                 "CREATE TABLE schema_version(version INTEGER NOT NULL)",
                 "INSERT INTO schema_version(version) VALUES(1)",
                 "CREATE TABLE entries(id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL,"
                 " method TEXT NOT NULL, url TEXT NOT NULL, status INTEGER,"
                 " duration_ms REAL NOT NULL DEFAULT 0, error_kind TEXT)",
                 "CREATE INDEX entries_started ON entries(started_at)",
                 "CREATE TABLE entry_details(entry_id INTEGER PRIMARY KEY REFERENCES entries(id)"
                 " ON DELETE CASCADE, request_json TEXT NOT NULL, request_headers TEXT NOT NULL,"
                 " request_body BLOB, request_body_size INTEGER NOT NULL DEFAULT 0, reason TEXT,"
                 " http_version TEXT, response_headers TEXT, content_type TEXT, response_body BLOB,"
                 " response_body_size INTEGER NOT NULL DEFAULT 0, response_body_truncated INTEGER"
                 " NOT NULL DEFAULT 0, download_truncated INTEGER NOT NULL DEFAULT 0,"
                 " timings TEXT NOT NULL, tls TEXT, error_message TEXT)",
                 "INSERT INTO entries VALUES(1, 1772366400000, 'GET', "
                 "'https://old.test/legacy/path', 200, 12.5, NULL)",
                 "INSERT INTO entry_details(entry_id, request_json, request_headers, timings)"
                 " VALUES(1, '{\"method\":\"GET\",\"url\":\"https://old.test/legacy/path\"}', "
                 "'[]', '{\"total\":12.5}')",
             }) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    QCOMPARE(HistoryDatabase::ApplicationId, 1465075761);

    HistoryDatabase db;
    const Result<void> opened = db.open(path);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY(db.hasFullTextIndex());
    HistoryQuery q;
    q.text = QStringLiteral("legacy");
    const Result<QList<HistorySummary>> rows = db.search(q);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1); // found through the index built by the migration
    QCOMPARE(rows->at(0).durationMs, 12.5);
    const Result<HistoryEntry> e = db.entry(1);
    QVERIFY(e.ok());
    QCOMPARE(e->request.url, QStringLiteral("https://old.test/legacy/path"));
    QCOMPARE(e->timings.total, 12.5);
    // New entries after the migration are indexed by the new triggers.
    QVERIFY(db.insert(entryFor(makeExchange(QStringLiteral("GET"),
                                            QStringLiteral("https://new.test/legacy2"), 200, 1)))
                .ok());
    QCOMPARE(db.search(q)->size(), 2);
    db.close();

    QSqlDatabase check =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    {
        QSqlQuery v(check);
        QVERIFY(v.exec(QStringLiteral("SELECT version FROM schema_version")) && v.next());
        QCOMPARE(v.value(0).toInt(), HistoryDatabase::SchemaVersion);
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_HistoryStore::migrationFromVersion2ReadsTheOldRequestForm()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    {
        // A file as version 2 wrote it: the schema through version 2 (made by opening a new
        // file and marking it 2), and a request in the history's old JSON form, with the key
        // names only that form used ("apiKeyIn", "graphql.get").
        HistoryDatabase fresh;
        QVERIFY(fresh.open(path).ok());
        fresh.close();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString oldForm = QStringLiteral(
            R"({"method":"POST","url":"https://old.test/graphql","name":"Old form",)"
            R"("headers":[{"name":"X-Old","value":"1"},{"name":"X-Off","value":"0","enabled":false}],)"
            R"("body":{"kind":"graphql","graphql":{"query":"{ me { id } }","get":true}},)"
            R"("auth":{"kind":"apikey","apiKeyName":"key","apiKeyValue":"‹redacted›","apiKeyIn":"query"},)"
            R"("settings":{"httpVersion":"http1","timeoutMs":1234,"tls":{"insecure":true},)"
            R"("proxy":{"mode":"http","host":"proxy.test","port":3128}}})");
        for (const QString &sql : {
                 QStringLiteral("UPDATE schema_version SET version = 2"),
                 QStringLiteral("INSERT INTO entries VALUES(1, 1772366400000, 'POST', "
                                "'https://old.test/graphql', 200, 3.5, NULL)"),
                 QStringLiteral(
                     "INSERT INTO entry_details(entry_id, request_json, request_headers, timings)"
                     " VALUES(1, '%1', '[]', '{\"total\":3.5}')")
                     .arg(oldForm),
             }) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    HistoryDatabase db;
    const Result<void> opened = db.open(path);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    const Result<HistoryEntry> e = db.entry(1);
    QVERIFY2(e.ok(), e ? "" : qPrintable(e.error().message));
    const Request &r = e->request;
    QCOMPARE(r.name, QStringLiteral("Old form"));
    QCOMPARE(r.headers.size(), 2);
    QVERIFY(!r.headers.at(1).enabled);
    QCOMPARE(r.body.kind, BodyKind::GraphQL);
    QCOMPARE(r.body.graphql.transport, GraphQLTransport::Get);
    QCOMPARE(r.auth.kind, AuthKind::ApiKey);
    QCOMPARE(r.auth.apiKeyLocation, ApiKeyLocation::Query);
    QCOMPARE(r.auth.apiKeyValue, QStringLiteral("‹redacted›"));
    QCOMPARE(r.settings.httpVersion, HttpVersionPolicy::Http1Only);
    QCOMPARE(r.settings.timeoutMs, 1234);
    QVERIFY(r.settings.tls.insecure);
    QCOMPARE(r.settings.proxy.mode, ProxyMode::Http);
    QCOMPARE(r.settings.proxy.port, quint16(3128));
    db.close();

    // The row is now in the collection codec's form, which the history reads from now on.
    QSqlDatabase check =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check3"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    {
        QSqlQuery v(check);
        QVERIFY(v.exec(QStringLiteral("SELECT request_json FROM entry_details WHERE entry_id = 1"))
                && v.next());
        const QJsonObject stored = QJsonDocument::fromJson(v.value(0).toString().toUtf8()).object();
        const Result<Request> read = requestFromJson(stored);
        QVERIFY(read.ok());
        QVERIFY(read.value() == r);
        QVERIFY(!v.value(0).toString().contains(QLatin1String("apiKeyIn")));
        QVERIFY(v.exec(QStringLiteral("SELECT version FROM schema_version")) && v.next());
        QCOMPARE(v.value(0).toInt(), 3);
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check3"));
}

void tst_HistoryStore::unopenablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/h.db"));
    HistoryStore store;
    const Result<void> r = store.open(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
}

// Issue 26, problem 10: a WebSocket session is an entry with method WS: the handshake heads,
// the transcript in whole JSON lines up to the body limit, the request to reopen, and no
// secret anywhere in the file.
void tst_HistoryStore::webSocketSessionKeptRedactedInWholeLines()
{
    const QString secret = QStringLiteral("ws-secret-77aa");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.db"));
    SessionRecord session;
    session.startedAt = s_base;
    session.url = QStringLiteral("ws://127.0.0.1:9/chat?token=") + secret;
    session.requestHeaders = {
        KeyValue{QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), true, {}}};
    session.status = 101;
    session.reason = QStringLiteral("Switching Protocols");
    session.durationMs = 1234.5;
    session.request = QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                  {QStringLiteral("name"), QStringLiteral("Chat")},
                                  {QStringLiteral("url"), session.url}};
    for (int i = 0; i < 5; ++i)
        session.transcript.append(
            QStringLiteral("{\"direction\":\"incoming\",\"type\":\"text\",\"text\":\"m%1 %2\"}")
                .arg(i)
                .arg(secret)
                .toUtf8());
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path).ok());
        // Room for two and a half lines: two are kept whole.
        store.setMaxBodyBytes(qint64(session.transcript.first().size() + 1) * 5 / 2);
        QSignalSpy recorded(&store, &HistoryStore::entryRecorded);
        store.recordSession(session, {secret});
        QVERIFY(recorded.wait(5000));
        const auto listed = store.search(HistoryQuery{});
        QVERIFY(listed && listed->size() == 1);
        QCOMPARE(listed->first().method, QStringLiteral("WS"));
        QCOMPARE(listed->first().status, 101);
        QCOMPARE(listed->first().durationMs, 1234.5);
        id = listed->first().id;
        const Result<HistoryEntry> entry = store.entry(id);
        QVERIFY(entry);
        QVERIFY(entry->isSession());
        QCOMPARE(entry->sessionRequest.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Chat"));
        QCOMPARE(entry->responseBody.count('\n'), 2);
        QVERIFY(entry->responseBody.startsWith("{\"direction\":\"incoming\""));
        QVERIFY(entry->responseBodyTruncated);
        QCOMPARE(entry->requestHeaders.first().value,
                 QStringLiteral("Bearer ") + HistoryRedactor::marker());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
