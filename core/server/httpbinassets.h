#pragma once

#include <QByteArray>

namespace wirescope::server::assets {

/// Fixed bodies of the demo server's httpbin-like endpoints.

QByteArray slideshowJson(); ///< /json (upstream httpbin's sample; Debian's httpbin lacks /json)
QByteArray slideshowXml();  ///< /xml, byte for byte as python3-httpbin sends it
QByteArray html();          ///< /html: a short HTML page (httpbin sends a Moby-Dick excerpt)
QByteArray png();           ///< /image/png: a 16x16 RGB PNG
QByteArray teapot();        ///< /status/418's body

/// @p data in gzip format (RFC 1952), for /gzip.
QByteArray gzip(const QByteArray &data);

/// CRC-32 (the one gzip and PNG use) of @p data.
quint32 crc32(const QByteArray &data);

} // namespace wirescope::server::assets
