#pragma once

#include <QDateTime>
#include <QString>

namespace wirescope {

/// A search over the history. Empty fields do not filter. Results are newest first and paged
/// with limit/offset.
struct HistoryQuery
{
    QString text;            ///< case-insensitive substring of the URL as sent
    QString method;          ///< exact method ("GET"), compared upper case
    int status = 0;          ///< exact status code
    int statusClass = 0;     ///< 1..5: 1xx..5xx (ignored when status is set)
    bool failedOnly = false; ///< only exchanges that ended in an error
    QDateTime from;          ///< inclusive
    QDateTime to;            ///< exclusive
    int limit = 200;
    int offset = 0;
};

} // namespace wirescope
