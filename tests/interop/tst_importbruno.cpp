// Bruno collection folders: real collections from usebruno/bruno (tests/data/import/bruno-*,
// sources in tests/data/corpus/SOURCES.md), the .bru block parser, and hostile folders (links
// out of the collection, files that do not parse, folders that are not collections).

#include "core/interop/brunoblocks.h"
#include "core/interop/brunoimporter.h"
#include "core/interop/bruparser.h"
#include "core/interop/importer.h"
#include "core/interop/importhelpers.h"
#include "tests/interop/importtesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wirescope;
using namespace wirescope::test;

namespace {

QString dataFolder(const QString &name)
{
    return sourceDataDir() + QStringLiteral("/import/") + name;
}

ImportResult importFolder(const QString &dir)
{
    auto r = importDirectory(dir);
    if (!r)
        qFatal("import of %s failed: %s", qPrintable(dir), qPrintable(r.error().message));
    return std::move(r).value();
}

const Environment *environment(const ImportResult &r, const QString &name)
{
    for (const Environment &e : r.environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const Variable *variable(const VariableList &list, const QString &name)
{
    for (const Variable &v : list) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

const QByteArray kBrunoJson = R"({"version": "1", "name": "tmp", "type": "collection"})";
const QByteArray kPing = "meta {\n  name: ping\n  type: http\n  seq: 1\n}\n\nget {\n"
                         "  url: http://127.0.0.1/ping\n  body: none\n  auth: none\n}\n";

} // namespace

class tst_ImportBruno : public QObject
{
    Q_OBJECT

private slots:
    void testbenchCollection();
    void testbenchEnvironments();
    void testbenchBodies();
    void testbenchAuthAndAsserts();
    void assertCombinations();
    void apiKeyAuth();
    void grammarFixture();
    void parserErrorsNameFileAndLine_data();
    void parserErrorsNameFileAndLine();
    void parserTextAndListBlocks();
    void brokenFileIsNotedNotFatal();
    void linksOutOfTheFolderAreSkipped();
    void notABrunoFolder();
    void fuzzSeedsParse();
    void thousandRequests();
    void truncatedFilesFailCleanly();
    void deepFoldersAreRefused();
};

void tst_ImportBruno::testbenchCollection()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-testbench")));
    QCOMPARE(r.format, ImportFormat::Bruno);
    const Collection &c = r.collection;
    QCOMPARE(c.name, QStringLiteral("bruno-testbench"));
    QVERIFY(c.description.contains(QStringLiteral("test collection")));
    // collection.bru headers, with the @description annotations (also multi-line) skipped
    QCOMPARE(c.headers.size(), 3);
    QCOMPARE(c.headers.at(1).name, QStringLiteral("token"));
    QCOMPARE(c.headers.at(1).value, QStringLiteral("{{collection_pre_var_token}}"));
    QCOMPARE(c.auth.kind, AuthKind::Bearer);
    QCOMPARE(c.auth.token, QStringLiteral("{{bearer_auth_token}}"));
    QCOMPARE(variableValue(c.variables, QStringLiteral("coll_num")), QStringLiteral("100"));
    QCOMPARE(variableValue(c.variables, QStringLiteral("coll_obj")),
             QStringLiteral("{\"scope\":\"collection\"}"));
    QCOMPARE(c.scripts.size(), 2); // script:pre-request and tests, kept but not run
    QVERIFY(r.report.mentions(QString(), QStringLiteral("script:pre-request kept but not run")));
    QVERIFY(r.report.mentions(QString(), QStringLiteral(".env file is not imported")));
    QCOMPARE(childNames(c.items),
             (QStringList{QStringLiteral("asserts"), QStringLiteral("auth"), QStringLiteral("echo"),
                          QStringLiteral("graphql"), QStringLiteral("scripting")}));
    // requests sorted by meta seq, not by file name
    const Folder *echo = findFolder(c, QStringLiteral("echo"));
    QVERIFY(echo);
    QCOMPARE(childNames(echo->children),
             (QStringList{QStringLiteral("echo json"), QStringLiteral("echo multipart"),
                          QStringLiteral("echo form-url-encoded")}));
    QCOMPARE(countRequests(c.items), 8);
    const Request *query = findRequest(c, QStringLiteral("scripting/api/req/getQueryString"));
    QVERIFY(query);
    QCOMPARE(query->queryParams.size(), 3);
    QCOMPARE(query->queryParams.at(2).name, QStringLiteral("sort"));
    QCOMPARE(query->queryParams.at(2).value, QStringLiteral("desc"));
}

void tst_ImportBruno::testbenchEnvironments()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-testbench")));
    QCOMPARE(r.environments.size(), 2);
    const Environment *local = environment(r, QStringLiteral("Local"));
    QVERIFY(local);
    QCOMPARE(variableValue(local->variables, QStringLiteral("host")),
             QStringLiteral("http://localhost:8080"));
    QCOMPARE(variableValue(local->variables, QStringLiteral("typed_env_num")),
             QStringLiteral("300"));
    const Variable *secret = variable(local->variables, QStringLiteral("github_client_secret"));
    QVERIFY(secret);
    QVERIFY(secret->secret);
    QVERIFY(secret->value.isEmpty());
    QVERIFY(r.report.mentions(QStringLiteral("environment Local"), QStringLiteral("PROC_ENV_VAR")));
    const Environment *prod = environment(r, QStringLiteral("Prod"));
    QVERIFY(prod);
    QVERIFY(!variable(prod->variables, QStringLiteral("github_client_secret")));
}

void tst_ImportBruno::testbenchBodies()
{
    const QString root = dataFolder(QStringLiteral("bruno-testbench"));
    const ImportResult r = importFolder(root);
    const HttpItem *json = findHttp(r.collection, QStringLiteral("echo/echo json"));
    QVERIFY(json);
    QCOMPARE(json->request.method, QStringLiteral("POST"));
    QCOMPARE(json->request.url, QStringLiteral("{{host}}/api/echo/json"));
    QCOMPARE(json->request.body.kind, BodyKind::Raw);
    QCOMPARE(json->request.body.language, RawLanguage::Json);
    QCOMPARE(json->request.body.raw, QStringLiteral("{\n  \"hello\": \"bruno\"\n}"));
    QCOMPARE(json->request.auth.kind, AuthKind::None);
    QCOMPARE(firstValue(json->request.headers, u"foo"), QStringLiteral("bar"));
    QCOMPARE(json->scripts.size(), 2);

    const Request *form = findRequest(r.collection, QStringLiteral("echo/echo form-url-encoded"));
    QVERIFY(form);
    QCOMPARE(form->body.kind, BodyKind::FormUrlEncoded);
    QCOMPARE(form->body.form.size(), 6); // duplicate keys kept
    QCOMPARE(form->body.form.at(4).value, QStringLiteral("value_3"));

    const Request *multipart = findRequest(r.collection, QStringLiteral("echo/echo multipart"));
    QVERIFY(multipart);
    QCOMPARE(multipart->body.kind, BodyKind::Multipart);
    const QList<MultipartPart> &parts = multipart->body.multipart;
    QCOMPARE(parts.size(), 5);
    QCOMPARE(parts.at(0).value, QStringLiteral("{\"bar\":\"baz\"}"));
    QCOMPARE(parts.at(0).contentType, QStringLiteral("application/json--test"));
    QCOMPARE(parts.at(1).value, QStringLiteral("\"multiline-test\""));
    QCOMPARE(parts.at(1).contentType, QStringLiteral("application/json--multiline--test"));
    QVERIFY(parts.at(4).isFile);
    QCOMPARE(parts.at(4).filePath,
             QDir(QFileInfo(root).canonicalFilePath()).filePath(u"bruno.png"_qs));

    const Request *graphql = findRequest(r.collection, QStringLiteral("graphql/spacex"));
    QVERIFY(graphql);
    QCOMPARE(graphql->body.kind, BodyKind::GraphQL);
    QVERIFY(graphql->body.graphql.query.contains(QStringLiteral("company {")));
}

void tst_ImportBruno::testbenchAuthAndAsserts()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-testbench")));
    const HttpItem *basic =
        findHttp(r.collection, QStringLiteral("auth/basic/via auth/Basic Auth 200"));
    QVERIFY(basic);
    QCOMPARE(basic->request.auth.kind, AuthKind::Basic);
    QCOMPARE(basic->request.auth.username, QStringLiteral("bruno"));
    QCOMPARE(basic->request.auth.password, QStringLiteral("{{basic_auth_password}}"));
    QCOMPARE(basic->assertions.size(), 2);
    QCOMPARE(basic->assertions.at(0).target, Assertion::Target::Status); // `res.status: 200`
    QCOMPARE(basic->assertions.at(0).op, Assertion::Op::Equals);
    QCOMPARE(basic->assertions.at(0).expected, QStringLiteral("200"));
    QCOMPARE(basic->assertions.at(1).target, Assertion::Target::JsonPath);
    QCOMPARE(basic->assertions.at(1).property, QStringLiteral("$.message"));
    QCOMPARE(basic->assertions.at(1).expected, QStringLiteral("Authentication successful"));

