#include "ui/runner/assertionseditor.h"

#include "ui/runner/assertionsmodel.h"
#include "ui/runner/capturesmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wirescope {

namespace {

/// A combo box editor offering fixed names for one column.
class NameChoiceDelegate final : public QStyledItemDelegate
{
public:
    NameChoiceDelegate(QStringList names, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_names(std::move(names))
    {}

    QWidget *
    createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_names);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int i = combo->findText(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(std::max(i, 0));
    }
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_names;
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    return table;
}

} // namespace

AssertionsEditor::AssertionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_assertions(new AssertionsModel(this))
    , m_captures(new CapturesModel(this))
    , m_assertionTable(makeTable(m_assertions, QStringLiteral("assertionsTable"), this))
    , m_captureTable(makeTable(m_captures, QStringLiteral("capturesTable"), this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("assertionsEditor"));
    m_assertionTable->setAccessibleName(tr("Assertions"));
    m_captureTable->setAccessibleName(tr("Captures"));
    m_assertionTable->setItemDelegateForColumn(
        AssertionsModel::TargetColumn,
        new NameChoiceDelegate(AssertionsModel::targetNames(), this));
    m_assertionTable->setItemDelegateForColumn(
        AssertionsModel::OpColumn, new NameChoiceDelegate(AssertionsModel::opNames(), this));
    m_captureTable->setItemDelegateForColumn(
        CapturesModel::SourceColumn, new NameChoiceDelegate(CapturesModel::sourceNames(), this));
    m_assertionTable->setColumnWidth(AssertionsModel::EnabledColumn, 28);
    m_captureTable->setColumnWidth(CapturesModel::EnabledColumn, 28);

    m_results->setObjectName(QStringLiteral("assertionResults"));
    m_results->setAccessibleName(tr("Results of the last send"));
    m_results->setHeaderLabels({tr("Result"), tr("Check"), tr("Actual"), tr("Why")});
    m_results->setRootIsDecorated(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Assertions, checked after each send:"), top));
    topLayout->addWidget(m_assertionTable, 2);
    topLayout->addWidget(new QLabel(
        tr("Captures, variables set from the response for the requests that follow:"), top));
    topLayout->addWidget(m_captureTable, 1);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_assertions, &AssertionsModel::edited, this, &AssertionsEditor::edited);
    connect(m_captures, &CapturesModel::edited, this, &AssertionsEditor::edited);
}

AssertionsEditor::~AssertionsEditor() = default;

void AssertionsEditor::setAssertions(const AssertionList &assertions, const CaptureList &captures)
{
    m_assertions->setAssertions(assertions);
    m_captures->setCaptures(captures);
}

AssertionList AssertionsEditor::assertions() const
{
    return m_assertions->assertions();
}

CaptureList AssertionsEditor::captures() const
{
    return m_captures->captures();
}

QString AssertionsEditor::summary(const QList<AssertionResult> &results)
{
    const auto passed = std::count_if(results.cbegin(), results.cend(),
                                      [](const AssertionResult &r) { return r.passed; });
    return tr("%1 of %2 passed").arg(passed).arg(results.size());
}

void AssertionsEditor::showResults(const QList<AssertionResult> &results,
                                   const QList<CapturedValue> &captured)
{
    m_results->clear();
    for (const AssertionResult &r : results) {
        auto *item = new QTreeWidgetItem(m_results, {r.passed ? tr("✓ pass") : tr("✗ fail"),
                                                     r.assertion.describe(), r.actual, r.message});
        item->setForeground(0, r.passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    }
    for (const CapturedValue &c : captured) {
        new QTreeWidgetItem(
            m_results, {c.found ? tr("→ set") : tr("! not set"), tr("capture %1").arg(c.variable),
                        c.found ? QStringLiteral("{{%1}}").arg(c.variable) : QString(), c.message});
    }
    for (int column = 0; column < 3; ++column)
        m_results->resizeColumnToContents(column);
}

} // namespace wirescope
