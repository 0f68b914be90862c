#pragma once

#include "core/runner/collectionrunner.h"

#include <QString>

namespace wirescope::cli {

/// The console reporter's text (newman-like): one block per request as it finishes and a
/// summary table at the end. Pure functions so the layout is table-tested.

/// "  ✓ GET http://.../users  200  12 ms" plus one indented line per failed assertion or the
/// error. @p color adds ANSI colours.
QString formatOutcome(const RequestOutcome &outcome, bool color);

/// "Iteration 2/3" heading printed when an iteration starts (only when there are several).
QString formatIterationHeading(int iteration, int iterations);

/// The closing table: iterations, requests, assertions (executed / failed), the run's time
/// and the response times (average, min, max), and a final PASSED/FAILED line.
QString formatSummary(const RunSummary &summary, bool color);

} // namespace wirescope::cli
