#include "ui/history/historymodel.h"

#include "core/history/historystore.h"
#include "ui/response/responsesummary.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/erroradvice.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace wirescope {

namespace {

QString durationText(double ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(qRound(ms));
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
}

QString timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

QList<HistorySummary> HistoryModel::load(int offset, int limit)
{
    HistoryQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    Result<QList<HistorySummary>> r = m_store->search(q);
    if (!r) {
        m_error = r.error().message;
        emit loadFailed(m_error);
        return {};
    }
    m_error.clear();
    return std::move(r).value();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    m_changing = true;
    beginResetModel();
    m_rows = load(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
    m_changing = false;
}

void HistoryModel::refresh()
{
    const int wanted = std::max<int>(PageSize, int(m_rows.size()));
    m_changing = true;
    beginResetModel();
    m_rows = load(0, wanted);
    m_atEnd = m_rows.size() < wanted;
    endResetModel();
    m_changing = false;
}

HistorySummary HistoryModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : HistorySummary{};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistorySummary &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    const bool failed = !s.errorKind.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MethodColumn:
            return s.method;
        case StatusColumn:
            if (s.status > 0)
                return QString::number(s.status);
            return failed ? ErrorAdvisor::title(Error::kindFromName(s.errorKind))
                          : QStringLiteral("—");
        case UrlColumn:
            return s.url;
        case TimeColumn:
            return timeText(s.startedAt);
        case DurationColumn:
            return durationText(s.durationMs);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return s.url;
        if (index.column() == TimeColumn)
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == StatusColumn && failed)
            return tr("Failed: %1").arg(ErrorAdvisor::title(Error::kindFromName(s.errorKind)));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MethodColumn)
            return display::methodColor(s.method);
        if (index.column() == StatusColumn)
            return s.status > 0 ? ResponseSummary::statusColor(s.status) : QColor(0xd9, 0x30, 0x25);
        return {};
    case Qt::FontRole:
        if (index.column() == MethodColumn || index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case UrlColumn:
        return tr("URL");
    case TimeColumn:
        return tr("Time");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    // Not from a slot of our own reset or insertion: that change is still in flight.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QList<HistorySummary> more = load(int(m_rows.size()), PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

} // namespace wirescope
