#include "app/cli/streamoptions.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"
#include "core/model/request.h"
#include "core/model/websocketrequest.h"

namespace wirescope::cli {

namespace {

template<typename R>
Result<void> take(StreamOptions &out, R &request, const CommandLine &line, const QString &usage)
{
    const QStringList &urls = line.positional;
    if (urls.isEmpty())
        return usageError(QStringLiteral("no URL given (%1)").arg(usage));
    if (urls.size() > 1)
        return usageError(
            QStringLiteral("one URL only (got \"%1\" and \"%2\")").arg(urls.at(0), urls.at(1)));
    line.shared.applyTo(request);
    request.url = urls.first();
    out.variables = line.shared.variables;
    out.timeoutMs = line.shared.timeoutMs.value_or(0);
    out.jsonOutput = line.shared.jsonOutput;
    out.expect = line.shared.expect;
    return {};
}

} // namespace

Result<void> takeStreamOptions(StreamOptions &out,
                               Request &request,
                               const CommandLine &line,
                               const QString &usage)
{
    return take(out, request, line, usage);
}

Result<void> takeStreamOptions(StreamOptions &out,
                               WebSocketRequest &request,
                               const CommandLine &line,
                               const QString &usage)
{
    return take(out, request, line, usage);
}

} // namespace wirescope::cli
