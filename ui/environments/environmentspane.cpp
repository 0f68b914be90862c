#include "ui/environments/environmentspane.h"

#include "ui/widgets/messagebanner.h"

#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirescope {

EnvironmentsPane::EnvironmentsPane(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_keychain(new MessageBanner(this))
{
    setObjectName(QStringLiteral("environmentsPane"));
    m_list->setObjectName(QStringLiteral("environmentsList"));
    m_list->setAccessibleName(tr("Environments of the collection"));
    auto *edit = new QPushButton(tr("Edit Variables and Environments…"), this);
    edit->setObjectName(QStringLiteral("editEnvironments"));
    m_keychain->setObjectName(QStringLiteral("keychainBanner"));
    m_keychain->setAccessibleName(tr("Keychain problem"));
    m_keychain->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keychain);
    layout->addWidget(m_list, 1);
    layout->addWidget(edit);
    connect(m_list, &QListWidget::itemClicked, this, &EnvironmentsPane::onItemClicked);
    connect(m_list, &QListWidget::itemActivated, this, &EnvironmentsPane::onItemClicked);
    connect(edit, &QPushButton::clicked, this, &EnvironmentsPane::editRequested);
    setEnvironments({}, {});
}

void EnvironmentsPane::setEnvironments(const QStringList &names, const QString &active)
{
    m_list->clear();
    auto add = [this, &active](const QString &label, const QString &name) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, name);
        item->setCheckState(name == active ? Qt::Checked : Qt::Unchecked);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    };
    add(tr("No environment"), QString());
    for (const QString &name : names)
        add(name, name);
}

void EnvironmentsPane::setKeychainProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_keychain->clear();
        m_keychain->hide();
        return;
    }
    m_keychain->showMessage(MessageBanner::Level::Warning, tr("Secrets not in the keychain"),
                            problem);
    m_keychain->show();
}

QString EnvironmentsPane::keychainProblem() const
{
    return m_keychain->isVisibleTo(this) ? m_keychain->message() : QString();
}

QString EnvironmentsPane::activeEnvironment() const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            return m_list->item(i)->data(Qt::UserRole).toString();
    }
    return {};
}

void EnvironmentsPane::onItemClicked(QListWidgetItem *item)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(m_list->item(i) == item ? Qt::Checked : Qt::Unchecked);
    emit activated(item->data(Qt::UserRole).toString());
}

} // namespace wirescope
