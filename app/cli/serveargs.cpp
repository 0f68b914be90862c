#include "app/cli/serveargs.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"

namespace wirescope::cli {

namespace {

/// serve's options (only --help is shared: its --cert and --key are the server's own).
enum class ServeOpt { Host = 1, Port, Tls, Cert, Key, Mock };

Result<QHostAddress> parseHost(const QString &text)
{
    if (text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (QHostAddress address; address.setAddress(text))
        return address;
    return usageError(QStringLiteral("--host %1: not an IP address (or \"localhost\")").arg(text));
}

Result<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port %1: expected a number from 0 to 65535").arg(text));
    return quint16(port);
}

/// Every value option of serve needs a value that is not empty.
Result<void> applyServeOption(ServeOptions &options, const OptionToken &token, CommandLine &)
{
    const QString &v = token.value;
    if (v.isEmpty())
        return usageError(QStringLiteral("option %1 needs a value").arg(token.spelled));
    if (token.id == int(ServeOpt::Host))
        return assignTo(parseHost(v), options.address);
    if (token.id == int(ServeOpt::Port))
        return assignTo(parsePort(v), options.port);
    QString ServeOptions::*file = token.id == int(ServeOpt::Cert)  ? &ServeOptions::certificateFile
                                  : token.id == int(ServeOpt::Key) ? &ServeOptions::keyFile
                                                                   : &ServeOptions::mockDirectory;
    options.*file = v;
    return {};
}

Result<void> finishServe(ServeOptions &options, const CommandLine &line)
{
    if (!line.positional.isEmpty())
        return usageError(QStringLiteral("serve takes no arguments besides options (got \"%1\")")
                              .arg(line.positional.first()));
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty())
        return usageError(QStringLiteral("--cert and --key go together"));
    if (!options.certificateFile.isEmpty())
        options.tls = true;
    return {};
}

CommandSyntax<ServeOptions> serveSyntax()
{
    CommandSyntax<ServeOptions> syntax{
        QStringLiteral("serve"),
        sharedOptionSpecs({SharedOption::Help})
            + OptionTable{{"host", 0, "ADDRESS", int(ServeOpt::Host)},
                          {"port", 0, "N", int(ServeOpt::Port)},
                          {"tls", 0, nullptr, int(ServeOpt::Tls)},
                          {"cert", 0, "FILE", int(ServeOpt::Cert)},
                          {"key", 0, "FILE", int(ServeOpt::Key)},
                          {"mock", 0, "DIR", int(ServeOpt::Mock)}},
        &applyServeOption, &finishServe};
    syntax.flags = {{int(ServeOpt::Tls), &ServeOptions::tls}};
    syntax.unknownOptionNoun = QStringLiteral("serve option");
    return syntax;
}

} // namespace

Result<ServeOptions> parseServeArgs(const QStringList &args)
{
    return parseCommand(serveSyntax(), args);
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
