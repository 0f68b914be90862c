#include "core/interop/brunoblocks.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"

#include <QDir>
#include <QRegularExpression>

namespace wirescope::interop {

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods = {
        QStringLiteral("get"),    QStringLiteral("post"),    QStringLiteral("put"),
        QStringLiteral("delete"), QStringLiteral("patch"),   QStringLiteral("options"),
        QStringLiteral("head"),   QStringLiteral("connect"), QStringLiteral("trace"),
    };
    return methods;
}

/// The first method block (`get {`, `post {`...) of @p doc, or nullptr.
const BruBlock *methodBlock(const BruDocument &doc)
{
    for (const BruBlock &b : doc.blocks) {
        if (b.kind == BruBlock::Kind::Dictionary && httpMethods().contains(b.name))
            return &b;
    }
    return nullptr;
}

QString pairValue(const BruBlock &block, QStringView key)
{
    for (const BruPair &pair : block.pairs) {
        if (pair.key == key)
            return pair.value;
    }
    return {};
}

/// 'text' or "text" without its quotes (Bruno's way to say "a string").
QString unquoted(const QString &value)
{
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            || (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))))
        return value.mid(1, value.size() - 2);
    return value;
}

/// `res.headers.name` / `res.headers['name']` -> name.
/// Older files write `$res.body...`; both spellings mean the response.
QString withoutDollar(const QString &expression)
{
    return expression.startsWith(QLatin1String("$res")) ? expression.mid(1) : expression;
}

std::optional<QString> headerOf(const QString &input)
{
    const QString expression = withoutDollar(input);
    static const QRegularExpression re(
        QStringLiteral("^res\\.headers(?:\\.([A-Za-z0-9_\\-]+)|\\[['\"]([^'\"]+)['\"]\\])$"));
    const QRegularExpressionMatch m = re.match(expression);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

struct OpMapping
{
    const char *bruno;
    Assertion::Op op;
    const char *type; ///< IsType's expected value, else nullptr
};

constexpr OpMapping kOps[] = {
    {"eq", Assertion::Op::Equals, nullptr},
    {"neq", Assertion::Op::NotEquals, nullptr},
    {"gt", Assertion::Op::GreaterThan, nullptr},
    {"lt", Assertion::Op::LessThan, nullptr},
    {"contains", Assertion::Op::Contains, nullptr},
    {"matches", Assertion::Op::Matches, nullptr},
    {"length", Assertion::Op::LengthEquals, nullptr},
    {"isDefined", Assertion::Op::Exists, nullptr},
    {"isUndefined", Assertion::Op::NotExists, nullptr},
    {"isNull", Assertion::Op::IsType, "null"},
    {"isNumber", Assertion::Op::IsType, "number"},
    {"isString", Assertion::Op::IsType, "string"},
    {"isBoolean", Assertion::Op::IsType, "boolean"},
    {"isArray", Assertion::Op::IsType, "array"},
};

/// Bruno's operators Wirescope has no check for (noted when met).
const QStringList &unmappedOps()
{
    static const QStringList ops = {
        QStringLiteral("gte"),        QStringLiteral("lte"),         QStringLiteral("in"),
        QStringLiteral("notIn"),      QStringLiteral("notContains"), QStringLiteral("notMatches"),
        QStringLiteral("startsWith"), QStringLiteral("endsWith"),    QStringLiteral("between"),
        QStringLiteral("isEmpty"),    QStringLiteral("isNotEmpty"),  QStringLiteral("isTruthy"),
        QStringLiteral("isFalsy"),    QStringLiteral("isJson"),
    };
    return ops;
}

/// Fills @p out's target from Bruno's left-hand side; false when Wirescope cannot address it.
bool assertionTarget(const QString &input, Assertion &out)
{
    const QString key = withoutDollar(input);
    if (key == u"res.status") {
        out.target = Assertion::Target::Status;
    } else if (key == u"res.responseTime") {
        out.target = Assertion::Target::ResponseTime;
    } else if (key == u"res.body") {
        out.target = Assertion::Target::Body;
    } else if (const auto header = headerOf(key)) {
        out.target = Assertion::Target::Header;
        out.property = *header;
    } else if (const auto path = BrunoBlocks::jsonPathOf(key)) {
        out.target = Assertion::Target::JsonPath;
        out.property = *path;
    } else {
        return false;
    }
    return true;
}

} // namespace

