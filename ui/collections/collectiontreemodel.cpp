#include "ui/collections/collectiontreemodel.h"

#include "ui/collections/collectiondocument.h"
#include "ui/widgets/displayformat.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QStyle>

namespace wirescope {

namespace {

const QString s_mimeType = QStringLiteral("application/x-wirescope-collection-items");

} // namespace

CollectionTreeModel::CollectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    rebuild();
}

CollectionTreeModel::~CollectionTreeModel() = default;

void CollectionTreeModel::setDocument(CollectionDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CollectionDocument::changed, this,
                &CollectionTreeModel::onDocumentChanged);
    beginResetModel();
    rebuild();
    endResetModel();
}

void CollectionTreeModel::onDocumentChanged()
{
    // When only names and contents changed (a rename, a saved request), the tree keeps its
    // shape: say which rows changed instead of resetting, so the view keeps its selection,
    // expansion and an open cell editor (a reset under the rename editor made Qt warn that
    // closeEditor got "an editor that does not belong to this view" and lost the focus).
    // The old nodes' item pointers may point into the replaced collection: compare by the
    // ids kept in m_byId, never through them.
    std::vector<QString> before(m_nodes.size());
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it)
        before[size_t(it.value())] = it.key();
    const std::vector<Node> oldNodes = m_nodes;
    rebuild();
    bool sameShape = m_nodes.size() == oldNodes.size();
    for (size_t i = 1; sameShape && i < m_nodes.size(); ++i) {
        sameShape = m_nodes[i].parent == oldNodes[i].parent && m_nodes[i].row == oldNodes[i].row
                    && m_nodes[i].item->id() == before[i];
    }
    if (!sameShape) {
        beginResetModel();
        endResetModel();
        return;
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const std::vector<int> &children = m_nodes[i].children;
        if (children.empty())
            continue;
        const QModelIndex parent =
            i == 0 ? QModelIndex() : createIndex(m_nodes[i].row, 0, quintptr(i));
        Q_EMIT dataChanged(index(0, 0, parent), index(int(children.size()) - 1, 0, parent));
    }
}

void CollectionTreeModel::rebuild()
{
    m_nodes.clear();
    m_byId.clear();
    m_nodes.push_back(Node{});
    if (m_document)
        addChildren(0, m_document->collection().items);
}

void CollectionTreeModel::addChildren(int nodeIndex, const std::vector<CollectionItem> &items)
{
    for (int row = 0; row < int(items.size()); ++row) {
        const CollectionItem &item = items[size_t(row)];
        const int child = int(m_nodes.size());
        m_nodes.push_back(Node{&item, nodeIndex, row, {}});
        m_nodes[size_t(nodeIndex)].children.push_back(child);
        m_byId.insert(item.id(), child);
        if (const auto *folder = std::get_if<Folder>(&item.node))
            addChildren(child, folder->children);
    }
}

const CollectionTreeModel::Node *CollectionTreeModel::nodeOf(const QModelIndex &index) const
{
    return &m_nodes[size_t(nodeIndexOf(index))];
}

int CollectionTreeModel::nodeIndexOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return int(index.internalId());
}

ItemPath CollectionTreeModel::pathOf(int nodeIndex) const
{
    ItemPath path;
    while (nodeIndex > 0) {
        path.prepend(m_nodes[size_t(nodeIndex)].row);
        nodeIndex = m_nodes[size_t(nodeIndex)].parent;
    }
    return path;
}

QModelIndex CollectionTreeModel::indexForPath(const ItemPath &path) const
{
    QModelIndex index;
    for (int row : path) {
        index = this->index(row, 0, index);
        if (!index.isValid())
            return {};
    }
    return index;
}

QModelIndex CollectionTreeModel::indexForId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return {};
    return createIndex(m_nodes[size_t(*it)].row, 0, quintptr(*it));
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, quintptr(node->children[size_t(row)]));
}

