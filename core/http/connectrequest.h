#pragma once

#include <QByteArray>
#include <QString>

namespace wirescope {

/// The head of an HTTP CONNECT request (RFC 9110 §9.3.6) as the WireTap relay receives it
/// from Qt's HTTP proxy engine, which tunnels HTTPS that way: "CONNECT host:port HTTP/1.1",
/// header lines, a blank line.
struct ConnectRequest
{
    enum class Status {
        Incomplete,   ///< no blank line yet: wait for more bytes
        Ok,           ///< a CONNECT with the expected Proxy-Authorization
        Unauthorized, ///< a well-formed CONNECT without (or with other) credentials
        Malformed,    ///< not a CONNECT request head we can read (problem says why)
    };

    Status status = Status::Incomplete;
    QString host; ///< the target name or address (IPv6 without brackets)
    quint16 port = 0;
    qsizetype headBytes = 0; ///< bytes of the head including the blank line (Ok/Unauthorized)
    QString problem;         ///< for Malformed and Unauthorized, in words
    /// The head carries "X-Wirescope-Hand-Over: tls" (WireTap::tunnelProxy() for HttpClient):
    /// the client will ask for the server connection once its TLS handshake is done.
    bool handOverAfterTls = false;

    static constexpr char s_handOverHeader[] = "X-Wirescope-Hand-Over";

    /// Reads @p in from its start. @p authorization is the expected Proxy-Authorization value
    /// ("Basic <base64 user:password>"); a head with any Proxy-Authorization line equal to it
    /// is Ok. Heads over @p maxHead bytes are Malformed.
    static ConnectRequest
    parse(const QByteArray &in, const QByteArray &authorization, qsizetype maxHead = 8192);
};

} // namespace wirescope
