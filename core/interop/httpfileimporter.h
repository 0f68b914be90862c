#pragma once

#include "core/interop/importer.h"

#include <QString>

namespace wirescope::interop {

/// Most requests one `.http` file may hold; a larger file is refused.
constexpr int kMaxHttpFileRequests = 10000;

/// True when @p text looks like a `.http` / `.rest` file: its first line that is not blank, a
/// comment or an `@name = value` variable is `###`, a request line (`GET https://...`) or a URL.
bool looksLikeHttpFile(const QString &text);

/// Imports a `.http` / `.rest` file in the JetBrains HTTP Client or VS Code REST Client dialect:
/// `###` separators (the text after them names the request), `# @name`, `@var = value` file
/// variables (collection variables), request line, headers, body (`< file` as a file body).
/// Request variables `{{login.response.body.$.token}}` become captures on the request named
/// `login`; response handlers (`> {% %}`, `> file.js`) and other directives are reported.
Result<ImportResult> importHttpFile(const QString &text);

/// Adds the environments of the JetBrains `http-client.env.json` in @p folder (its `$shared`
/// values go into each), and the values of `http-client.private.env.json` as secret variables.
/// Only those two names are read, each up to 1 MB; what does not fit is noted in the report.
void readHttpClientEnvironments(const QString &folder, ImportResult &result);

} // namespace wirescope::interop
