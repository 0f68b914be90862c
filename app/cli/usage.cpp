#include "app/cli/usage.h"

#include "app/cli/sharedoptions.h"

namespace wirescope::cli {

namespace {

// The exit codes are the same for every subcommand; exitcodes.h is the source of truth.
const char s_exitCodes[] = R"(Exit codes:
  0   the exchange completed (any HTTP status, unless --fail)
  1   send --saved: a test script or an assertion did not hold; run: a request failed
      or an assertion did not hold
  2   usage error: bad option or value, bad URL, method or header (nothing was sent)
  3   network error: DNS, connection refused or reset, malformed response, proxy,
      redirect loop or too many redirects
  4   TLS error: handshake or certificate verification failed
  5   timeout: --max-time or --inactivity-timeout ran out
  6   the response was larger than --max-filesize
  7   file error: a body, certificate or key file could not be read, or -o could not
      be written
  8   ws: the server refused the WebSocket upgrade (HTTP status instead of 101);
      sse: the answer was not an event stream (status or Content-Type)
  9   ws: abnormal close (dropped without a close frame, 1006; or a protocol error);
      sse: the connection broke while streaming
  10  ws: the server closed with a code other than 1000/1001, or before --expect N;
      sse: the server ended the stream before --expect N events
  11  send --graphql --fail: the GraphQL answer carried errors
  22  --fail was given and the HTTP status was 400 or more
)";

} // namespace

QString mainUsage()
{
    return QStringLiteral(R"(Usage: wirescope-cli COMMAND [options]

Wirescope's headless HTTP inspector.

Commands:
  send       send one HTTP request and report what happened on the wire
  ws         open a WebSocket connection: interactive, or scripted with --send/--expect
  sse        stream Server-Sent Events (text/event-stream), one line per event
  socketio   join a Socket.IO namespace, emit events and print what arrives
  run        run a collection's requests and assertions (cli, json and JUnit reports)
  import     convert a Postman, Insomnia, HAR, curl or OpenAPI file into a collection
  export     write a collection as Postman v2.1 or as curl commands
  codegen    print a saved request as curl, HTTPie, Python, fetch, axios, Node.js or Qt code
  serve      run the demo server (httpbin-like HTTP, WebSocket echo/chat, mocks)

Options:
  -h, --help     show this help (and `wirescope-cli COMMAND --help` for a command)
  --version      show the version

)") + QString::fromUtf8(s_exitCodes);
}

QString sendUsage()
{
    return withSharedOptionHelp(QStringLiteral(R"(Usage: wirescope-cli send [options] URL
       wirescope-cli send --saved FILE [-e NAME] [--var name=value] [output options]

Sends one request and prints the status line, the response headers, the body (or a note
when it is binary), a timing waterfall and a TLS summary. Options follow curl's where curl
has them. The URL, header values, bodies and credentials may use {{name}} variables.

Request:
<--request>
  -I, --head                 send HEAD
<--header>
  -d, --data TEXT            body text, sent as given; @FILE reads FILE without its line
                             breaks, @- reads standard input. Several -d are joined with
                             '&'. Content-Type: application/x-www-form-urlencoded unless
                             -H sets one (as curl)
      --data-raw TEXT        like -d, but @ has no special meaning
      --data-binary @FILE    send FILE's bytes unchanged as the body (TEXT works too)
      --json-body TEXT       JSON body (@FILE reads a file); sets Content-Type and Accept
                             to application/json unless -H sets them. This is curl's
                             --json: here --json selects the JSON *output*
  -F, --form name=value      multipart/form-data text field (repeatable)
  -F, --form name=@PATH[;type=MIME]
                             multipart/form-data file part
<--var>

GraphQL:
      --graphql QUERY        send a GraphQL operation (@FILE reads it from FILE): POST
                             {"query","variables","operationName"} as application/json
      --graphql-variables JSON  the operation's variables, a JSON object (@FILE reads it)
      --graphql-operation NAME  the operation to run when QUERY holds several
      --graphql-get          send as GET with query, variables and operationName as URL
                             parameters (the GET transport of GraphQL over HTTP)
  The `errors` of a GraphQL answer are reported on standard error as "GraphQL error:
  ..." lines (and under "graphql" in --json output); with --fail they make the exit
  code 11.

Saved requests:
      --saved FILE           send the request file FILE of a collection directory as the
                             window's Send and `run` do: with the auth, headers, variables
                             and scripts it inherits from its folders and collection, its
                             pre-request and test scripts and its assertions (a failed test
                             or assertion makes the exit code 1). Only -e, --var,
                             --no-keychain, --allow-files-outside, -k, -m and the output
                             options combine with it; a body file outside the collection
                             folder is refused without --allow-files-outside
<--env --no-keychain --allow-files-outside>

Authentication:
<--user>
      --digest               use Digest authentication with -u's credentials
<--bearer>
<--aws-sigv4>

Connection:
  -L, --location             follow redirects (every hop is reported)
      --max-redirs N         redirect limit with -L (default 50, -1 = no limit)
      --http1.1              use HTTP/1.1 only
      --http2                HTTP/2 when the server offers it over TLS (the default)
      --http2-prior-knowledge  HTTP/2 without negotiation (h2c for http:// URLs)
<--proxy --noproxy --max-time>
      --inactivity-timeout SECONDS  give up when no data moves for that long
      --max-filesize BYTES   stop when the body grows beyond BYTES (K, M, G suffixes)

TLS:
<--cacert --cert --key --pass --accept-tls-error --insecure>

Output:
      --json                 print one JSON object describing the exchange (see README);
                             also for failed exchanges, but not for usage errors (exit 2)
      --include-body         with --json: include the body ("body"; base64 with
                             "bodyEncoding": "base64" when it is not UTF-8 text)
  -o, --output FILE          write the body to FILE (atomically) instead of stdout; not
                             written when the exchange failed or --fail rejected it
  -f, --fail                 exit with 22 when the HTTP status is 400 or more
  -i, -s, -S, -v             accepted for curl habits; they change nothing
<--help>

Colours are used only when standard output is a terminal and NO_COLOR is not set.
Warnings and errors go to standard error as "wirescope-cli: ..." lines.

)")) + QString::fromUtf8(s_exitCodes);
}

} // namespace wirescope::cli
