#include "core/store/collectionjson.h"

#include "core/store/jsonreader.h"
#include "core/store/requestjson.h"

namespace wirescope {

using store::JsonReader;
using store::putArray;
using store::putBool;
using store::putInt;
using store::putObject;
using store::putString;

namespace {

template<typename T>
Result<T> finish(JsonReader &reader, T value)
{
    if (reader.failed())
        return Error{Error::Kind::Parse, reader.error()};
    return value;
}

QJsonArray scriptsJson(const QList<ImportedScript> &scripts)
{
    QJsonArray out;
    for (const ImportedScript &s : scripts)
        out.append(toJson(s));
    return out;
}

QList<ImportedScript> readScripts(JsonReader &r)
{
    QList<ImportedScript> out;
    r.objects(QLatin1String("scripts"), [&out](JsonReader &s) {
        out.append(
            ImportedScript{s.string(QLatin1String("event")), s.string(QLatin1String("source"))});
    });
    return out;
}

/// The fields folders and collections share.
void writeContainer(QJsonObject &o,
                    const QString &id,
                    const QString &name,
                    const QString &description,
                    const Auth &auth,
                    const KeyValueList &headers,
                    const VariableList &variables,
                    const QList<ImportedScript> &scripts)
{
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    putString(o, QLatin1String("description"), description);
    putObject(o, QLatin1String("auth"), toJson(auth));
    putArray(o, QLatin1String("headers"), toJson(headers));
    putArray(o, QLatin1String("variables"), toJson(variables));
    putArray(o, QLatin1String("scripts"), scriptsJson(scripts));
}

template<typename T>
void readContainer(JsonReader &r, T &out)
{
    out.id = r.string(QLatin1String("id"));
    out.name = r.string(QLatin1String("name"));
    out.description = r.string(QLatin1String("description"));
    r.object(QLatin1String("auth"), [&out](JsonReader &a) { store::readAuth(a, out.auth); });
    out.headers = store::readKeyValues(r, QLatin1String("headers"));
    out.variables = store::readVariables(r, QLatin1String("variables"));
    out.scripts = readScripts(r);
}

} // namespace

QJsonArray toJson(const VariableList &variables)
{
    QJsonArray out;
    for (const Variable &v : variables) {
        QJsonObject o{{QStringLiteral("name"), v.name}};
        if (v.secret)
            o.insert(QStringLiteral("secret"), true); // the value goes to the keychain only
        else
            o.insert(QStringLiteral("value"), v.value);
        putBool(o, QLatin1String("enabled"), v.enabled, true);
        putString(o, QLatin1String("description"), v.description);
        out.append(o);
    }
    return out;
}

QJsonObject toJson(const Environment &environment)
{
    QJsonObject o{{QStringLiteral("name"), environment.name}};
    putArray(o, QLatin1String("variables"), toJson(environment.variables));
    return o;
}

QJsonObject toJson(const ExampleResponse &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name}};
    putInt(o, QLatin1String("status"), e.status, 0);
    putString(o, QLatin1String("reason"), e.reason);
    putArray(o, QLatin1String("headers"), toJson(e.headers));
    store::putBytes(o, QLatin1String("body"), QLatin1String("bodyBase64"), e.body);
    return o;
}

QJsonObject toJson(const ImportedScript &script)
{
    return QJsonObject{{QStringLiteral("event"), script.event},
                       {QStringLiteral("source"), script.source}};
}

QJsonObject toJson(const HttpItem &item)
{
    QJsonObject o;
    store::writeRequest(o, item.request);
    QJsonArray examples;
    for (const ExampleResponse &e : item.examples)
        examples.append(toJson(e));
    putArray(o, QLatin1String("examples"), examples);
    putArray(o, QLatin1String("scripts"), scriptsJson(item.scripts));
    QJsonArray assertions;
    for (const Assertion &a : item.assertions) {
        QJsonObject ao{{QStringLiteral("target"), Assertion::targetName(a.target)},
                       {QStringLiteral("op"), Assertion::opName(a.op)}};
        putString(ao, QLatin1String("property"), a.property);
        putString(ao, QLatin1String("expected"), a.expected);
        putString(ao, QLatin1String("expected2"), a.expected2);
        putBool(ao, QLatin1String("enabled"), a.enabled, true);
        assertions.append(ao);
    }
    putArray(o, QLatin1String("assertions"), assertions);
    QJsonArray captures;
    for (const Capture &c : item.captures) {
        QJsonObject co{{QStringLiteral("variable"), c.variable},
                       {QStringLiteral("source"), Capture::sourceName(c.source)}};
        putString(co, QLatin1String("expression"), c.expression);
        putBool(co, QLatin1String("enabled"), c.enabled, true);
        captures.append(co);
    }
    putArray(o, QLatin1String("captures"), captures);
    return o;
}

