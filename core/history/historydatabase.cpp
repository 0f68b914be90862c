#include "core/history/historydatabase.h"

#include "core/history/historyrequestjson.h"
#include "core/http/exchangejson.h"
#include "core/store/requestjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace wirescope {

namespace {

// The schema at version 1 (kept verbatim: migrations start from what older files hold).
const char *const s_schemaV1[] = {
    "CREATE TABLE schema_version(version INTEGER NOT NULL)",
    "INSERT INTO schema_version(version) VALUES(1)",
    "CREATE TABLE entries("
    " id INTEGER PRIMARY KEY,"
    " started_at INTEGER NOT NULL,"
    " method TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " status INTEGER,"
    " duration_ms REAL NOT NULL DEFAULT 0,"
    " error_kind TEXT)",
    "CREATE INDEX entries_started ON entries(started_at)",
    "CREATE TABLE entry_details("
    " entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,"
    " request_json TEXT NOT NULL,"
    " request_headers TEXT NOT NULL,"
    " request_body BLOB,"
    " request_body_size INTEGER NOT NULL DEFAULT 0,"
    " reason TEXT,"
    " http_version TEXT,"
    " response_headers TEXT,"
    " content_type TEXT,"
    " response_body BLOB,"
    " response_body_size INTEGER NOT NULL DEFAULT 0,"
    " response_body_truncated INTEGER NOT NULL DEFAULT 0,"
    " download_truncated INTEGER NOT NULL DEFAULT 0,"
    " timings TEXT NOT NULL,"
    " tls TEXT,"
    " error_message TEXT)",
};

// Version 2: indexes for the method and status filters, and a trigram full-text index over
// the URL so that substring search does not scan every row.
const char *const s_schemaV2Indexes[] = {
    "CREATE INDEX entries_method ON entries(method, started_at)",
    "CREATE INDEX entries_status ON entries(status, started_at)",
    "CREATE INDEX entries_method_status ON entries(method, status, started_at)",
};
const char *const s_schemaV2Fts[] = {
    "CREATE VIRTUAL TABLE entries_url USING fts5(url, content='entries', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TRIGGER entries_url_insert AFTER INSERT ON entries BEGIN"
    " INSERT INTO entries_url(rowid, url) VALUES (new.id, new.url); END",
    "CREATE TRIGGER entries_url_delete AFTER DELETE ON entries BEGIN"
    " INSERT INTO entries_url(entries_url, rowid, url) VALUES ('delete', old.id, old.url); END",
    "CREATE TRIGGER entries_url_update AFTER UPDATE OF url ON entries BEGIN"
    " INSERT INTO entries_url(entries_url, rowid, url) VALUES ('delete', old.id, old.url);"
    " INSERT INTO entries_url(rowid, url) VALUES (new.id, new.url); END",
    "INSERT INTO entries_url(entries_url) VALUES ('rebuild')",
};

QString headersToJson(const KeyValueList &headers)
{
    QJsonArray array;
    for (const KeyValue &kv : headers)
        array.append(QJsonArray{kv.name, kv.value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

KeyValueList headersFromJson(const QString &text)
{
    KeyValueList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        out.append(KeyValue{pair.at(0).toString(), pair.at(1).toString(), true, {}});
    }
    return out;
}

QVariant tlsToJson(const std::optional<HistoryTlsSummary> &tls)
{
    if (!tls)
        return QVariant(QMetaType::fromType<QString>());
    const QJsonObject o{
        {QStringLiteral("protocol"), tls->protocol},
        {QStringLiteral("cipher"), tls->cipher},
        {QStringLiteral("alpn"), tls->alpn},
        {QStringLiteral("verified"), tls->verified},
        {QStringLiteral("errorCount"), tls->errorCount},
        {QStringLiteral("insecure"), tls->insecure},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<HistoryTlsSummary> tlsFromJson(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    return HistoryTlsSummary{o.value(QStringLiteral("protocol")).toString(),
                             o.value(QStringLiteral("cipher")).toString(),
                             o.value(QStringLiteral("alpn")).toString(),
                             o.value(QStringLiteral("verified")).toBool(),
                             o.value(QStringLiteral("errorCount")).toInt(),
                             o.value(QStringLiteral("insecure")).toBool()};
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// An FTS5 phrase: the text in double quotes, inner quotes doubled. With the trigram
/// tokenizer a phrase matches any URL that contains the text (case-insensitively).
QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

HistoryDatabase::HistoryDatabase()
    : m_connection(QStringLiteral("wirescope-history-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    m_insertEntry.reset();
    m_insertDetails.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_hasFts = false;
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
           && QSqlDatabase::database(m_connection, false).isOpen();
}

Error HistoryDatabase::sqlError(const QString &what, const QString &detail) const
{
    return Error{Error::Kind::File,
                 QStringLiteral("History database %1: %2 (%3)").arg(m_path, what, detail)};
}

Result<void> HistoryDatabase::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return sqlError(QStringLiteral("cannot run \"%1\"").arg(sql.left(60)),
                        q.lastError().text());
    return {};
}

Result<void> HistoryDatabase::open(const QString &path)
{
    close();
    m_path = path;
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        // Readers and the writer are separate connections: wait for a lock rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.isValid())
            openError = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        else if (!db.open())
            openError = QStringLiteral("cannot open the file (%1)").arg(db.lastError().text());
    }
    if (!openError.isEmpty()) {
        close();
        return Error{Error::Kind::File,
                     QStringLiteral("History database %1: %2").arg(m_path, openError)};
    }
    Result<void> checked = checkAndMigrate();
    if (!checked) {
        close();
        return checked;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_insertEntry = std::make_unique<QSqlQuery>(db);
    m_insertDetails = std::make_unique<QSqlQuery>(db);
    if (!m_insertEntry->prepare(QStringLiteral(
            "INSERT INTO entries(started_at, method, url, status, duration_ms, error_kind)"
            " VALUES(?, ?, ?, ?, ?, ?)"))
        || !m_insertDetails->prepare(QStringLiteral(
            "INSERT INTO entry_details(entry_id, request_json, request_headers, request_body,"
            " request_body_size, reason, http_version, response_headers, content_type,"
            " response_body, response_body_size, response_body_truncated, download_truncated,"
            " timings, tls, error_message) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"))) {
        const QString text =
            m_insertEntry->lastError().text() + m_insertDetails->lastError().text();
        close();
        return sqlError(QStringLiteral("cannot prepare inserts"), text);
    }
    return {};
}

Result<void> HistoryDatabase::checkAndMigrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The first read of the file: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlError(QStringLiteral("the file is not an SQLite database or is damaged"),
                        q.lastError().text());
    const int appId = q.value(0).toInt();
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return sqlError(QStringLiteral("the file is not an SQLite database or is damaged"),
                        q.lastError().text());
    while (q.next())
        tables.append(q.value(0).toString());

    int version = 0;
    if (appId == 0 && tables.isEmpty()) {
        version = 0; // a new (or empty) file
    } else if (appId != ApplicationId || !tables.contains(QLatin1String("schema_version"))) {
        return Error{Error::Kind::File,
                     QStringLiteral("History database %1 is not a Wirescope history file "
                                    "(application id 0x%2, tables: %3); it was left untouched")
                         .arg(m_path, QString::number(quint32(appId), 16),
                              tables.isEmpty() ? QStringLiteral("none")
                                               : tables.join(QStringLiteral(", ")))};
    } else {
        if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
            return sqlError(QStringLiteral("cannot read the schema version"), q.lastError().text());
        version = q.value(0).toInt();
        if (version > SchemaVersion)
            return Error{Error::Kind::File,
                         QStringLiteral("History database %1 has schema version %2, newer than "
                                        "this Wirescope understands (%3); it was left untouched")
                             .arg(m_path)
                             .arg(version)
                             .arg(SchemaVersion)};
        if (version < 1)
            return sqlError(QStringLiteral("invalid schema version"), QString::number(version));
    }

    // WAL: the UI thread's reads never wait for the worker's writes. NORMAL sync in WAL mode
    // is durable across application crashes; only an OS crash may lose the last commits.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return sqlError(QStringLiteral("cannot switch to WAL mode"), q.lastError().text());
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqlError(QStringLiteral("cannot switch to WAL mode"), q.value(0).toString());
    if (auto r = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !r)
        return r;
    q.finish(); // no statement may be active while the migrations commit
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys=ON")); !r)
        return r;

    if (version < 1) {
        if (auto r = migrateTo1(); !r)
            return r;
    }
    if (version < 2) {
        if (auto r = migrateTo2(); !r)
            return r;
    }
    if (version < 3) {
        if (auto r = migrateTo3(); !r)
            return r;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'entries_url'"))
        || !q.next())
        return sqlError(QStringLiteral("cannot read the schema"), q.lastError().text());
    m_hasFts = q.value(0).toInt() > 0;
    return {};
}

Result<void> HistoryDatabase::migrateTo1()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    for (const char *sql : s_schemaV1) {
        if (auto r = exec(QString::fromLatin1(sql)); !r) {
            db.rollback();
            return r;
        }
    }
    if (auto r = exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)); !r) {
        db.rollback();
        return r;
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot create the schema"), db.lastError().text());
    return {};
}

Result<void> HistoryDatabase::migrateTo2()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Debian's SQLite has FTS5 (with the trigram tokenizer since 3.34); without it, URL
    // search falls back to a LIKE scan.
    const bool fts = q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
                     && q.next() && q.value(0).toInt() == 1;
    q.finish();
    db.transaction();
    QList<const char *> statements(std::begin(s_schemaV2Indexes), std::end(s_schemaV2Indexes));
    if (fts)
        statements.append(QList<const char *>(std::begin(s_schemaV2Fts), std::end(s_schemaV2Fts)));
    for (const char *sql : std::as_const(statements)) {
        if (auto r = exec(QString::fromLatin1(sql)); !r) {
            db.rollback();
            return r;
        }
    }
    if (auto r = exec(QStringLiteral("UPDATE schema_version SET version = 2")); !r) {
        db.rollback();
        return r;
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot migrate the schema to version 2"),
                        db.lastError().text());
    return {};
}

Result<void> HistoryDatabase::migrateTo3()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery read(db);
    QSqlQuery write(db);
    const auto fail = [&](const QString &text) {
        read.finish();
        write.finish();
        db.rollback();
        return sqlError(QStringLiteral("cannot migrate the schema to version 3"), text);
    };
    if (!write.prepare(
            QStringLiteral("UPDATE entry_details SET request_json = ? WHERE entry_id = ?"))
        || !read.prepare(
            QStringLiteral("SELECT entry_id, request_json FROM entry_details WHERE entry_id > ?"
                           " ORDER BY entry_id LIMIT 500")))
        return fail(db.lastError().text());
    // In pages by id, so a large history never sits in memory at once.
    for (qint64 last = -1, rows = 1; rows > 0;) {
        read.addBindValue(last);
        if (!read.exec())
            return fail(read.lastError().text());
        rows = 0;
        while (read.next()) {
            ++rows;
            last = read.value(0).toLongLong();
            const QJsonDocument old = QJsonDocument::fromJson(read.value(1).toString().toUtf8());
            const Result<Request> request = historyjson::legacyRequestFromJson(old.object());
            if (!request)
                continue; // left as it was: opening the entry names the problem
            write.addBindValue(
                QString::fromUtf8(QJsonDocument(toJson(*request, CredentialForm::Inline))
                                      .toJson(QJsonDocument::Compact)));
            write.addBindValue(last);
            if (!write.exec())
                return fail(write.lastError().text());
        }
    }
    read.finish();
    write.finish();
    if (auto r = exec(QStringLiteral("UPDATE schema_version SET version = 3")); !r) {
        db.rollback();
        return r;
    }
    if (!db.commit())
        return sqlError(QStringLiteral("cannot migrate the schema to version 3"),
                        db.lastError().text());
    return {};
}

Result<qint64> HistoryDatabase::insert(const HistoryEntry &entry)
{
    Result<QList<qint64>> ids = insertAll({entry});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> HistoryDatabase::insertAll(const QList<HistoryEntry> &entries)
{
    if (!m_insertEntry)
        return sqlError(QStringLiteral("not open"),
                        QStringLiteral("open() failed or was not called"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(QStringLiteral("cannot start a transaction"), db.lastError().text());
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const HistoryEntry &e : entries) {
        Result<qint64> id = insertRow(e);
        if (!id) {
            db.rollback();
            return id.error();
        }
        ids.append(*id);
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("cannot commit"), text);
    }
    return ids;
}

Result<qint64> HistoryDatabase::insertRow(const HistoryEntry &e)
{
    QSqlQuery &a = *m_insertEntry;
    a.addBindValue(e.startedAt.toMSecsSinceEpoch());
    a.addBindValue(e.method);
    a.addBindValue(e.url);
    a.addBindValue(e.hasResponse ? QVariant(e.status) : nullInt());
    a.addBindValue(e.timings.total);
    a.addBindValue(e.error ? QVariant(Error::kindName(e.error->kind)) : nullText());
    if (!a.exec())
        return sqlError(QStringLiteral("cannot insert an entry"), a.lastError().text());
    const qint64 id = a.lastInsertId().toLongLong();
    a.finish();

    QSqlQuery &b = *m_insertDetails;
    b.addBindValue(id);
    // A WebSocket session keeps its request under "webSocket" (see HistoryEntry::sessionRequest).
    const QJsonObject request = e.isSession()
                                    ? QJsonObject{{QStringLiteral("webSocket"), e.sessionRequest}}
                                    : toJson(e.request, CredentialForm::Inline);
    b.addBindValue(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    b.addBindValue(headersToJson(e.requestHeaders));
    b.addBindValue(e.requestBody);
    b.addBindValue(e.requestBodySize);
    b.addBindValue(e.hasResponse ? QVariant(e.reason) : nullText());
    b.addBindValue(e.hasResponse ? QVariant(e.httpVersion) : nullText());
    b.addBindValue(e.hasResponse ? QVariant(headersToJson(e.responseHeaders)) : nullText());
    b.addBindValue(e.contentType);
    b.addBindValue(e.responseBody);
    b.addBindValue(e.responseBodySize);
    b.addBindValue(e.responseBodyTruncated ? 1 : 0);
    b.addBindValue(e.downloadTruncated ? 1 : 0);
    b.addBindValue(
        QString::fromUtf8(QJsonDocument(timingsToJson(e.timings)).toJson(QJsonDocument::Compact)));
    b.addBindValue(tlsToJson(e.tls));
    b.addBindValue(e.error ? QVariant(e.error->message) : nullText());
    if (!b.exec())
        return sqlError(QStringLiteral("cannot insert an entry's details"), b.lastError().text());
    b.finish();
    return id;
}

Result<QList<HistorySummary>> HistoryDatabase::search(const HistoryQuery &query) const
{
    if (!isOpen())
        return sqlError(QStringLiteral("not open"),
                        QStringLiteral("open() failed or was not called"));
    QStringList where;
    QVariantList values;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // The trigram index needs at least 3 characters; shorter text scans the URLs.
        const std::optional<QList<qint64>> rare =
            m_hasFts && text.size() >= 3 ? rareUrlMatches(text, query) : std::nullopt;
        if (rare) {
            if (rare->isEmpty())
                return QList<HistorySummary>();
            // The ids the probe found, passed as one JSON array (SQLite's json_each).
            QStringList list;
            list.reserve(rare->size());
            for (qint64 id : *rare)
                list.append(QString::number(id));
            where.append(QStringLiteral("id IN (SELECT value FROM json_each(?))"));
            values.append(
                QString(QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']')));
        } else {
            where.append(QStringLiteral("url LIKE ? ESCAPE '\\'"));
            values.append(likePattern(text));
        }
    }
    if (!query.method.isEmpty()) {
        where.append(QStringLiteral("method = ?"));
        values.append(query.method.toUpper());
    }
    if (query.status > 0) {
        where.append(QStringLiteral("status = ?"));
        values.append(query.status);
    } else if (query.statusClass >= 1 && query.statusClass <= 5) {
        where.append(QStringLiteral("status BETWEEN ? AND ?"));
        values.append(query.statusClass * 100);
        values.append(query.statusClass * 100 + 99);
    }
    if (query.failedOnly)
        where.append(QStringLiteral("error_kind IS NOT NULL"));
    if (query.from.isValid()) {
        where.append(QStringLiteral("started_at >= ?"));
        values.append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        where.append(QStringLiteral("started_at < ?"));
        values.append(query.to.toMSecsSinceEpoch());
    }
    QString sql = QStringLiteral(
        "SELECT id, started_at, method, url, status, duration_ms, error_kind FROM entries");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?");
    values.append(query.limit > 0 ? query.limit : -1);
    values.append(std::max(0, query.offset));

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("cannot prepare the search"), q.lastError().text());
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("search failed"), q.lastError().text());
    QList<HistorySummary> out;
    while (q.next()) {
        out.append(HistorySummary{q.value(0).toLongLong(),
                                  QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                                  q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                                  q.value(5).toDouble(), q.value(6).toString()});
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("search failed"), q.lastError().text());
    return out;
}

