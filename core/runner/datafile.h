#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wirescope {

/// One iteration's variables from a data file, in column order.
using DataRow = QList<QPair<QString, QString>>;

/// Parses CSV (RFC 4180: a header row of names, quoted fields with "" escapes and line breaks,
/// CRLF or LF, an optional UTF-8 BOM). A row with a different number of fields than the header
/// is an error naming its line.
Result<QList<DataRow>> parseCsvData(const QByteArray &data);

/// Parses a JSON array of flat objects ([{"user":"a","id":1}, ...]); values that are not
/// strings are written as compact JSON (1, true, null, {...}).
Result<QList<DataRow>> parseJsonData(const QByteArray &data);

/// Reads @p path and parses it by extension (.csv or .json).
Result<QList<DataRow>> readDataFile(const QString &path);

} // namespace wirescope
