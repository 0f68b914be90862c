#pragma once

#include <QList>
#include <QString>

namespace wirescope {

/// A declarative check on a response, kept in the request file and evaluated after each
/// send (GUI) or run (wirescope-cli run).
struct Assertion
{
    enum class Target {
        Status,       ///< the HTTP status code
        Header,       ///< `property` = header name (case-insensitive)
        Body,         ///< the body as text
        JsonPath,     ///< `property` = a JSONPath subset expression ($.data.items[0].id)
        ResponseTime, ///< total time in ms
        BodySize,     ///< body size in bytes
    };
    enum class Op {
        Equals,
        NotEquals,
        InRange, ///< expected <= actual <= expected2 (numbers)
        LessThan,
        GreaterThan,
        Exists,
        NotExists,
        Contains,
        Matches,      ///< expected is a regular expression (QRegularExpression syntax)
        IsType,       ///< JSON type: string, number, boolean, null, array, object
        LengthEquals, ///< array/object size or string length
    };

    Target target = Target::Status;
    QString property;
    Op op = Op::Equals;
    QString expected;
    QString expected2;
    bool enabled = true;

    friend bool operator==(const Assertion &, const Assertion &) = default;

    static QString
    targetName(Target target); ///< "status", "header", "body", "jsonpath", "time", "size"
    static bool targetFromName(QStringView name, Target *out);
    static QString opName(Op op); ///< "eq", "neq", "range", "lt", "gt", "exists", "notexists",
                                  ///< "contains", "matches", "type", "length"
    static bool opFromName(QStringView name, Op *out);
    /// One line for people: `status eq 200`, `header Content-Type matches ^application/json`.
    QString describe() const;
};

/// Sets a variable from the response after a send (request chaining: keep a login token).
struct Capture
{
    enum class Source { JsonPath, Header, Status };

    QString variable;
    Source source = Source::JsonPath;
    QString expression; ///< JSONPath subset or header name
    bool enabled = true;

    friend bool operator==(const Capture &, const Capture &) = default;

    static QString sourceName(Source source); ///< "jsonpath", "header", "status"
    static bool sourceFromName(QStringView name, Source *out);
};

using AssertionList = QList<Assertion>;
using CaptureList = QList<Capture>;

} // namespace wirescope
