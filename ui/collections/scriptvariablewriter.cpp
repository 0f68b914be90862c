#include "ui/collections/scriptvariablewriter.h"

#include "ui/collections/collectiondocument.h"

#include <algorithm>

namespace wirescope {

namespace {

/// @p list with the changes between @p before and @p after in @p scope applied.
bool mergeScriptChanges(VariableList &list,
                        const ScriptVariables &before,
                        const ScriptVariables &after,
                        ScriptScope scope)
{
    bool changed = false;
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        Variable &v = list[i];
        const auto was = before.value(scope, v.name);
        const auto now = after.value(scope, v.name);
        if (was == now)
            continue;
        if (!now) {
            list.removeAt(i);
        } else {
            v.value = ScriptVariables::text(*now);
            v.enabled = true;
        }
        changed = true;
    }
    for (const QString &name : after.names(scope)) {
        const bool known = std::any_of(list.cbegin(), list.cend(),
                                       [&](const Variable &v) { return v.name == name; });
        if (!known && before.value(scope, name) != after.value(scope, name)) {
            list.append(Variable{name,
                                 ScriptVariables::text(*after.value(scope, name)),
                                 true,
                                 after.isSecret(scope, name),
                                 {}});
            changed = true;
        }
    }
    return changed;
}

} // namespace

bool writeScriptVariables(CollectionDocument *document,
                          const QString &environment,
                          const ScriptVariables &before,
                          const ScriptVariables &after)
{
    if (!document)
        return false;
    VariableList variables = document->collection().variables;
    if (mergeScriptChanges(variables, before, after, ScriptScope::Collection))
        document->setVariables(variables);
    if (environment.isEmpty())
        return false;
    QList<Environment> environments = document->collection().environments;
    for (Environment &env : environments) {
        if (env.name != environment)
            continue;
        if (mergeScriptChanges(env.variables, before, after, ScriptScope::Environment))
            document->setEnvironments(environments);
        return true;
    }
    return false;
}

} // namespace wirescope
