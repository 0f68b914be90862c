#pragma once

#include "core/model/collection.h"
#include "core/model/collectionwalk.h"
#include "core/scripting/scripttypes.h"

#include <QList>
#include <QString>

namespace wirescope {

/// A request as every front end sends it: the first stage of the exchange pipeline
/// (ExchangeJob), and the whole of what code generation uses. The request carries what it
/// inherits from its folders and collection (auth, headers); the scripts that run around it
/// are listed in Postman's order (collection, then each folder, then its own); the folder
/// variables in scope come outermost first (the innermost wins).
struct EffectiveRequest
{
    Request request;
    QList<ScriptSource> preRequestScripts;
    QList<ScriptSource> testScripts;
    VariableList folderVariables;
    AssertionList assertions;
    CaptureList captures;
};

/// @p item as it stands at @p ancestors in @p collection. Pass the item as the user sees it
/// (a tab passes its edited copy, so unsaved edits count).
EffectiveRequest effectiveRequest(const Collection &collection,
                                  const QList<const Folder *> &ancestors,
                                  const HttpItem &item);
/// @p item in @p collection, found by @p itemId; a loose request (nothing inherited) when
/// @p collection is null or does not hold that id.
EffectiveRequest
effectiveRequest(const Collection *collection, const QString &itemId, const HttpItem &item);

/// The request at @p itemId in @p collection, or nothing.
std::optional<RequestRef> findRequest(const Collection &collection, const QString &itemId);

} // namespace wirescope
