#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QTimer;

namespace wirescope {

/// Puts a long text into a QPlainTextEdit without freezing the window: the first screenful
/// goes in at once, the rest in slices, one per event-loop turn. Loading a new text (or
/// clearing) abandons the previous one.
class ChunkedTextLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedTextLoader)

public:
    explicit ChunkedTextLoader(QPlainTextEdit *target); // child of target

    void load(const QString &text);
    void clear();
    bool isLoading() const { return m_offset < m_text.size(); }

signals:
    /// The first slice is in the view.
    void firstScreenShown();
    /// The whole text is in the view.
    void finished();

private:
    void appendSlice(qsizetype maxChars);

    QPlainTextEdit *m_target; // not owned (our parent)
    QTimer *m_timer = nullptr;
    QString m_text;
    qsizetype m_offset = 0;
    qsizetype m_slice = 0; ///< characters per later slice, adapted to how long one takes
};

} // namespace wirescope
