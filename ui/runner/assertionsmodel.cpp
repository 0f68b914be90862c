#include "ui/runner/assertionsmodel.h"

namespace wirescope {

AssertionsModel::AssertionsModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList AssertionsModel::targetNames()
{
    using T = Assertion::Target;
    QStringList names;
    for (T t : {T::Status, T::Header, T::Body, T::JsonPath, T::ResponseTime, T::BodySize})
        names.append(Assertion::targetName(t));
    return names;
}

QStringList AssertionsModel::opNames()
{
    using O = Assertion::Op;
    QStringList names;
    for (O o : {O::Equals, O::NotEquals, O::InRange, O::LessThan, O::GreaterThan, O::Exists, O::NotExists,
                O::Contains, O::Matches, O::IsType, O::LengthEquals})
        names.append(Assertion::opName(o));
    return names;
}

void AssertionsModel::setAssertions(const AssertionList &assertions)
{
    beginResetModel();
    m_assertions = assertions;
    endResetModel();
}

bool AssertionsModel::removeAssertion(int row)
{
    if (row < 0 || row >= m_assertions.size())
        return false;
    beginRemoveRows({}, row, row);
    m_assertions.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int AssertionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assertions.size()) + 1;
}

int AssertionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssertionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() == m_assertions.size()) {
        if (index.column() == TargetColumn && role == Qt::DisplayRole)
            return tr("Add an assertion");
        if (index.column() == TargetColumn && role == Qt::ForegroundRole)
            return QVariant::fromValue(Qt::gray);
        return {};
    }
    const Assertion &a = m_assertions.at(index.row());
    if (index.column() == EnabledColumn) {
        if (role == Qt::CheckStateRole)
            return a.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ToolTipRole)
        return a.describe();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TargetColumn: return Assertion::targetName(a.target);
    case PropertyColumn: return a.property;
    case OpColumn: return Assertion::opName(a.op);
    case ExpectedColumn: return a.expected;
    case Expected2Column: return a.expected2;
    default: return {};
    }
}

bool AssertionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const QString text = value.toString();
    if (index.row() == m_assertions.size()) {
        Assertion::Target target;
        if (index.column() != TargetColumn || role != Qt::EditRole || !Assertion::targetFromName(text, &target))
            return false;
        const int row = int(m_assertions.size());
        beginInsertRows({}, row + 1, row + 1);
        Assertion a;
        a.target = target;
        if (target == Assertion::Target::Status)
            a.expected = QStringLiteral("200");
        m_assertions.append(a);
        endInsertRows();
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
        Q_EMIT edited();
        return true;
    }
    Assertion &a = m_assertions[index.row()];
    switch (index.column()) {
    case EnabledColumn:
        if (role != Qt::CheckStateRole)
            return false;
        a.enabled = value.toInt() == Qt::Checked;
        break;
    case TargetColumn:
        if (role != Qt::EditRole || !Assertion::targetFromName(text, &a.target))
            return false;
        break;
    case PropertyColumn:
        if (role != Qt::EditRole)
            return false;
        a.property = text;
        break;
    case OpColumn:
        if (role != Qt::EditRole || !Assertion::opFromName(text, &a.op))
            return false;
        break;
    case ExpectedColumn:
        if (role != Qt::EditRole)
            return false;
        a.expected = text;
        break;
    case Expected2Column:
        if (role != Qt::EditRole)
            return false;
        a.expected2 = text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags AssertionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == m_assertions.size())
        return index.column() == TargetColumn ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                              : Qt::NoItemFlags;
    if (index.column() == EnabledColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant AssertionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn: return tr("Target");
    case PropertyColumn: return tr("Header / JSONPath");
    case OpColumn: return tr("Check");
    case ExpectedColumn: return tr("Expected");
    case Expected2Column: return tr("Up to");
    default: return QString();
    }
}

} // namespace wirescope