std::optional<QList<qint64>> HistoryDatabase::rareUrlMatches(const QString &text,
                                                             const HistoryQuery &query) const
{
    // Two plans, each fast where the other is slow (measured at 100k entries, see
    // tests/bench/bench_history.cpp):
    // - rare text: the trigram index yields the few matching ids; fetching and sorting them
    //   is cheap, where a scan would read every URL.
    // - common text: the index yields thousands of ids that would all be fetched and sorted,
    //   while walking entries newest first (started_at index) with LIKE stops after one page.
    // A bounded probe of the index tells which case this is; in the rare case its ids are the
    // answer (the phrase is not evaluated twice).
    const int wanted = (query.limit > 0 ? query.limit : 100000) + std::max(0, query.offset);
    const qint64 threshold = std::max(1000, 5 * wanted);
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    probe.setForwardOnly(true);
    probe.prepare(
        QStringLiteral("SELECT rowid FROM entries_url WHERE entries_url MATCH ? LIMIT ?"));
    probe.addBindValue(ftsPhrase(text));
    probe.addBindValue(threshold);
    if (!probe.exec())
        return std::nullopt; // the LIKE plan is always correct
    QList<qint64> ids;
    while (probe.next())
        ids.append(probe.value(0).toLongLong());
    if (probe.lastError().isValid() || ids.size() >= threshold)
        return std::nullopt;
    return ids;
}

