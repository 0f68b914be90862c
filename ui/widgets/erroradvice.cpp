#include "ui/widgets/erroradvice.h"

namespace wirescope {

namespace {

QString httpTitle(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidRequest:
        return ErrorAdvisor::tr("The request could not be built");
    case Error::Kind::Dns:
        return ErrorAdvisor::tr("Host name not found (DNS)");
    case Error::Kind::ConnectionRefused:
        return ErrorAdvisor::tr("Connection refused");
    case Error::Kind::ConnectionReset:
        return ErrorAdvisor::tr("Connection closed by the server");
    case Error::Kind::Tls:
        return ErrorAdvisor::tr("TLS handshake or certificate problem");
    case Error::Kind::Timeout:
        return ErrorAdvisor::tr("Timed out (total time limit)");
    case Error::Kind::InactivityTimeout:
        return ErrorAdvisor::tr("Timed out (no data for too long)");
    case Error::Kind::TooLarge:
        return ErrorAdvisor::tr("Response too large");
    case Error::Kind::TooManyRedirects:
        return ErrorAdvisor::tr("Too many redirects");
    case Error::Kind::Proxy:
        return ErrorAdvisor::tr("Proxy error");
    case Error::Kind::Protocol:
        return ErrorAdvisor::tr("Malformed response");
    case Error::Kind::Cancelled:
        return ErrorAdvisor::tr("Cancelled");
    case Error::Kind::File:
        return ErrorAdvisor::tr("A file could not be read");
    case Error::Kind::Parse:
        return ErrorAdvisor::tr("Parse error");
    case Error::Kind::Other:
        break;
    }
    return ErrorAdvisor::tr("The request failed");
}

QString httpHint(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidRequest:
        return ErrorAdvisor::tr("Fix the part named above; nothing was sent.");
    case Error::Kind::Dns:
        return ErrorAdvisor::tr("Check the host name for typos, and your network, VPN or DNS.");
    case Error::Kind::ConnectionRefused:
        return ErrorAdvisor::tr(
            "Is the server running, and on this port? For the Getting "
            "started requests, Tools > Run the Demo Server starts the local one.");
    case Error::Kind::ConnectionReset:
        return ErrorAdvisor::tr("The server or something in between dropped the connection; "
                                "check the server's logs, or try HTTP/1.1 only in Settings.");
    case Error::Kind::Tls:
        return ErrorAdvisor::tr("See the TLS tab: you can accept a specific certificate error for "
                                "this request only.");
    case Error::Kind::Timeout:
        return ErrorAdvisor::tr(
            "Raise the total timeout in the Settings tab, or check the server.");
    case Error::Kind::InactivityTimeout:
        return ErrorAdvisor::tr("Raise the inactivity timeout in the Settings tab.");
    case Error::Kind::TooLarge:
        return ErrorAdvisor::tr("What arrived before the limit is shown below; raise the limit "
                                "in the Settings tab to get all of it.");
    case Error::Kind::TooManyRedirects:
        return ErrorAdvisor::tr("See the Redirects tab for the chain; raise the limit in Settings "
                                "or turn following off.");
    case Error::Kind::Proxy:
        return ErrorAdvisor::tr("Check the proxy address and credentials in Settings.");
    case Error::Kind::Protocol:
        return ErrorAdvisor::tr("The server broke HTTP framing; what arrived is shown below.");
    case Error::Kind::Cancelled:
        return ErrorAdvisor::tr("Press Ctrl+Enter to send again.");
    case Error::Kind::File:
        return ErrorAdvisor::tr("Pick the file again in the Body tab, or check that it exists and "
                                "can be read.");
    case Error::Kind::Parse:
    case Error::Kind::Other:
        break;
    }
    return {};
}

QString webSocketTitle(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidRequest:
        return ErrorAdvisor::tr("Cannot connect: the request is not valid");
    case Error::Kind::Dns:
        return ErrorAdvisor::tr("Host name not found (DNS)");
    case Error::Kind::ConnectionRefused:
        return ErrorAdvisor::tr("Connection refused");
    case Error::Kind::ConnectionReset:
        return ErrorAdvisor::tr("Connection lost");
    case Error::Kind::Tls:
        return ErrorAdvisor::tr("TLS problem");
    case Error::Kind::Timeout:
    case Error::Kind::InactivityTimeout:
        return ErrorAdvisor::tr("Timed out");
    case Error::Kind::TooLarge:
        return ErrorAdvisor::tr("Message too large");
    case Error::Kind::Protocol:
        return ErrorAdvisor::tr("Protocol error");
    case Error::Kind::Proxy:
        return ErrorAdvisor::tr("Proxy problem");
    default:
        break;
    }
    return ErrorAdvisor::tr("WebSocket error");
}

QString webSocketHint(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidRequest:
        return ErrorAdvisor::tr("Fix the URL, headers or subprotocols, then connect again.");
    case Error::Kind::Dns:
        return ErrorAdvisor::tr("Check the host name for typos, and your network, VPN or DNS.");
    case Error::Kind::ConnectionRefused:
        return ErrorAdvisor::tr("Check that the server runs and listens on that port.");
    case Error::Kind::Tls:
        return ErrorAdvisor::tr("See Connection for the certificate; you can accept a specific "
                                "error for this request there.");
    case Error::Kind::Timeout:
        return ErrorAdvisor::tr("Raise the connect timeout under Handshake & Settings, or check "
                                "the server.");
    case Error::Kind::TooLarge:
        return ErrorAdvisor::tr("Raise the largest message size under Handshake & Settings.");
    default:
        break;
    }
    return {};
}

} // namespace

QString ErrorAdvisor::title(Error::Kind kind)
{
    return httpTitle(kind);
}

QString ErrorAdvisor::sentence(const QString &text)
{
    QString out = text.trimmed();
    if (out.isEmpty())
        return out;
    out[0] = out.at(0).toUpper();
    if (!QStringView(u".!?").contains(out.back()))
        out += u'.';
    return out;
}

ErrorAdvice ErrorAdvisor::forHttp(const Error &error)
{
    return {httpTitle(error.kind), sentence(error.message), httpHint(error.kind), error.detail};
}

ErrorAdvice ErrorAdvisor::forWebSocket(const Error &error)
{
    return {webSocketTitle(error.kind), sentence(error.message), webSocketHint(error.kind),
            error.detail};
}

} // namespace wirescope