BrunoBlocks::BrunoBlocks(ImportReport &report, QString root)
    : m_report(report)
    , m_root(std::move(root))
{}

std::optional<QString> BrunoBlocks::jsonPathOf(const QString &input)
{
    const QString expression = withoutDollar(input);
    static const QRegularExpression re(
        QStringLiteral("^res\\.body((?:\\.[A-Za-z_$][A-Za-z0-9_$\\-]*|\\[[0-9]+\\])*)$"));
    const QRegularExpressionMatch m = re.match(expression);
    if (!m.hasMatch())
        return std::nullopt;
    return QLatin1Char('$') + m.captured(1);
}

QString BrunoBlocks::filePath(const QString &relative) const
{
    return QDir::cleanPath(QDir(m_root).absoluteFilePath(relative));
}

KeyValueList BrunoBlocks::pairs(const BruDocument &doc, QStringView blockName) const
{
    KeyValueList out;
    if (const BruBlock *b = doc.block(blockName)) {
        for (const BruPair &pair : b->pairs)
            out.append({pair.key, pair.value, pair.enabled, {}});
    }
    return out;
}

VariableList BrunoBlocks::variables(const BruDocument &doc) const
{
    VariableList out;
    for (const KeyValue &kv : pairs(doc, u"vars:pre-request"))
        out.append({kv.name, kv.value, kv.enabled, false, {}});
    return out;
}

QList<ImportedScript> BrunoBlocks::scripts(const BruDocument &doc, const QString &path)
{
    const struct
    {
        const char *block;
        const char *event;
    } kinds[] = {
        {"script:pre-request", "bruno-pre-request"},
        {"script:post-response", "bruno-post-response"},
        {"tests", "bruno-tests"},
    };
    QList<ImportedScript> out;
    for (const auto &kind : kinds) {
        const BruBlock *b = doc.block(QString::fromLatin1(kind.block));
        if (!b || b->text.trimmed().isEmpty())
            continue;
        out.append({QLatin1String(kind.event), b->text});
        m_report.warning(path, QStringLiteral("Bruno %1 kept but not run: Wirescope runs "
                                              "Postman's pm API, not Bruno's bru/res API")
                                   .arg(QLatin1String(kind.block)));
    }
    return out;
}

Auth BrunoBlocks::auth(const BruDocument &doc, const QString &mode, const QString &path)
{
    Auth a;
    if (mode.isEmpty() || mode == u"inherit") {
        a.kind = AuthKind::Inherit;
    } else if (mode == u"none") {
        a.kind = AuthKind::None;
    } else if (mode == u"basic" || mode == u"digest") {
        a.kind = mode == u"basic" ? AuthKind::Basic : AuthKind::Digest;
        const QString block = QStringLiteral("auth:") + mode;
        a.username = doc.value(block, u"username");
        a.password = doc.value(block, u"password");
    } else if (mode == u"bearer") {
        a.kind = AuthKind::Bearer;
        a.token = doc.value(u"auth:bearer", u"token");
    } else if (mode == u"apikey") {
        a.kind = AuthKind::ApiKey;
        a.apiKeyName = doc.value(u"auth:apikey", u"key");
        a.apiKeyValue = doc.value(u"auth:apikey", u"value");
        a.apiKeyLocation = doc.value(u"auth:apikey", u"placement") == u"queryparams"
                               ? ApiKeyLocation::Query
                               : ApiKeyLocation::Header;
    } else {
        m_report.dropped(path, QStringLiteral("%1 auth not imported (Wirescope has no "
                                              "counterpart for Bruno's settings); set it again")
                                   .arg(mode));
    }
    return a;
}

