#include "core/scripting/scriptvariables.h"

#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace wirescope {

namespace {

int index(ScriptScope scope)
{
    return static_cast<int>(scope);
}

} // namespace

ScriptVariables ScriptVariables::fromContext(const VariableContext &context)
{
    ScriptVariables out;
    const auto copy = [&](VariableScope from, ScriptScope to) {
        for (const auto &[name, v] : context.scopeView(from))
            out.set(to, name, v.value, v.secret);
    };
    copy(VariableScope::Global, ScriptScope::Global);
    copy(VariableScope::Collection, ScriptScope::Collection);
    copy(VariableScope::Environment, ScriptScope::Environment);
    copy(VariableScope::Local, ScriptScope::Local);
    return out;
}

void ScriptVariables::set(ScriptScope scope,
                          const QString &name,
                          const QJsonValue &value,
                          bool secret)
{
    auto &entries = m_scopes[index(scope)];
    auto it = entries.find(name);
    if (it == entries.end()) {
        entries.insert(name, Entry{value, secret});
        m_order[index(scope)].append(name);
    } else {
        it->value = value;
        it->secret = it->secret || secret;
    }
}

bool ScriptVariables::unset(ScriptScope scope, const QString &name)
{
    if (!m_scopes[index(scope)].remove(name))
        return false;
    m_order[index(scope)].removeOne(name);
    return true;
}

void ScriptVariables::clear(ScriptScope scope)
{
    m_scopes[index(scope)].clear();
    m_order[index(scope)].clear();
}

bool ScriptVariables::has(ScriptScope scope, const QString &name) const
{
    return m_scopes[index(scope)].contains(name);
}

std::optional<QJsonValue> ScriptVariables::value(ScriptScope scope, const QString &name) const
{
    const auto it = m_scopes[index(scope)].constFind(name);
    if (it == m_scopes[index(scope)].cend())
        return std::nullopt;
    return it->value;
}

bool ScriptVariables::isSecret(ScriptScope scope, const QString &name) const
{
    const auto it = m_scopes[index(scope)].constFind(name);
    return it != m_scopes[index(scope)].cend() && it->secret;
}

QStringList ScriptVariables::names(ScriptScope scope) const
{
    return m_order[index(scope)];
}

QJsonObject ScriptVariables::toObject(ScriptScope scope) const
{
    QJsonObject out;
    for (const QString &name : m_order[index(scope)])
        out.insert(name, m_scopes[index(scope)].value(name).value);
    return out;
}

std::optional<QJsonValue> ScriptVariables::resolve(const QString &name) const
{
    for (int s = 4; s >= 0; --s) {
        const auto it = m_scopes[s].constFind(name);
        if (it != m_scopes[s].cend())
            return it->value;
    }
    return std::nullopt;
}

QJsonObject ScriptVariables::resolvedObject() const
{
    QJsonObject out;
    for (int s = 0; s < 5; ++s) {
        for (const QString &name : m_order[s])
            out.insert(name, m_scopes[s].value(name).value);
    }
    return out;
}

VariableContext ScriptVariables::toContext() const
{
    VariableContext context;
    const auto copy = [&](ScriptScope from, VariableScope to) {
        for (const QString &name : m_order[index(from)]) {
            const Entry &e = m_scopes[index(from)][name];
            context.set(to, name, text(e.value), e.secret);
        }
    };
    copy(ScriptScope::Global, VariableScope::Global);
    copy(ScriptScope::Collection, VariableScope::Collection);
    copy(ScriptScope::Environment, VariableScope::Environment);
    copy(ScriptScope::Data, VariableScope::Local);
    copy(ScriptScope::Local, VariableScope::Local);
    return context;
}

QString ScriptVariables::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QJSValue(value.toDouble()).toString(); // JavaScript's spelling: 0.1, 1e+21
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QString ScriptVariables::scopeName(ScriptScope scope)
{
    switch (scope) {
    case ScriptScope::Global:
        return QStringLiteral("globals");
    case ScriptScope::Collection:
        return QStringLiteral("collectionVariables");
    case ScriptScope::Environment:
        return QStringLiteral("environment");
    case ScriptScope::Data:
        return QStringLiteral("iterationData");
    case ScriptScope::Local:
        return QStringLiteral("variables");
    }
    return {};
}

} // namespace wirescope
