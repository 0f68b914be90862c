#pragma once

#include "core/model/exchange.h"
#include "core/model/request.h"
#include "core/scripting/scripttypes.h"
#include "core/scripting/scriptvariables.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wirescope {

/// One event's scripts for one request (collection, folders, request, in that order) and
/// everything they can see.
struct ScriptJob
{
    QString event; ///< "prerequest" or "test"
    QList<ScriptSource> scripts;
    Request request;                  ///< pm.request (modifiable in pre-request scripts)
    std::optional<Exchange> exchange; ///< pm.response (test scripts)
    ScriptVariables variables;
    QString requestName; ///< pm.info.requestName
    QString requestId;   ///< pm.info.requestId
    int iteration = 0;   ///< pm.info.iteration (0-based, as Postman)
    int iterationCount = 1;
    QJsonObject iterationData; ///< pm.iterationData
};

/// What a job's scripts did.
struct ScriptRunResult
{
    Request request;           ///< the request after pre-request scripts changed it
    ScriptVariables variables; ///< after every set/unset
    QList<ScriptTestResult> tests;
    QList<ScriptError> errors;
    QList<ScriptConsoleLine> console;
    bool skipRequest = false;           ///< pm.execution.skipRequest()
    bool nextRequestSet = false;        ///< setNextRequest was called
    std::optional<QString> nextRequest; ///< its argument; nullopt = setNextRequest(null): stop
    bool variablesChanged = false;      ///< a set/unset/clear happened in a persistent scope
};

} // namespace wirescope
