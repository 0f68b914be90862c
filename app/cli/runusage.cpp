#include "app/cli/runusage.h"

#include "app/cli/sharedoptions.h"

namespace wirescope::cli {

QString runUsage()
{
    return withSharedOptionHelp(QStringLiteral(R"(Usage: wirescope-cli run [options] DIR

Runs the HTTP requests of the collection in DIR in order, one at a time, runs their
Postman-style pre-request and test scripts (collection, folder, request), evaluates each
request's assertions, feeds captured values to the requests that follow, and reports as it
goes. Only summaries are kept, so memory stays flat however long the run.

Options:
  -e, --env NAME             use the collection's environment NAME
      --folder PATH          run only the requests in this folder ("Users/Admin")
  -n, --iterations N         run the collection N times (default 1; with --data, one
                             iteration per data row unless -n is given)
  -d, --data FILE            CSV (a header row of names) or JSON (an array of objects):
                             iteration i uses row i as variables
      --delay MS             wait MS milliseconds between requests
      --bail                 stop at the first request that fails
      --timeout MS           total time limit per request (overrides the request's)
  -k, --insecure             accept every TLS certificate error (loudly reported)
      --var name=value       set a variable (beats the environment; repeatable)
      --env-file FILE        NAME=value lines, e.g. secrets handed over by CI
      --no-keychain          do not read secret variables from the OS keychain
      --no-scripts           do not run pre-request and test scripts
      --allow-files-outside  let bodies send files from outside the collection folder
                             (refused by default: a shared collection could send ~/.ssh)
      --script-timeout MS    stop a script running longer than MS (default 5000)
  -r, --reporter KIND[:FILE] cli (default, to the terminal), json[:FILE] (standard output
                             when no FILE: one JSON object per request, then the summary),
                             junit[:FILE] (JUnit XML, default wirescope-junit.xml);
                             repeatable, e.g. -r cli -r junit:report.xml
<--help>

Secret variables are read from the OS keychain (where the desktop app keeps them); in CI,
pass them with --env-file or --var instead.

Exit codes:
  0   every request was sent and every assertion held
  1   a request failed (no response), an assertion or a script test did not hold, or a
      script failed (syntax error, exception, time or memory limit)
  2   usage error: bad option, unknown environment or folder
  7   the collection, a data or env file could not be read, or a report not written
)"));
}

} // namespace wirescope::cli
