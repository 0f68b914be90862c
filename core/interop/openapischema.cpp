#include "core/interop/openapischema.h"

#include <QJsonArray>
#include <QUrl>

namespace wirescope::interop {

namespace {

constexpr int kMaxRefHops = 32;
constexpr int kMaxSchemaDepth = 10;
constexpr int kMaxExampleNodes = 5000; // per example

} // namespace

OpenApiSchema::OpenApiSchema(const QJsonObject &root, ImportReport *report)
    : m_root(root)
    , m_report(report)
{}

QJsonValue OpenApiSchema::pointer(const QString &ref) const
{
    if (!ref.startsWith(QLatin1Char('#')))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = m_root;
    const QStringList parts = ref.mid(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        QString part = QUrl::fromPercentEncoding(raw.toUtf8());
        part.replace(QLatin1String("~1"), QLatin1String("/"));
        part.replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            if (!o.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            current = o.value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || index < 0 || index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            current = a.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QJsonValue OpenApiSchema::resolve(const QJsonValue &value, const QString &itemPath) const
{
    QJsonValue current = value;
    QSet<QString> seen;
    for (int hop = 0; hop <= kMaxRefHops; ++hop) {
        const QJsonValue refValue = current.toObject().value(QLatin1String("$ref"));
        if (!refValue.isString())
            return current;
        const QString ref = refValue.toString();
        QString problem;
        if (!ref.startsWith(QLatin1Char('#')))
            problem = QStringLiteral("external reference '%1' is not supported").arg(ref.left(200));
        else if (seen.contains(ref))
            problem = QStringLiteral("reference '%1' refers back to itself").arg(ref.left(200));
        else if ((current = pointer(ref)).isUndefined())
            problem = QStringLiteral("reference '%1' points nowhere").arg(ref.left(200));
        if (!problem.isEmpty()) {
            if (m_report && !m_reportedRefs.contains(ref)) {
                m_reportedRefs.insert(ref);
                m_report->dropped(itemPath, problem);
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        seen.insert(ref);
    }
    if (m_report)
        m_report->dropped(itemPath,
                          QStringLiteral("a $ref chain is longer than %1 hops").arg(kMaxRefHops));
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue OpenApiSchema::example(const QJsonValue &schema, const QString &itemPath) const
{
    m_budget = kMaxExampleNodes;
    QStringList refStack;
    return skeleton(schema, 0, refStack, itemPath);
}

QJsonValue OpenApiSchema::skeleton(const QJsonValue &schemaValue,
                                   int depth,
                                   QStringList &refStack,
                                   const QString &itemPath) const
{
    if (depth > kMaxSchemaDepth || --m_budget < 0 || !schemaValue.isObject())
        return QJsonValue(QJsonValue::Null);
    QJsonObject schema = schemaValue.toObject();
    const QJsonValue ref = schema.value(QLatin1String("$ref"));
    if (ref.isString()) {
        // A schema that contains itself (a tree node, a linked list) stops at the first repeat.
        if (refStack.contains(ref.toString()))
            return QJsonValue(QJsonValue::Null);
        const QJsonValue target = resolve(schema, itemPath);
        refStack.append(ref.toString());
        const QJsonValue out = skeleton(target, depth + 1, refStack, itemPath);
        refStack.removeLast();
        return out;
    }
    for (const char *key : {"example", "default", "const"}) {
        if (schema.contains(QLatin1String(key)))
            return schema.value(QLatin1String(key));
    }
    const QJsonArray examples = schema.value(QLatin1String("examples")).toArray();
    if (!examples.isEmpty())
        return examples.first();
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.first();

    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    if (!allOf.isEmpty()) {
        QJsonObject merged;
        for (const QJsonValue &part : allOf) {
            const QJsonValue v = skeleton(part, depth + 1, refStack, itemPath);
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        return merged;
    }
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray choices = schema.value(QLatin1String(key)).toArray();
        if (!choices.isEmpty())
            return skeleton(choices.first(), depth + 1, refStack, itemPath);
    }

    QString type;
    const QJsonValue typeValue = schema.value(QLatin1String("type"));
    if (typeValue.isArray()) { // 3.1: ["string", "null"]
        for (const QJsonValue &t : typeValue.toArray()) {
            if (t.toString() != QLatin1String("null")) {
                type = t.toString();
                break;
            }
        }
    } else {
        type = typeValue.toString();
    }
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");
    if (type == QLatin1String("object")) {
        QJsonObject out;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonObject property = it.value().toObject();
            if (property.value(QLatin1String("readOnly")).toBool(false))
                continue; // sent by the server only
            out.insert(it.key(), skeleton(it.value(), depth + 1, refStack, itemPath));
        }
        return out;
    }
    if (type == QLatin1String("array")) {
        const QJsonArray prefixItems = schema.value(QLatin1String("prefixItems")).toArray();
        if (!prefixItems.isEmpty()) { // 2020-12 tuples: one value per position
            QJsonArray out;
            for (const QJsonValue &item : prefixItems)
                out.append(skeleton(item, depth + 1, refStack, itemPath));
            return out;
        }
        const QJsonValue items = schema.value(QLatin1String("items"));
        if (!items.isObject())
            return QJsonArray();
        return QJsonArray{skeleton(items, depth + 1, refStack, itemPath)};
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 0;
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("string")) {
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date-time"))
            return QStringLiteral("1970-01-01T00:00:00Z");
        if (format == QLatin1String("date"))
            return QStringLiteral("1970-01-01");
        if (format == QLatin1String("email"))
            return QStringLiteral("user@example.com");
        if (format == QLatin1String("uuid"))
            return QStringLiteral("00000000-0000-0000-0000-000000000000");
        if (format == QLatin1String("uri") || format == QLatin1String("url"))
            return QStringLiteral("https://example.com");
        return QStringLiteral("string");
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace wirescope::interop
