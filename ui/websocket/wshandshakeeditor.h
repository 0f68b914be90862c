#pragma once

#include "core/model/websocketrequest.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace wirescope {

class KeyValueTable;

/// The parts of a WebSocket request besides its URL: handshake headers, offered
/// subprotocols, and connection settings (connect timeout, auto-reconnect, ping interval,
/// maximum message size, how many messages the log keeps).
class WsHandshakeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsHandshakeEditor)

public:
    explicit WsHandshakeEditor(QWidget *parent = nullptr);

    /// Shows @p request's headers, subprotocols and settings.
    void load(const WebSocketRequest &request);
    /// Writes what is shown into @p request (other fields are left alone).
    void applyTo(WebSocketRequest *request) const;

    KeyValueTable *headersTable() const { return m_headers; } // child

signals:
    void edited();

private:
    KeyValueTable *m_headers = nullptr;
    QLineEdit *m_subprotocols = nullptr;
    QDoubleSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_autoReconnect = nullptr;
    QDoubleSpinBox *m_pingInterval = nullptr;
    QSpinBox *m_maxMessage = nullptr; ///< in KB
    QSpinBox *m_logCapacity = nullptr;
    qint64 m_loadedMaxBytes = 0; ///< kept exactly unless the (KB) field is changed
};

} // namespace wirescope