    // folder.bru names the folder; isTruthy has no Wirescope check
    const HttpItem *digest = findHttp(r.collection, QStringLiteral("auth/digest/Digest Auth 200"));
    QVERIFY(digest);
    QCOMPARE(digest->request.auth.kind, AuthKind::Digest);
    QCOMPARE(digest->request.auth.username, QStringLiteral("admin"));
    QCOMPARE(digest->assertions.size(), 1);
    QVERIFY(r.report.mentions(QStringLiteral("auth/digest/Digest Auth 200"),
                              QStringLiteral("no 'isTruthy' check")));

    const HttpItem *spacex = findHttp(r.collection, QStringLiteral("graphql/spacex"));
    QVERIFY(spacex);
    QCOMPARE(spacex->assertions.size(), 2);
    QCOMPARE(spacex->assertions.at(1).property, QStringLiteral("$.data.company.ceo"));
    QCOMPARE(spacex->assertions.at(1).expected, QStringLiteral("Elon Musk"));
}

void tst_ImportBruno::assertCombinations()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-testbench")));
    const QString path = QStringLiteral("asserts/test-assert-combinations");
    const HttpItem *item = findHttp(r.collection, path);
    QVERIFY(item);
    // 28 lines: one calls a function (toString()), which Wirescope cannot address
    QCOMPARE(item->assertions.size(), 27);
    QVERIFY(
        r.report.mentions(path, QStringLiteral("cannot check 'res.body.numberBig.toString()'")));
    const Assertion &quoted = item->assertions.at(1); // res.body.string: eq 'foo'
    QCOMPARE(quoted.property, QStringLiteral("$.string"));
    QCOMPARE(quoted.expected, QStringLiteral("foo"));
    QCOMPARE(item->assertions.at(3).expected, QStringLiteral("'foo'")); // eq "'foo'"
    const Assertion &undefinedCheck = item->assertions.at(24);          // nonexistent: eq undefined
    QCOMPARE(undefinedCheck.property, QStringLiteral("$.nonexistent"));
    QCOMPARE(undefinedCheck.op, Assertion::Op::NotExists);
}

