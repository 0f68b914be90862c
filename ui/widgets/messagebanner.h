#pragma once

#include <QFrame>

class QLabel;

namespace wirescope {

/// A coloured strip that states a problem where it happened: a bold title, the message in
/// plain words, and what to try next.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level { Error, Warning, Info };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level,
                     const QString &title,
                     const QString &message,
                     const QString &hint = {});
    void clear();

    QString title() const;
    QString message() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace wirescope
