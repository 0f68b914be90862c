#include "app/cli/streamoptions.h"

#include "app/cli/argvalues.h"
#include "app/cli/commandline.h"

namespace wirescope::cli {

Result<QString> takeStreamOptions(StreamOptions &out, const CommandLine &line,
                                  const QString &usage)
{
    const QStringList &urls = line.positional;
    if (urls.isEmpty())
        return usageError(QStringLiteral("no URL given (%1)").arg(usage));
    if (urls.size() > 1)
        return usageError(
            QStringLiteral("one URL only (got \"%1\" and \"%2\")").arg(urls.at(0), urls.at(1)));
    out.variables = line.shared.variables;
    out.timeoutMs = line.shared.timeoutMs.value_or(0);
    out.jsonOutput = line.shared.jsonOutput;
    out.expect = line.shared.expect;
    return urls.first();
}

} // namespace wirescope::cli