void tst_ImportBruno::apiKeyAuth()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-apikey")));
    QCOMPARE(r.collection.name, QStringLiteral("apikey-auth-mode-test"));
    const Request *header = findRequest(r.collection, QStringLiteral("dynamic-header-key"));
    const Request *query = findRequest(r.collection, QStringLiteral("dynamic-query-key"));
    QVERIFY(header && query);
    QCOMPARE(header->auth.kind, AuthKind::ApiKey);
    QCOMPARE(header->auth.apiKeyLocation, ApiKeyLocation::Header);
    QCOMPARE(query->auth.apiKeyLocation, ApiKeyLocation::Query);
    QCOMPARE(query->auth.apiKeyName, QStringLiteral("{{api_key_query_name}}"));
    QCOMPARE(query->auth.apiKeyValue, QStringLiteral("{{api_key_value}}"));
    QVERIFY(r.report.mentions(QStringLiteral("dynamic-query-key"),
                              QStringLiteral("request variables (vars:pre-request) not imported: "
                                             "api_key_query_name, api_key_value")));
}

void tst_ImportBruno::grammarFixture()
{
    const ImportResult r = importFolder(dataFolder(QStringLiteral("bruno-lang-fixture")));
    const HttpItem *item = findHttp(r.collection, QStringLiteral("Send Bulk SMS"));
    QVERIFY(item);
    const Request &req = item->request;
    QCOMPARE(req.url, QStringLiteral("https://api.textlocal.in/send/:id"));
    QCOMPARE(req.queryParams.size(), 8);
    QCOMPARE(req.queryParams.at(3).name, QStringLiteral("colon:parameter"));
    QCOMPARE(req.queryParams.at(4).name, QStringLiteral("nested escaped \"quote\""));
    QCOMPARE(req.queryParams.at(6).name, QStringLiteral("disabled:colon:parameter"));
    QVERIFY(!req.queryParams.at(6).enabled);
    QCOMPARE(req.pathVariables.size(), 1);
    QCOMPARE(req.pathVariables.at(0).value, QStringLiteral("123"));
    QCOMPARE(req.auth.kind, AuthKind::Bearer);
    QCOMPARE(req.auth.token, QStringLiteral("123"));
    QCOMPARE(req.description,
             QStringLiteral("This request needs auth token to be set in the headers."));
    // vars:post-response: `@name` (a local variable in Bruno) and `$res` spellings
    QCOMPARE(item->captures.size(), 4);
    QCOMPARE(item->captures.at(0).variable, QStringLiteral("token"));
    QCOMPARE(item->captures.at(0).expression, QStringLiteral("$.token"));
    QCOMPARE(item->captures.at(1).variable, QStringLiteral("orderNumber"));
    QVERIFY(!item->captures.at(2).enabled);
    QCOMPARE(item->assertions.size(), 2);
    QCOMPARE(item->assertions.at(0).target, Assertion::Target::Status);
    QVERIFY(!item->assertions.at(1).enabled);
    // collection.bru: a disabled header, post-response vars it cannot hold
    QCOMPARE(r.collection.headers.size(), 3);
    QVERIFY(!r.collection.headers.at(2).enabled);
    QVERIFY(r.report.mentions(QString(), QStringLiteral("vars:post-response on a folder")));
    QCOMPARE(r.collection.scripts.size(), 2);
}

