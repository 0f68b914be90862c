#include "ui/graphql/graphqlschemacontroller.h"

#include "core/graphql/schemacache.h"
#include "core/graphql/schemafetcher.h"
#include "core/http/httpclient.h"
#include "core/http/requestbuilder.h"
#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"
#include "ui/request/graphqlbodyeditor.h"
#include "ui/request/requesteditor.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope {

using graphql::SchemaCache;

namespace {

struct CacheLookup
{
    std::optional<graphql::Schema> schema;
    QDateTime fetchedAt;
    QString error;
};

/// Runs on a worker thread: reads the file and parses the schema stored for @p key.
CacheLookup lookUpSchema(const QString &path, const QString &key)
{
    CacheLookup out;
    SchemaCache cache(path); // read each time: another tab may have stored into the file
    if (const Result<void> loaded = cache.load(); !loaded) {
        out.error = loaded.error().message;
        return out;
    }
    out.schema = cache.schema(key);
    out.fetchedAt = cache.fetchedAt(key);
    return out;
}

/// Runs on a worker thread: adds @p introspection for @p key to the file; "" or the problem.
QString storeSchema(const QString &path,
                    const QString &key,
                    const QJsonObject &introspection,
                    const QDateTime &fetchedAt)
{
    SchemaCache cache(path);
    Result<void> stored = cache.load(); // keep what other requests stored
    if (stored)
        stored = cache.store(key, introspection, fetchedAt);
    return stored ? QString() : stored.error().message;
}

} // namespace

GraphQLSchemaController::GraphQLSchemaController(HttpClient *client,
                                                 const VariableContext *context,
                                                 RequestEditor *editor,
                                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(context)
    , m_editor(editor)
    , m_fetcher(new graphql::SchemaFetcher(client, this))
{
    connect(m_fetcher, &graphql::SchemaFetcher::fetched, this, &GraphQLSchemaController::onFetched);
    connect(m_fetcher, &graphql::SchemaFetcher::failed, this, &GraphQLSchemaController::onFailed);
    connect(editor->graphqlEditor(), &GraphQLBodyEditor::fetchSchemaRequested, this,
            &GraphQLSchemaController::fetch);
}

GraphQLSchemaController::~GraphQLSchemaController() = default;

void GraphQLSchemaController::setCollectionDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    m_shownKey.clear(); // another collection, another cache
    loadCached();
}

QString GraphQLSchemaController::cacheFile() const
{
    return m_directory.isEmpty() ? QString() : SchemaCache::pathForCollection(m_directory);
}

bool GraphQLSchemaController::isFetching() const
{
    return m_fetcher->isFetching();
}

QString GraphQLSchemaController::cacheKey(const Request &request) const
{
    const VariableContext context = m_context ? *m_context : VariableContext{};
    const QString url =
        resolveText(request.url.trimmed(), context, m_client->dynamicVariables()).text;
    const Result<QUrl> parsed = parseHttpUrl(url);
    return parsed ? parsed->toString(QUrl::FullyEncoded) : url;
}

void GraphQLSchemaController::loadCached()
{
    const Request request = m_editor->request();
    if (request.body.kind != BodyKind::GraphQL || isFetching())
        return;
    const QString key = cacheKey(request);
    if (key == m_shownKey || key == m_lookupKey)
        return;
    GraphQLBodyEditor *editor = m_editor->graphqlEditor();
    const quint64 generation = ++m_generation; // an older lookup's answer is for another URL
    m_lookupKey.clear();
    if (const auto it = m_memory.constFind(key); it != m_memory.cend()) {
        show(it->first, it->second, key);
        return;
    }
    if (m_directory.isEmpty()) {
        m_shownKey = key;
        editor->clearSchema();
        editor->setSchemaStatus({}, GraphQLBodyEditor::SchemaStatus::Info);
        return;
    }
    m_lookupKey = key;
    auto *watcher = new QFutureWatcher<CacheLookup>(this);
    connect(watcher, &QFutureWatcher<CacheLookup>::finished, this,
            [this, watcher, generation, key] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_lookupKey.clear();
                const CacheLookup found = watcher->result();
                GraphQLBodyEditor *editor = m_editor->graphqlEditor();
                if (found.schema) {
                    show(*found.schema, found.fetchedAt, key);
                    editor->setSchemaStatus(tr("Schema of %1 from the collection's cache").arg(key),
                                            GraphQLBodyEditor::SchemaStatus::Info);
                } else {
                    m_shownKey = key;
                    editor->clearSchema();
                    if (found.error.isEmpty())
                        editor->setSchemaStatus({}, GraphQLBodyEditor::SchemaStatus::Info);
                    else
                        editor->setSchemaStatus(
                            tr("The schema cache cannot be used: %1").arg(found.error),
                            GraphQLBodyEditor::SchemaStatus::Error);
                }
                emit cacheLookupFinished(key);
            });
    watcher->setFuture(QtConcurrent::run(lookUpSchema, cacheFile(), key));
}

