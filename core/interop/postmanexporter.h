#pragma once

#include "core/interop/exportreport.h"
#include "core/model/collection.h"

#include <QByteArray>
#include <QJsonObject>

namespace wirescope {

struct PostmanExportOptions
{
    /// Write the values of secret variables. Off by default: an export is a file that travels,
    /// and secrets belong in the keychain (the variable is exported with an empty value).
    bool exportSecrets = false;
};

/// @p collection as a Postman Collection v2.1 document
/// (https://schema.getpostman.com/json/collection/v2.1.0/collection.json): folders, requests
/// (url object with query and path variables, headers, raw/urlencoded/formdata/file bodies,
/// auth, protocolProfileBehavior), saved responses, scripts as events, variables and
/// descriptions. WebSocket requests have no place in v2.1 and are listed in
/// @p report->skipped; other losses (folder headers, timeouts, proxies...) in warnings.
QJsonObject exportPostmanCollection(const Collection &collection,
                                    const PostmanExportOptions &options = {},
                                    ExportReport *report = nullptr);

/// @p environment as a Postman environment file ({"name", "values": [...]}); secret
/// variables are typed "secret" and have no value unless options.exportSecrets.
QJsonObject exportPostmanEnvironment(const Environment &environment,
                                     const PostmanExportOptions &options = {},
                                     ExportReport *report = nullptr);

/// Indented UTF-8 JSON text of @p document, as written to a file.
QByteArray postmanJsonText(const QJsonObject &document);

} // namespace wirescope