void tst_ImportBruno::parserErrorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed block")
        << u"meta {\n  name: x\n"_qs << u"a.bru:1: block 'meta' is not closed"_qs;
    QTest::newRow("no colon") << u"meta {\n  name x\n}\n"_qs
                              << u"a.bru:2: expected 'key: value'"_qs;
    QTest::newRow("stray text") << u"meta {\n}\nhello\n"_qs
                                << u"a.bru:3: expected the start of a block"_qs;
    QTest::newRow("unindented") << u"headers {\nfoo: bar\n}\n"_qs
                                << u"a.bru:2: expected '}' to close block 'headers'"_qs;
    QTest::newRow("multiline") << u"vars {\n  a: '''\n    x\n}\n"_qs
                               << u"a.bru:2: multi-line value of 'a' is not closed"_qs;
    QTest::newRow("text block") << u"docs {\n  text\n"_qs
                                << u"a.bru:1: block 'docs' is not closed"_qs;
    QTest::newRow("list") << u"vars:secret [\n  a,\n"_qs
                          << u"a.bru:1: block 'vars:secret' is not closed"_qs;
}

void tst_ImportBruno::parserErrorsNameFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto doc = interop::parseBru(text, QStringLiteral("a.bru"));
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.startsWith(error), qPrintable(doc.error().message));
}

