#pragma once

#include "core/model/collection.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableView;

namespace wirescope {

class Dialogs;
class VariablesModel;

/// Edits a collection's variables and environments: one list entry for the collection's own
/// variables, one per environment (add, duplicate, rename, remove), and a table of variables
/// with enabled and secret toggles. Secret values are masked unless "Show secret values" is on.
class EnvironmentEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    /// Rename asks for the new name through @p dialogs (not owned, not null).
    EnvironmentEditor(const VariableList &collectionVariables,
                      const QList<Environment> &environments,
                      Dialogs *dialogs,
                      QWidget *parent = nullptr);
    ~EnvironmentEditor() override;

    VariableList collectionVariables() const { return m_collectionVariables; }
    QList<Environment> environments() const { return m_environments; }

    /// Says whether secret values will reach the keychain; shown above the table.
    void setKeychainStatus(const QString &text, bool warning);
    /// Selects the environment named @p name (or the collection variables when empty).
    void selectEnvironment(const QString &name);
    /// Adds a row for each of @p names the shown table lacks (enabled, empty value) and starts
    /// editing the first one's value: "Define it…" from an undefined-variable line.
    void addVariables(const QStringList &names);

    void addEnvironment(const QString &name);
    bool renameCurrent(const QString &name);
    void removeCurrent();
    void duplicateCurrent();

private:
    void storeCurrent();
    void showEntry(int row);
    void refreshList();
    QString uniqueName(const QString &base) const;

    VariableList m_collectionVariables;
    QList<Environment> m_environments;
    int m_current = -1; ///< list row shown: 0 = collection variables, n = environment n-1
    QListWidget *m_list;
    QTableView *m_table;
    VariablesModel *m_model; // child
    QLabel *m_keychain;
    Dialogs *m_dialogs; // not owned
};

} // namespace wirescope
