#pragma once

#include "core/runner/collectionrunner.h"

#include <QList>
#include <QString>

namespace wirescope {

/// A run as one self-contained HTML page (no scripts, no external files) to attach to a ticket
/// or open in any browser: the summary, then one row per request and iteration with its
/// status, time, and every failed assertion, test or error in words. Every text from the run
/// is HTML-escaped.
class HtmlReportWriter final
{
public:
    /// The page for @p outcomes of a run of @p collectionName that ended with @p summary.
    static QString page(const QString &collectionName,
                        const QList<RequestOutcome> &outcomes,
                        const RunSummary &summary);
    /// Writes page() to @p path atomically; false (with @p error) on failure.
    static bool write(const QString &path,
                      const QString &collectionName,
                      const QList<RequestOutcome> &outcomes,
                      const RunSummary &summary,
                      QString *error);
};

} // namespace wirescope
