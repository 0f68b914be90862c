#include "ui/stream/messagelogmodel.h"

#include "core/stream/messagelog.h"
#include "ui/widgets/displayformat.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace wirescope {

namespace {

// One scan slice stays well under a frame so typing and scrolling stay smooth.
constexpr qint64 s_sliceBudgetMs = 8;

QString directionArrow(MessageDirection direction)
{
    switch (direction) {
    case MessageDirection::Incoming:
        return QStringLiteral("\u2193"); // ↓ received
    case MessageDirection::Outgoing:
        return QStringLiteral("\u2191"); // ↑ sent
    case MessageDirection::Event:
        break;
    }
    return QStringLiteral("\u2022");
}

// Where @p bytes can be cut without splitting a UTF-8 sequence (at most @p limit).
qsizetype utf8Boundary(const QByteArray &bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return bytes.size();
    qsizetype cut = limit;
    // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
    while (cut > 0 && cut > limit - 4 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

} // namespace

MessageLogModel::MessageLogModel(MessageLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_scanTimer(new QTimer(this))
{
    m_scanTimer->setInterval(0);
    connect(m_scanTimer, &QTimer::timeout, this, &MessageLogModel::scanSlice);
    connect(m_log, &MessageLog::changed, this, &MessageLogModel::onLogChanged);
    connect(m_log, &MessageLog::cleared, this, &MessageLogModel::onLogCleared);
    m_first = m_log->firstSequence();
    m_size = m_log->size();
    m_logEnd = m_first + m_size;
}

MessageLogModel::~MessageLogModel() = default;

QString MessageLogModel::setFilter(const MessageFilter &filter)
{
    m_filter = filter;
    const QString error = m_filter.compile();
    m_filtered = m_filter.isActive();
    resetRows();
    return error;
}

void MessageLogModel::resetRows()
{
    beginResetModel();
    m_scanTimer->stop();
    m_matches.clear();
    m_first = m_log->firstSequence();
    m_size = m_log->size();
    m_logEnd = m_first + m_size;
    m_scanNext = m_first;
    endResetModel();
    if (m_filtered)
        m_scanTimer->start();
}

bool MessageLogModel::isScanning() const
{
    return m_scanTimer->isActive();
}

void MessageLogModel::onLogChanged(qint64 firstSequence, int size)
{
    m_logEnd = firstSequence + size;
    if (m_filtered) {
        // Drop matches that the ring has evicted (they are always the oldest rows).
        qsizetype gone = 0;
        while (gone < m_matches.size() && m_matches.at(gone) < firstSequence)
            ++gone;
        if (gone > 0) {
            beginRemoveRows({}, 0, int(gone) - 1);
            m_matches.remove(0, gone);
            endRemoveRows();
        }
        m_scanNext = std::max(m_scanNext, firstSequence);
        if (m_scanNext < m_logEnd && !m_scanTimer->isActive())
            m_scanTimer->start();
        return;
    }

    const int evicted = int(std::clamp<qint64>(firstSequence - m_first, 0, m_size));
    if (evicted > 0) {
        beginRemoveRows({}, 0, evicted - 1);
        m_first += evicted;
        m_size -= evicted;
        endRemoveRows();
    }
    if (m_size == 0)
        m_first = firstSequence;
    const qint64 added = m_logEnd - (m_first + m_size);
    if (added > 0) {
        beginInsertRows({}, m_size, m_size + int(added) - 1);
        m_size += int(added);
        endInsertRows();
    }
}

void MessageLogModel::onLogCleared()
{
    resetRows();
}

void MessageLogModel::scanSlice()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> found;
    StreamMessage message;
    const qint64 end = m_logEnd;
    while (m_scanNext < end) {
        const qint64 sequence = m_scanNext++;
        if (m_log->find(sequence, &message) && m_filter.matches(message))
            found.append(sequence);
        if (clock.elapsed() >= s_sliceBudgetMs)
            break;
    }
    if (!found.isEmpty()) {
        const int row = int(m_matches.size());
        beginInsertRows({}, row, row + int(found.size()) - 1);
        m_matches.append(found);
        endInsertRows();
    }
    if (m_scanNext >= m_logEnd) {
        m_scanTimer->stop();
        emit scanFinished();
    }
}

qint64 MessageLogModel::sequenceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_filtered ? m_matches.at(row) : m_first + row;
}

int MessageLogModel::rowOf(qint64 sequence) const
{
    if (!m_filtered)
        return sequence >= m_first && sequence < m_first + m_size ? int(sequence - m_first) : -1;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), sequence);
    return it != m_matches.cend() && *it == sequence ? int(it - m_matches.cbegin()) : -1;
}

