#include "core/vars/resolver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace wirescope {

namespace {

constexpr int s_maxDepth = 10;

/// One resolution pass with a memo of dynamic values, so {{$uuid}} is stable within it.
class Expander
{
public:
    Expander(const VariableContext &context, const DynamicVariables &dynamic)
        : m_context(context)
        , m_dynamic(dynamic)
    {}

    QString expand(QStringView text, QStringList *unresolved)
    {
        QStringList stack;
        return expand(text, 0, stack, unresolved);
    }

private:
    QString expand(QStringView text, int depth, QStringList &stack, QStringList *unresolved)
    {
        QString out;
        out.reserve(text.size());
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(u"{{", pos);
            if (open < 0) {
                out += text.mid(pos);
                break;
            }
            const qsizetype close = text.indexOf(u"}}", open + 2);
            if (close < 0) {
                out += text.mid(pos);
                break;
            }
            out += text.mid(pos, open - pos);
            const QStringView inner = text.mid(open + 2, close - open - 2);
            const QString name = inner.trimmed().toString();
            const QStringView whole = text.mid(open, close + 2 - open);
            if (name.isEmpty() || name.contains(u'{')) {
                // Not a variable reference ("{{}}", "{{ {{x}}"): keep the text, look past "{{".
                out += text.mid(open, 2);
                pos = open + 2;
                continue;
            }
            if (const auto value = valueOf(name, depth, stack, unresolved))
                out += *value;
            else {
                out += whole;
                if (unresolved && !unresolved->contains(name))
                    unresolved->append(name);
            }
            pos = close + 2;
        }
        return out;
    }

    std::optional<QString>
    valueOf(const QString &name, int depth, QStringList &stack, QStringList *unresolved)
    {
        if (name.startsWith(u'$'))
            return dynamicValue(name);
        const auto var = m_context.lookup(name);
        if (!var || stack.contains(name) || depth >= s_maxDepth)
            return std::nullopt;
        if (!var->value.contains(QLatin1String("{{")))
            return var->value;
        stack.append(name);
        QString value = expand(var->value, depth + 1, stack, unresolved);
        stack.removeLast();
        return value;
    }

    std::optional<QString> dynamicValue(const QString &name)
    {
        const auto memo = m_memo.constFind(name);
        if (memo != m_memo.constEnd())
            return *memo;
        QString value;
        if (name == QLatin1String("$uuid") || name == QLatin1String("$guid")
            || name == QLatin1String("$randomUUID")) {
            value = m_dynamic.uuid ? m_dynamic.uuid() : QString();
        } else if (name == QLatin1String("$timestamp")) {
            value = QString::number(nowMs() / 1000);
        } else if (name == QLatin1String("$isoTimestamp")) {
            value = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
        } else if (name == QLatin1String("$randomInt")) {
            value = QString::number(m_dynamic.randomInt ? m_dynamic.randomInt() : 0);
        } else {
            return std::nullopt;
        }
        m_memo.insert(name, value);
        return value;
    }

    qint64 nowMs() const
    {
        return m_dynamic.nowMsecsSinceEpoch ? m_dynamic.nowMsecsSinceEpoch() : 0;
    }

    const VariableContext &m_context;
    const DynamicVariables &m_dynamic;
    QHash<QString, QString> m_memo;
};

void resolveList(KeyValueList &list, Expander &ex, QStringList *unresolved)
{
    for (KeyValue &kv : list) {
        if (!kv.enabled)
            continue;
        kv.name = ex.expand(kv.name, unresolved);
        kv.value = ex.expand(kv.value, unresolved);
    }
}

} // namespace

DynamicVariables DynamicVariables::system()
{
    DynamicVariables d;
    d.uuid = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    d.nowMsecsSinceEpoch = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    d.randomInt = [] {
        return static_cast<int>(QRandomGenerator::global()->bounded(1001));
    };
    return d;
}

