#include "app/cli/serveargs.h"

#include "app/cli/argvalues.h"

namespace wirescope::cli {

Result<ServeOptions> parseServeArgs(const QStringList &args)
{
    ServeOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString name = arg;
        QString value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            name = arg.section(u'=', 0, 0);
            value = arg.section(u'=', 1);
            inlineValue = true;
        }
        const auto takeValue = [&]() -> std::optional<QString> {
            if (inlineValue)
                return value;
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            options.help = true;
        } else if (name == QLatin1String("--tls")) {
            options.tls = true;
        } else if (name == QLatin1String("--host") || name == QLatin1String("--port")
                   || name == QLatin1String("--cert") || name == QLatin1String("--key")
                   || name == QLatin1String("--mock")) {
            const auto v = takeValue();
            if (!v || v->isEmpty())
                return usageError(QStringLiteral("%1 needs a value").arg(name));
            if (name == QLatin1String("--host")) {
                if (*v == QLatin1String("localhost")) {
                    options.address = QHostAddress(QHostAddress::LocalHost);
                } else if (QHostAddress address; address.setAddress(*v)) {
                    options.address = address;
                } else {
                    return usageError(
                        QStringLiteral("--host %1: not an IP address (or \"localhost\")").arg(*v));
                }
            } else if (name == QLatin1String("--port")) {
                bool ok = false;
                const uint port = v->toUInt(&ok);
                if (!ok || port > 65535)
                    return usageError(
                        QStringLiteral("--port %1: expected a number from 0 to 65535").arg(*v));
                options.port = quint16(port);
            } else if (name == QLatin1String("--cert")) {
                options.certificateFile = *v;
            } else if (name == QLatin1String("--key")) {
                options.keyFile = *v;
            } else {
                options.mockDirectory = *v;
            }
        } else if (arg.startsWith(u'-')) {
            return usageError(
                QStringLiteral("unknown serve option %1 (try wirescope-cli serve --help)")
                    .arg(arg));
        } else {
            return usageError(
                QStringLiteral("serve takes no arguments besides options (got \"%1\")").arg(arg));
        }
    }
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty())
        return usageError(QStringLiteral("--cert and --key go together"));
    if (!options.certificateFile.isEmpty())
        options.tls = true;
    return options;
}

QString serveUsage()
{
    return QStringLiteral(R"(Usage: wirescope-cli serve [options]

Runs the demo server until SIGINT (Ctrl+C) or SIGTERM: httpbin-like HTTP endpoints and
WebSocket echo and chat endpoints on one port. It prints the URLs it listens on, one per
line on standard output ("http: URL", "ws-echo: URL", "ws-chat: URL", and "cert: FILE" for
a generated certificate), and logs each request on standard error as
"METHOD TARGET STATUS DURATION".

HTTP endpoints (python3-httpbin's JSON shapes): /get /post /put /patch /delete
/anything[/...] /headers /ip /user-agent /status/{codes} /delay/{seconds} (at most 10)
/bytes/{n}[?seed=N] (at most 100 MiB) /stream/{n} (at most 100 lines) /redirect/{n}
/relative-redirect/{n} /absolute-redirect/{n} /redirect-to?url= /cookies
/cookies/set?name=value /cookies/delete?name /basic-auth/{user}/{password} /bearer /json
/html /xml /image/png /gzip. GET / lists them. Unknown paths answer 404 with a JSON error.
WebSocket: /ws/echo sends every message back; /ws/chat sends every message to every
connected client, with join and leave notices.

Options:
      --host ADDRESS   listen on ADDRESS (an IP address or "localhost"; default 127.0.0.1)
      --port N         listen on port N (default 0: any free port; see the printed URL)
      --tls            HTTPS and WSS. Without --cert/--key, a self-signed certificate for
                       localhost, 127.0.0.1 and ::1 is made with the `openssl` program
                       (it must be installed) in a temporary directory for this run
      --cert FILE      the server certificate (PEM; implies --tls); needs --key
      --key FILE       its unencrypted PEM private key (RSA or EC)
      --mock DIR       mock mode: answer with the examples saved in the collection in DIR
                       (a native Wirescope collection directory) instead of the httpbin-like
                       endpoints. A request matches a saved request with the same method
                       and path (":name" and "{{name}}" segments match any segment; the
                       saved URL's {{baseUrl}} or scheme://host is ignored). The header
                       x-mock-response-name or x-mock-response-code picks an example;
                       otherwise the first is sent. No match: 404 with a JSON error
  -h, --help           show this help

Exit codes: 0 stopped by a signal, 2 usage error, 3 the port could not be opened,
7 a certificate, key or collection file could not be read.
)");
}

} // namespace wirescope::cli
