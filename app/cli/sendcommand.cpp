#include "app/cli/sendcommand.h"

#include "app/cli/console.h"
#include "app/cli/exitcodes.h"
#include "app/cli/sharedoptions.h"
#include "app/cli/textreport.h"
#include "app/cli/tlshints.h"
#include "app/cli/usage.h"
#include "core/graphql/graphqlerrors.h"
#include "core/http/exchangejson.h"
#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::cli {

namespace {

/// The GraphQL `errors` of @p exchange's answer, when a GraphQL request got a JSON answer
/// with an `errors` array.
std::optional<graphql::ResponseErrors> graphqlErrors(const Request &request,
                                                     const Exchange &exchange)
{
    if (request.body.kind != BodyKind::GraphQL || !exchange.response)
        return std::nullopt;
    return graphql::parseResponseErrors(exchange.response->body.read(64 * 1024 * 1024));
}

QJsonObject graphqlJson(const graphql::ResponseErrors &errors)
{
    QJsonArray list;
    for (const graphql::ResponseError &e : errors.errors) {
        QJsonArray locations;
        for (const auto &[line, column] : e.locations)
            locations.append(
                QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}});
        QJsonObject o{{QStringLiteral("message"), e.message}};
        if (!locations.isEmpty())
            o.insert(QStringLiteral("locations"), locations);
        if (!e.path.isEmpty())
            o.insert(QStringLiteral("path"), e.path);
        if (!e.code.isEmpty())
            o.insert(QStringLiteral("code"), e.code);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("errors"), list},
                       {QStringLiteral("hasData"), errors.hasData}};
}

} // namespace

SendCommand::SendCommand(SendOptions options)
    : CliCommand(nullptr)
    , m_client(new HttpClient(this))
    , m_options(std::move(options))
{
    m_client->setOptions(HttpClient::Options::fromEnvironment());
}

std::optional<int> SendCommand::start()
{
    RequestRun *run = m_client->send(m_options.request, localVariables(m_options.variables));
    connect(run, &RequestRun::finished, this, [this, run](const Exchange &exchange) {
        onRunFinished(exchange);
        run->deleteLater();
    });
    return std::nullopt;
}

int SendCommand::saveBody(const Exchange &exchange)
{
    QString error;
    if (!exchange.response->body.saveTo(m_options.outputFile, &error)) {
        printError(error);
        return int(ExitCode::File);
    }
    return int(ExitCode::Ok);
}

void SendCommand::onRunFinished(const Exchange &exchange)
{
    int code = int(exitCodeFor(exchange, m_options.fail));
    const auto gqlErrors = graphqlErrors(m_options.request, exchange);
    const bool hasGqlErrors = gqlErrors && !gqlErrors->errors.isEmpty();
    if (hasGqlErrors && m_options.fail && code == int(ExitCode::Ok))
        code = int(ExitCode::GraphQLErrors);
    // The body file is written only for a complete exchange that --fail does not reject,
    // so a script never finds half a download or an error page under the name it asked for.
    bool saved = false;
    if (!m_options.outputFile.isEmpty() && code == int(ExitCode::Ok) && exchange.response) {
        code = saveBody(exchange);
        saved = code == int(ExitCode::Ok);
    }

    // A request refused before anything was sent (bad URL, header, method, unreadable
    // file) has nothing to report but the error line.
    const bool nothingSent = !exchange.response && exchange.error
                             && (exchange.error->kind == Error::Kind::InvalidRequest
                                 || exchange.error->kind == Error::Kind::File);
    if (code == int(ExitCode::Usage)) {
        // A usage error prints nothing on stdout, whichever stage found it.
    } else if (m_options.jsonOutput) {
        const auto format = stdoutIsTerminal() ? QJsonDocument::Indented : QJsonDocument::Compact;
        QJsonObject object = exchangeToJson(exchange, m_options.includeBody);
        if (gqlErrors)
            object.insert(QStringLiteral("graphql"), graphqlJson(*gqlErrors));
        QByteArray json = QJsonDocument(object).toJson(format);
        if (!json.endsWith('\n'))
            json += '\n';
        writeStdout(json);
    } else if (!nothingSent) {
        TextReportOptions report;
        report.color = stdoutWantsColor();
        report.outputFile = m_options.outputFile;
        report.bodySaved = saved;
        writeTextReport(exchange, report);
    }

    for (const QString &warning : exchange.warnings) {
        // --insecure was already announced before sending, louder.
        if (m_options.request.settings.tls.insecure
            && warning.contains(QLatin1String("verification is OFF")))
            continue;
        printWarning(warning);
    }
    if (exchange.error) {
        printError(exchange.error->message);
        if (!exchange.error->detail.isEmpty())
            printNote(QStringLiteral("  detail: ") + exchange.error->detail);
        if (exchange.error->kind == Error::Kind::Tls)
            if (exchange.tls)
                printTlsRefusalHints(*exchange.tls, QStringLiteral("this request"));
    } else if (hasGqlErrors) {
        for (const graphql::ResponseError &e : gqlErrors->errors) {
            printNote(QStringLiteral("GraphQL error: ") + e.toText()
                      + (e.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.code)));
        }
        printNote(QStringLiteral("the GraphQL answer has %1 error(s) and %2%3")
                      .arg(gqlErrors->errors.size())
                      .arg(gqlErrors->hasData ? QStringLiteral("partial data")
                                              : QStringLiteral("no data"),
                           code == int(ExitCode::GraphQLErrors)
                               ? QStringLiteral(" (--fail: exit 11)")
                               : QString()));
        if (code == int(ExitCode::HttpError))
            printError(QStringLiteral("the server answered %1 %2 (--fail)")
                           .arg(exchange.response->status)
                           .arg(exchange.response->reason));
    } else if (code == int(ExitCode::HttpError)) {
        printError(QStringLiteral("the server answered %1 %2 (--fail)")
                       .arg(exchange.response->status)
                       .arg(exchange.response->reason));
    }
    emit done(code);
}

} // namespace wirescope::cli
