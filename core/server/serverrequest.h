#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace wirescope::server {

/// One HTTP request as the demo server received it, copied out of QHttpServerRequest so it
/// outlives the handler (QtHttpServer 6.4 reuses its request object for the next request on
/// the connection).
struct ServerRequest
{
    QString method;                               ///< upper case: GET, POST, ...
    QUrl url;                                     ///< scheme://Host-header/path?query
    QList<QPair<QByteArray, QByteArray>> headers; ///< as Qt 6.4 keeps them (see header())
    QByteArray body;
    QString remoteAddress; ///< "127.0.0.1"

    /// First header named @p name (case-insensitive); null when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace wirescope::server
