#include "ui/runner/capturesmodel.h"

namespace wirescope {

CapturesModel::CapturesModel(QObject *parent)
    : PlaceholderTableModel(ColumnCount, VariableColumn, parent)
{}

QStringList CapturesModel::sourceNames()
{
    return {Capture::sourceName(Capture::Source::JsonPath),
            Capture::sourceName(Capture::Source::Header),
            Capture::sourceName(Capture::Source::Status)};
}

void CapturesModel::setCaptures(const CaptureList &captures)
{
    beginResetModel();
    m_captures = captures;
    endResetModel();
}

QString CapturesModel::placeholderText() const
{
    return tr("Capture into a variable");
}

bool CapturesModel::canAppend(const QVariant &value) const
{
    return !value.toString().trimmed().isEmpty();
}

void CapturesModel::appendItem(const QVariant &value)
{
    Capture c;
    c.variable = value.toString().trimmed();
    c.expression = QStringLiteral("$.");
    m_captures.append(c);
}

QVariant CapturesModel::itemData(int row, int column, int role) const
{
    const Capture &c = m_captures.at(row);
    if (column == EnabledColumn)
        return role == Qt::CheckStateRole ? QVariant(c.enabled ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case VariableColumn:
        return c.variable;
    case SourceColumn:
        return Capture::sourceName(c.source);
    case ExpressionColumn:
        return c.expression;
    default:
        return {};
    }
}

bool CapturesModel::setItemData(int row, int column, const QVariant &value, int role)
{
    Capture &c = m_captures[row];
    if (column == EnabledColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        c.enabled = value.toInt() == Qt::Checked;
        return true;
    }
    const QString text = value.toString().trimmed();
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case VariableColumn:
        if (text.isEmpty())
            return false;
        c.variable = text;
        return true;
    case SourceColumn:
        return Capture::sourceFromName(text, &c.source);
    case ExpressionColumn:
        c.expression = text;
        return true;
    default:
        return false;
    }
}

QVariant CapturesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VariableColumn:
        return tr("Variable");
    case SourceColumn:
        return tr("From");
    case ExpressionColumn:
        return tr("JSONPath / header");
    default:
        return QString();
    }
}

} // namespace wirescope
