#pragma once

#include "core/interop/codegenoptions.h"
#include "core/model/error.h"
#include "core/model/request.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wirescope {

/// Targets of code generation ("Generate code" / `wirescope-cli codegen`).
enum class CodeLanguage {
    Curl,            ///< curl command line (bash)
    HttPie,          ///< HTTPie's `http` command (3.x)
    PythonRequests,  ///< Python 3 with the requests package
    JavaScriptFetch, ///< fetch() (browsers; Node.js 18+ as an ES module)
    JavaScriptAxios, ///< axios on Node.js
    NodeHttps,       ///< Node.js core http/https modules
    CppQt,           ///< a complete main.cpp with Qt's QNetworkAccessManager
};

/// Every language generateCode() supports, in menu order.
QList<CodeLanguage> supportedLanguages();
/// Human name for menus ("Python – requests").
QString codeLanguageDisplayName(CodeLanguage language);
/// Stable identifier for settings and the CLI ("curl", "httpie", "python", "fetch", "axios",
/// "node", "qt").
QString codeLanguageId(CodeLanguage language);
/// Inverse of codeLanguageId(); nullopt for an unknown identifier.
std::optional<CodeLanguage> codeLanguageFromId(QStringView id);
/// Suggested file name suffix for saving the code ("sh", "py", "mjs", "js", "cpp").
QString codeLanguageFileSuffix(CodeLanguage language);

/// Code that sends @p request in @p language: method, URL with query, headers, auth, body
/// (raw, urlencoded, multipart with files, binary file) and the transport settings the target
/// can express. What the target cannot express (Digest in fetch, a proxy in Node's https,
/// duplicate header names in a dict, ...) is named in @p notes and, except for curl and
/// HTTPie, in a comment at the top of the code. Errors: the request cannot be built (invalid
/// method, header or URL, header injection, binary body without a file).
Result<QString> generateCode(const Request &request,
                             CodeLanguage language,
                             const CodegenOptions &options = {},
                             QStringList *notes = nullptr);

} // namespace wirescope
