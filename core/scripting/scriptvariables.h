#pragma once

#include "core/vars/variablecontext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope {

/// The variable scopes a script sees, lowest precedence first (Postman's order:
/// local > data (iteration) > environment > collection > globals).
enum class ScriptScope { Global, Collection, Environment, Data, Local };

/// Variables as scripts see them: typed values (a number set by a script stays a number
/// for the following scripts), with the secret flag of the variables they came from.
/// A plain value type; the runner keeps one for the whole run.
class ScriptVariables final
{
public:
    /// Scopes from @p context: Global, Collection and Environment as they are, Local as Local.
    static ScriptVariables fromContext(const VariableContext &context);

    /// Sets @p name; a variable that was secret stays secret.
    void set(ScriptScope scope, const QString &name, const QJsonValue &value, bool secret = false);
    bool unset(ScriptScope scope, const QString &name);
    void clear(ScriptScope scope);
    bool has(ScriptScope scope, const QString &name) const;
    std::optional<QJsonValue> value(ScriptScope scope, const QString &name) const;
    bool isSecret(ScriptScope scope, const QString &name) const;
    QStringList names(ScriptScope scope) const;
    QJsonObject toObject(ScriptScope scope) const;

    /// The winning value across scopes (pm.variables.get).
    std::optional<QJsonValue> resolve(const QString &name) const;
    /// Every visible name with its winning value (pm.variables.toObject).
    QJsonObject resolvedObject() const;

    /// The context requests are resolved against: Data and Local both become Local
    /// (Local wins), values become text.
    VariableContext toContext() const;

    /// A value as {{name}} inserts it: strings as they are, numbers like JavaScript
    /// prints them, objects and arrays as compact JSON, null as "null".
    static QString text(const QJsonValue &value);
    static QString scopeName(ScriptScope scope); ///< "globals", "collectionVariables", ...

    friend bool operator==(const ScriptVariables &, const ScriptVariables &) = default;

private:
    struct Entry
    {
        QJsonValue value;
        bool secret = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QHash<QString, Entry> m_scopes[5];
    QStringList m_order[5]; ///< insertion order, so toObject() reads like the source
};

} // namespace wirescope
