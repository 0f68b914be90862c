#include "app/cli/savedrequest.h"

#include "core/store/collectionfiles.h"
#include "core/store/collectionjson.h"
#include "core/store/jsonfile.h"

#include <QDir>
#include <QFileInfo>

namespace wirescope::cli {

Result<SavedRequest> loadSavedRequest(const QString &file)
{
    LoadProblem problem;
    const std::optional<QJsonObject> object =
        store::readStoreFile(file, store::StoreFileKind::HttpRequest, &problem);
    if (!object) {
        return Error{problem.line > 0 ? Error::Kind::InvalidRequest : Error::Kind::File,
                     problem.toString()};
    }
    Result<HttpItem> item = httpItemFromJson(*object);
    if (!item)
        return Error{Error::Kind::InvalidRequest,
                     QStringLiteral("%1: %2").arg(file, item.error().message)};
    SavedRequest saved{std::move(*item), std::nullopt, {}};
    QDir dir = QFileInfo(file).absoluteDir();
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral("collection.json")))) {
            Result<CollectionLoad> loaded = store::loadCollectionDirectory(dir.path());
            if (!loaded)
                return Error{Error::Kind::InvalidRequest, loaded.error().message};
            saved.collection = std::move(loaded->collection);
            saved.collectionDirectory = dir.path();
            break;
        }
    } while (dir.cdUp());
    return saved;
}

EffectiveRequest effectiveSavedRequest(const SavedRequest &saved)
{
    if (!saved.collection)
        return effectiveRequest(nullptr, saved.item.request.id, saved.item);
    const std::optional<RequestRef> ref = findRequest(*saved.collection, saved.item.request.id);
    if (const auto *http = ref ? std::get_if<HttpItem>(&ref->item->node) : nullptr)
        return effectiveRequest(*saved.collection, ref->ancestors, *http);
    return effectiveRequest(&*saved.collection, saved.item.request.id, saved.item);
}

} // namespace wirescope::cli
