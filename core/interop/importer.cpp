#include "core/interop/importer.h"

#include "core/interop/brunoimporter.h"
#include "core/interop/curlparser.h"
#include "core/interop/documentreader.h"
#include "core/interop/formatdetect.h"
#include "core/interop/harimporter.h"
#include "core/interop/httpfileimporter.h"
#include "core/interop/importfiles.h"
#include "core/interop/importvariables.h"
#include "core/interop/insomniaimporter.h"
#include "core/interop/openapiimporter.h"
#include "core/interop/postmanimporter.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace wirescope {

namespace {

struct FormatName
{
    ImportFormat format;
    const char *name;
};

constexpr FormatName kFormatNames[] = {
    {ImportFormat::Auto, "auto"},
    {ImportFormat::Postman, "postman"},
    {ImportFormat::PostmanEnvironment, "postman-environment"},
    {ImportFormat::Insomnia, "insomnia"},
    {ImportFormat::Har, "har"},
    {ImportFormat::Curl, "curl"},
    {ImportFormat::OpenApi, "openapi"},
    {ImportFormat::Bruno, "bruno"},
    {ImportFormat::HttpFile, "http"},
};

Result<ImportResult> importCurl(const QByteArray &data, const QString &sourceName)
{
    auto parsed = interop::parseCurlCommand(QString::fromUtf8(data));
    if (!parsed)
        return parsed.error();
    ImportResult result;
    result.format = ImportFormat::Curl;
    result.collection.id = newItemId();
    result.collection.name = sourceName;
    HttpItem item;
    item.request = parsed->request;
    item.request.id = newItemId();
    for (const ImportNote &note : parsed->report.notes())
        result.report.add(item.request.name, note.severity, note.message);
    result.collection.items.push_back(CollectionItem{std::move(item)});
    return result;
}

Result<ImportResult> importDetected(const QByteArray &data,
                                    ImportFormat format,
                                    const QString &sourceName,
                                    const QString &sourceFolder)
{
    switch (format) {
    case ImportFormat::Postman:
    case ImportFormat::PostmanEnvironment: {
        auto root = interop::parseJsonDocument(data);
        if (!root)
            return root.error();
        return format == ImportFormat::Postman ? interop::importPostmanCollection(*root)
                                               : interop::importPostmanEnvironment(*root);
    }
    case ImportFormat::Insomnia: {
        auto root = interop::parseJsonOrYamlDocument(data);
        if (!root)
            return root.error();
        return interop::importInsomnia(*root);
    }
    case ImportFormat::Har: {
        auto root = interop::parseJsonDocument(data);
        if (!root)
            return root.error();
        return interop::importHar(*root);
    }
    case ImportFormat::OpenApi: {
        interop::NestedKeyOrder order;
        auto root = interop::parseJsonOrYamlDocument(data, &order);
        if (!root)
            return root.error();
        return interop::importOpenApi(*root, order, sourceFolder);
    }
    case ImportFormat::Curl:
        return importCurl(data, sourceName);
    case ImportFormat::HttpFile: {
        auto result = interop::importHttpFile(QString::fromUtf8(data));
        if (result && !sourceFolder.isEmpty()) // http-client(.private).env.json beside it
            interop::readHttpClientEnvironments(sourceFolder, result.value());
        return result;
    }
    case ImportFormat::Bruno:
        return Error{Error::Kind::Parse,
                     QStringLiteral("a Bruno collection is a folder: import the folder that holds "
                                    "bruno.json")};
    case ImportFormat::Auto:
        break;
    }
    return Error{
        Error::Kind::Parse,
        QStringLiteral("unrecognised format: expected a Postman collection or environment, "
                       "an Insomnia v4 or v5 export, a HAR file, a curl command, an OpenAPI 3 "
                       "document or a .http file")};
}

} // namespace

QString importFormatName(ImportFormat format)
{
    for (const FormatName &f : kFormatNames) {
        if (f.format == format)
            return QLatin1String(f.name);
    }
    return QStringLiteral("auto");
}

ImportFormat importFormatFromName(QStringView name, bool *ok)
{
    for (const FormatName &f : kFormatNames) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return f.format;
        }
    }
    if (ok)
        *ok = false;
    return ImportFormat::Auto;
}

Result<ImportResult> importData(const QByteArray &input,
                                ImportFormat format,
                                const QString &sourceName,
                                const QString &sourceFolder)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // UTF-8 byte order mark, as Windows editors write it
    if (data.trimmed().isEmpty())
        return Error{Error::Kind::Parse, QStringLiteral("the input is empty")};
    if (format == ImportFormat::Auto)
        format = detectFormat(input); // detection does its own BOM handling
    // "dir/My API.postman_collection.json" -> "My API.postman_collection"; a name without a
    // known extension (already a base name) stays as it is.
    QString baseName = QFileInfo(sourceName).fileName();
    static const QRegularExpression extension(
        QStringLiteral("\\.(json|ya?ml|har|sh|txt|curl|bat|cmd|http|rest)$"),
        QRegularExpression::CaseInsensitiveOption);
    baseName.remove(extension);
    auto result = importDetected(data, format, baseName, sourceFolder);
    if (result && result->collection.name.isEmpty())
        result.value().collection.name = baseName.isEmpty() ? QStringLiteral("Imported") : baseName;
    if (result) {
        interop::reportNeededVariables(result.value());
        interop::reportFilesOutside(result.value(), sourceFolder);
    }
    return result;
}

Result<ImportResult> importDirectory(const QString &dir, ImportFormat format)
{
    if (format != ImportFormat::Auto && format != ImportFormat::Bruno)
        return Error{
            Error::Kind::Parse,
            QStringLiteral("%1 is a folder: only a Bruno collection can be imported from a "
                           "folder, not %2")
                .arg(dir, importFormatName(format))};
    if (!interop::isBrunoCollectionFolder(dir))
        return Error{Error::Kind::Parse,
                     QStringLiteral("%1 is a folder without bruno.json: only a Bruno collection "
                                    "folder can be imported as a folder")
                         .arg(dir)};
    auto result = interop::importBrunoFolder(dir);
    if (result && result->collection.name.isEmpty())
        result.value().collection.name = QFileInfo(dir).fileName();
    if (result) {
        interop::reportNeededVariables(result.value());
        interop::reportFilesOutside(result.value(), dir);
    }
    return result;
}

} // namespace wirescope
