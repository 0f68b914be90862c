#include "core/http/socksrelay.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace wirescope {

SocksRelay::SocksRelay(WireLog *log, const SocksSession::Credentials &credentials)
    : m_log(log)
    , m_credentials(credentials)
{}

SocksRelay::~SocksRelay() = default;

quint16 SocksRelay::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &SocksRelay::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

void SocksRelay::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new SocksSession(socket, m_log, m_credentials, this); // deletes itself when closed
}

} // namespace wirescope