QModelIndex CollectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentIndex = nodeOf(child)->parent;
    if (parentIndex <= 0)
        return {};
    return createIndex(m_nodes[size_t(parentIndex)].row, 0, quintptr(parentIndex));
}

int CollectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CollectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CollectionItem *item = nodeOf(index)->item;
    const auto *http = std::get_if<HttpItem>(&item->node);
    const auto *ws = std::get_if<WebSocketItem>(&item->node);
    const QString method = http ? http->request.method : ws ? QStringLiteral("WS") : QString();
    const QString url = http ? http->request.url : ws ? ws->request.url : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item->name();
    case Qt::ToolTipRole:
        return method.isEmpty() ? item->name() : QString(method + u' ' + url);
    case Qt::DecorationRole:
        return QIcon(methodBadge(method, qApp->devicePixelRatio())); // a folder icon for folders
    case Qt::AccessibleTextRole:
        return method.isEmpty() ? tr("Folder %1").arg(item->name())
                                : QString(method + u' ' + item->name());
    case IdRole:
        return item->id();
    case PathRole:
        return QVariant::fromValue(pathOf(nodeIndexOf(index)));
    case KindRole:
        return item->isFolder() ? QStringLiteral("folder")
               : http           ? QStringLiteral("http")
                                : QStringLiteral("websocket");
    case MethodRole:
        return method;
    case UrlRole:
        return url;
    case FilterTextRole:
        return QString(item->name() + u' ' + method + u' ' + url);
    default:
        return {};
    }
}

bool CollectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == nodeOf(index)->item->name())
        return false;
    return m_document->renameItem(pathOf(nodeIndexOf(index)), name);
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (nodeOf(index)->item->isFolder())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions CollectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CollectionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return {s_mimeType};
}

QMimeData *CollectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            ids.append(nodeOf(index)->item->id());
    }
    auto *mime = new QMimeData;
    mime->setData(s_mimeType, ids.join(u'\n').toUtf8());
    return mime;
}

bool CollectionTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(s_mimeType))
        return false;
    return !parent.isValid() || nodeOf(parent)->item->isFolder();
}

bool CollectionTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_document)
        return false;
    const QStringList ids =
        QString::fromUtf8(data->data(s_mimeType)).split(u'\n', Qt::SkipEmptyParts);
    if (ids.size() != 1)
        return false; // one item at a time: the tree's selection mode is single
    const std::optional<ItemPath> from = tree::findById(m_document->collection(), ids.first());
    if (!from)
        return false;
    const ItemPath toParent = pathOf(nodeIndexOf(parent));
    if (row < 0)
        row = rowCount(parent);
    m_document->moveItem(*from, toParent, row);
    // The move is done and the model was rebuilt: returning false keeps the view from
    // also removing the dragged rows as it would after a successful move.
    return false;
}

QSize CollectionTreeModel::badgeSize()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.75);
    font.setBold(true);
    const QFontMetrics metrics(font);
    return QSize(metrics.horizontalAdvance(QStringLiteral("DELETE")) + 4, metrics.height());
}

QPixmap CollectionTreeModel::methodBadge(const QString &method, qreal devicePixelRatio) const
{
    QHash<QString, QPixmap> &cache = m_badges;
    const QString key = method + QString::number(devicePixelRatio);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.75);
    font.setBold(true);
    const QString text = method.left(6);
    const QSize size = badgeSize();
    const int width = size.width();
    const int height = size.height();
    QPixmap pixmap(QSize(width, height) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    if (method.isEmpty()) {
        const int side = std::min(height, 16);
        QApplication::style()
            ->standardIcon(QStyle::SP_DirIcon)
            .paint(&p, QRect(0, (height - side) / 2, side, side));
    } else {
        p.setFont(font);
        p.setPen(display::methodColor(method));
        p.drawText(QRect(0, 0, width, height), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    p.end();
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace wirescope
