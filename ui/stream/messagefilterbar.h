#pragma once

#include "ui/stream/messagefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace wirescope {

/// The controls above the message list that choose what it shows: direction, kinds of
/// frame, and a text or regular-expression search. Typing is debounced.
class MessageFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageFilterBar)

public:
    explicit MessageFilterBar(QWidget *parent = nullptr);

    MessageFilter filter() const;
    /// Shows a problem with the pattern (empty clears it).
    void setError(const QString &error);
    /// Names the kinds as a Server-Sent Events stream has them (Events, Comments for comment
    /// and retry lines, Notes for connection events) and hides the direction and binary
    /// choices, which a stream does not have. The filter's fields keep their meaning.
    void useForEventStreams();

signals:
    void filterChanged();

private:
    QComboBox *m_direction = nullptr;
    QToolButton *m_text = nullptr;
    QToolButton *m_binary = nullptr;
    QToolButton *m_control = nullptr;
    QToolButton *m_events = nullptr;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace wirescope
