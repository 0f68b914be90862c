#include "ui/runner/assertionsmodel.h"

namespace wirescope {

AssertionsModel::AssertionsModel(QObject *parent)
    : PlaceholderTableModel(ColumnCount, TargetColumn, parent)
{}

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
    for (O o : {O::Equals, O::NotEquals, O::InRange, O::LessThan, O::GreaterThan, O::Exists,
                O::NotExists, O::Contains, O::Matches, O::IsType, O::LengthEquals})
        names.append(Assertion::opName(o));
    return names;
}

void AssertionsModel::setAssertions(const AssertionList &assertions)
{
    beginResetModel();
    m_assertions = assertions;
    endResetModel();
}

QString AssertionsModel::placeholderText() const
{
    return tr("Add an assertion");
}

bool AssertionsModel::canAppend(const QVariant &value) const
{
    Assertion::Target target;
    return Assertion::targetFromName(value.toString(), &target);
}

void AssertionsModel::appendItem(const QVariant &value)
{
    Assertion a;
    Assertion::targetFromName(value.toString(), &a.target);
    if (a.target == Assertion::Target::Status)
        a.expected = QStringLiteral("200");
    m_assertions.append(a);
}

QVariant AssertionsModel::itemData(int row, int column, int role) const
{
    const Assertion &a = m_assertions.at(row);
    if (column == EnabledColumn)
        return role == Qt::CheckStateRole ? QVariant(a.enabled ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role == Qt::ToolTipRole)
        return a.describe();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case TargetColumn:
        return Assertion::targetName(a.target);
    case PropertyColumn:
        return a.property;
    case OpColumn:
        return Assertion::opName(a.op);
    case ExpectedColumn:
        return a.expected;
    case Expected2Column:
        return a.expected2;
    default:
        return {};
    }
}

bool AssertionsModel::setItemData(int row, int column, const QVariant &value, int role)
{
    Assertion &a = m_assertions[row];
    if (column == EnabledColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        a.enabled = value.toInt() == Qt::Checked;
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (column) {
    case TargetColumn:
        return Assertion::targetFromName(text, &a.target);
    case PropertyColumn:
        a.property = text;
        return true;
    case OpColumn:
        return Assertion::opFromName(text, &a.op);
    case ExpectedColumn:
        a.expected = text;
        return true;
    case Expected2Column:
        a.expected2 = text;
        return true;
    default:
        return false;
    }
}

QVariant AssertionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case PropertyColumn:
        return tr("Header / JSONPath");
    case OpColumn:
        return tr("Check");
    case ExpectedColumn:
        return tr("Expected");
    case Expected2Column:
        return tr("Up to");
    default:
        return QString();
    }
}

} // namespace wirescope
