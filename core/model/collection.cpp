#include "core/model/collection.h"

#include <QUuid>

namespace wirescope {

QString CollectionItem::id() const
{
    return std::visit(
        [](const auto &n) -> QString {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Folder>)
                return n.id;
            else
                return n.request.id;
        },
        node);
}

QString CollectionItem::name() const
{
    return std::visit(
        [](const auto &n) -> QString {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Folder>)
                return n.name;
            else
                return n.request.name;
        },
        node);
}

int countRequests(const std::vector<CollectionItem> &items)
{
    int n = 0;
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node))
            n += countRequests(folder->children);
        else
            ++n;
    }
    return n;
}

QString newItemId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace wirescope