Resolution
resolveText(QStringView text, const VariableContext &context, const DynamicVariables &dynamic)
{
    Expander ex(context, dynamic);
    Resolution r;
    r.text = ex.expand(text, &r.unresolved);
    return r;
}

Request resolveRequest(const Request &request,
                       const VariableContext &context,
                       const DynamicVariables &dynamic,
                       QStringList *unresolved)
{
    Expander ex(context, dynamic);
    QStringList names;
    Request r = request;
    r.method = ex.expand(r.method, &names);
    r.url = ex.expand(r.url, &names);
    resolveList(r.queryParams, ex, &names);
    resolveList(r.pathVariables, ex, &names);
    resolveList(r.headers, ex, &names);
    r.body.raw = ex.expand(r.body.raw, &names);
    resolveList(r.body.form, ex, &names);
    for (MultipartPart &part : r.body.multipart) {
        if (!part.enabled)
            continue;
        part.name = ex.expand(part.name, &names);
        part.value = ex.expand(part.value, &names);
        part.filePath = ex.expand(part.filePath, &names);
    }
    r.body.binaryFilePath = ex.expand(r.body.binaryFilePath, &names);
    r.body.graphql.query = ex.expand(r.body.graphql.query, &names);
    r.body.graphql.variables = ex.expand(r.body.graphql.variables, &names);
    r.body.graphql.operationName = ex.expand(r.body.graphql.operationName, &names);
    r.auth.username = ex.expand(r.auth.username, &names);
    r.auth.password = ex.expand(r.auth.password, &names);
    r.auth.token = ex.expand(r.auth.token, &names);
    r.auth.apiKeyName = ex.expand(r.auth.apiKeyName, &names);
    r.auth.apiKeyValue = ex.expand(r.auth.apiKeyValue, &names);
    r.auth.jwt.key = ex.expand(r.auth.jwt.key, &names);
    r.auth.jwt.payload = ex.expand(r.auth.jwt.payload, &names);
    r.auth.jwt.header = ex.expand(r.auth.jwt.header, &names);
    r.auth.jwt.headerPrefix = ex.expand(r.auth.jwt.headerPrefix, &names);
    r.auth.jwt.queryParam = ex.expand(r.auth.jwt.queryParam, &names);
    for (QString *field : {&r.auth.aws.accessKey, &r.auth.aws.secretKey, &r.auth.aws.sessionToken,
                           &r.auth.aws.region, &r.auth.aws.service})
        *field = ex.expand(*field, &names);
    OAuth1Settings &o1 = r.auth.oauth1;
    for (QString *field :
         {&o1.consumerKey, &o1.consumerSecret, &o1.token, &o1.tokenSecret, &o1.privateKey,
          &o1.callback, &o1.verifier, &o1.realm, &o1.nonce, &o1.timestamp, &o1.version})
        *field = ex.expand(*field, &names);
    HawkSettings &hawk = r.auth.hawk;
    for (QString *field :
         {&hawk.id, &hawk.key, &hawk.ext, &hawk.app, &hawk.dlg, &hawk.nonce, &hawk.timestamp})
        *field = ex.expand(*field, &names);
    r.settings.proxy.host = ex.expand(r.settings.proxy.host, &names);
    r.settings.proxy.username = ex.expand(r.settings.proxy.username, &names);
    r.settings.proxy.password = ex.expand(r.settings.proxy.password, &names);
    if (unresolved) {
        for (const QString &n : std::as_const(names)) {
            if (!unresolved->contains(n))
                unresolved->append(n);
        }
    }
    return r;
}

QList<QPair<int, int>> variableSpans(QStringView text)
{
    QList<QPair<int, int>> spans;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        const QStringView inner = text.mid(open + 2, close - open - 2);
        if (inner.trimmed().isEmpty() || inner.contains(u'{')) {
            pos = open + 2;
            continue;
        }
        spans.append({int(open), int(close + 2 - open)});
        pos = close + 2;
    }
    return spans;
}

} // namespace wirescope
