#include "ui/environments/environmenteditor.h"

#include "ui/dialogs/dialogs.h"
#include "ui/environments/variablesmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wirescope {

EnvironmentEditor::EnvironmentEditor(const VariableList &collectionVariables,
                                     const QList<Environment> &environments,
                                     Dialogs *dialogs,
                                     QWidget *parent)
    : QDialog(parent)
    , m_collectionVariables(collectionVariables)
    , m_environments(environments)
    , m_list(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_model(new VariablesModel(this))
    , m_keychain(new QLabel(this))
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("environmentEditor"));
    setWindowTitle(tr("Variables and Environments"));
    resize(760, 440);

    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_table->setAccessibleName(tr("Variables"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::EnabledColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::SecretColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VariablesModel::NameColumn, 180);
    m_table->verticalHeader()->hide();
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_keychain->hide();

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addEnvironment"));
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *rename = new QPushButton(tr("Rename…"), this);
    rename->setObjectName(QStringLiteral("renameEnvironment"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeEnvironment"));
    auto *reveal = new QCheckBox(tr("Show secret values"), this);
    reveal->setObjectName(QStringLiteral("revealSecrets"));
    auto *removeVariable = new QPushButton(tr("Remove Variable"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    left->addLayout(listButtons);
    auto *listButtons2 = new QHBoxLayout;
    listButtons2->addWidget(rename);
    listButtons2->addWidget(remove);
    left->addLayout(listButtons2);

    auto *right = new QVBoxLayout;
    right->addWidget(m_keychain);
    right->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(reveal);
    tableButtons->addStretch();
    tableButtons->addWidget(removeVariable);
    right->addLayout(tableButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeCurrent();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this,
            [this] { addEnvironment(uniqueName(tr("New environment"))); });
    connect(duplicate, &QPushButton::clicked, this, &EnvironmentEditor::duplicateCurrent);
    connect(remove, &QPushButton::clicked, this, &EnvironmentEditor::removeCurrent);
    connect(rename, &QPushButton::clicked, this, [this] {
        if (m_current <= 0)
            return;
        const std::optional<QString> name = m_dialogs->text(
            this, tr("Rename Environment"), tr("Name:"), m_environments[m_current - 1].name);
        if (name)
            renameCurrent(*name);
    });
    connect(reveal, &QCheckBox::toggled, m_model, &VariablesModel::setRevealSecrets);
    connect(removeVariable, &QPushButton::clicked, this,
            [this] { m_model->removeVariable(m_table->currentIndex().row()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentEditor::showEntry);

    refreshList();
    m_list->setCurrentRow(0);
}

EnvironmentEditor::~EnvironmentEditor() = default;

void EnvironmentEditor::setKeychainStatus(const QString &text, bool warning)
{
    m_keychain->setText(text);
    m_keychain->setStyleSheet(warning ? QStringLiteral("color: #b71c1c;") : QString());
    m_keychain->setVisible(!text.isEmpty());
}

void EnvironmentEditor::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItem(tr("Collection variables"));
    for (const Environment &e : std::as_const(m_environments))
        m_list->addItem(e.name);
    if (m_current >= 0 && m_current < m_list->count())
        m_list->setCurrentRow(m_current);
}

void EnvironmentEditor::storeCurrent()
{
    if (m_current == 0)
        m_collectionVariables = m_model->variables();
    else if (m_current > 0 && m_current <= m_environments.size())
        m_environments[m_current - 1].variables = m_model->variables();
}

void EnvironmentEditor::showEntry(int row)
{
    storeCurrent();
    m_current = row;
    if (row == 0)
        m_model->setVariables(m_collectionVariables);
    else if (row > 0 && row <= m_environments.size())
        m_model->setVariables(m_environments[row - 1].variables);
    else
        m_model->setVariables({});
}

void EnvironmentEditor::selectEnvironment(const QString &name)
{
    for (int i = 0; i < m_environments.size(); ++i) {
        if (m_environments[i].name == name) {
            m_list->setCurrentRow(i + 1);
            return;
        }
    }
    m_list->setCurrentRow(0);
}

void EnvironmentEditor::addVariables(const QStringList &names)
{
    VariableList variables = m_model->variables();
    int first = -1;
    for (const QString &name : names) {
        const auto known = std::find_if(variables.cbegin(), variables.cend(),
                                        [&](const Variable &v) { return v.name == name; });
        const int row = int(known - variables.cbegin());
        if (known == variables.cend())
            variables.append(Variable{name, QString(), true, false, {}});
        if (first < 0)
            first = row;
    }
    if (first < 0)
        return;
    m_model->setVariables(variables);
    const QModelIndex value = m_model->index(first, VariablesModel::ValueColumn);
    m_table->setCurrentIndex(value);
    m_table->setFocus();
    m_table->edit(value);
}

QString EnvironmentEditor::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_environments.cbegin(), m_environments.cend(),
                                       [&](const Environment &e) { return e.name == name; });
        if (!taken)
            return name;
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
}

void EnvironmentEditor::addEnvironment(const QString &name)
{
    storeCurrent();
    Environment e;
    e.name = uniqueName(name.trimmed().isEmpty() ? tr("New environment") : name.trimmed());
    m_environments.append(e);
    refreshList();
    m_list->setCurrentRow(int(m_environments.size()));
}

void EnvironmentEditor::duplicateCurrent()
{
    if (m_current <= 0)
        return;
    storeCurrent();
    Environment copy = m_environments[m_current - 1];
    copy.name = uniqueName(copy.name + tr(" copy"));
    m_environments.append(copy);
    refreshList();
    m_list->setCurrentRow(int(m_environments.size()));
}

bool EnvironmentEditor::renameCurrent(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (m_current <= 0 || trimmed.isEmpty())
        return false;
    for (int i = 0; i < m_environments.size(); ++i) {
        if (i != m_current - 1 && m_environments[i].name == trimmed)
            return false;
    }
    m_environments[m_current - 1].name = trimmed;
    m_list->item(m_current)->setText(trimmed);
    return true;
}

void EnvironmentEditor::removeCurrent()
{
    if (m_current <= 0)
        return;
    const int removed = m_current;
    m_environments.removeAt(removed - 1);
    m_current = -1; // nothing to store back
    refreshList();
    m_list->setCurrentRow(std::min(removed, int(m_environments.size())));
    showEntry(m_list->currentRow());
}

} // namespace wirescope
