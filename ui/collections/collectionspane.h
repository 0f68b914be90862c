#pragma once

#include "core/model/collectiontree.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QAction;

namespace wirescope {

class CollectionDocument;
class CollectionTreeModel;

/// The sidebar's Collections pane: pick an open collection, filter its requests as you type,
/// open one with a double click or Enter, and organise the tree (drag and drop, rename,
/// duplicate, delete with undo, new request/folder). The documents are owned elsewhere.
class CollectionsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsPane)

public:
    explicit CollectionsPane(QWidget *parent = nullptr);
    ~CollectionsPane() override;

    void addDocument(CollectionDocument *document); // not owned
    void removeDocument(CollectionDocument *document);
    QList<CollectionDocument *> documents() const;
    CollectionDocument *currentDocument() const;
    void setCurrentDocument(CollectionDocument *document);

    /// Path of the item selected in the tree (empty when none).
    ItemPath selectedPath() const;
    void selectId(const QString &id);
    void setFilterText(const QString &text);

    QTreeView *treeView() const { return m_tree; }
    /// The words shown instead of an empty tree (empty when the tree has rows).
    QString emptyHint() const;

Q_SIGNALS:
    void openRequested(wirescope::CollectionDocument *document, const QString &itemId);
    /// A single click on a request: shown in the window's preview tab.
    void previewRequested(wirescope::CollectionDocument *document, const QString &itemId);
    void currentDocumentChanged(wirescope::CollectionDocument *document);
    void newCollectionRequested();
    void openCollectionRequested();

private:
    void onCurrentIndexChanged(int index);
    void onActivated(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void newRequest(bool webSocket);
    void newFolder();
    void duplicateSelected();
    void deleteSelected();
    void renameSelected();
    ItemPath insertionParent(int *row) const;
    void refreshTitles();
    void updateEmptyHint();

    QComboBox *m_picker;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_emptyHint;            ///< what to do when there is nothing to show
    CollectionTreeModel *m_model;   // child
    QSortFilterProxyModel *m_proxy; // child
    QList<QPointer<CollectionDocument>> m_documents;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_rename = nullptr; ///< F2
};

} // namespace wirescope
