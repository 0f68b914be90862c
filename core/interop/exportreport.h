#pragma once

#include <QString>
#include <QStringList>

namespace wirescope {

/// What an export could not carry over. Nothing is dropped silently: every item left out and
/// every value changed or omitted is listed here, with the item's path ("Folder/Request").
struct ExportReport
{
    QStringList skipped; ///< items not exported at all (e.g. WebSocket requests in Postman)
    QStringList
        warnings; ///< exported with a loss (an omitted secret, a setting with no equivalent)

    bool isClean() const { return skipped.isEmpty() && warnings.isEmpty(); }

    /// Adds "itemPath: message" (just @p message for the collection itself) to warnings.
    void warn(const QString &itemPath, const QString &message);
};

} // namespace wirescope
