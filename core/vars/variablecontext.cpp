#include "core/vars/variablecontext.h"

#include <algorithm>

namespace wirescope {

void VariableContext::set(VariableScope scope,
                          const QString &name,
                          const QString &value,
                          bool secret)
{
    m_scopes[static_cast<int>(scope)].insert(name, Entry{value, secret});
}

void VariableContext::remove(VariableScope scope, const QString &name)
{
    m_scopes[static_cast<int>(scope)].remove(name);
}

void VariableContext::clear(VariableScope scope)
{
    m_scopes[static_cast<int>(scope)].clear();
}

std::optional<ResolvedVariable> VariableContext::lookup(const QString &name) const
{
    // Highest precedence first: Local, Environment, Collection, Global.
    for (int s = 3; s >= 0; --s) {
        const auto it = m_scopes[s].constFind(name);
        if (it != m_scopes[s].constEnd())
            return ResolvedVariable{it->value, static_cast<VariableScope>(s), it->secret};
    }
    return std::nullopt;
}

QList<QPair<QString, ResolvedVariable>> VariableContext::resolvedView() const
{
    QHash<QString, ResolvedVariable> winners;
    for (int s = 0; s < 4; ++s) {
        for (auto it = m_scopes[s].cbegin(); it != m_scopes[s].cend(); ++it)
            winners.insert(it.key(),
                           ResolvedVariable{it->value, static_cast<VariableScope>(s), it->secret});
    }
    QList<QPair<QString, ResolvedVariable>> out;
    out.reserve(winners.size());
    for (auto it = winners.cbegin(); it != winners.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QList<QPair<QString, ResolvedVariable>> VariableContext::scopeView(VariableScope scope) const
{
    const QHash<QString, Entry> &entries = m_scopes[static_cast<int>(scope)];
    QList<QPair<QString, ResolvedVariable>> out;
    out.reserve(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        out.append({it.key(), ResolvedVariable{it->value, scope, it->secret}});
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QString VariableContext::scopeName(VariableScope scope)
{
    switch (scope) {
    case VariableScope::Global:
        return QStringLiteral("global");
    case VariableScope::Collection:
        return QStringLiteral("collection");
    case VariableScope::Environment:
        return QStringLiteral("environment");
    case VariableScope::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("global");
}

} // namespace wirescope