bool MessageLogModel::messageAt(int row, StreamMessage *out) const
{
    const qint64 sequence = sequenceAt(row);
    return sequence >= 0 && m_log->find(sequence, out);
}

QString MessageLogModel::formatTime(qint64 timestampUs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timestampUs / 1000);
    return time.toString(QStringLiteral("hh:mm:ss.zzz"))
           + QStringLiteral("%1").arg(timestampUs % 1000, 3, 10, QLatin1Char('0'));
}

QString MessageLogModel::preview(const StreamMessage &message)
{
    const QByteArray &payload = message.payload;
    QString line;
    if (message.type == MessageKind::Close)
        line = QString::number(message.closeCode) + u' ';
    if (message.type == MessageKind::SseEvent && !message.eventId.isEmpty())
        line = QStringLiteral("#") + message.eventId + u' ';
    if (message.type == MessageKind::Binary) {
        const qsizetype shown = std::min<qsizetype>(payload.size(), s_previewBytes / 3);
        line += QString::fromLatin1(payload.left(shown).toHex(' '));
        if (payload.size() > shown)
            line += QChar(0x2026);
        return line;
    }
    const qsizetype cut = utf8Boundary(payload, s_previewBytes);
    QString text = QString::fromUtf8(payload.constData(), cut);
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
        else if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    line += text;
    if (payload.size() > cut)
        line += QChar(0x2026);
    return line;
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filtered ? int(m_matches.size()) : m_size;
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::TextAlignmentRole && role != SequenceRole && role != DirectionRole
        && role != FrameTypeRole && role != Qt::AccessibleTextRole)
        return {};
    const qint64 sequence = sequenceAt(index.row());
    if (role == SequenceRole)
        return sequence;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    StreamMessage message;
    if (!m_log->find(sequence, &message))
        return {}; // evicted since the last batch; the next one removes the row
    switch (role) {
    case DirectionRole:
        return int(message.direction);
    case FrameTypeRole:
        return int(message.type);
    case Qt::ForegroundRole:
        if (index.column() != DirectionColumn)
            return {};
        // Mid-tones that read on light and dark palettes alike.
        if (message.direction == MessageDirection::Incoming)
            return QColor(0x2e, 0x8b, 0x57);
        if (message.direction == MessageDirection::Outgoing)
            return QColor(0x3b, 0x7d, 0xd8);
        return QColor(0x99, 0x88, 0x55);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == DirectionColumn)
            return messageDirectionName(message.direction);
        if (index.column() == SizeColumn)
            return tr("%L1 bytes").arg(message.size);
        if (role == Qt::ToolTipRole)
            return {};
        break;
    default:
        break;
    }
    switch (Column(index.column())) {
    case DirectionColumn:
        return directionArrow(message.direction);
    case TimeColumn:
        return formatTime(message.timestampUs);
    case TypeColumn:
        // A Server-Sent Event shows its event type ("message", "tick"), the rest their kind.
        return message.type == MessageKind::SseEvent ? message.eventType
                                                     : messageKindName(message.type);
    case SizeColumn:
        return display::bytes(message.size);
    case PreviewColumn:
        return preview(message);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DirectionColumn:
        return QString();
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace wirescope
