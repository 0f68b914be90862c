#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wirescope {

/// Where a JSON text stops being JSON, and why, in words a user reads.
struct JsonSyntaxProblem
{
    int line = 1;   ///< 1-based
    int column = 1; ///< 1-based, in UTF-16 units (a QTextBlock position + 1)
    QString reason; ///< "a trailing comma before }", "a missing comma between values", ...

    /// "line L, column C: reason"
    QString text() const;
};

/// Parses @p json with QJsonDocument and, when it is not valid, says what is wrong and points
/// at the spot (the trailing comma itself, the opening quote of an unterminated string, the
/// first character after the value) rather than at Qt's parser offset.
std::optional<JsonSyntaxProblem> findJsonSyntaxProblem(const QByteArray &json);

} // namespace wirescope
