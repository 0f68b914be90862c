#include "core/graphql/graphqlschema.h"

#include "core/http/requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wirescope::graphql {

namespace {

// Deep enough for [[[T!]!]!]-style wrappers, as GraphiQL's query.
constexpr auto kTypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name "
                          "ofType { kind name ofType { kind name ofType { kind name ofType { "
                          "kind name } } } } } } }";

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

/// The SDL spelling of a type reference and its named type.
void typeRef(const QJsonObject &ref, QString *spelled, QString *named, int depth = 0)
{
    const QString kind = ref.value(QLatin1String("kind")).toString();
    if (depth > 16 || (kind != QLatin1String("NON_NULL") && kind != QLatin1String("LIST"))) {
        *spelled = ref.value(QLatin1String("name")).toString();
        *named = *spelled;
        return;
    }
    QString inner;
    typeRef(ref.value(QLatin1String("ofType")).toObject(), &inner, named, depth + 1);
    *spelled = kind == QLatin1String("LIST") ? QString(u'[' + inner + u']') : QString(inner + u'!');
}

/// The arguments or input fields in @p array; false (and @p where names it) when one has no
/// name, which no completion or browser could use.
bool inputValues(const QJsonValue &array,
                 const QString &where,
                 QList<InputValue> *out,
                 QString *error)
{
    int index = 0;
    for (const QJsonValue &v : array.toArray()) {
        const QJsonObject o = v.toObject();
        InputValue iv;
        iv.name = o.value(QLatin1String("name")).toString();
        if (iv.name.isEmpty()) {
            *error = QStringLiteral("%1[%2] has no name").arg(where).arg(index);
            return false;
        }
        typeRef(o.value(QLatin1String("type")).toObject(), &iv.type, &iv.typeName);
        iv.defaultValue = o.value(QLatin1String("defaultValue")).toString();
        iv.description = o.value(QLatin1String("description")).toString();
        out->append(iv);
        ++index;
    }
    return true;
}

TypeKind kindFromName(const QString &name, bool *ok)
{
    *ok = true;
    for (TypeKind k : {TypeKind::Scalar, TypeKind::Object, TypeKind::Interface, TypeKind::Union,
                       TypeKind::Enum, TypeKind::InputObject}) {
        if (typeKindName(k) == name)
            return k;
    }
    *ok = false;
    return TypeKind::Scalar;
}

QString rootName(const QJsonObject &schema, const char *key)
{
    return schema.value(QLatin1String(key)).toObject().value(QLatin1String("name")).toString();
}

} // namespace

const Field *Type::field(QStringView name) const
{
    for (const Field &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList Type::enumValueNames() const
{
    QStringList out;
    for (const EnumValue &v : enumValues)
        out.append(v.name);
    return out;
}

const Type *Schema::type(QStringView name) const
{
    for (const Type &t : types) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString typeKindName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Object:
        return QStringLiteral("OBJECT");
    case TypeKind::Interface:
        return QStringLiteral("INTERFACE");
    case TypeKind::Union:
        return QStringLiteral("UNION");
    case TypeKind::Enum:
        return QStringLiteral("ENUM");
    case TypeKind::InputObject:
        return QStringLiteral("INPUT_OBJECT");
    case TypeKind::Scalar:
        break;
    }
    return QStringLiteral("SCALAR");
}

QString introspectionQuery()
{
    const QString ref = QString::fromLatin1(kTypeRef);
    return QStringLiteral("query IntrospectionQuery {\n"
                          "  __schema {\n"
                          "    queryType { name }\n"
                          "    mutationType { name }\n"
                          "    subscriptionType { name }\n"
                          "    types { ...FullType }\n"
                          "  }\n"
                          "}\n"
                          "fragment FullType on __Type {\n"
                          "  kind name description\n"
                          "  fields(includeDeprecated: true) {\n"
                          "    name description args { ...InputValue } type { ...TypeRef }\n"
                          "    isDeprecated deprecationReason\n"
                          "  }\n"
                          "  inputFields { ...InputValue }\n"
                          "  enumValues(includeDeprecated: true) { name description isDeprecated "
                          "deprecationReason }\n"
                          "  possibleTypes { name }\n"
                          "}\n"
                          "fragment InputValue on __InputValue {\n"
                          "  name description type { ...TypeRef } defaultValue\n"
                          "}\n"
                          "fragment TypeRef on __Type { %1 }\n")
        .arg(ref);
}

Result<Schema> parseIntrospection(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto where = jsonSyntaxError(json);
        return parseError(QStringLiteral("the introspection answer is not a JSON object%1")
                              .arg(where ? QStringLiteral(" (%1)").arg(*where) : QString()));
    }
    return parseIntrospection(doc.object());
}

