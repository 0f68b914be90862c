#include "core/interop/yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace wirescope::interop {

namespace {

constexpr int kMaxDepth = 512; // what parseYamlDocument() accepts back

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// True when @p text written plain reads back as the same string.
bool isSafePlain(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_ ./()-]*$"));
    static const QRegularExpression reserved(
        QStringLiteral("^(y|n|yes|no|on|off|true|false|null|nan|inf)$"),
        QRegularExpression::CaseInsensitiveOption);
    return plain.match(text).hasMatch() && !text.endsWith(QLatin1Char(' '))
           && !reserved.match(text).hasMatch();
}

/// True for characters YAML allows raw in a file (its printable set), except the ones that
/// YAML 1.1 readers take for line breaks or a byte order mark.
bool isPrintable(char16_t c)
{
    if (c == u'\n')
        return true;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return false;
    return c != 0x2028 && c != 0x2029 && c != 0xfeff && c != 0xfffe && c != 0xffff;
}

void emitString(YAML::Emitter &out, const QString &text)
{
    bool printable = true;
    for (QChar c : text)
        printable = printable && isPrintable(c.unicode());
    // A literal block keeps line breaks readable. yaml-cpp writes it with clip chomping (one
    // final line break kept), so only text that ends in exactly one line break reads back the
    // same; text that starts with a space or a blank line would set the indentation, and
    // trailing spaces are better seen quoted.
    const bool block = printable && text.endsWith(QLatin1Char('\n'))
                       && !text.endsWith(QLatin1String("\n\n"))
                       && !text.startsWith(QLatin1Char(' ')) && !text.startsWith(QLatin1Char('\n'))
                       && !text.contains(QLatin1String(" \n"));
    if (block) {
        out << YAML::Literal;
    } else if (!printable) {
        // escaped (\x01, \uFFFE...), so no reader drops or replaces a character
        out << YAML::DoubleQuoted << YAML::EscapeNonAscii;
    } else if (!isSafePlain(text)) {
        out << YAML::DoubleQuoted;
    }
    out << utf8(text);
}

void writeNode(YAML::Emitter &out, const QJsonValue &value, const QStringList &leading, int depth)
{
    if (depth > kMaxDepth) {
        out << YAML::Null;
        return;
    }
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        QStringList keys;
        for (const QString &key : leading) {
            if (o.contains(key))
                keys.append(key);
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!leading.contains(it.key()))
                keys.append(it.key());
        }
        out << YAML::BeginMap;
        for (const QString &key : std::as_const(keys)) {
            out << YAML::Key;
            emitString(out, key);
            out << YAML::Value;
            writeNode(out, o.value(key), leading, depth + 1);
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &v : a)
            writeNode(out, v, leading, depth + 1);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9.0e15)
            out << static_cast<long long>(d);
        else
            out << d;
        return;
    }
    case QJsonValue::Bool:
        out << value.toBool();
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
    }
}

} // namespace

QByteArray yamlText(const QJsonValue &value, const QStringList &leadingKeys)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetDoublePrecision(17); // enough digits for every double to read back the same
    writeNode(out, value, leadingKeys, 0);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace wirescope::interop
