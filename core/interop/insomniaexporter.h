#pragma once

#include "core/interop/exportreport.h"
#include "core/model/collection.h"

#include <QByteArray>
#include <QJsonObject>

namespace wirescope {

struct InsomniaExportOptions
{
    /// Write the values of secret variables. Off by default: an export is a file that travels,
    /// and secrets belong in the keychain (the variable is exported with an empty value).
    bool exportSecrets = false;
};

/// @p collection as an Insomnia v5 collection (`type: collection.insomnia.rest/5.0`, what
/// Insomnia 11+ imports and exports): folders with their headers, auth and variables
/// (`environment`), HTTP requests (URL without its query, `parameters`, `pathParameters`,
/// headers, bodies, auth, the follow-redirects setting), WebSocket requests, the collection's
/// variables as the base environment and its environments as sub-environments.
/// `{{name}}` becomes `{{ _.name }}`. Ids carry Insomnia's prefixes (fld_, req_, ws-req_) so
/// readers that infer the item kind from them agree. What v5 cannot hold (collection-level
/// auth and headers are moved onto the top-level items, scripts are kept but Insomnia runs
/// its own API, assertions, captures, saved responses and WebSocket messages, JWT auth,
/// transport settings, disabled variables, dynamic variables) is listed in @p report.
QJsonObject exportInsomniaCollection(const Collection &collection,
                                     const InsomniaExportOptions &options = {},
                                     ExportReport *report = nullptr);

/// @p document as the YAML text Insomnia writes (type, schema_version and name first).
QByteArray insomniaYamlText(const QJsonObject &document);

} // namespace wirescope
