#pragma once

#include "core/model/collectiontree.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;

namespace wirescope {

class CollectionDocument;

/// Save a new request: its name, the collection (any open one) and the folder to put it in,
/// as Postman's and Bruno's Save dialogs ask. Opens on @p current and @p folder (the sidebar's
/// selection); OK stays disabled until the name has a character that is not a space.
class SaveRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveRequestDialog)

public:
    SaveRequestDialog(const QList<CollectionDocument *> &documents, // not owned, not empty
                      CollectionDocument *current,
                      const ItemPath &folder,
                      const QString &name,
                      QWidget *parent = nullptr);
    ~SaveRequestDialog() override;

    QString name() const;                 ///< trimmed
    CollectionDocument *document() const; ///< the chosen collection
    ItemPath folder() const;              ///< empty: the collection's top level

private:
    void fillFolders(const ItemPath &select);
    void updateOk();

    QList<CollectionDocument *> m_documents;
    QLineEdit *m_name;
    QComboBox *m_collection;
    QTreeWidget *m_folders;
    QDialogButtonBox *m_buttons;
};

} // namespace wirescope
