#pragma once

#include "core/model/requestsettings.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace wirescope {

class HeaderListModel;
class TlsView;
struct WsHandshake;

/// How the connection was made and ended: the URL connected to, the handshake request
/// headers, the response status and headers, the negotiated subprotocol, TLS details for
/// wss://, and the close code and reason.
class WsConnectionInfo final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsConnectionInfo)

public:
    explicit WsConnectionInfo(QWidget *parent = nullptr);

    void setHandshake(const WsHandshake &handshake);
    /// @p code 0 = not closed.
    void setClose(int code, const QString &reason, bool byPeer);
    void clear();

    QString statusText() const;
    QString subprotocolText() const;
    QString closeText() const;
    QString timingText() const;

signals:
    /// The user accepted a TLS error shown here (reconnect accepting it).
    void tlsErrorAccepted(const wirescope::IgnoredTlsError &error);

private:
    /// Each empty header table shows why it is empty instead (@p attempted: a handshake was
    /// sent; @p answered: a response came).
    void updateEmptyStates(bool attempted, bool answered);

    QLabel *m_url = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_subprotocol = nullptr;
    QLabel *m_close = nullptr;
    QLabel *m_timing = nullptr;
    HeaderListModel *m_requestHeaders = nullptr;
    HeaderListModel *m_responseHeaders = nullptr;
    QTableView *m_requestTable = nullptr;
    QTableView *m_responseTable = nullptr;
    QLabel *m_requestEmpty = nullptr;
    QLabel *m_responseEmpty = nullptr;
    QLabel *m_refusal = nullptr;
    TlsView *m_tls = nullptr;
    QWidget *m_tlsBox = nullptr;
};

} // namespace wirescope
