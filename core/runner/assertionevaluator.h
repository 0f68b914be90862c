#pragma once

#include "core/model/assertion.h"
#include "core/model/exchange.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace wirescope {

struct AssertionResult
{
    Assertion assertion;
    bool passed = false;
    QString actual;  ///< what was found, shortened for display ("404", "\"text/html\"", "absent")
    QString message; ///< why it failed, in words (empty when passed)
};

struct CapturedValue
{
    QString variable;
    QString value;
    bool found = false;
    QString message; ///< why nothing was captured
};

/// Evaluates assertions and captures against one exchange. The body is parsed as JSON at most
/// once, and only when a JSONPath assertion or capture needs it.
class AssertionEvaluator final
{
public:
    /// Bodies larger than this are not parsed for JSONPath (the assertion fails and says so).
    static constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

    explicit AssertionEvaluator(const Exchange &exchange);

    /// Results in the order of @p assertions; disabled ones are skipped (not listed).
    QList<AssertionResult> evaluate(const AssertionList &assertions);
    AssertionResult evaluate(const Assertion &assertion);

    /// Values for @p captures in order; disabled ones are skipped.
    QList<CapturedValue> capture(const CaptureList &captures);

private:
    const QJsonValue *json(QString *error);
    QString bodyText();

    const Exchange &m_exchange; // not owned; outlives the evaluator
    std::optional<QJsonValue> m_json;
    QString m_jsonError;
    bool m_jsonParsed = false;
    std::optional<QString> m_bodyText;
};

/// Short, single-line rendering of a JSON value for messages ("\"abc\"", "12", "[3 items]").
QString describeJson(const QJsonValue &value);

} // namespace wirescope