Body BrunoBlocks::body(const BruDocument &doc, const QString &mode, const QString &path)
{
    Body b;
    const auto rawFrom = [&](QStringView block, RawLanguage language) {
        b.kind = BodyKind::Raw;
        b.language = language;
        if (const BruBlock *text = doc.block(block))
            b.raw = text->text;
    };
    if (mode.isEmpty() || mode == u"none") {
        return b;
    } else if (mode == u"json") {
        rawFrom(u"body:json", RawLanguage::Json);
    } else if (mode == u"text" || mode == u"sparql") {
        rawFrom(mode == u"text" ? u"body:text" : u"body:sparql", RawLanguage::Text);
    } else if (mode == u"xml") {
        rawFrom(u"body:xml", RawLanguage::Xml);
    } else if (mode == u"formUrlEncoded") {
        b.kind = BodyKind::FormUrlEncoded;
        b.form = pairs(doc, u"body:form-urlencoded");
    } else if (mode == u"multipartForm") {
        b.kind = BodyKind::Multipart;
        if (const BruBlock *block = doc.block(u"body:multipart-form")) {
            static const QRegularExpression file(QStringLiteral("^@file\\((.*)\\)$"));
            for (const BruPair &pair : block->pairs) {
                MultipartPart part{pair.key, pair.value, false, {}, pair.contentType, pair.enabled};
                const QRegularExpressionMatch m = file.match(pair.value);
                if (m.hasMatch()) {
                    const QStringList files = m.captured(1).split(QLatin1Char('|'));
                    part.isFile = true;
                    part.value.clear();
                    part.filePath = filePath(files.first());
                    if (files.size() > 1)
                        m_report.dropped(path, QStringLiteral("multipart part '%1' sends %2 files; "
                                                              "only the first is kept")
                                                   .arg(pair.key)
                                                   .arg(files.size()));
                }
                b.multipart.append(part);
            }
        }
    } else if (mode == u"graphql") {
        b.kind = BodyKind::GraphQL;
        if (const BruBlock *q = doc.block(u"body:graphql"))
            b.graphql.query = q->text;
        if (const BruBlock *v = doc.block(u"body:graphql:vars"))
            b.graphql.variables = v->text;
    } else if (mode == u"file") {
        static const QRegularExpression file(QStringLiteral("^@file\\((.*)\\)$"));
        for (const KeyValue &kv : pairs(doc, u"body:file")) {
            const QRegularExpressionMatch m = file.match(kv.value);
            if (kv.enabled && m.hasMatch()) {
                b.kind = BodyKind::Binary;
                b.binaryFilePath = filePath(m.captured(1));
                break;
            }
        }
    } else {
        m_report.dropped(path, QStringLiteral("body mode '%1' is not supported; body not "
                                              "imported")
                                   .arg(mode));
    }
    return b;
}

void BrunoBlocks::readAssertions(const BruDocument &doc, HttpItem &item, const QString &path)
{
    const BruBlock *block = doc.block(u"assert");
    if (!block)
        return;
    for (const BruPair &pair : block->pairs) {
        Assertion a;
        a.enabled = pair.enabled;
        const qsizetype space = pair.value.indexOf(QLatin1Char(' '));
        const QString word = space < 0 ? pair.value : pair.value.left(space);
        QString expected = space < 0 ? QString() : pair.value.mid(space + 1).trimmed();
        const OpMapping *mapping = nullptr;
        for (const OpMapping &m : kOps) {
            if (word == QLatin1String(m.bruno))
                mapping = &m;
        }
        if (!mapping && unmappedOps().contains(word)) {
            m_report.dropped(path, QStringLiteral("assert '%1: %2' not imported: Wirescope has "
                                                  "no '%3' check")
                                       .arg(pair.key, pair.value, word));
            continue;
        }
        if (mapping) {
            a.op = mapping->op;
            a.expected = mapping->type ? QLatin1String(mapping->type) : unquoted(expected);
        } else {
            a.op = Assertion::Op::Equals; // `res.status: 200` means eq
            a.expected = unquoted(pair.value);
        }
        if (a.op == Assertion::Op::Equals && expected == u"undefined") {
            a.op = Assertion::Op::NotExists;
            a.expected.clear();
        }
        if (!assertionTarget(pair.key, a)) {
            m_report.dropped(path, QStringLiteral("assert '%1: %2' not imported: Wirescope "
                                                  "cannot check '%1'")
                                       .arg(pair.key, pair.value));
            continue;
        }
        item.assertions.append(a);
    }
}

