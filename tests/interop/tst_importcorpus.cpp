// Imports every file of the real-world corpus (tests/data/corpus, see its SOURCES.md) and checks
// concrete values read from the input files by hand.

#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "tests/interop/importtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

class tst_ImportCorpus : public QObject
{
    Q_OBJECT

private:
    static ImportResult load(const QString &file)
    {
        auto r =
            importData(readDataFile(QStringLiteral("corpus/") + file), ImportFormat::Auto, file);
        if (!r)
            qFatal("import of %s failed: %s", qPrintable(file), qPrintable(r.error().message));
        return std::move(r).value();
    }

private slots:
    void everyFile_data();
    void everyFile();
    void conduit();
    void postmanComplex();
    void insomniaBasic();
    void harDeep();
    void petstore();
    void realworldOpenApi();
    void curlBrowserHeaders();
};

void tst_ImportCorpus::everyFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("folders");

    QTest::newRow("conduit") << u"Conduit.postman_collection.json"_qs << ImportFormat::Postman
                             << u"Conduit"_qs << 32 << 5;
    QTest::newRow("postman-complex")
        << u"postman-complex-v2_1-input.json"_qs << ImportFormat::Postman
        << u"Complex Test Collection"_qs << 6 << 1;
    QTest::newRow("insomnia-basic")
        << u"insomnia-4-basic-input.yaml"_qs << ImportFormat::Insomnia << u"Insomnia"_qs << 0 << 0;
    QTest::newRow("har-deep") << u"har-deep-input.json"_qs << ImportFormat::Har
                              << u"har-deep-input"_qs << 2 << 0;
    QTest::newRow("petstore") << u"petstore.yaml"_qs << ImportFormat::OpenApi
                              << u"Swagger Petstore"_qs << 3 << 1;
    QTest::newRow("realworld") << u"realworld-openapi.yml"_qs << ImportFormat::OpenApi
                               << u"RealWorld Conduit API"_qs << 19 << 6;
    QTest::newRow("curl") << u"curlconverter-get_with_browser_headers.sh"_qs << ImportFormat::Curl
                          << u"curlconverter-get_with_browser_headers"_qs << 1 << 0;
}

void tst_ImportCorpus::everyFile()
{
    QFETCH(QString, file);
    QFETCH(ImportFormat, format);
    QFETCH(QString, name);
    QFETCH(int, requests);
    QFETCH(int, folders);
    const QByteArray data = readDataFile(QStringLiteral("corpus/") + file);
    QCOMPARE(detectFormat(data), format);
    const ImportResult r = load(file);
    QCOMPARE(r.format, format);
    QCOMPARE(r.collection.name, name);
    QCOMPARE(countRequests(r.collection.items), requests);
    QCOMPARE(countFolders(r.collection.items), folders);
    QVERIFY(!r.collection.id.isEmpty());
}

void tst_ImportCorpus::conduit()
{
    const ImportResult r = load(u"Conduit.postman_collection.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(childNames(c.items),
             (QStringList{u"Auth"_qs, u"Articles"_qs, u"Articles, Favorite, Comments"_qs,
                          u"Profiles"_qs, u"Tags"_qs}));
    QVERIFY(c.description.startsWith(u"Collection for testing the Conduit API"_qs));
    QCOMPARE(countRequests(findFolder(c, u"Auth"_qs)->children), 5);
    QCOMPARE(countRequests(findFolder(c, u"Articles, Favorite, Comments"_qs)->children), 18);

    const HttpItem *reg = findHttp(c, u"Auth/Register"_qs);
    QVERIFY(reg);
    QCOMPARE(reg->request.method, u"POST"_qs);
    QCOMPARE(reg->request.url, u"{{APIURL}}/users"_qs);
    QCOMPARE(firstValue(reg->request.headers, u"Content-Type"), u"application/json"_qs);
    QCOMPARE(firstValue(reg->request.headers, u"X-Requested-With"), u"XMLHttpRequest"_qs);
    QCOMPARE(reg->request.body.kind, BodyKind::Raw);
    QCOMPARE(
        reg->request.body.raw,
        uR"({"user":{"email":"{{EMAIL}}", "password":"{{PASSWORD}}", "username":"{{USERNAME}}"}})"_qs);
    QCOMPARE(reg->request.auth.kind, AuthKind::Inherit);
    QCOMPARE(reg->scripts.size(), 1);
    QCOMPARE(reg->scripts.first().event, u"test"_qs);
    QVERIFY(reg->scripts.first().source.contains(u"tests['User has \"token\" property']"_qs));
    QVERIFY(!r.report.mentions(u"Auth/Register"_qs, u"not run"_qs));

    const Request *current = findRequest(c, u"Auth/Current User"_qs);
    QVERIFY(current);
    QCOMPARE(current->method, u"GET"_qs);
    QCOMPARE(firstValue(current->headers, u"Authorization"), u"Token {{token}}"_qs);
    QCOMPARE(current->body.kind, BodyKind::None); // raw "" sends nothing

    const Request *byAuthor = findRequest(c, u"Articles/Articles by Author"_qs);
    QVERIFY(byAuthor);
    QCOMPARE(byAuthor->url, u"{{APIURL}}/articles?author=johnjacob"_qs);
    QCOMPARE(byAuthor->queryParams.size(), 1);
    QCOMPARE(byAuthor->queryParams.first().name, u"author"_qs);
    QCOMPARE(byAuthor->queryParams.first().value, u"johnjacob"_qs);

    const Request *del =
        findRequest(c, u"Articles, Favorite, Comments/Delete Comment for Article"_qs);
    QVERIFY(del);
    QCOMPARE(del->method, u"DELETE"_qs);
    QCOMPARE(del->url, u"{{APIURL}}/articles/{{slug}}/comments/{{commentId}}"_qs);
    QVERIFY(findHttp(c, u"Articles, Favorite, Comments/Delete Comment for Article"_qs)
                ->scripts.isEmpty());
    QCOMPARE(findRequest(c, u"Tags/All Tags"_qs)->url, u"{{APIURL}}/tags"_qs);

    // 30 requests carry a non-empty test script; they run now, and every call they make is
    // one the script engine implements, so the report names none.
    int notRun = 0;
    int unsupported = 0;
    for (const ImportNote &note : r.report.notes()) {
        notRun += note.message.contains(u"not run"_qs) ? 1 : 0;
        unsupported += note.message.contains(u"does not implement"_qs) ? 1 : 0;
    }
    QCOMPARE(notRun, 0);
    QCOMPARE(unsupported, 0);
    QVERIFY(r.report.mentions(QString(), u"30 pre-request/test script(s) imported"_qs));
}

