#pragma once

#include "core/graphql/graphqlschema.h"

#include <QList>
#include <QString>

namespace wirescope::graphql {

/// One thing that may be typed at the cursor.
struct CompletionCandidate
{
    enum class Kind { Field, Argument, Type, EnumValue, Keyword, Variable, Fragment, Directive };
    QString text;
    QString detail; ///< the field's or argument's type ("[Book!]!"), a type's kind
    Kind kind = Kind::Field;

    friend bool operator==(const CompletionCandidate &, const CompletionCandidate &) = default;
};

struct Completion
{
    QString prefix; ///< the part of a name already typed before the cursor
    /// What fits at the cursor, in schema order, filtered by `prefix` (case-insensitive
    /// prefix match); empty when nothing does or the position is not understood.
    QList<CompletionCandidate> candidates;
    QString context; ///< for tests and the tooltip: "fields of Book", "arguments of books", ...
};

/// Candidates from @p schema for @p cursor (a QString index) in @p document: the fields of
/// the type whose selection set holds the cursor, the arguments of a field inside its
/// parentheses (and the values of an enum argument after its colon), type names after `on`
/// and after a colon in variable definitions, operation keywords at the top level, the
/// operation's `$variables` after a `$` in arguments, the document's fragment names (and `on`)
/// after `...`, and the executable directives `include` and `skip` after `@`. Strings and
/// comments are skipped; pure, so it is table-tested.
Completion complete(const Schema &schema, QStringView document, qsizetype cursor);

} // namespace wirescope::graphql
