#pragma once

#include "core/model/websocketrequest.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace wirescope {

/// Writes and sends messages: text, JSON (checked before sending) or binary typed as hex;
/// Ctrl+Enter sends; a history of what was sent (combo, or Ctrl+Up / Ctrl+Down in the
/// editor); and the request's saved messages (add, rename in place, remove, send).
class WsComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsComposer)

public:
    enum class Mode { Text, Json, Hex };

    /// Sends one message; returns an empty string when it went out, else why not.
    using Sender = std::function<QString(WsPayloadKind kind, const QByteArray &payload)>;

    explicit WsComposer(QWidget *parent = nullptr);

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setSendEnabled(bool enabled);

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);

    /// Checks the editor's content for its mode and sends it. On success the message goes
    /// to the history; otherwise the reason is shown under the editor. Returns success.
    bool send();
    QString errorText() const;

    /// Most recent first.
    QStringList history() const { return m_history; }

    QList<SavedWsMessage> savedMessages() const { return m_saved; }
    void setSavedMessages(const QList<SavedWsMessage> &messages);
    /// Saves the editor's content under @p name (a default name when empty).
    void saveCurrent(const QString &name = {});
    void removeSaved(int row);
    void renameSaved(int row, const QString &name);
    bool sendSaved(int row);

    /// Parses hex digits (spaces, colons and "0x" prefixes allowed). On bad input returns
    /// nullopt and sets @p error naming the character and its position.
    static std::optional<QByteArray> parseHex(const QString &text, QString *error);

signals:
    void savedMessagesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The payload for the editor's content, or nullopt with the error shown.
    std::optional<std::pair<WsPayloadKind, QByteArray>> payload();
    QString deliver(WsPayloadKind kind, const QByteArray &payload);
    void addToHistory(const QString &text);
    void browseHistory(int step);
    void rebuildSavedList();
    void showError(const QString &error);
    void loadSaved(int row);

    Sender m_sender;
    QStringList m_history;
    int m_historyPos = -1;
    QList<SavedWsMessage> m_saved;
    bool m_rebuilding = false;

    QComboBox *m_mode = nullptr;
    QComboBox *m_historyBox = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
    QListWidget *m_savedList = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_sendSavedButton = nullptr;
};

} // namespace wirescope