void tst_ImportCorpus::postmanComplex()
{
    const ImportResult r = load(u"postman-complex-v2_1-input.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.description, u"A collection for testing"_qs);
    QCOMPARE(childNames(c.items),
             (QStringList{u"First Folder"_qs, u"Test Request"_qs, u"Test Request Unknown Body"_qs,
                          u"Test Request Empty Body"_qs, u"Test Request GraphQL Body"_qs}));
    const Folder *first = findFolder(c, u"First Folder"_qs);
    QCOMPARE(first->description, u"The first folder"_qs);
    QVERIFY(first->scripts.isEmpty()); // both scripts are empty placeholders

    // This request's name holds slashes ("{{base_url}}/api/users"): take it by position.
    QCOMPARE(first->children.size(), size_t(2));
    QCOMPARE(first->children.front().name(), u"{{base_url}}/api/users"_qs);
    const Request *form = &std::get<HttpItem>(first->children.front().node).request;
    QCOMPARE(form->method, u"POST"_qs);
    QCOMPARE(firstValue(form->headers, u"Authorization"), u"Basic dXNlcm5hbWU6cGFzc3dvcmQ="_qs);
    QCOMPARE(form->body.kind, BodyKind::Multipart);
    QCOMPARE(form->body.multipart.size(), 3);
    QVERIFY(form->body.multipart.at(0).isFile);
    QCOMPARE(form->body.multipart.at(0).name, u"file"_qs);
    QCOMPARE(form->body.multipart.at(0).filePath, u"/home/user/test.txt"_qs);
    QCOMPARE(form->body.multipart.at(1).value, u"bar"_qs);
    QVERIFY(form->body.multipart.at(1).enabled);
    QCOMPARE(form->body.multipart.at(2).name, u"baz"_qs);
    QVERIFY(!form->body.multipart.at(2).enabled);

    const Request *urlencoded = findRequest(c, u"First Folder/Urlencoded Form Test"_qs);
    QCOMPARE(urlencoded->body.kind, BodyKind::FormUrlEncoded);
    QCOMPARE(urlencoded->body.form, (KeyValueList{{u"foo"_qs, u"bar"_qs, true, QString()}}));

    const Request *raw = findRequest(c, u"Test Request"_qs);
    QCOMPARE(raw->body.kind, BodyKind::Raw);
    QCOMPARE(raw->body.raw, u"hello world!"_qs);
    QCOMPARE(raw->description, u"Request with raw body"_qs);

    QCOMPARE(findRequest(c, u"Test Request Unknown Body"_qs)->body.kind, BodyKind::None);
    QVERIFY(r.report.mentions(u"Test Request Unknown Body"_qs, u"body mode 'unknown'"_qs));
    QCOMPARE(findRequest(c, u"Test Request Empty Body"_qs)->body.kind, BodyKind::None);

    const Request *gql = findRequest(c, u"Test Request GraphQL Body"_qs);
    QCOMPARE(gql->url, u"{{base_url}}/graphql/"_qs);
    QCOMPARE(gql->body.kind, BodyKind::GraphQL);
    QCOMPARE(gql->method, u"POST"_qs);
    QCOMPARE(gql->body.graphql.transport, GraphQLTransport::Post);
    QVERIFY(gql->body.graphql.query.startsWith(
        u"mutation loginUser($username: String!, $password: String!) {\n  login("_qs));
    // Postman's variables text comes over as typed, {{variables}} included.
    QCOMPARE(gql->body.graphql.variables,
             u"{\n    \"password\": \"{{password}}\",\n    \"username\": \"{{username}}\"\n}"_qs);
    QVERIFY(gql->body.graphql.operationName.isEmpty());
    QVERIFY(!r.report.mentions(u"Test Request GraphQL Body"_qs, u"GraphQL"_qs)); // nothing lost
}

void tst_ImportCorpus::insomniaBasic()
{
    const ImportResult r = load(u"insomnia-4-basic-input.yaml"_qs);
    QCOMPARE(r.collection.name, u"Insomnia"_qs);
    QVERIFY(r.collection.items.empty());
    QVERIFY(r.environments.isEmpty());
}

void tst_ImportCorpus::harDeep()
{
    const ImportResult r = load(u"har-deep-input.json"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.description, u"Recorded by WebInspector"_qs);
    QCOMPARE(c.items.size(), size_t(2));
    const HttpItem &empty = std::get<HttpItem>(c.items.at(0).node);
    QCOMPARE(empty.request.method, u"POST"_qs);
    QVERIFY(empty.request.url.isEmpty());
    QCOMPARE(empty.request.body.kind, BodyKind::None);
    QVERIFY(empty.examples.isEmpty());
    QVERIFY(r.report.mentions(u"#1 POST (no URL)"_qs, u"no URL"_qs));

    const HttpItem &post = std::get<HttpItem>(c.items.at(1).node);
    QCOMPARE(post.request.method, u"POST"_qs);
    // The URL had no query; the recorded queryString adds foo=bar.
    QCOMPARE(post.request.url, u"https://insomnia.rest/foo/bar?foo=bar"_qs);
    QCOMPARE(post.request.queryParams.first().description, u"This is a comment"_qs);
    QCOMPARE(firstValue(post.request.headers, u"Host"), u"insomnia.rest"_qs);
    QCOMPARE(firstValue(post.request.headers, u"Cookie"), u"foo=bar"_qs);
    QCOMPARE(post.request.body.kind, BodyKind::Raw);
    QCOMPARE(post.request.body.raw, u"hello world!"_qs);
    QCOMPARE(post.examples.size(), 1);
    const ExampleResponse &ex = post.examples.first();
    QCOMPARE(ex.status, 200);
    QCOMPARE(ex.reason, u"OK"_qs);
    QCOMPARE(ex.headers.size(), 14);
    QCOMPARE(firstValue(ex.headers, u"CF-RAY"), u"303f1d248fc02a43-SEA"_qs);
    QCOMPARE(ex.body, QByteArray("{...}"));
    // The separate cookie list names cookies the Cookie header did not send: reported, not added.
    QVERIFY(r.report.mentions(u"#2 "_qs + post.request.name, u"__cfduid"_qs));
}

void tst_ImportCorpus::petstore()
{
    const ImportResult r = load(u"petstore.yaml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.variables.first().name, u"baseUrl"_qs);
    QCOMPARE(c.variables.first().value, u"http://petstore.swagger.io/v1"_qs);
    QCOMPARE(childNames(c.items), QStringList{u"pets"_qs});
    const Request *list = findRequest(c, u"pets/List all pets"_qs);
    QVERIFY(list);
    QCOMPARE(list->method, u"GET"_qs);
    QCOMPARE(list->url, u"{{baseUrl}}/pets"_qs); // limit is optional: a disabled row
    QCOMPARE(list->queryParams.size(), 1);
    QCOMPARE(list->queryParams.first().name, u"limit"_qs);
    QVERIFY(!list->queryParams.first().enabled);
    QCOMPARE(list->queryParams.first().description,
             u"How many items to return at one time (max 100)"_qs);
    const Request *create = findRequest(c, u"pets/Create a pet"_qs);
    QCOMPARE(create->method, u"POST"_qs);
    QCOMPARE(create->body.kind, BodyKind::None);
    const Request *show = findRequest(c, u"pets/Info for a specific pet"_qs);
    QCOMPARE(show->url, u"{{baseUrl}}/pets/:petId"_qs);
    QCOMPARE(show->pathVariables.size(), 1);
    QCOMPARE(show->pathVariables.first().name, u"petId"_qs);
    QCOMPARE(show->pathVariables.first().description, u"The id of the pet to retrieve"_qs);
    QCOMPARE(c.auth.kind, AuthKind::None);
}

void tst_ImportCorpus::realworldOpenApi()
{
    const ImportResult r = load(u"realworld-openapi.yml"_qs);
    const Collection &c = r.collection;
    QCOMPARE(c.description, u"Conduit API documentation"_qs);
    QCOMPARE(c.variables.first().value, u"https://api.realworld.show/api"_qs);
    // Folders follow the document's tag list; "Favorites" etc. hold their operations.
    QCOMPARE(childNames(c.items),
             (QStringList{u"Articles"_qs, u"Comments"_qs, u"Favorites"_qs, u"Profile"_qs,
                          u"Tags"_qs, u"User and Authentication"_qs}));
    QCOMPARE(countRequests(findFolder(c, u"Articles"_qs)->children), 6);
    QCOMPARE(countRequests(findFolder(c, u"User and Authentication"_qs)->children), 4);

    const Request *login = findRequest(c, u"User and Authentication/Existing user login"_qs);
    QVERIFY(login);
    QCOMPARE(login->method, u"POST"_qs);
    QCOMPARE(login->url, u"{{baseUrl}}/users/login"_qs);
    QCOMPARE(login->body.kind, BodyKind::Raw);
    QCOMPARE(login->body.language, RawLanguage::Json);
    const QJsonObject body = QJsonDocument::fromJson(login->body.raw.toUtf8()).object();
    QCOMPARE(body.value(u"user"_qs).toObject().value(u"email"_qs).toString(), u"string"_qs);
    QVERIFY(body.value(u"user"_qs).toObject().contains(u"password"_qs));
    QCOMPARE(login->auth.kind, AuthKind::Inherit);

    // CreateUser has no summary: named by its operationId.
    QVERIFY(findRequest(c, u"User and Authentication/CreateUser"_qs));

    const Request *current = findRequest(c, u"User and Authentication/Get current user"_qs);
    QCOMPARE(current->auth.kind, AuthKind::ApiKey);
    QCOMPARE(current->auth.apiKeyName, u"Authorization"_qs);
    QCOMPARE(current->auth.apiKeyLocation, ApiKeyLocation::Header);
    QCOMPARE(current->auth.apiKeyValue, u"{{apiKey}}"_qs);

    const Request *feed = findRequest(c, u"Articles/Get recent articles from users you follow"_qs);
    QCOMPARE(feed->url, u"{{baseUrl}}/articles/feed"_qs);
    QCOMPARE(feed->queryParams.size(), 2); // offset and limit via components/parameters
    QCOMPARE(feed->queryParams.at(0).name, u"offset"_qs);
    QCOMPARE(feed->queryParams.at(1).name, u"limit"_qs);
    QCOMPARE(feed->queryParams.at(1).value, u"20"_qs); // the schema's default

    const Request *delComment = findRequest(c, u"Comments/Delete a comment for an article"_qs);
    QCOMPARE(delComment->method, u"DELETE"_qs);
    QCOMPARE(delComment->url, u"{{baseUrl}}/articles/:slug/comments/:id"_qs);
    QCOMPARE(delComment->pathVariables.size(), 2);

    const Request *create = findRequest(c, u"Articles/Create an article"_qs);
    const QJsonObject article =
        QJsonDocument::fromJson(create->body.raw.toUtf8()).object().value(u"article"_qs).toObject();
    QCOMPARE(article.value(u"tagList"_qs).toArray().size(), 1);
    QVERIFY(article.contains(u"title"_qs));
}

void tst_ImportCorpus::curlBrowserHeaders()
{
    const ImportResult r = load(u"curlconverter-get_with_browser_headers.sh"_qs);
    QCOMPARE(r.collection.items.size(), size_t(1));
    const Request &req = std::get<HttpItem>(r.collection.items.front().node).request;
    QCOMPARE(req.method, u"GET"_qs);
    QCOMPARE(req.url, u"http://localhost:28139/"_qs);
    QCOMPARE(req.headers.size(), 7);
    QCOMPARE(req.headers.at(0).name, u"Accept-Encoding"_qs);
    QCOMPARE(req.headers.at(0).value, u"gzip, deflate, sdch"_qs);
    QCOMPARE(firstValue(req.headers, u"Referer"), u"http://www.wikipedia.org/"_qs);
    QVERIFY(firstValue(req.headers, u"Cookie")
                .startsWith(u"GeoIP=US:Albuquerque:35.1241:-106.7675:v4; "_qs));
    QVERIFY(
        firstValue(req.headers, u"Cookie").endsWith(u"centralnotice_bannercount_fr12-wait=14"_qs));
    QCOMPARE(firstValue(req.headers, u"Connection"), u"keep-alive"_qs);
    QCOMPARE(req.body.kind, BodyKind::None);
    QVERIFY(r.report.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportCorpus)
#include "tst_importcorpus.moc"