namespace store {

VariableList readVariables(JsonReader &reader, QLatin1String key)
{
    VariableList out;
    reader.objects(key, [&out](JsonReader &e) {
        Variable v;
        v.name = e.string(QLatin1String("name"));
        v.secret = e.boolean(QLatin1String("secret"), false);
        // A secret's value is never taken from a file, even a hand-edited one.
        const QString value = e.string(QLatin1String("value"));
        if (!v.secret)
            v.value = value;
        v.enabled = e.boolean(QLatin1String("enabled"), true);
        v.description = e.string(QLatin1String("description"));
        out.append(v);
    });
    return out;
}

} // namespace store

Result<Environment> environmentFromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Environment env;
    env.name = r.string(QLatin1String("name"));
    env.variables = store::readVariables(r, QLatin1String("variables"));
    return finish(r, std::move(env));
}

Result<HttpItem> httpItemFromJson(const QJsonObject &object)
{
    JsonReader r(object);
    HttpItem item;
    store::readRequest(r, item.request);
    r.objects(QLatin1String("examples"), [&item](JsonReader &e) {
        ExampleResponse ex;
        ex.name = e.string(QLatin1String("name"));
        ex.status = static_cast<int>(e.integer(QLatin1String("status"), 0, 0, 999));
        ex.reason = e.string(QLatin1String("reason"));
        ex.headers = store::readKeyValues(e, QLatin1String("headers"));
        ex.body = store::readBytes(e, QLatin1String("body"), QLatin1String("bodyBase64"));
        item.examples.append(ex);
    });
    item.scripts = readScripts(r);
    r.objects(QLatin1String("assertions"), [&item](JsonReader &e) {
        Assertion a;
        const QString target = e.string(QLatin1String("target"));
        if (!e.failed() && !Assertion::targetFromName(target, &a.target))
            e.fail(QStringLiteral("target"), QStringLiteral("unknown value \"%1\"").arg(target));
        a.property = e.string(QLatin1String("property"));
        const QString op = e.string(QLatin1String("op"), QStringLiteral("eq"));
        if (!e.failed() && !Assertion::opFromName(op, &a.op))
            e.fail(QStringLiteral("op"), QStringLiteral("unknown value \"%1\"").arg(op));
        a.expected = e.string(QLatin1String("expected"));
        a.expected2 = e.string(QLatin1String("expected2"));
        a.enabled = e.boolean(QLatin1String("enabled"), true);
        item.assertions.append(a);
    });
    r.objects(QLatin1String("captures"), [&item](JsonReader &e) {
        Capture c;
        c.variable = e.string(QLatin1String("variable"));
        const QString source = e.string(QLatin1String("source"));
        if (!e.failed() && !Capture::sourceFromName(source, &c.source))
            e.fail(QStringLiteral("source"), QStringLiteral("unknown value \"%1\"").arg(source));
        c.expression = e.string(QLatin1String("expression"));
        c.enabled = e.boolean(QLatin1String("enabled"), true);
        item.captures.append(c);
    });
    return finish(r, std::move(item));
}

QJsonObject folderMetadataToJson(const Folder &f)
{
    QJsonObject o;
    writeContainer(o, f.id, f.name, f.description, f.auth, f.headers, f.variables, f.scripts);
    return o;
}

Result<Folder> folderMetadataFromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Folder folder;
    readContainer(r, folder);
    return finish(r, std::move(folder));
}

QJsonObject collectionMetadataToJson(const Collection &c)
{
    QJsonObject o;
    writeContainer(o, c.id, c.name, c.description, c.auth, c.headers, c.variables, c.scripts);
    return o;
}

Result<Collection> collectionMetadataFromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Collection collection;
    readContainer(r, collection);
    return finish(r, std::move(collection));
}

} // namespace wirescope
