#pragma once

#include "core/model/collectiontree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <vector>

namespace wirescope {

class CollectionDocument;

/// The sidebar's tree over one CollectionDocument: folders, HTTP and WebSocket requests in
/// stored order. Renaming (edit role) and drag and drop go back to the document as undoable
/// edits; every document change rebuilds the index (fast: a flat vector, no allocation per
/// node beyond it).
class CollectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionTreeModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,   ///< ItemPath as QList<int>
        KindRole,   ///< "folder", "http", "websocket"
        MethodRole, ///< HTTP method, "WS" for WebSocket, empty for folders
        UrlRole,
        FilterTextRole, ///< name, method and URL: what the sidebar filter matches
    };

    explicit CollectionTreeModel(QObject *parent = nullptr);
    ~CollectionTreeModel() override;

    void setDocument(CollectionDocument *document);
    CollectionDocument *document() const { return m_document; }

    QModelIndex indexForPath(const ItemPath &path) const;
    QModelIndex indexForId(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

    /// The size of a method badge: the tree's icon size.
    static QSize badgeSize();
    /// A small coloured method label (GET, POST, WS) for the decoration role; cached.
    QPixmap methodBadge(const QString &method, qreal devicePixelRatio) const;

private:
    struct Node
    {
        const CollectionItem *item = nullptr; ///< null for the root
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    void rebuild();
    void onDocumentChanged();
    void addChildren(int nodeIndex, const std::vector<CollectionItem> &items);
    const Node *nodeOf(const QModelIndex &index) const;
    int nodeIndexOf(const QModelIndex &index) const;
    ItemPath pathOf(int nodeIndex) const;

    QPointer<CollectionDocument> m_document;
    std::vector<Node> m_nodes; ///< [0] is the root
    QHash<QString, int> m_byId;
    mutable QHash<QString, QPixmap> m_badges;
};

} // namespace wirescope
