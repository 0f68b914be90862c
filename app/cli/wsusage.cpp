#include "app/cli/wsusage.h"

#include "app/cli/sharedoptions.h"

namespace wirescope::cli {

QString wsUsage()
{
    return withSharedOptionHelp(QStringLiteral(R"(Usage: wirescope-cli ws [options] URL

Opens a WebSocket connection (ws:// or wss://) and prints every frame with a timestamp and
its direction ("<" received, ">" sent, "*" connection events).

Interactive by default: each line of standard input is sent as a text frame; end of input
(Ctrl+D) closes the connection normally (1000). With --send, --send-binary or --expect the
run is scripted instead: the messages are sent once the connection is open, then it closes
(1000) after --expect N received messages, or at once without --expect.
The URL, header values and text messages may use {{name}} variables (--var).

Handshake:
<--header>
      --origin ORIGIN        send Origin: ORIGIN
      --subprotocol NAME     offer a subprotocol (repeatable, or comma-separated, in order
                             of preference); the negotiated one is reported
<--user --bearer --var>

Messages:
      --send TEXT            send a text frame (repeatable)
      --send-binary @FILE    send FILE's bytes as a binary frame (repeatable); also
      --send-binary hex:HEX  (e.g. hex:de:ad:be:ef) or base64:BASE64
      --expect N             exit after N received messages (closing with 1000)
      --max-message-size BYTES  refuse larger incoming messages (default 64M; K, M, G)
      --ping-interval SECONDS   ping periodically and report the round-trip time

Connection:
  -m, --timeout SECONDS      give up after SECONDS in total (exit 5)
      --connect-timeout SECONDS  limit for the TCP/TLS/upgrade handshake (default 10)
<--proxy --noproxy>

TLS (as for send):
<--cacert --cert --key --pass --accept-tls-error --insecure>

Output:
      --json                 one JSON object per line per event: {"event":"open",...},
                             {"event":"frame","direction":"incoming","type":"text",
                             "text":...} (binary as "base64"), {"event":"close","code":...},
                             {"event":"error","kind":...,"message":...}
<--help>

Exit codes:
  0   the conversation ended normally (1000/1001 from either side; --expect satisfied)
  2   usage error: bad option or value, bad URL scheme, header or subprotocol (nothing
      was sent)
  3   network error: DNS, connection refused or reset during the handshake, proxy
  4   TLS error: handshake or certificate verification failed
  5   timeout: --timeout or --connect-timeout ran out
  6   a received message was larger than --max-message-size (closed with 1009)
  7   file error: --send-binary @FILE, a certificate or key could not be read
  8   the server refused the WebSocket upgrade (an HTTP status instead of 101)
  9   abnormal close: the connection dropped without a close frame (1006), or the server
      broke the protocol (e.g. invalid UTF-8 in a text frame: closed with 1007)
  10  the server closed with a code other than 1000/1001 (e.g. 4001), or the connection
      closed before --expect N messages arrived
)"));
}

} // namespace wirescope::cli
