#include "core/interop/importfiles.h"

#include "core/interop/importer.h"
#include "core/model/bodyfiles.h"
#include "core/model/collectionwalk.h"

#include <QDir>

namespace wirescope::interop {

namespace {

bool outside(const QString &path, const QString &folder)
{
    if (folder.isEmpty()) {
        const QString clean = QDir::cleanPath(path);
        return QDir::isAbsolutePath(clean) || clean == QLatin1String("..")
               || clean.startsWith(QLatin1String("../"));
    }
    return fileOutsideFolder(path, folder, folder);
}

} // namespace

void reportFilesOutside(ImportResult &result, const QString &folder)
{
    for (const RequestRef &ref : flattenRequests(result.collection)) {
        const auto *http = std::get_if<HttpItem>(&ref.item->node);
        if (!http)
            continue;
        const QString itemPath = (ref.folderPath() << http->request.name).join(u'/');
        for (const BodyFileRef &file : bodyFiles(http->request.body)) {
            if (!outside(file.path, folder))
                continue;
            result.report.warning(
                itemPath, QStringLiteral("%1 reads the file \"%2\", outside the collection's "
                                         "folder: a run refuses to read it unless allowed "
                                         "(wirescope-cli run --allow-files-outside)")
                              .arg(file.role, file.path));
        }
    }
}

} // namespace wirescope::interop
