#pragma once

#include "ui/stream/messagefilter.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace wirescope {

class MessageLog;
struct StreamMessage;

/// The rows of a MessageLog for a virtualised view. Nothing is copied: a row maps to a log
/// sequence number and data() reads that one entry. The log's batched `changed` signal is
/// turned into row removals at the front (evictions) and insertions at the end, so
/// selection and scroll position survive a live stream.
///
/// With an active filter the rows are the matching sequences. Matching runs in slices of a
/// few milliseconds on a zero-interval timer, so a 100,000-entry log never blocks the UI;
/// isScanning() tells whether the rows are complete yet.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogModel)

public:
    enum Column { DirectionColumn, TimeColumn, TypeColumn, SizeColumn, PreviewColumn, ColumnCount };
    enum Role {
        SequenceRole = Qt::UserRole + 1, ///< qint64 on any cell
        DirectionRole,                   ///< int(MessageDirection)
        FrameTypeRole,                   ///< int(MessageKind)
    };
    /// How many payload bytes the one-line preview reads.
    static constexpr int s_previewBytes = 200;

    explicit MessageLogModel(MessageLog *log, QObject *parent = nullptr);
    ~MessageLogModel() override;

    MessageLog *log() const { return m_log; }

    /// Shows only entries that pass @p filter (an inactive filter shows everything).
    /// Returns the filter's error message for a bad regular expression (then no rows).
    QString setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_filter; }
    bool isFiltered() const { return m_filtered; }
    /// True while a filter is still being matched against older entries.
    bool isScanning() const;

    /// The log sequence shown in @p row, or -1.
    qint64 sequenceAt(int row) const;
    /// The row showing @p sequence, or -1 (hidden by the filter, or evicted).
    int rowOf(qint64 sequence) const;
    /// The entry in @p row; false when it has been evicted meanwhile.
    bool messageAt(int row, StreamMessage *out) const;

    /// "hh:mm:ss.zzzuuu" in local time.
    static QString formatTime(qint64 timestampUs);
    /// One line: the first s_previewBytes of the payload, control characters made visible.
    static QString preview(const StreamMessage &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The filter's scan reached the end of the log.
    void scanFinished();

private:
    void onLogChanged(qint64 firstSequence, int size);
    void onLogCleared();
    void scanSlice();
    void resetRows();

    MessageLog *m_log; // not owned; outlives the model (the session owns it)
    MessageFilter m_filter;
    bool m_filtered = false;
    // Unfiltered: rows are the sequences [m_first, m_first + m_size).
    qint64 m_first = 0;
    int m_size = 0;
    // Filtered: rows are m_matches; the scan has tested every sequence below m_scanNext.
    QList<qint64> m_matches;
    qint64 m_scanNext = 0;
    qint64 m_logEnd = 0; ///< one past the newest sequence the log has announced
    QTimer *m_scanTimer = nullptr;
};

} // namespace wirescope
