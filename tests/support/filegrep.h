#pragma once

#include <QString>
#include <QStringList>

namespace wirescope::test {

/// Every file under @p dir (hidden ones and subdirectories too) that contains @p needle as
/// UTF-8, UTF-16 or base64: how the "nothing secret reaches a file" tests look.
QStringList filesContaining(const QString &dir, const QString &needle);

} // namespace wirescope::test
