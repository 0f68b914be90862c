#pragma once

#include "core/interop/codegenoptions.h"
#include "core/model/error.h"
#include "core/model/request.h"

#include <QString>
#include <QStringList>

namespace wirescope::codegen {

/// A request reduced to what every code generator writes: variables resolved (or kept), the
/// URL final (path variables substituted, an API key in the query appended), the header list
/// in the order HttpClient sends it, disabled rows removed. Built by buildCodegenRequest().
struct CodegenRequest
{
    QString method;
    QString url;        ///< encoded when resolved; as typed when variables are kept
    bool https = false; ///< scheme is https (a URL without scheme is http, as when sending)
    /// User headers, then Authorization (Bearer) / the API key header, then Content-Type for
    /// raw and binary bodies when the user set none. Basic and Digest are not in here.
    KeyValueList headers;
    bool basic = false;  ///< Basic auth with `username`/`password` (the user set no Authorization)
    bool digest = false; ///< Digest auth with `username`/`password`
    QString username;
    QString password;
    Body body; ///< disabled form rows and parts removed
    RequestSettings settings;
    QStringList notes; ///< limitations found while building; generators add theirs

    /// The Authorization value for Basic auth ("Basic dXNlcjpwYXNz").
    QString basicHeaderValue() const;
    /// True when an enabled header @p name is in `headers` (case-insensitive).
    bool hasHeader(QStringView name) const;
    /// The encoded application/x-www-form-urlencoded body exactly as HttpClient sends it.
    QString formEncodedBody() const;
};

/// Normalises @p request for code generation. Errors: an invalid method token, a header name
/// that is not a token, a header value with CR/LF (injection), an invalid URL (resolved only).
Result<CodegenRequest> buildCodegenRequest(const Request &request, const CodegenOptions &options);

/// The file name part of @p path (what multipart sends as filename=).
QString codegenFileName(const QString &path);

/// The Content-Type of a multipart file part: the part's own, else guessed from the file
/// name extension as HttpClient does (QMimeDatabase), else application/octet-stream.
QString codegenPartContentType(const MultipartPart &part);

/// @p text single-quoted for a POSIX shell unless it is made of safe characters only.
QString shellQuote(const QString &text);
/// @p text as a single-quoted JavaScript string literal (\\, ', control characters,
/// U+2028/U+2029 escaped; other Unicode kept as is: the file is UTF-8).
QString jsString(const QString &text);
/// @p text as a single-quoted Python 3 str literal.
QString pythonString(const QString &text);
/// @p bytes as a C/C++ narrow string literal; non-ASCII and control bytes as 3-digit octal
/// escapes, so UTF-8 passes through byte for byte.
QString cppBytes(const QByteArray &bytes);
/// @p text as a C++ QStringLiteral(...) (UTF-16 escapes for non-ASCII).
QString cppQString(const QString &text);

} // namespace wirescope::codegen