void tst_ImportBruno::parserTextAndListBlocks()
{
    const auto doc = interop::parseBru(
        u"body:json {\n  {\n    \"a\": \"}\"\n  }\n}\r\n\r\nvars:secret [\n  one,\n  ~two\n]\n"_qs,
        QStringLiteral("b.bru"));
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->blocks.size(), 2);
    QCOMPARE(doc->blocks.at(0).kind, interop::BruBlock::Kind::Text);
    QCOMPARE(doc->blocks.at(0).text, QStringLiteral("{\n  \"a\": \"}\"\n}"));
    QCOMPARE(doc->blocks.at(1).kind, interop::BruBlock::Kind::List);
    QCOMPARE(doc->blocks.at(1).pairs.size(), 2);
    QCOMPARE(doc->blocks.at(1).pairs.at(1).key, QStringLiteral("two"));
    QVERIFY(!doc->blocks.at(1).pairs.at(1).enabled);
    QCOMPARE(doc->blocks.at(1).pairs.at(1).line, 9);
}

void tst_ImportBruno::brokenFileIsNotedNotFatal()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"bruno.json"_qs), kBrunoJson);
    writeFile(dir.filePath(u"ok.bru"_qs), kPing);
    writeFile(dir.filePath(u"sub/broken.bru"_qs), "meta {\n  name: broken\n\nget {\n");
    const ImportResult r = importFolder(dir.path());
    QCOMPARE(countRequests(r.collection.items), 1);
    QVERIFY(findRequest(r.collection, QStringLiteral("ping")));
    QVERIFY2(
        r.report.mentions(QStringLiteral("sub/broken"),
                          QStringLiteral("sub/broken.bru:4: expected '}' to close block 'meta'")),
        qPrintable(r.report.toText()));
}

void tst_ImportBruno::linksOutOfTheFolderAreSkipped()
{
    QTemporaryDir outside;
    writeFile(outside.filePath(u"secret.bru"_qs), kPing);
    writeFile(outside.filePath(u"folder/other.bru"_qs), kPing);
    QTemporaryDir dir;
    writeFile(dir.filePath(u"bruno.json"_qs), kBrunoJson);
    writeFile(dir.filePath(u"inside/ping.bru"_qs), kPing);
    QVERIFY(QFile::link(outside.filePath(u"secret.bru"_qs), dir.filePath(u"leak.bru"_qs)));
    QVERIFY(QFile::link(outside.filePath(u"folder"_qs), dir.filePath(u"leakdir"_qs)));
    QVERIFY(QFile::link(dir.path(), dir.filePath(u"inside/loop"_qs))); // back to the root
    QVERIFY(QFile::link(dir.filePath(u"inside/ping.bru"_qs),
                        dir.filePath(u"alias.bru"_qs))); // inside: fine
    const ImportResult r = importFolder(dir.path());
    QCOMPARE(countRequests(r.collection.items), 2); // inside/ping and alias
    QVERIFY(!findItem(r.collection.items, QStringLiteral("leakdir")));
    QVERIFY(r.report.mentions(QString(),
                              QStringLiteral("leak.bru skipped: a link that leads outside")));
    QVERIFY(
        r.report.mentions(QString(), QStringLiteral("leakdir skipped: a link that leads outside")));
    QVERIFY(r.report.mentions(QStringLiteral("inside"),
                              QStringLiteral("loop skipped: a link to a folder already read")));
}