void GraphQLSchemaController::fetch()
{
    const Request request = m_editor->request();
    m_fetchingKey = cacheKey(request);
    ++m_generation; // a cache lookup still running must not replace what this fetch brings
    m_lookupKey.clear();
    m_editor->graphqlEditor()->setSchemaStatus(
        tr("Fetching the schema from %1\u2026").arg(m_fetchingKey),
        GraphQLBodyEditor::SchemaStatus::Busy);
    m_fetcher->fetch(request, m_context ? *m_context : VariableContext{});
}

void GraphQLSchemaController::onFetched(const QString &sentUrl,
                                        const graphql::Schema &schema,
                                        const QJsonObject &introspection)
{
    Q_UNUSED(sentUrl) // the key is the request's own URL, so that opening it finds the schema
    const QString key = m_fetchingKey;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    GraphQLBodyEditor *editor = m_editor->graphqlEditor();
    show(schema, now, key);
    editor->setSchemaBrowserVisible(true);
    if (m_directory.isEmpty()) {
        m_memory.insert(key, {schema, now});
        editor->setSchemaStatus(tr("Schema of %1 fetched; kept for this session only (the request "
                                   "is not saved in a collection)")
                                    .arg(key),
                                GraphQLBodyEditor::SchemaStatus::Info);
        emit schemaFetched(key);
        return;
    }
    editor->setSchemaStatus(
        tr("Schema of %1 fetched; writing it to the collection's cache\u2026").arg(key),
        GraphQLBodyEditor::SchemaStatus::Info);
    storeInCache(key, introspection, now, schema);
}

void GraphQLSchemaController::storeInCache(const QString &key,
                                           const QJsonObject &introspection,
                                           const QDateTime &fetchedAt,
                                           const graphql::Schema &schema)
{
    const QString path = cacheFile();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, key, path, schema, fetchedAt] {
                watcher->deleteLater();
                const QString problem = watcher->result();
                GraphQLBodyEditor *editor = m_editor->graphqlEditor();
                if (!problem.isEmpty()) {
                    m_memory.insert(key, {schema, fetchedAt});
                    editor->setSchemaStatus(
                        tr("Schema of %1 fetched, but not cached: %2").arg(key, problem),
                        GraphQLBodyEditor::SchemaStatus::Error);
                } else {
                    editor->setSchemaStatus(tr("Schema of %1 fetched and cached in %2")
                                                .arg(key, QDir::toNativeSeparators(path)),
                                            GraphQLBodyEditor::SchemaStatus::Info);
                }
                emit schemaFetched(key);
            });
    watcher->setFuture(QtConcurrent::run(storeSchema, path, key, introspection, fetchedAt));
}

void GraphQLSchemaController::onFailed(const Error &error)
{
    const QString message = tr("Fetch schema from %1 failed: %2").arg(m_fetchingKey, error.message);
    m_editor->graphqlEditor()->setSchemaStatus(message, GraphQLBodyEditor::SchemaStatus::Error);
    emit fetchFailed(message);
}

void GraphQLSchemaController::show(const graphql::Schema &schema,
                                   const QDateTime &fetchedAt,
                                   const QString &key)
{
    m_shownKey = key;
    m_editor->graphqlEditor()->showSchema(schema, fetchedAt);
}

} // namespace wirescope