Result<HistoryEntry> HistoryDatabase::entry(qint64 id) const
{
    if (!isOpen())
        return sqlError(QStringLiteral("not open"),
                        QStringLiteral("open() failed or was not called"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.started_at, e.method, e.url, e.status, e.error_kind, d.request_json,"
        " d.request_headers, d.request_body, d.request_body_size, d.reason, d.http_version,"
        " d.response_headers, d.content_type, d.response_body, d.response_body_size,"
        " d.response_body_truncated, d.download_truncated, d.timings, d.tls, d.error_message"
        " FROM entries e JOIN entry_details d ON d.entry_id = e.id WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read entry %1").arg(id), q.lastError().text());
    if (!q.next())
        return Error{Error::Kind::Other,
                     QStringLiteral("History entry %1 does not exist (deleted or pruned)").arg(id)};
    HistoryEntry e;
    e.id = id;
    e.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    e.method = q.value(1).toString();
    e.url = q.value(2).toString();
    e.hasResponse = !q.value(3).isNull();
    e.status = q.value(3).toInt();
    QJsonParseError parseError;
    const QJsonDocument request =
        QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &parseError);
    if (!request.isObject())
        return Error{
            Error::Kind::Parse,
            QStringLiteral("History database %1: entry %2 holds an unreadable request (%3)")
                .arg(m_path)
                .arg(id)
                .arg(parseError.errorString())};
    const QJsonObject requestObject = request.object();
    e.sessionRequest = requestObject.value(QStringLiteral("webSocket")).toObject();
    Result<Request> decoded =
        e.isSession() ? Result<Request>(Request{}) : requestFromJson(requestObject);
    if (!decoded)
        return Error{Error::Kind::Parse, QStringLiteral("History database %1: entry %2: %3")
                                             .arg(m_path)
                                             .arg(id)
                                             .arg(decoded.error().message)};
    e.request = std::move(decoded).value();
    e.requestHeaders = headersFromJson(q.value(6).toString());
    e.requestBody = q.value(7).toByteArray();
    e.requestBodySize = q.value(8).toLongLong();
    e.reason = q.value(9).toString();
    e.httpVersion = q.value(10).toString();
    e.responseHeaders = headersFromJson(q.value(11).toString());
    e.contentType = q.value(12).toString();
    e.responseBody = q.value(13).toByteArray();
    e.responseBodySize = q.value(14).toLongLong();
    e.responseBodyTruncated = q.value(15).toInt() != 0;
    e.downloadTruncated = q.value(16).toInt() != 0;
    e.timings = timingsFromJson(QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object());
    e.tls = tlsFromJson(q.value(18));
    if (!q.value(4).isNull())
        e.error = Error{Error::kindFromName(q.value(4).toString()), q.value(19).toString()};
    return e;
}

