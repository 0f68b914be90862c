// libFuzzer target for GraphQL: the introspection parser (parseIntrospection and the fetcher's
// readAnswer, as for an answer from any server) and completion. Every input is tried both as an
// introspection answer and as a query document: completion runs over it at several cursor
// positions against a small built-in schema and, when the input parsed as a schema, against
// that schema with a few fixed documents. No input may crash, trip a sanitizer, or break
// these invariants: a field's SDL type contains its named type; every completion candidate
// starts with the typed prefix; the prefix is the text just before the cursor.

#include "core/graphql/graphqlcompletion.h"
#include "core/graphql/graphqlschema.h"
#include "core/graphql/schemafetcher.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace wirescope;
using namespace wirescope::graphql;

namespace {

const char s_schema[] =
    R"({"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},
"subscriptionType":null,"types":[
{"kind":"OBJECT","name":"Query","fields":[
 {"name":"book","args":[{"name":"id","type":{"kind":"NON_NULL","ofType":{"kind":"SCALAR","name":"ID"}}}],"type":{"kind":"OBJECT","name":"Book"}},
 {"name":"books","args":[{"name":"genre","type":{"kind":"ENUM","name":"Genre"}},{"name":"first","type":{"kind":"SCALAR","name":"Int"},"defaultValue":"10"}],
  "type":{"kind":"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"kind":"OBJECT","name":"Book"}}}}}]},
{"kind":"OBJECT","name":"Mutation","fields":[{"name":"addBook","args":[{"name":"input","type":{"kind":"INPUT_OBJECT","name":"BookInput"}}],"type":{"kind":"OBJECT","name":"Book"}}]},
{"kind":"OBJECT","name":"Book","fields":[{"name":"title","args":[],"type":{"kind":"SCALAR","name":"String"}},{"name":"genre","args":[],"type":{"kind":"ENUM","name":"Genre"}},
 {"name":"isbn","args":[],"type":{"kind":"SCALAR","name":"String"},"isDeprecated":true,"deprecationReason":"gone"}]},
{"kind":"INPUT_OBJECT","name":"BookInput","inputFields":[{"name":"title","type":{"kind":"SCALAR","name":"String"}}]},
{"kind":"ENUM","name":"Genre","enumValues":[{"name":"FICTION"},{"name":"SCIENCE"}]},
{"kind":"SCALAR","name":"ID"},{"kind":"SCALAR","name":"Int"},{"kind":"SCALAR","name":"String"}]}}})";

void checkSchema(const Schema &schema)
{
    for (const Type &t : schema.types) {
        for (const Field &f : t.fields) {
            if (!f.type.contains(f.typeName))
                __builtin_trap();
            for (const InputValue &a : f.args) {
                if (!a.type.contains(a.typeName))
                    __builtin_trap();
            }
        }
    }
}

void checkCompletion(const Schema &schema, QStringView document, qsizetype cursor)
{
    const Completion c = complete(schema, document, cursor);
    const qsizetype at = qBound<qsizetype>(0, cursor, document.size());
    if (c.prefix.size() > at || document.mid(at - c.prefix.size(), c.prefix.size()) != c.prefix)
        __builtin_trap();
    for (const CompletionCandidate &candidate : c.candidates) {
        if (!candidate.text.startsWith(c.prefix, Qt::CaseInsensitive))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Schema builtIn = *parseIntrospection(QByteArray(s_schema));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The input as a server's answer to the introspection query.
    const Result<SchemaFetcher::Answer> answer = SchemaFetcher::readAnswer(
        200, QStringLiteral("OK"), QStringLiteral("application/json"), bytes);
    const Result<Schema> parsed = parseIntrospection(bytes);
    if (bool(answer) && !parsed)
        __builtin_trap(); // readAnswer accepts only what the parser accepts
    if (parsed) {
        checkSchema(*parsed);
        for (const char *doc : {"{ ", "query { a { ", "mutation { ", "{ a(",
                                "{ a(b: ", "query Q($v: ", "fragment F on ", "{ ... on "}) {
            const QString d = QString::fromLatin1(doc);
            checkCompletion(*parsed, d, d.size());
        }
    }

    // The input as a query document being typed.
    const QString document = QString::fromUtf8(bytes);
    for (qsizetype cursor :
         {document.size(), document.size() / 2, qsizetype(1), qsizetype(-1), document.size() + 3})
        checkCompletion(builtIn, document, cursor);
    return 0;
}
