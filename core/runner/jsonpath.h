#pragma once

#include "core/model/error.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace wirescope {

/// A small JSONPath subset, enough for assertions and captures:
///   $                 the document
///   .name  ['name']   an object member (["name"] too; quotes allow dots and spaces)
///   [3]  [-1]         an array element, counted from the end when negative
///   [*]  .*           every element or member value
/// Recursive descent (..), filters and slices are refused with a clear error.
class JsonPath final
{
public:
    /// Parses @p expression; an Error of kind Parse names the offending position.
    static Result<JsonPath> parse(QStringView expression);

    /// Every value the path selects in @p root, in document order (empty: nothing matched).
    QList<QJsonValue> select(const QJsonValue &root) const;

    const QString &expression() const { return m_expression; }

private:
    struct Step
    {
        enum class Kind { Member, Index, Wildcard } kind = Kind::Member;
        QString name;
        qsizetype index = 0;
    };
    QString m_expression;
    QList<Step> m_steps;
};

} // namespace wirescope
