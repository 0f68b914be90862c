#pragma once

#include "core/scripting/scriptvariables.h"

#include <QString>

namespace wirescope {

class CollectionDocument;

/// Writes what scripts changed between @p before and @p after into @p document (not owned):
/// collection variables into the collection, environment variables into the environment
/// named @p environment. Changed values are updated with their secret flag kept (so a secret
/// stays in the keychain when the document is saved), unset names removed, new names added.
/// The document is modified, not saved, like any other edit. Returns whether the environment
/// could take the environment changes (false: no document or no environment of that name).
bool writeScriptVariables(CollectionDocument *document,
                          const QString &environment,
                          const ScriptVariables &before,
                          const ScriptVariables &after);

} // namespace wirescope
