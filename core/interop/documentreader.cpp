#include "core/interop/documentreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace wirescope::interop {

namespace {

// Nesting our own conversion accepts (yaml-cpp's parser stops at 2000 on its own).
constexpr int kMaxYamlDepth = 512;
// Aliases let a few bytes of YAML describe an exponentially large tree ("billion laughs").
// Without aliases a document has fewer nodes than bytes, so the limit follows the input size
// (leaving room for ordinary anchor reuse) with an absolute cap.
constexpr qint64 kMaxYamlNodes = 4'000'000;
qint64 nodeLimit(qsizetype bytes)
{
    return std::min<qint64>(kMaxYamlNodes, 4 * qint64(bytes) + 10'000);
}

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Records NestedKeyOrder from valid JSON text: the keys read inside an object that is the
/// value of a key of the root object.
NestedKeyOrder jsonNestedKeyOrder(const QByteArray &data)
{
    struct Frame
    {
        bool object;
        bool expectKey;
    };
    NestedKeyOrder order;
    std::vector<Frame> stack;
    QString rootKey;
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < n && data.at(end) != '"')
                end += data.at(end) == '\\' ? 2 : 1;
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                stack.back().expectKey = false;
                if (stack.size() <= 2) {
                    // Decoded by the JSON parser itself, escape sequences included.
                    const QString key =
                        QJsonDocument::fromJson('[' + data.mid(i, end - i + 1) + ']')
                            .array()
                            .at(0)
                            .toString();
                    if (stack.size() == 1)
                        rootKey = key;
                    else if (stack.front().object)
                        order[rootKey].append(key);
                }
            }
            i = end;
        } else if (c == '{') {
            stack.push_back({true, true});
        } else if (c == '[') {
            stack.push_back({false, false});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().object) {
            stack.back().expectKey = true;
        }
    }
    return order;
}

struct YamlConverter
{
    qint64 nodes = 0;
    qint64 maxNodes = kMaxYamlNodes;
    QString error;
    NestedKeyOrder *order = nullptr; ///< when set, filled for mappings at depth 1
    QString rootKey;                 ///< the root mapping's key being converted

    QJsonValue scalar(const YAML::Node &node)
    {
        const std::string &text = node.Scalar();
        const QString value = fromStd(text);
        const std::string &tag = node.Tag();
        // "!" = quoted (or block) scalar: always a string. "?" = plain: YAML 1.2 core schema.
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return value;
        if (tag != "?" && tag != "tag:yaml.org,2002:int" && tag != "tag:yaml.org,2002:float"
            && tag != "tag:yaml.org,2002:bool" && tag != "tag:yaml.org,2002:null")
            return value; // an application tag: keep the text
        if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
            return QJsonValue(QJsonValue::Null);
        if (text == "true" || text == "True" || text == "TRUE")
            return true;
        if (text == "false" || text == "False" || text == "FALSE")
            return false;
        const QChar first = value.at(0);
        if (first.isDigit() || first == QLatin1Char('-') || first == QLatin1Char('+')
            || first == QLatin1Char('.')) {
            bool ok = false;
            const qlonglong i = value.toLongLong(&ok, 10);
            if (ok && i > -(1LL << 53) && i < (1LL << 53))
                return double(i);
            const double d = value.toDouble(&ok);
            if (ok && std::isfinite(d) && !value.contains(QLatin1Char('_')))
                return d;
        }
        return value;
    }

    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (!error.isEmpty())
            return {};
        if (++nodes > maxNodes) {
            error = QStringLiteral("the YAML document expands to more than %1 nodes (aliases?)")
                        .arg(maxNodes);
            return {};
        }
        if (depth > kMaxYamlDepth) {
            error = QStringLiteral("the YAML document is nested deeper than %1 levels")
                        .arg(kMaxYamlDepth);
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &child : node) {
                array.append(convert(child, depth + 1));
                if (!error.isEmpty())
                    return {};
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &entry : node) {
                QString key;
                if (entry.first.IsScalar())
                    key = fromStd(entry.first.Scalar());
                else if (!entry.first.IsNull()) {
                    error = QStringLiteral("a YAML mapping key is not a plain value (line %1)")
                                .arg(entry.first.Mark().line + 1);
                    return {};
                }
                if (order && depth == 0)
                    rootKey = key;
                else if (order && depth == 1)
                    (*order)[rootKey].append(key);
                object.insert(key, convert(entry.second, depth + 1));
                if (!error.isEmpty())
                    return {};
            }
            return object;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return QJsonValue(QJsonValue::Null);
    }
};

} // namespace

QString positionText(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Column in characters, not bytes: decode the line's prefix.
    const qsizetype column =
        QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Result<QJsonValue> parseJsonDocument(const QByteArray &data, NestedKeyOrder *order)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return parseError(QStringLiteral("invalid JSON at %1: %2")
                              .arg(positionText(data, error.offset), error.errorString()));
    }
    if (order)
        *order = jsonNestedKeyOrder(data);
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return parseError(QStringLiteral("the JSON document is empty"));
}

Result<QJsonValue> parseYamlDocument(const QByteArray &data, NestedKeyOrder *order)
{
    YamlConverter converter;
    converter.maxNodes = nodeLimit(data.size());
    converter.order = order;
    QJsonValue value;
    try {
        const YAML::Node root = YAML::Load(std::string(data.constData(), size_t(data.size())));
        value = converter.convert(root, 0);
    } catch (const YAML::Exception &e) {
        return parseError(QStringLiteral("invalid YAML at line %1, column %2: %3")
                              .arg(e.mark.line + 1)
                              .arg(e.mark.column + 1)
                              .arg(fromStd(e.msg)));
    } catch (const std::exception &e) {
        return parseError(QStringLiteral("invalid YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!converter.error.isEmpty())
        return parseError(converter.error);
    return value;
}

Result<QJsonValue> parseJsonOrYamlDocument(const QByteArray &data, NestedKeyOrder *order)
{
    const QByteArray head = data.left(64).trimmed();
    if (head.startsWith('{') || head.startsWith('['))
        return parseJsonDocument(data, order);
    return parseYamlDocument(data, order);
}

} // namespace wirescope::interop
