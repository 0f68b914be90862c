#include "core/runner/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wirescope {

namespace {

Error parseError(QStringView expression, qsizetype at, const QString &what)
{
    return Error{Error::Kind::Parse, QStringLiteral("JSONPath \"%1\": %2 at position %3")
                                         .arg(expression.toString(), what)
                                         .arg(at + 1)};
}

bool isNameChar(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && !c.isSpace();
}

} // namespace

Result<JsonPath> JsonPath::parse(QStringView expression)
{
    JsonPath path;
    path.m_expression = expression.toString();
    const QStringView e = expression.trimmed();
    if (e.isEmpty() || e.front() != u'$')
        return parseError(expression, 0, QStringLiteral("a path starts with $"));

    qsizetype i = 1;
    while (i < e.size()) {
        const QChar c = e[i];
        if (c == u'.') {
            if (i + 1 < e.size() && e[i + 1] == u'.')
                return parseError(expression, i,
                                  QStringLiteral("recursive descent (..) is not supported"));
            ++i;
            if (i < e.size() && e[i] == u'*') {
                path.m_steps.append({Step::Kind::Wildcard, {}, 0});
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < e.size() && isNameChar(e[i]))
                ++i;
            if (i == start)
                return parseError(expression, start, QStringLiteral("a member name is missing"));
            path.m_steps.append({Step::Kind::Member, e.mid(start, i - start).toString(), 0});
        } else if (c == u'[') {
            ++i;
            if (i < e.size() && (e[i] == u'\'' || e[i] == u'"')) {
                const QChar quote = e[i++];
                QString name;
                while (i < e.size() && e[i] != quote) {
                    if (e[i] == u'\\' && i + 1 < e.size())
                        ++i;
                    name += e[i++];
                }
                if (i >= e.size())
                    return parseError(expression, i,
                                      QStringLiteral("the quoted name is not closed"));
                ++i; // closing quote
                path.m_steps.append({Step::Kind::Member, name, 0});
            } else if (i < e.size() && e[i] == u'*') {
                ++i;
                path.m_steps.append({Step::Kind::Wildcard, {}, 0});
            } else {
                const qsizetype start = i;
                if (i < e.size() && e[i] == u'-')
                    ++i;
                while (i < e.size() && e[i].isDigit())
                    ++i;
                bool ok = false;
                const qsizetype index = e.mid(start, i - start).toLongLong(&ok);
                if (!ok) {
                    return parseError(expression, start,
                                      QStringLiteral("expected an index, a quoted name or * "
                                                     "(filters and slices are not supported)"));
                }
                path.m_steps.append({Step::Kind::Index, {}, index});
            }
            if (i >= e.size() || e[i] != u']')
                return parseError(expression, i, QStringLiteral("expected ]"));
            ++i;
        } else {
            return parseError(expression, i, QStringLiteral("unexpected '%1'").arg(c));
        }
    }
    return path;
}

QList<QJsonValue> JsonPath::select(const QJsonValue &root) const
{
    QList<QJsonValue> current{root};
    for (const Step &step : m_steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : std::as_const(current)) {
            switch (step.kind) {
            case Step::Kind::Member:
                if (value.isObject()) {
                    const QJsonObject object = value.toObject();
                    const auto it = object.constFind(step.name);
                    if (it != object.constEnd())
                        next.append(*it);
                }
                break;
            case Step::Kind::Index:
                if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    const qsizetype index = step.index < 0 ? array.size() + step.index : step.index;
                    if (index >= 0 && index < array.size())
                        next.append(array.at(index));
                }
                break;
            case Step::Kind::Wildcard:
                if (value.isArray()) {
                    for (const QJsonValue &element : value.toArray())
                        next.append(element);
                } else if (value.isObject()) {
                    for (const QJsonValue &member : value.toObject())
                        next.append(member);
                }
                break;
            }
        }
        current = std::move(next);
        if (current.isEmpty())
            break;
    }
    return current;
}

} // namespace wirescope
