#pragma once

#include "core/model/collection.h"
#include "core/vars/variablecontext.h"

namespace wirescope {

/// The VariableContext a request of @p collection is resolved against: @p globals (scope
/// Global), the collection's variables (Collection), the variables of the environment named
/// @p activeEnvironment (Environment; none when empty or not found) and @p local
/// (Local, e.g. request-local overrides). Disabled variables are left out; secret variables
/// keep their secret flag so views can mask them. resolvedView() then shows, for every name,
/// the winning value and the scope it came from.
VariableContext buildVariableContext(const VariableList &globals,
                                     const Collection &collection,
                                     const QString &activeEnvironment,
                                     const VariableList &local = {});

/// The {{variables}} in the URLs of @p collection's requests (those in @p folderPath when it
/// is not empty) that @p context does not define, each once, in order of appearance: what a
/// run would send unresolved.
QStringList undefinedUrlVariables(const Collection &collection,
                                  const QString &folderPath,
                                  const VariableContext &context);

/// The environment named @p name in @p collection, or nullptr.
const Environment *findEnvironment(const Collection &collection, const QString &name);

} // namespace wirescope
