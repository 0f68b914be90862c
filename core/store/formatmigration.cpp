#include "core/store/formatmigration.h"

#include <QJsonArray>

#include <array>
#include <cmath>

namespace wirescope::store {

namespace {

using MigrationStep = void (*)(QJsonObject &object, StoreFileKind kind);

/// Format 0 -> 1: tables become arrays of {"name", "value"}; "title" becomes "name".
void migrate0to1(QJsonObject &object, StoreFileKind kind)
{
    for (const QLatin1String key : {QLatin1String("headers"), QLatin1String("queryParams"),
                                    QLatin1String("pathVariables"), QLatin1String("variables")}) {
        const QJsonValue v = object.value(key);
        if (!v.isObject())
            continue;
        const QJsonObject table = v.toObject();
        QJsonArray rows;
        for (auto it = table.begin(); it != table.end(); ++it)
            rows.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                    {QStringLiteral("value"), it.value()}});
        object.insert(key, rows);
    }
    if ((kind == StoreFileKind::Collection || kind == StoreFileKind::Folder)
        && object.contains(QLatin1String("title")) && !object.contains(QLatin1String("name"))) {
        object.insert(QStringLiteral("name"), object.value(QLatin1String("title")));
        object.remove(QLatin1String("title"));
    }
}

/// s_steps[N] migrates format N to N+1.
constexpr std::array<MigrationStep, kCurrentFormat> s_steps{&migrate0to1};

} // namespace

int formatOf(const QJsonObject &object)
{
    const QJsonValue v = object.value(QLatin1String("format"));
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < 0 || d > 1e6)
        return -1;
    return static_cast<int>(d);
}

Result<QJsonObject> migrateToCurrentFormat(QJsonObject object, StoreFileKind kind)
{
    if (!object.contains(QLatin1String("format")))
        return Error{Error::Kind::Parse,
                     QStringLiteral("no \"format\" key: not a Wirescope store file")};
    const int format = formatOf(object);
    if (format < 0)
        return Error{Error::Kind::Parse,
                     QStringLiteral("\"format\" must be a non-negative integer")};
    if (format > kCurrentFormat)
        return Error{Error::Kind::Parse,
                     QStringLiteral("written by a newer Wirescope (format %1; this version reads "
                                    "formats up to %2): update Wirescope to open it")
                         .arg(format)
                         .arg(kCurrentFormat)};
    if (format == kCurrentFormat)
        return object; // no copy of a shared object on the common path
    for (int v = format; v < kCurrentFormat; ++v)
        s_steps[static_cast<size_t>(v)](object, kind);
    object.insert(QStringLiteral("format"), kCurrentFormat);
    return object;
}

} // namespace wirescope::store