Result<Schema> parseIntrospection(const QJsonObject &object)
{
    QJsonObject root = object;
    if (root.contains(QLatin1String("data")) || root.contains(QLatin1String("errors"))) {
        const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
        root = root.value(QLatin1String("data")).toObject();
        if (!root.contains(QLatin1String("__schema")) && !errors.isEmpty())
            return parseError(
                QStringLiteral("the service refused the introspection query: %1")
                    .arg(errors.first().toObject().value(QLatin1String("message")).toString()));
    }
    if (!root.value(QLatin1String("__schema")).isObject())
        return parseError(QStringLiteral("the answer has no __schema object"));
    const QJsonObject s = root.value(QLatin1String("__schema")).toObject();
    Schema schema;
    schema.queryType = rootName(s, "queryType");
    schema.mutationType = rootName(s, "mutationType");
    schema.subscriptionType = rootName(s, "subscriptionType");
    for (const QJsonValue &v : s.value(QLatin1String("types")).toArray()) {
        const QJsonObject o = v.toObject();
        Type t;
        t.name = o.value(QLatin1String("name")).toString();
        bool ok = false;
        t.kind = kindFromName(o.value(QLatin1String("kind")).toString(), &ok);
        if (t.name.isEmpty() || !ok)
            return parseError(QStringLiteral("__schema.types[%1] has no name or an unknown kind")
                                  .arg(schema.types.size()));
        t.description = o.value(QLatin1String("description")).toString();
        // Every name below must be there: a nameless field would be offered as an empty
        // completion (found by fuzz_graphql).
        const QString at = QStringLiteral("__schema.types[%1]").arg(schema.types.size());
        QString problem;
        int fieldIndex = 0;
        for (const QJsonValue &fv : o.value(QLatin1String("fields")).toArray()) {
            const QJsonObject fo = fv.toObject();
            Field f;
            f.name = fo.value(QLatin1String("name")).toString();
            const QString fieldAt = QStringLiteral("%1.fields[%2]").arg(at).arg(fieldIndex++);
            if (f.name.isEmpty())
                return parseError(fieldAt + QStringLiteral(" has no name"));
            typeRef(fo.value(QLatin1String("type")).toObject(), &f.type, &f.typeName);
            if (!inputValues(fo.value(QLatin1String("args")), fieldAt + QStringLiteral(".args"),
                             &f.args, &problem))
                return parseError(problem);
            f.description = fo.value(QLatin1String("description")).toString();
            f.deprecated = fo.value(QLatin1String("isDeprecated")).toBool();
            f.deprecationReason = fo.value(QLatin1String("deprecationReason")).toString();
            t.fields.append(f);
        }
        if (!inputValues(o.value(QLatin1String("inputFields")), at + QStringLiteral(".inputFields"),
                         &t.inputFields, &problem))
            return parseError(problem);
        for (const QJsonValue &ev : o.value(QLatin1String("enumValues")).toArray()) {
            const QJsonObject eo = ev.toObject();
            EnumValue value{eo.value(QLatin1String("name")).toString(),
                            eo.value(QLatin1String("description")).toString(),
                            eo.value(QLatin1String("isDeprecated")).toBool(),
                            eo.value(QLatin1String("deprecationReason")).toString()};
            if (value.name.isEmpty())
                return parseError(QStringLiteral("%1.enumValues[%2] has no name")
                                      .arg(at)
                                      .arg(t.enumValues.size()));
            t.enumValues.append(value);
        }
        for (const QJsonValue &pv : o.value(QLatin1String("possibleTypes")).toArray()) {
            const QString name = pv.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                t.possibleTypes.append(name);
        }
        schema.types.append(t);
    }
    if (schema.queryType.isEmpty() || !schema.type(schema.queryType))
        return parseError(QStringLiteral("the schema names no query type it defines"));
    return schema;
}

} // namespace wirescope::graphql
