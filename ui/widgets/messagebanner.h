#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace wirescope {

/// A coloured strip that states a problem where it happened: a bold title, the message in
/// plain words, what to try next, buttons that do the fix where there is one, and the
/// technical detail behind a "Details" toggle (one click away, never in the way).
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
                     const QString &hint = {},
                     const QString &detail = {});
    /// Buttons for @p actions (not owned; they outlive the message) until the next
    /// showMessage() or clear().
    void setActions(const QList<QAction *> &actions);
    void clear();

    QString title() const;
    QString message() const; ///< the message and the hint, as shown
    QString detail() const;  ///< the technical detail, shown after "Details"
    bool isDetailShown() const;

private:
    void removeActionButtons();
    void setDetailShown(bool shown);

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_detail = nullptr;
    QToolButton *m_detailToggle = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QToolButton *> m_actionButtons;
};

} // namespace wirescope