Result<qint64> HistoryDatabase::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM entries")) || !q.next())
        return sqlError(QStringLiteral("cannot count entries"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<int> HistoryDatabase::deleteWhere(const QString &idSubquery, const QVariantList &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return sqlError(QStringLiteral("not open"),
                        QStringLiteral("open() failed or was not called"));
    // entry_details rows go with their entry (ON DELETE CASCADE), the FTS rows by trigger.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id IN (") + idSubquery + QLatin1Char(')'));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot delete entries"), q.lastError().text());
    return q.numRowsAffected();
}

Result<void> HistoryDatabase::remove(qint64 id)
{
    Result<int> r = deleteWhere(QStringLiteral("?"), {id});
    if (!r)
        return r.error();
    return {};
}

Result<void> HistoryDatabase::clear()
{
    Result<int> r = deleteWhere(QStringLiteral("SELECT id FROM entries"), {});
    if (!r)
        return r.error();
    return {};
}

Result<int> HistoryDatabase::pruneOlderThan(const QDateTime &cutoff)
{
    return deleteWhere(QStringLiteral("SELECT id FROM entries WHERE started_at < ?"),
                       {cutoff.toMSecsSinceEpoch()});
}

Result<int> HistoryDatabase::pruneToCount(int keep)
{
    return deleteWhere(QStringLiteral("SELECT id FROM entries ORDER BY started_at DESC, id DESC"
                                      " LIMIT -1 OFFSET ?"),
                       {std::max(0, keep)});
}

} // namespace wirescope