void tst_ImportBruno::notABrunoFolder()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"ping.bru"_qs), kPing);
    auto r = importDirectory(dir.path());
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("without bruno.json")));
    writeFile(dir.filePath(u"bruno.json"_qs), "[1, 2");
    r = importDirectory(dir.path());
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("bruno.json: not a JSON object")),
             qPrintable(r.error().message));
    r = importDirectory(dir.path(), ImportFormat::Postman);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("only a Bruno collection")));
    r = importData("meta {\n}\n", ImportFormat::Bruno);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("a Bruno collection is a folder")));
    bool ok = false;
    QCOMPARE(importFormatFromName(u"bruno", &ok), ImportFormat::Bruno);
    QVERIFY(ok);
}

void tst_ImportBruno::fuzzSeedsParse()
{
    const QDir seeds(sourceDataDir() + QStringLiteral("/../fuzz/seeds/bruno"));
    const QStringList files = seeds.entryList({QStringLiteral("*.bru")}, QDir::Files);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files) {
        QFile f(seeds.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = interop::parseBru(QString::fromUtf8(f.readAll()), file);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
        QVERIFY2(!doc->blocks.isEmpty(), qPrintable(file));
    }
}

/// A 1,000-request folder (20 folders of 50 copies of a real request): all imported, in seq
/// order; the time is printed for the README's figures (no bound: the machine is shared).
void tst_ImportBruno::thousandRequests()
{
    QFile source(dataFolder(QStringLiteral("bruno-testbench/echo/echo json.bru")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray request = source.readAll();
    QTemporaryDir dir;
    writeFile(dir.filePath(u"bruno.json"_qs), kBrunoJson);
    for (int folder = 0; folder < 20; ++folder) {
        for (int i = 0; i < 50; ++i) {
            QByteArray text = request;
            text.replace("name: echo json",
                         QByteArray(QByteArray("name: r") + QByteArray::number(i)));
            text.replace("seq: 2", QByteArray(QByteArray("seq: ") + QByteArray::number(50 - i)));
            writeFile(dir.filePath(QStringLiteral("f%1/r%2.bru").arg(folder).arg(i)), text);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = importFolder(dir.path());
    qInfo("1,000-request Bruno folder imported in %lld ms", timer.elapsed());
    QCOMPARE(countRequests(r.collection.items), 1000);
    const Folder *first = findFolder(r.collection, QStringLiteral("f0"));
    QVERIFY(first);
    QCOMPARE(first->children.front().name(), QStringLiteral("r49")); // seq 1
}

/// Every seed cut after each of its lines (and mid-line): the parser gives blocks or an error
/// that names the file and a line, and the request conversion takes whatever parsed.
void tst_ImportBruno::truncatedFilesFailCleanly()
{
    const QDir seeds(sourceDataDir() + QStringLiteral("/../fuzz/seeds/bruno"));
    int errors = 0;
    for (const QString &file : seeds.entryList({QStringLiteral("*.bru")}, QDir::Files)) {
        QFile f(seeds.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (qsizetype cut = 0; cut < text.size(); cut += 7) {
            const auto doc = interop::parseBru(text.left(cut), file);
            if (!doc) {
                ++errors;
                static const QRegularExpression named(QStringLiteral("^[^:]+\\.bru:[0-9]+: "));
                QVERIFY2(named.match(doc.error().message).hasMatch(),
                         qPrintable(doc.error().message));
                continue;
            }
            ImportReport report;
            interop::BrunoBlocks blocks(report, QDir::tempPath());
            (void)blocks.item(*doc, file);
        }
    }
    QVERIFY(errors > 100); // most cuts leave a block open
}

void tst_ImportBruno::deepFoldersAreRefused()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"bruno.json"_qs), kBrunoJson);
    QString deep = dir.path();
    for (int i = 0; i <= interop::kMaxFolderDepth + 1; ++i)
        deep += QStringLiteral("/d");
    QVERIFY(QDir().mkpath(deep));
    const auto r = importDirectory(dir.path());
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("nested deeper than")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(tst_ImportBruno)
#include "tst_importbruno.moc"
