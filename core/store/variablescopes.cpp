#include "core/store/variablescopes.h"

#include "core/model/collectionwalk.h"
#include "core/vars/unresolved.h"

namespace wirescope {

namespace {

void addScope(VariableContext &context, VariableScope scope, const VariableList &variables)
{
    for (const Variable &v : variables) {
        if (v.enabled && !v.name.isEmpty())
            context.set(scope, v.name, v.value, v.secret);
    }
}

} // namespace

const Environment *findEnvironment(const Collection &collection, const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    for (const Environment &env : collection.environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

VariableContext buildVariableContext(const VariableList &globals,
                                     const Collection &collection,
                                     const QString &activeEnvironment,
                                     const VariableList &local)
{
    VariableContext context;
    addScope(context, VariableScope::Global, globals);
    addScope(context, VariableScope::Collection, collection.variables);
    if (const Environment *env = findEnvironment(collection, activeEnvironment)) {
        addScope(context, VariableScope::Environment, env->variables);
        context.setEnvironmentName(env->name);
    }
    addScope(context, VariableScope::Local, local);
    return context;
}

QStringList undefinedUrlVariables(const Collection &collection,
                                  const QString &folderPath,
                                  const VariableContext &context)
{
    QStringList out;
    for (const RequestRef &ref : flattenRequests(collection, folderPath)) {
        const QString &url = std::holds_alternative<HttpItem>(ref.item->node)
                                 ? std::get<HttpItem>(ref.item->node).request.url
                                 : std::get<WebSocketItem>(ref.item->node).request.url;
        for (const QString &name : variableNamesIn(url)) {
            if (!name.startsWith(u'$') && !context.lookup(name) && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

} // namespace wirescope
