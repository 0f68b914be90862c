#pragma once

#include "core/interop/importreport.h"

#include <QJsonObject>
#include <QString>

namespace wirescope::interop {

/// The key under which bundleExternalRefs() keeps the documents it read, by file name.
inline constexpr char kBundledFilesKey[] = "x-wirescope-files";

/// Reads the files an OpenAPI/Swagger document's `$ref`s name beside it ("Pet.yaml#/Pet",
/// "common.json") from @p folder and puts them into the document under kBundledFilesKey, with
/// every reference (the document's and theirs) rewritten to a local pointer, so the one
/// resolver follows them with its cycle and hop guards. Only plain file names in @p folder
/// are read: a reference with a path, `..`, a scheme or an absolute name is reported and left
/// (the resolver then reports it as external). Bounded in files and bytes; files that cannot be
/// read or parsed are reported. With an empty @p folder, or no external reference, @p root is
/// returned unchanged.
QJsonObject
bundleExternalRefs(const QJsonObject &root, const QString &folder, ImportReport &report);

} // namespace wirescope::interop
