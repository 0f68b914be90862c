#pragma once

#include <QWidget>

class QLabel;

namespace wirescope {

class BodyView;
struct StreamMessage;

/// The selected message in full: a one-line summary (direction, type, size, time, sequence)
/// above the body viewer (pretty JSON when it parses, text, hex; copy; save to file).
class MessageDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetail)

public:
    explicit MessageDetail(QWidget *parent = nullptr);

    void setMessage(const StreamMessage &message);
    void clear();

    /// The sequence shown, or -1.
    qint64 sequence() const { return m_sequence; }
    QString summary() const;
    BodyView *bodyView() const { return m_body; } // child

private:
    QLabel *m_summary = nullptr;
    BodyView *m_body = nullptr;
    qint64 m_sequence = -1;
};

} // namespace wirescope
