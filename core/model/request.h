#pragma once

#include "core/model/auth.h"
#include "core/model/body.h"
#include "core/model/keyvalue.h"
#include "core/model/requestsettings.h"

#include <QString>

namespace wirescope {

/// An HTTP request as the user describes it (before variables are resolved).
///
/// `url` is what the user typed, including the enabled query parameters. `queryParams`
/// holds every parameter including disabled ones; urlparams.h keeps the two in sync.
/// `pathVariables` holds values for `:name` segments of the URL path.
struct Request
{
    QString id; ///< stable id within a collection (empty for scratch requests)
    QString name;
    QString method = QStringLiteral("GET");
    QString url;
    KeyValueList queryParams;
    KeyValueList pathVariables;
    KeyValueList headers;
    Body body;
    Auth auth;
    RequestSettings settings;
    QString description;

    friend bool operator==(const Request &, const Request &) = default;
};

} // namespace wirescope
