#include "ui/collections/collectionspane.h"

#include "ui/collections/collectiondocument.h"
#include "ui/collections/collectiontreemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace wirescope {

CollectionsPane::CollectionsPane(QWidget *parent)
    : QWidget(parent)
    , m_picker(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_emptyHint(new QLabel(this))
    , m_model(new CollectionTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("collectionsPane"));
    m_picker->setObjectName(QStringLiteral("collectionPicker"));
    m_picker->setAccessibleName(tr("Open collection"));
    m_filter->setObjectName(QStringLiteral("collectionFilter"));
    m_filter->setPlaceholderText(tr("Filter requests"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CollectionTreeModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setAccessibleName(tr("Requests of the collection"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(CollectionTreeModel::badgeSize());
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("collectionMenuButton"));
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("Collection actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("New Collection…"), this, &CollectionsPane::newCollectionRequested);
    menu->addAction(tr("Open Collection Folder…"), this, &CollectionsPane::openCollectionRequested);
    menu->addSeparator();
    menu->addAction(tr("New Request"), this, [this] { newRequest(false); });
    menu->addAction(tr("New WebSocket Request"), this, [this] { newRequest(true); });
    menu->addAction(tr("New Folder"), this, &CollectionsPane::newFolder);
    more->setMenu(menu);

    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (CollectionDocument *d = currentDocument())
            d->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (CollectionDocument *d = currentDocument())
            d->undoStack()->redo();
    });
    auto *duplicate = new QAction(tr("Duplicate"), this);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(duplicate, &QAction::triggered, this, &CollectionsPane::duplicateSelected);
    auto *remove = new QAction(tr("Delete"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &CollectionsPane::deleteSelected);
    // F2 as an action, so the F1 list shows it and the context menu names its key.
    m_rename = new QAction(tr("Rename"), this);
    m_rename->setObjectName(QStringLiteral("actionRenameItem"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rename, &QAction::triggered, this, &CollectionsPane::renameSelected);
    m_tree->addActions({m_undo, m_redo, m_rename, duplicate, remove});

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_picker, 1);
    top->addWidget(more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tree, 1);
    m_emptyHint->setObjectName(QStringLiteral("collectionsEmptyHint"));
    m_emptyHint->setAccessibleName(tr("Collections hint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(8);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CollectionsPane::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CollectionsPane::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CollectionsPane::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CollectionsPane::updateEmptyHint);
    updateEmptyHint();

    connect(m_picker, &QComboBox::currentIndexChanged, this,
            &CollectionsPane::onCurrentIndexChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &CollectionsPane::setFilterText);
    connect(m_tree, &QTreeView::activated, this, &CollectionsPane::onActivated);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && currentDocument()
            && index.data(CollectionTreeModel::KindRole).toString() == u"http")
            Q_EMIT previewRequested(currentDocument(),
                                    index.data(CollectionTreeModel::IdRole).toString());
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            &CollectionsPane::showContextMenu);
    // A rebuilt model loses expansion; with a filter everything matching is shown expanded.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_filter->text().isEmpty() || m_model->rowCount() < 200)
            m_tree->expandAll();
    });
}

CollectionsPane::~CollectionsPane() = default;

QString CollectionsPane::emptyHint() const
{
    return m_emptyHint->isHidden() ? QString() : m_emptyHint->text();
}

void CollectionsPane::updateEmptyHint()
{
    QString text;
    if (m_proxy->rowCount() == 0) {
        const CollectionDocument *document = currentDocument();
        if (!document)
            text = tr("No collection is open. Create one or open a collection folder from the "
                      "\u22ef menu above (or the Collections menu).");
        else if (!m_filter->text().isEmpty())
            text = tr("No request matches \u201c%1\u201d.").arg(m_filter->text());
        else
            text = tr("\u201c%1\u201d has no requests yet. Right-click here or use the \u22ef "
                      "menu to add a request or folder, or save a tab into it with Ctrl+S.")
                       .arg(document->collection().name);
    }
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(!text.isEmpty());
}

void CollectionsPane::addDocument(CollectionDocument *document)
{
    m_documents.append(document);
    m_picker->addItem(document->collection().name);
    connect(document, &CollectionDocument::changed, this, &CollectionsPane::refreshTitles);
    connect(document, &CollectionDocument::modifiedChanged, this, &CollectionsPane::refreshTitles);
    connect(document, &QObject::destroyed, this, [this, document] { removeDocument(document); });
    setCurrentDocument(document);
}

void CollectionsPane::removeDocument(CollectionDocument *document)
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i] == document || m_documents[i].isNull()) {
            m_documents.removeAt(i);
            m_picker->removeItem(i);
            --i;
        }
    }
    if (m_documents.isEmpty())
        m_model->setDocument(nullptr);
}

QList<CollectionDocument *> CollectionsPane::documents() const
{
    QList<CollectionDocument *> out;
    for (const auto &d : m_documents) {
        if (d)
            out.append(d);
    }
    return out;
}

CollectionDocument *CollectionsPane::currentDocument() const
{
    return m_model->document();
}

