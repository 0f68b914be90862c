#include "core/http/jsonsyntax.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace wirescope {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The last non-whitespace byte before @p end, or -1.
qsizetype lastNonSpace(const QByteArray &json, qsizetype end)
{
    qsizetype i = qMin(end, json.size()) - 1;
    while (i >= 0 && isSpace(json.at(i)))
        --i;
    return i;
}

/// True when only whitespace follows @p from.
bool atEnd(const QByteArray &json, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < json.size(); ++i) {
        if (!isSpace(json.at(i)))
            return false;
    }
    return true;
}

struct Spot
{
    qsizetype at; ///< byte index of the problem
    QString reason;
};

Spot unclosed(const QByteArray &json, qsizetype offset, char close, const QString &container)
{
    if (atEnd(json, offset))
        return {lastNonSpace(json, json.size()),
                QStringLiteral("%1 that is never closed (a %2 is missing)")
                    .arg(container, QString(QLatin1Char(close)))};
    const qsizetype at = qMax<qsizetype>(offset - 1, 0);
    const qsizetype before = lastNonSpace(json, at);
    const char c = json.at(at);
    const bool bareWord = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (close == '}' && bareWord && before >= 0
        && (json.at(before) == '{' || json.at(before) == ','))
        return {at, QStringLiteral("a key that is not in double quotes")};
    return {at, QStringLiteral("a missing comma between values (or a missing %1)")
                    .arg(QString(QLatin1Char(close)))};
}

Spot locate(const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = qMin<qsizetype>(error.offset, json.size());
    // Qt stops after the token it could not use and the whitespace behind it: step back to it.
    const qsizetype previous = qMax<qsizetype>(lastNonSpace(json, offset), 0);
    switch (error.error) {
    case QJsonParseError::MissingObject: {
        // Qt stops after the token that follows the comma: find the comma itself.
        const qsizetype closer = lastNonSpace(json, offset);
        const qsizetype comma = lastNonSpace(json, closer);
        if (closer >= 0 && comma >= 0 && json.at(comma) == ','
            && (json.at(closer) == '}' || json.at(closer) == ']'))
            return {comma, QStringLiteral("a trailing comma before %1")
                               .arg(QString(QLatin1Char(json.at(closer))))};
        return {previous, QStringLiteral("a missing value after a comma")};
    }
    case QJsonParseError::UnterminatedObject:
        return unclosed(json, offset, '}', QStringLiteral("an object"));
    case QJsonParseError::UnterminatedArray:
        return unclosed(json, offset, ']', QStringLiteral("an array"));
    case QJsonParseError::MissingValueSeparator:
        return {previous, QStringLiteral("a missing comma between values")};
    case QJsonParseError::MissingNameSeparator:
        return {previous, QStringLiteral("a missing colon after a key")};
    case QJsonParseError::UnterminatedString:
        // The string never closed, so its opening quote is the last quote in the text.
        return {qMax<qsizetype>(json.lastIndexOf('"', previous), 0),
                QStringLiteral("an unterminated string (the closing \" is missing)")};
    case QJsonParseError::IllegalValue:
        if (atEnd(json, 0))
            return {0, QStringLiteral("an empty document (no JSON value)")};
        return {previous, QStringLiteral("a value JSON does not know (text needs double quotes; "
                                         "true, false and null are lower case)")};
    case QJsonParseError::TerminationByNumber:
        return {lastNonSpace(json, json.size()),
                QStringLiteral("the document ends too early (a } or ] is missing)")};
    case QJsonParseError::IllegalNumber:
        return {previous, QStringLiteral("a number JSON does not allow")};
    case QJsonParseError::IllegalEscapeSequence:
        return {previous, QStringLiteral("an escape sequence JSON does not allow")};
    case QJsonParseError::IllegalUTF8String:
        return {previous, QStringLiteral("text that is not valid UTF-8")};
    case QJsonParseError::DeepNesting:
        return {previous, QStringLiteral("nesting too deep to read")};
    case QJsonParseError::DocumentTooLarge:
        return {previous, QStringLiteral("a document too large to read")};
    case QJsonParseError::GarbageAtEnd:
        return {offset, QStringLiteral("more text after the end of the JSON value")};
    case QJsonParseError::NoError:
        break;
    }
    return {previous, error.errorString()};
}

} // namespace

QString JsonSyntaxProblem::text() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

std::optional<JsonSyntaxProblem> findJsonSyntaxProblem(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    const Spot spot = locate(json, error);
    // Count lines and UTF-16 units up to the spot (Qt's offsets are in bytes).
    JsonSyntaxProblem problem;
    problem.reason = spot.reason;
    const qsizetype end = qBound<qsizetype>(0, spot.at, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (c == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            problem.column += c >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair
        }
    }
    return problem;
}

} // namespace wirescope
