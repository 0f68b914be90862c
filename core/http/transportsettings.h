#pragma once

#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/requestsettings.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>

namespace wirescope {

/// How a request's transport settings map onto Qt's objects, and the Qt 6.4 behaviours the
/// engine has to know about. Pure functions, used by RequestRun.

/// True when @p error is only QNetworkReply's way of saying "HTTP status >= 400": for an
/// inspector that is an ordinary response.
bool isHttpStatusError(QNetworkReply::NetworkError error, int status);

/// Everything in @p tls that changes what a connection accepts or presents.
QByteArray tlsIdentity(const TlsSettings &tls);

/// The QNetworkProxy for the request's proxy settings.
QNetworkProxy proxyFor(const ProxySettings &settings);

/// True when @p settings send a connection to @p url direct: no proxy, or "system" with no
/// application or system proxy for it (ws/wss are asked as http/https, which Qt knows).
bool goesDirect(const ProxySettings &settings, const QUrl &url);

/// The Accept-Language value Qt 6.4 adds when a request has none.
QString qtAcceptLanguage();

/// Headers as Qt will send them: repeated names joined with ", " (one value per name in Qt).
QList<QPair<QByteArray, QByteArray>> wireHeaders(const KeyValueList &headers);

/// The system CAs plus the extra CA files, and the client certificate (PEM or PKCS#12).
/// Errors name the unreadable file or the wrong passphrase.
Result<QSslConfiguration> sslConfigurationFor(const TlsSettings &tls);

} // namespace wirescope
