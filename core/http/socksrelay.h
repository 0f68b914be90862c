#pragma once

#include "core/http/sockssession.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace wirescope {

class WireLog;

/// The WireTap's worker, living on the WireTap's thread: listens on 127.0.0.1 and hands each
/// accepted connection to a SocksSession.
class SocksRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocksRelay)

public:
    SocksRelay(WireLog *log, const SocksSession::Credentials &credentials);
    ~SocksRelay() override;

    /// Starts listening on 127.0.0.1, port 0; returns the port (0 on failure). Call on the
    /// relay's thread.
    quint16 listen();

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr; // child, created on the relay's thread
    WireLog *m_log;                 // not owned
    SocksSession::Credentials m_credentials;
};

} // namespace wirescope
