#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace wirescope {

class MessageBanner;

/// The sidebar's Environments tab: the current collection's environments with the active one
/// checked; a click activates one, "Edit…" opens the editor.
class EnvironmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPane)

public:
    explicit EnvironmentsPane(QWidget *parent = nullptr);

    /// Lists "No environment" and @p names; @p active (empty = none) is checked.
    void setEnvironments(const QStringList &names, const QString &active);
    QString activeEnvironment() const;
    /// A banner over the list: the keychain refused the current collection's secrets
    /// (CollectionDocument::keychainProblem()); empty hides it.
    void setKeychainProblem(const QString &problem);
    QString keychainProblem() const; ///< as shown, empty when hidden

Q_SIGNALS:
    void activated(const QString &name); ///< empty: no environment
    void editRequested();

private:
    void onItemClicked(QListWidgetItem *item);

    QListWidget *m_list;
    MessageBanner *m_keychain;
};

} // namespace wirescope
