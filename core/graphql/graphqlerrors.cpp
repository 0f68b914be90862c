#include "core/graphql/graphqlerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::graphql {

QString ResponseError::toText() const
{
    QString out;
    if (!locations.isEmpty())
        out = QStringLiteral("line %1, column %2: ")
                  .arg(locations.first().first)
                  .arg(locations.first().second);
    out += message;
    if (!path.isEmpty())
        out += QStringLiteral(" (at %1)").arg(path);
    return out;
}

std::optional<ResponseErrors> parseResponseErrors(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("errors")).isArray())
        return std::nullopt;
    ResponseErrors out;
    out.hasData = root.value(QLatin1String("data")).isObject();
    for (const QJsonValue &v : root.value(QLatin1String("errors")).toArray()) {
        const QJsonObject o = v.toObject();
        ResponseError e;
        e.message = o.value(QLatin1String("message")).toString();
        if (e.message.isEmpty())
            e.message = QStringLiteral("(an error without a message)");
        for (const QJsonValue &l : o.value(QLatin1String("locations")).toArray()) {
            const QJsonObject lo = l.toObject();
            e.locations.append({lo.value(QLatin1String("line")).toInt(),
                                lo.value(QLatin1String("column")).toInt()});
        }
        for (const QJsonValue &p : o.value(QLatin1String("path")).toArray()) {
            if (p.isDouble())
                e.path += QStringLiteral("[%1]").arg(p.toInt());
            else
                e.path += (e.path.isEmpty() ? QString() : QStringLiteral(".")) + p.toString();
        }
        e.code =
            o.value(QLatin1String("extensions")).toObject().value(QLatin1String("code")).toString();
        out.errors.append(e);
    }
    return out;
}

} // namespace wirescope::graphql
