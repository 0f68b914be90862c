#include "core/runner/assertionevaluator.h"

#include "core/runner/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace wirescope {

namespace {

constexpr qsizetype kShown = 80;

QString shortened(const QString &text)
{
    return text.size() <= kShown ? text : text.left(kShown) + QStringLiteral("…");
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

/// The expected text as a JSON value when it is one (12, true, null, "x", [..], {..});
/// otherwise the text itself as a JSON string, so `$.name eq alice` works unquoted.
QJsonValue expectedAsJson(const QString &expected)
{
    const QByteArray wrapped = "[" + expected.toUtf8() + "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return QJsonValue(expected);
}

bool toNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*out);
}

/// Plain text of a scalar for Contains / Matches / string comparison.
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool() || value.isNull())
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

struct Check
{
    bool passed = false;
    QString message;
};

Check fail(const QString &message)
{
    return {false, message};
}
Check pass()
{
    return {true, {}};
}

/// Compares a text actual (status, header, body, time, size) with the assertion.
Check checkText(const Assertion &a, const std::optional<QString> &actual)
{
    using Op = Assertion::Op;
    if (a.op == Op::Exists)
        return actual ? pass() : fail(QStringLiteral("is absent"));
    if (a.op == Op::NotExists)
        return actual ? fail(QStringLiteral("is present")) : pass();
    if (!actual)
        return fail(QStringLiteral("is absent"));
    const QString &value = *actual;
    double number = 0, low = 0, high = 0;
    switch (a.op) {
    case Op::Equals:
        if (toNumber(value, &number) && toNumber(a.expected, &low))
            return number == low ? pass() : fail(QStringLiteral("expected %1").arg(a.expected));
        return value == a.expected ? pass()
                                   : fail(QStringLiteral("expected \"%1\"").arg(a.expected));
    case Op::NotEquals:
        return value != a.expected ? pass()
                                   : fail(QStringLiteral("must not be \"%1\"").arg(a.expected));
    case Op::InRange:
        if (!toNumber(a.expected, &low) || !toNumber(a.expected2, &high))
            return fail(
                QStringLiteral("the range %1..%2 is not numeric").arg(a.expected, a.expected2));
        if (!toNumber(value, &number))
            return fail(QStringLiteral("is not a number"));
        return number >= low && number <= high
                   ? pass()
                   : fail(QStringLiteral("expected %1..%2").arg(a.expected, a.expected2));
    case Op::LessThan:
    case Op::GreaterThan:
        if (!toNumber(a.expected, &low))
            return fail(QStringLiteral("the limit \"%1\" is not a number").arg(a.expected));
        if (!toNumber(value, &number))
            return fail(QStringLiteral("is not a number"));
        if (a.op == Op::LessThan)
            return number < low ? pass()
                                : fail(QStringLiteral("expected below %1").arg(a.expected));
        return number > low ? pass() : fail(QStringLiteral("expected above %1").arg(a.expected));
    case Op::Contains:
        return value.contains(a.expected)
                   ? pass()
                   : fail(QStringLiteral("does not contain \"%1\"").arg(a.expected));
    case Op::Matches: {
        const QRegularExpression re(a.expected);
        if (!re.isValid())
            return fail(QStringLiteral("invalid regular expression: %1").arg(re.errorString()));
        return re.match(value).hasMatch()
                   ? pass()
                   : fail(QStringLiteral("does not match /%1/").arg(a.expected));
    }
    case Op::LengthEquals: {
        bool ok = false;
        const qsizetype n = a.expected.toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("the length \"%1\" is not a number").arg(a.expected));
        return value.size() == n
                   ? pass()
                   : fail(QStringLiteral("length is %1, expected %2").arg(value.size()).arg(n));
    }
    case Op::IsType:
        return fail(QStringLiteral("a type check applies to JSONPath values only"));
    case Op::Exists:
    case Op::NotExists:
        break;
    }
    return fail(QStringLiteral("unsupported check"));
}

