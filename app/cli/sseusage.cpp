#include "app/cli/sseusage.h"

#include "app/cli/sharedoptions.h"

namespace wirescope::cli {

QString sseUsage()
{
    return withSharedOptionHelp(QStringLiteral(R"(Usage: wirescope-cli sse [options] URL

Streams a Server-Sent Events response (Content-Type text/event-stream) and prints one line
per event, comment and retry field as it arrives ("<" events, ":" comments, "*" connection
events). Data lines of an event are joined with "\n" on the line (--json keeps them exact).
Stops after --expect N events, at --timeout, when the server ends the stream, or on Ctrl+C.

Request:
  -H, --header 'Name: value' add a request header (repeatable); Accept: text/event-stream
                             and Cache-Control: no-cache are sent unless you set them
<--request>
  -d, --data TEXT            request body (makes the method POST unless -X)
<--bearer --var>

Stream:
      --expect N             exit 0 after N events (the connection is closed)
  -m, --timeout SECONDS      stop after SECONDS in total (exit 5)
      --reconnect            when the stream ends or drops, reconnect after the server's
                             retry time (default 3 s) with Last-Event-ID, as EventSource does
      --any-type             stream any 2xx response, whatever its Content-Type
      --max-event-size BYTES stop when a line or an event grows beyond BYTES without ending
                             (default 8M; K, M, G)

TLS (as for send):
<--cacert --accept-tls-error --insecure>

Output:
      --json                 one JSON object per line: {"event":"open","status":...},
                             {"event":"message","type":...,"id":...,"data":...},
                             {"event":"comment","text":...}, {"event":"retry","ms":...},
                             {"event":"close","end":...,"received":N,"discardedBytes":N},
                             {"event":"error","kind":...,"message":...}
<--help>

Exit codes:
  0   --expect N events arrived, or (without --expect) the server ended the stream
  2   usage error: bad option or value, bad URL or header (nothing was sent)
  3   network error before the stream opened: DNS, connection refused, proxy
  4   TLS error: handshake or certificate verification failed
  5   timeout: --timeout ran out
  6   a line or an event grew beyond --max-event-size without ending
  8   the server answered with something other than an event stream (a status other
      than 200, or a Content-Type other than text/event-stream without --any-type)
  9   the connection broke while streaming (reset, protocol error)
  10  the server ended the stream before --expect N events arrived
)"));
}

} // namespace wirescope::cli