void CollectionsPane::setCurrentDocument(CollectionDocument *document)
{
    const int index = int(m_documents.indexOf(document));
    if (index >= 0 && m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    else if (index >= 0)
        onCurrentIndexChanged(index);
}

void CollectionsPane::onCurrentIndexChanged(int index)
{
    CollectionDocument *document =
        index >= 0 && index < m_documents.size() ? m_documents[index].data() : nullptr;
    if (document == m_model->document())
        return;
    m_model->setDocument(document);
    m_tree->expandAll();
    Q_EMIT currentDocumentChanged(document);
}

void CollectionsPane::refreshTitles()
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (!m_documents[i])
            continue;
        const QString title = m_documents[i]->collection().name
                              + (m_documents[i]->isModified() ? QStringLiteral(" •") : QString());
        if (m_picker->itemText(i) != title)
            m_picker->setItemText(i, title);
    }
}

void CollectionsPane::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_tree->expandAll();
    updateEmptyHint();
}

ItemPath CollectionsPane::selectedPath() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return {};
    return index.data(CollectionTreeModel::PathRole).value<ItemPath>();
}

void CollectionsPane::selectId(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void CollectionsPane::onActivated(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !currentDocument())
        return;
    if (proxyIndex.data(CollectionTreeModel::KindRole).toString() == u"folder") {
        m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
        return;
    }
    Q_EMIT openRequested(currentDocument(),
                         proxyIndex.data(CollectionTreeModel::IdRole).toString());
}

void CollectionsPane::showContextMenu(const QPoint &pos)
{
    CollectionDocument *document = currentDocument();
    if (!document)
        return;
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid() && index.data(CollectionTreeModel::KindRole).toString() != u"folder")
        menu.addAction(tr("Open"), this, [this, index] { onActivated(index); });
    menu.addAction(tr("New Request"), this, [this] { newRequest(false); });
    menu.addAction(tr("New WebSocket Request"), this, [this] { newRequest(true); });
    menu.addAction(tr("New Folder"), this, &CollectionsPane::newFolder);
    if (index.isValid()) {
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(tr("Duplicate"), this, &CollectionsPane::duplicateSelected);
        menu.addAction(tr("Delete"), this, &CollectionsPane::deleteSelected);
    }
    menu.addSeparator();
    QAction *undo = menu.addAction(tr("Undo %1").arg(document->undoStack()->undoText()), m_undo,
                                   &QAction::trigger);
    undo->setEnabled(document->undoStack()->canUndo());
    QAction *redo = menu.addAction(tr("Redo %1").arg(document->undoStack()->redoText()), m_redo,
                                   &QAction::trigger);
    redo->setEnabled(document->undoStack()->canRedo());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

ItemPath CollectionsPane::insertionParent(int *row) const
{
    const QModelIndex index = m_tree->currentIndex();
    *row = INT_MAX;
    if (!index.isValid())
        return {};
    ItemPath path = index.data(CollectionTreeModel::PathRole).value<ItemPath>();
    if (index.data(CollectionTreeModel::KindRole).toString() == u"folder")
        return path;
    *row = path.last() + 1;
    path.removeLast();
    return path;
}

void CollectionsPane::newRequest(bool webSocket)
{
    CollectionDocument *document = currentDocument();
    if (!document)
        return;
    int row = 0;
    const ItemPath parent = insertionParent(&row);
    CollectionItem item;
    QString id = newItemId();
    if (webSocket) {
        WebSocketItem ws;
        ws.request.id = id;
        ws.request.name = tr("New WebSocket request");
        ws.request.url = QStringLiteral("ws://");
        item.node = ws;
    } else {
        HttpItem http;
        http.request.id = id;
        http.request.name = tr("New request");
        http.request.auth.kind = AuthKind::Inherit;
        item.node = http;
    }
    if (document->insertItem(parent, row, item, tr("New request"))) {
        selectId(id);
        m_tree->edit(m_tree->currentIndex());
    }
}

void CollectionsPane::newFolder()
{
    CollectionDocument *document = currentDocument();
    if (!document)
        return;
    int row = 0;
    const ItemPath parent = insertionParent(&row);
    Folder folder;
    folder.id = newItemId();
    folder.name = tr("New folder");
    folder.auth.kind = AuthKind::Inherit;
    const QString id = folder.id;
    if (document->insertItem(parent, row, CollectionItem{folder}, tr("New folder"))) {
        selectId(id);
        m_tree->edit(m_tree->currentIndex());
    }
}

void CollectionsPane::renameSelected()
{
    if (m_tree->currentIndex().isValid())
        m_tree->edit(m_tree->currentIndex());
}

void CollectionsPane::duplicateSelected()
{
    if (CollectionDocument *document = currentDocument()) {
        const ItemPath path = selectedPath();
        if (!path.isEmpty())
            document->duplicateItem(path);
    }
}

void CollectionsPane::deleteSelected()
{
    // No confirmation: delete is undoable (Ctrl+Z), as the status message says.
    if (CollectionDocument *document = currentDocument()) {
        const ItemPath path = selectedPath();
        if (!path.isEmpty())
            document->removeItem(path);
    }
}

} // namespace wirescope
