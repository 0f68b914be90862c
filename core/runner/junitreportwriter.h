#pragma once

#include "core/runner/collectionrunner.h"

#include <QString>

#include <memory>

class QTemporaryFile;

namespace wirescope {

/// Writes a JUnit XML report (the format Jenkins, GitLab and GitHub Actions read) while a run
/// goes on: each outcome is streamed to a scratch file at once, so memory stays flat; finish()
/// writes the real file atomically with the totals the <testsuite> element needs up front.
///
/// One <testsuite> per collection; one <testcase> per request and iteration, classname
/// "Collection.Folder.Sub", failed assertions as <failure>, transport errors as <error>,
/// requests that were not sent as <skipped>.
class JunitReportWriter final
{
public:
    JunitReportWriter(const QString &path, const QString &collectionName);
    ~JunitReportWriter();

    /// Opens the scratch file; false (with @p error) when it cannot be created.
    bool open(QString *error);
    void add(const RequestOutcome &outcome);
    /// Writes the report to the path given at construction. False (with @p error) on failure.
    bool finish(const RunSummary &summary, QString *error);

private:
    QString m_path;
    QString m_collectionName;
    std::unique_ptr<QTemporaryFile> m_scratch;
    int m_tests = 0, m_failures = 0, m_errors = 0, m_skipped = 0;
};

} // namespace wirescope
