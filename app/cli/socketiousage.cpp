#include "app/cli/socketiousage.h"

#include "app/cli/sharedoptions.h"

namespace wirescope::cli {

QString socketIoUsage()
{
    return withSharedOptionHelp(QStringLiteral(R"(Usage: wirescope-cli socketio [options] URL

Connects to a Socket.IO server (protocol v5, Socket.IO 3 or later) over a WebSocket
(Engine.IO v4), joins a namespace and prints every event it receives with a timestamp
("<" received events and acknowledgements, ">" what was emitted, "*" connection events).
URL is http(s)://HOST:PORT[/PATH]; the path defaults to /socket.io/, and EIO=4 and
transport=websocket are added to the query. Engine.IO pings are answered.

Without --emit or --expect it listens until --timeout, the server closes, or Ctrl+C. With
--emit the events are sent once the namespace is connected; then it closes after --expect N
received events and acknowledgements, or once every acknowledgement (--ack) has arrived or
timed out.

Namespace:
      --namespace NS         the namespace to join (default /)
      --auth JSON            the auth object sent with CONNECT, e.g. '{"token":"abc"}'
<--header>

Events:
      --emit EVENT JSONARRAY emit EVENT with the arguments of JSONARRAY (repeatable, in
                             order), e.g. --emit chat '["hello", {"to": "all"}]'
      --ack                  ask for an acknowledgement of every --emit and print it
      --ack-timeout SECONDS  how long to wait for each acknowledgement (default 10; exit 5)
      --expect N             exit after N received events and acknowledgements

Connection:
  -m, --timeout SECONDS      give up after SECONDS in total (exit 5)
      --connect-timeout SECONDS  limit for the WebSocket handshake, the Engine.IO open
                             packet and the namespace's answer, each (default 10)
<--proxy --noproxy>

TLS (as for send):
<--cacert --cert --key --pass --accept-tls-error --insecure>

Output:
      --json                 one JSON object per line: {"event":"connect","namespace":...,
                             "sid":...,"engineSid":...}, {"event":"message","name":...,
                             "args":[...]}, {"event":"emit",...}, {"event":"ack","id":...,
                             "args":[...]}, {"event":"ackTimeout",...},
                             {"event":"error","kind":...,"message":...},
                             {"event":"close","reason":...,"received":N}
<--help>

Exit codes:
  0   --expect satisfied, every acknowledgement arrived, or the server closed normally
  2   usage error: bad option or value, bad URL, namespace or JSON (nothing was sent)
  3   network or protocol error: DNS, refused, wrong path, protocol version mismatch
  4   TLS error: handshake or certificate verification failed
  5   timeout: --timeout, --connect-timeout or --ack-timeout ran out
  8   the server refused the namespace (CONNECT_ERROR: auth, middleware, unknown name)
  10  the connection closed before --expect N events arrived
)"));
}

} // namespace wirescope::cli