Check checkJson(const Assertion &a, const QJsonValue &value)
{
    using Op = Assertion::Op;
    switch (a.op) {
    case Op::Equals: {
        const QJsonValue expected = expectedAsJson(a.expected);
        // An unquoted expected value also matches a string with the same text: the query
        // argument "1" equals 1. A quoted one ("42") is a string and never equals a number.
        if (value.isString() && !expected.isString())
            return value.toString() == a.expected.trimmed()
                       ? pass()
                       : fail(QStringLiteral("expected %1").arg(a.expected));
        if (value.isDouble() && expected.isDouble())
            return value.toDouble() == expected.toDouble()
                       ? pass()
                       : fail(QStringLiteral("expected %1").arg(a.expected));
        return value == expected ? pass()
                                 : fail(QStringLiteral("expected %1").arg(describeJson(expected)));
    }
    case Op::NotEquals: {
        Assertion equals = a;
        equals.op = Op::Equals;
        return checkJson(equals, value).passed
                   ? fail(QStringLiteral("must not be %1").arg(a.expected))
                   : pass();
    }
    case Op::IsType: {
        const QString type = jsonTypeName(value);
        return type.compare(a.expected.trimmed(), Qt::CaseInsensitive) == 0
                   ? pass()
                   : fail(QStringLiteral("is a %1, expected %2").arg(type, a.expected));
    }
    case Op::LengthEquals: {
        bool ok = false;
        const qsizetype n = a.expected.toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("the length \"%1\" is not a number").arg(a.expected));
        qsizetype length = -1;
        if (value.isArray())
            length = value.toArray().size();
        else if (value.isObject())
            length = value.toObject().size();
        else if (value.isString())
            length = value.toString().size();
        if (length < 0)
            return fail(QStringLiteral("a %1 has no length").arg(jsonTypeName(value)));
        return length == n ? pass()
                           : fail(QStringLiteral("length is %1, expected %2").arg(length).arg(n));
    }
    default:
        return checkText(a, scalarText(value));
    }
}

} // namespace

QString describeJson(const QJsonValue &value)
{
    if (value.isArray())
        return QStringLiteral("[%1 items]").arg(value.toArray().size());
    if (value.isObject())
        return QStringLiteral("{%1 members}").arg(value.toObject().size());
    if (value.isString())
        return u'"' + shortened(value.toString()) + u'"';
    return scalarText(value);
}

AssertionEvaluator::AssertionEvaluator(const Exchange &exchange)
    : m_exchange(exchange)
{}

