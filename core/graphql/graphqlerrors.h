#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope::graphql {

/// One entry of a GraphQL response's `errors` array.
struct ResponseError
{
    QString message;
    QList<QPair<int, int>> locations; ///< (line, column) in the query, 1-based
    QString path;                     ///< "book.author.name", "books[2].title"; empty when absent
    QString code;                     ///< extensions.code when the service gives one

    /// "line 1, column 62: the closed shelf cannot be read (at closedShelf)"
    QString toText() const;
    friend bool operator==(const ResponseError &, const ResponseError &) = default;
};

/// The `errors` of a GraphQL response body; nullopt when @p body is not a JSON object with
/// an `errors` array (so a plain JSON response shows no GraphQL banner). `hasData` tells
/// whether `data` is present and not null (a partial result).
struct ResponseErrors
{
    QList<ResponseError> errors;
    bool hasData = false;
};
std::optional<ResponseErrors> parseResponseErrors(const QByteArray &body);

} // namespace wirescope::graphql
