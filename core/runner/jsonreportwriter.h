#pragma once

#include "core/runner/collectionrunner.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class QSaveFile;

namespace wirescope {

/// The run as JSON, one object per request (what RequestOutcome holds) and a summary:
///   {"collection": "...", "results": [ {...}, ... ], "summary": {...}}
/// Results are written to the file as they come (memory stays flat); the file replaces
/// @p path atomically in finish().
class JsonReportWriter final
{
public:
    JsonReportWriter(const QString &path, const QString &collectionName);
    ~JsonReportWriter();

    bool open(QString *error);
    void add(const RequestOutcome &outcome);
    bool finish(const RunSummary &summary, QString *error);

    static QJsonObject toJson(const RequestOutcome &outcome);
    static QJsonObject toJson(const RunSummary &summary);

private:
    QString m_path;
    QString m_collectionName;
    std::unique_ptr<QSaveFile> m_file;
    bool m_first = true;
};

} // namespace wirescope
