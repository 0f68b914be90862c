#pragma once

#include <QTableView>

namespace wirescope {

/// The live message list: fixed-height rows (cheap for 100,000 entries), whole-row
/// selection, and "follow": while on, new rows scroll into view. Scrolling up (wheel,
/// scroll bar, keys) pauses following; scrolling back to the bottom resumes it. While
/// paused, rows evicted at the top do not move the rows the user is reading.
class MessageLogView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogView)

public:
    explicit MessageLogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    bool isFollowing() const { return m_following; }
    /// Turning following on scrolls to the newest row at once.
    void setFollowing(bool following);

    /// True when the last row is in view (or there are no rows).
    bool isAtBottom() const;

signals:
    void followingChanged(bool following);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onScrollAction(int action);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent);

    bool m_following = true;
    int m_topBeforeRemoval = -1; ///< scroll value before rows went at the top (paused only)
    int m_removedAtTop = 0;
};

} // namespace wirescope
