#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wirescope {

/// Variable scopes, lowest precedence first: a request-local value beats an environment
/// value, which beats a collection value, which beats a global.
enum class VariableScope { Global, Collection, Environment, Local };

/// A resolved variable and the scope it came from.
struct ResolvedVariable
{
    QString value;
    VariableScope scope = VariableScope::Global;
    bool secret = false;
};

/// The layered variable scopes a request is resolved against. A plain value type.
class VariableContext final
{
public:
    void set(VariableScope scope, const QString &name, const QString &value, bool secret = false);
    void remove(VariableScope scope, const QString &name);
    void clear(VariableScope scope);

    /// The winning value for @p name across scopes, or nullopt.
    std::optional<ResolvedVariable> lookup(const QString &name) const;

    /// Every variable name visible, with its winning value and scope (sorted by name).
    QList<QPair<QString, ResolvedVariable>> resolvedView() const;

    /// The variables of one scope only (sorted by name); `scope` of each entry is @p scope.
    QList<QPair<QString, ResolvedVariable>> scopeView(VariableScope scope) const;

    static QString
    scopeName(VariableScope scope); ///< "global", "collection", "environment", "local"

    /// The name of the active environment the Environment scope came from; empty when none
    /// is active. Only a label for messages ("no environment is active").
    void setEnvironmentName(const QString &name) { m_environmentName = name; }
    QString environmentName() const { return m_environmentName; }

private:
    struct Entry
    {
        QString value;
        bool secret = false;
    };
    QHash<QString, Entry> m_scopes[4];
    QString m_environmentName;
};

} // namespace wirescope
