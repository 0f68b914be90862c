#pragma once

#include "core/interop/importreport.h"
#include "core/model/error.h"
#include "core/model/request.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wirescope::interop {

/// A curl command line turned into a request, with notes on what did not map.
struct CurlParse
{
    Request request;     ///< id empty; name = the URL without its query
    ImportReport report; ///< item paths are empty: the notes concern this one request
};

/// Parses a curl command line ("Copy as cURL (bash)" or "(cmd)" from Chrome or Firefox, or
/// hand-written): method, URL, headers, data/form bodies, auth, cookies, TLS, proxy, timeouts
/// and redirects. Unknown options and anything that cannot be represented (files read at
/// send time, shell variables, ...) are listed in CurlParse::report. Fails with Kind::Parse
/// when the text is not a curl command, names no URL, or is malformed.
Result<CurlParse> parseCurlCommand(QStringView text);

} // namespace wirescope::interop
