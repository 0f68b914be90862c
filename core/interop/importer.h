#pragma once

#include "core/interop/importreport.h"
#include "core/model/collection.h"
#include "core/model/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wirescope {

/// The file formats Wirescope imports. Auto = detect from the content (detectFormat()).
/// Bruno is a folder (importDirectory()), never data.
enum class ImportFormat {
    Auto,
    Postman,
    PostmanEnvironment,
    Insomnia,
    Har,
    Curl,
    OpenApi,
    Bruno,
    HttpFile
};

/// "postman", "postman-environment", "insomnia", "har", "curl", "openapi", "bruno", "http", "auto".
QString importFormatName(ImportFormat format);
/// Inverse of importFormatName() (case-insensitive); unknown names give Auto and *ok = false.
ImportFormat importFormatFromName(QStringView name, bool *ok = nullptr);

/// What an import produced. `collection` is empty (no items) for an environment-only file.
struct ImportResult
{
    Collection collection;
    QList<Environment> environments;
    ImportReport report;
    ImportFormat format = ImportFormat::Auto; ///< the format actually read (after detection)
};

/// Imports @p data. With ImportFormat::Auto the format is detected first. @p sourceName (a file
/// path or base name; a known extension such as .json/.har/.sh is dropped) names the collection
/// when the format carries no name (HAR, curl).
/// @p sourceFolder is the folder the input was read from (empty for pasted text): an OpenAPI
/// document's `$ref`s to files beside it are read from there, and nothing else is.
/// Errors are Kind::Parse and name the problem (with line and column for JSON/YAML syntax).
/// Every item gets a fresh id; every change or loss is listed in ImportResult::report.
Result<ImportResult> importData(const QByteArray &data,
                                ImportFormat format = ImportFormat::Auto,
                                const QString &sourceName = {},
                                const QString &sourceFolder = {});

/// Imports the folder @p dir: today a Bruno collection (a folder holding bruno.json). With
/// @p format other than Auto or Bruno, or a folder that is no Bruno collection, the error says
/// so. Nothing outside @p dir is read (see interop::importBrunoFolder()).
Result<ImportResult> importDirectory(const QString &dir, ImportFormat format = ImportFormat::Auto);

} // namespace wirescope
