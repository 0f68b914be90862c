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

namespace wirescope {

using graphql::SchemaCache;

GraphQLSchemaController::GraphQLSchemaController(HttpClient *client, const VariableContext *context,
                                                 RequestEditor *editor, QObject *parent)
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
    const QString url = resolveText(request.url.trimmed(), context, m_client->dynamicVariables()).text;
    const Result<QUrl> parsed = parseHttpUrl(url);
    return parsed ? parsed->toString(QUrl::FullyEncoded) : url;
}

void GraphQLSchemaController::loadCached()
{
    const Request request = m_editor->request();
    if (request.body.kind != BodyKind::GraphQL || isFetching())
        return;
    const QString key = cacheKey(request);
    if (key == m_shownKey)
        return;
    GraphQLBodyEditor *editor = m_editor->graphqlEditor();
    if (const auto it = m_memory.constFind(key); it != m_memory.cend()) {
        show(it->first, it->second, key);
        return;
    }
    if (!m_directory.isEmpty()) {
        // Read each time: another tab may have stored a schema into the same file.
        SchemaCache cache(cacheFile());
        if (const Result<void> loaded = cache.load(); !loaded) {
            editor->setSchemaStatus(tr("The schema cache cannot be used: %1").arg(loaded.error().message),
                                    GraphQLBodyEditor::SchemaStatus::Error);
        } else if (const std::optional<graphql::Schema> schema = cache.schema(key)) {
            show(*schema, cache.fetchedAt(key), key);
            editor->setSchemaStatus(tr("Schema of %1 from the collection's cache").arg(key),
                                    GraphQLBodyEditor::SchemaStatus::Info);
            return;
        }
    }
    m_shownKey = key;
    editor->clearSchema();
    editor->setSchemaStatus({}, GraphQLBodyEditor::SchemaStatus::Info);
}

void GraphQLSchemaController::fetch()
{
    const Request request = m_editor->request();
    m_fetchingKey = cacheKey(request);
    m_editor->graphqlEditor()->setSchemaStatus(tr("Fetching the schema from %1\u2026").arg(m_fetchingKey),
                                               GraphQLBodyEditor::SchemaStatus::Busy);
    m_fetcher->fetch(request, m_context ? *m_context : VariableContext{});
}

void GraphQLSchemaController::onFetched(const QString &sentUrl, const graphql::Schema &schema,
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
    SchemaCache cache(cacheFile());
    Result<void> stored = cache.load(); // keep what other requests stored
    if (stored)
        stored = cache.store(key, introspection, now);
    if (!stored) {
        m_memory.insert(key, {schema, now});
        editor->setSchemaStatus(tr("Schema of %1 fetched, but not cached: %2").arg(key, stored.error().message),
                                GraphQLBodyEditor::SchemaStatus::Error);
    } else {
        editor->setSchemaStatus(tr("Schema of %1 fetched and cached in %2")
                                    .arg(key, QDir::toNativeSeparators(cache.filePath())),
                                GraphQLBodyEditor::SchemaStatus::Info);
    }
    emit schemaFetched(key);
}

void GraphQLSchemaController::onFailed(const Error &error)
{
    const QString message = tr("Fetch schema from %1 failed: %2").arg(m_fetchingKey, error.message);
    m_editor->graphqlEditor()->setSchemaStatus(message, GraphQLBodyEditor::SchemaStatus::Error);
    emit fetchFailed(message);
}

void GraphQLSchemaController::show(const graphql::Schema &schema, const QDateTime &fetchedAt,
                                   const QString &key)
{
    m_shownKey = key;
    m_editor->graphqlEditor()->showSchema(schema, fetchedAt);
}

} // namespace wirescope
