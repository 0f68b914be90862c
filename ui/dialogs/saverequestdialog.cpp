#include "ui/dialogs/saverequestdialog.h"

#include "ui/collections/collectiondocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

constexpr int PathRole = Qt::UserRole;

QVariant pathData(const ItemPath &path)
{
    QVariantList list;
    for (int index : path)
        list.append(index);
    return list;
}

ItemPath pathOf(const QTreeWidgetItem *item)
{
    ItemPath path;
    if (item) {
        for (const QVariant &index : item->data(0, PathRole).toList())
            path.append(index.toInt());
    }
    return path;
}

/// Adds the folders among @p items (at @p parentPath) under @p parent, depth first.
void addFolders(QTreeWidgetItem *parent,
                const std::vector<CollectionItem> &items,
                const ItemPath &parentPath)
{
    for (int i = 0; i < int(items.size()); ++i) {
        const auto *folder = std::get_if<Folder>(&items[size_t(i)].node);
        if (!folder)
            continue;
        ItemPath path = parentPath;
        path.append(i);
        auto *node = new QTreeWidgetItem(parent, {items[size_t(i)].name()});
        node->setData(0, PathRole, pathData(path));
        addFolders(node, folder->children, path);
    }
}

} // namespace

SaveRequestDialog::SaveRequestDialog(const QList<CollectionDocument *> &documents,
                                     CollectionDocument *current,
                                     const ItemPath &folder,
                                     const QString &name,
                                     QWidget *parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_name(new QLineEdit(name, this))
    , m_collection(new QComboBox(this))
    , m_folders(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveRequestDialog"));
    setWindowTitle(tr("Save Request"));
    m_name->setObjectName(QStringLiteral("saveRequestName"));
    m_name->setAccessibleName(tr("Request name"));
    m_name->selectAll();
    m_collection->setObjectName(QStringLiteral("saveRequestCollection"));
    m_collection->setAccessibleName(tr("Collection"));
    for (const CollectionDocument *document : m_documents)
        m_collection->addItem(document->collection().name);
    m_folders->setObjectName(QStringLiteral("saveRequestFolder"));
    m_folders->setAccessibleName(tr("Folder"));
    m_folders->setHeaderHidden(true);
    m_folders->setMinimumHeight(180);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Collection:"), m_collection);
    form->addRow(tr("&Folder:"), m_folders);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveRequestDialog::updateOk);
    connect(m_collection, &QComboBox::currentIndexChanged, this, [this] { fillFolders({}); });

    m_collection->setCurrentIndex(std::max(0, int(m_documents.indexOf(current))));
    fillFolders(folder);
    updateOk();
}

SaveRequestDialog::~SaveRequestDialog() = default;

QString SaveRequestDialog::name() const
{
    return m_name->text().trimmed();
}

CollectionDocument *SaveRequestDialog::document() const
{
    const int index = m_collection->currentIndex();
    return index >= 0 && index < m_documents.size() ? m_documents.at(index) : nullptr;
}

ItemPath SaveRequestDialog::folder() const
{
    return pathOf(m_folders->currentItem());
}

void SaveRequestDialog::fillFolders(const ItemPath &select)
{
    m_folders->clear();
    const CollectionDocument *chosen = document();
    if (!chosen)
        return;
    auto *top =
        new QTreeWidgetItem(m_folders, {tr("%1 (top level)").arg(chosen->collection().name)});
    top->setData(0, PathRole, pathData({}));
    addFolders(top, chosen->collection().items, {});
    m_folders->expandAll();
    QTreeWidgetItem *current = top;
    for (QTreeWidgetItemIterator it(m_folders); *it; ++it) {
        if (pathOf(*it) == select)
            current = *it;
    }
    m_folders->setCurrentItem(current);
}

void SaveRequestDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty());
}

} // namespace wirescope