const QJsonValue *AssertionEvaluator::json(QString *error)
{
    if (!m_jsonParsed) {
        m_jsonParsed = true;
        if (!m_exchange.response) {
            m_jsonError = QStringLiteral("there is no response");
        } else if (m_exchange.response->body.size() > kMaxJsonBytes) {
            m_jsonError = QStringLiteral("the body is larger than %1 MiB and is not parsed")
                              .arg(kMaxJsonBytes / (1024 * 1024));
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc =
                QJsonDocument::fromJson(m_exchange.response->body.read(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                m_jsonError = QStringLiteral("the body is not JSON (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset);
            else
                m_json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
    }
    if (!m_json)
        *error = m_jsonError;
    return m_json ? &*m_json : nullptr;
}

QString AssertionEvaluator::bodyText()
{
    if (!m_bodyText)
        m_bodyText =
            m_exchange.response ? QString::fromUtf8(m_exchange.response->body.read()) : QString();
    return *m_bodyText;
}

AssertionResult AssertionEvaluator::evaluate(const Assertion &a)
{
    AssertionResult result{a, false, {}, {}};
    using Target = Assertion::Target;
    if (!m_exchange.response && a.target != Target::ResponseTime) {
        result.actual = QStringLiteral("no response");
        result.message =
            m_exchange.error ? m_exchange.error->message : QStringLiteral("there is no response");
        return result;
    }
    std::optional<QString> actual;
    switch (a.target) {
    case Target::Status:
        actual = QString::number(m_exchange.response->status);
        break;
    case Target::Header: {
        const KeyValueList &headers = m_exchange.response->headers;
        if (containsName(headers, a.property))
            actual = firstValue(headers, a.property);
        break;
    }
    case Target::Body:
        actual = bodyText();
        break;
    case Target::ResponseTime:
        actual = QString::number(m_exchange.timings.total, 'f', 1);
        break;
    case Target::BodySize:
        actual = QString::number(m_exchange.response->body.size());
        break;
    case Target::JsonPath: {
        const Result<JsonPath> path = JsonPath::parse(a.property);
        if (!path) {
            result.actual = QStringLiteral("n/a");
            result.message = path.error().message;
            return result;
        }
        QString error;
        const QJsonValue *root = json(&error);
        if (!root) {
            result.actual = QStringLiteral("n/a");
            result.message = error;
            return result;
        }
        const QList<QJsonValue> matches = path->select(*root);
        if (a.op == Assertion::Op::Exists || a.op == Assertion::Op::NotExists) {
            const bool exists = !matches.isEmpty();
            result.passed = exists == (a.op == Assertion::Op::Exists);
            result.actual = exists ? describeJson(matches.first()) : QStringLiteral("absent");
            if (!result.passed)
                result.message =
                    exists ? QStringLiteral("is present") : QStringLiteral("matched nothing");
            return result;
        }
        if (matches.isEmpty()) {
            result.actual = QStringLiteral("absent");
            result.message = QStringLiteral("the path matched nothing");
            return result;
        }
        // With a wildcard every selected value must pass.
        result.actual = describeJson(matches.first());
        for (const QJsonValue &value : matches) {
            const Check check = checkJson(a, value);
            if (!check.passed) {
                result.actual = describeJson(value);
                result.message = check.message;
                return result;
            }
        }
        result.passed = true;
        return result;
    }
    }
    const Check check = checkText(a, actual);
    result.passed = check.passed;
    result.actual = actual ? shortened(*actual) : QStringLiteral("absent");
    result.message = check.message;
    return result;
}

QList<AssertionResult> AssertionEvaluator::evaluate(const AssertionList &assertions)
{
    QList<AssertionResult> results;
    for (const Assertion &a : assertions) {
        if (a.enabled)
            results.append(evaluate(a));
    }
    return results;
}

QList<CapturedValue> AssertionEvaluator::capture(const CaptureList &captures)
{
    QList<CapturedValue> values;
    for (const Capture &c : captures) {
        if (!c.enabled)
            continue;
        CapturedValue v{c.variable, {}, false, {}};
        if (!m_exchange.response) {
            v.message = QStringLiteral("there is no response");
        } else if (c.source == Capture::Source::Status) {
            v.value = QString::number(m_exchange.response->status);
            v.found = true;
        } else if (c.source == Capture::Source::Header) {
            v.found = containsName(m_exchange.response->headers, c.expression);
            v.value = firstValue(m_exchange.response->headers, c.expression);
            if (!v.found)
                v.message = QStringLiteral("no header %1 in the response").arg(c.expression);
        } else {
            const Result<JsonPath> path = JsonPath::parse(c.expression);
            QString error;
            const QJsonValue *root = path ? json(&error) : nullptr;
            if (!path) {
                v.message = path.error().message;
            } else if (!root) {
                v.message = error;
            } else {
                const QList<QJsonValue> matches = path->select(*root);
                if (matches.isEmpty()) {
                    v.message = QStringLiteral("%1 matched nothing").arg(c.expression);
                } else {
                    v.found = true;
                    v.value = scalarText(matches.first());
                }
            }
        }
        values.append(v);
    }
    return values;
}

} // namespace wirescope