void BrunoBlocks::readCaptures(const BruDocument &doc, HttpItem &item, const QString &path)
{
    const BruBlock *block = doc.block(u"vars:post-response");
    if (!block)
        return;
    for (const BruPair &pair : block->pairs) {
        Capture c;
        c.variable = pair.key.startsWith(QLatin1Char('@')) ? pair.key.mid(1) : pair.key;
        c.enabled = pair.enabled;
        if (withoutDollar(pair.value) == u"res.status") {
            c.source = Capture::Source::Status;
        } else if (const auto header = headerOf(pair.value)) {
            c.source = Capture::Source::Header;
            c.expression = *header;
        } else if (const auto json = jsonPathOf(pair.value)) {
            c.expression = *json;
        } else {
            m_report.dropped(path, QStringLiteral("post-response variable '%1' not imported: "
                                                  "'%2' is a script expression")
                                       .arg(pair.key, pair.value));
            continue;
        }
        item.captures.append(c);
    }
}

void BrunoBlocks::noteRequestVariables(const BruDocument &doc, const QString &path)
{
    const BruBlock *block = doc.block(u"vars:pre-request");
    if (!block || block->pairs.isEmpty())
        return;
    QStringList names;
    for (const BruPair &pair : block->pairs)
        names.append(pair.key);
    m_report.dropped(path, QStringLiteral("request variables (vars:pre-request) not imported: %1; "
                                          "define them on the folder or an environment")
                               .arg(names.join(QStringLiteral(", "))));
}

std::optional<CollectionItem> BrunoBlocks::item(const BruDocument &doc, const QString &path)
{
    const QString type = doc.value(u"meta", u"type");
    const QString docs = doc.block(u"docs") ? doc.block(u"docs")->text : QString();
    if (type == u"ws") {
        WebSocketItem ws;
        ws.request.id = newItemId();
        ws.request.name = doc.value(u"meta", u"name");
        ws.request.url = doc.value(u"ws", u"url");
        ws.request.headers = pairs(doc, u"headers");
        ws.request.auth = auth(doc, doc.value(u"ws", u"auth"), path);
        ws.request.description = docs;
        const QString message = doc.value(u"body:ws", u"content");
        if (!message.isEmpty())
            ws.request.savedMessages.append(
                {doc.value(u"body:ws", u"name"), WsPayloadKind::Text, message.toUtf8()});
        return CollectionItem{std::move(ws)};
    }
    const BruBlock *method = methodBlock(doc);
    if ((!type.isEmpty() && type != u"http" && type != u"graphql") || !method) {
        m_report.dropped(path, QStringLiteral("Bruno request of type '%1' not imported")
                                   .arg(type.isEmpty() ? QStringLiteral("unknown") : type));
        return std::nullopt;
    }
    HttpItem http;
    Request &r = http.request;
    r.id = newItemId();
    r.name = doc.value(u"meta", u"name");
    r.method = method->name.toUpper();
    r.url = pairValue(*method, u"url");
    r.queryParams = doc.block(u"params:query") ? pairs(doc, u"params:query") : parseQuery(r.url);
    r.pathVariables = pairs(doc, u"params:path");
    r.headers = pairs(doc, u"headers");
    r.body = body(doc, pairValue(*method, u"body"), path);
    r.auth = auth(doc, pairValue(*method, u"auth"), path);
    r.description = docs;
    settleGraphQLTransport(r, m_report, path);
    noteRequestVariables(doc, path);
    readAssertions(doc, http, path);
    readCaptures(doc, http, path);
    http.scripts = scripts(doc, path);
    return CollectionItem{std::move(http)};
}

} // namespace wirescope::interop
