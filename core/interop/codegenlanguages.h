#pragma once

#include "core/interop/codegenrequest.h"

namespace wirescope::codegen {

// One generator per language (codegen<language>.cpp). Each appends what it cannot express to
// r.notes; the dispatcher (codegen.cpp) validates and normalises the request first.

QString generateCurl(CodegenRequest &r, const CodegenOptions &options);
QString generateHttpie(CodegenRequest &r, const CodegenOptions &options);
QString generatePython(CodegenRequest &r, const CodegenOptions &options);
QString generateFetch(CodegenRequest &r, const CodegenOptions &options);
QString generateAxios(CodegenRequest &r, const CodegenOptions &options);
QString generateNode(CodegenRequest &r, const CodegenOptions &options);
QString generateQt(CodegenRequest &r, const CodegenOptions &options);

/// A JavaScript headers initialiser (an object, or an array of pairs when a name repeats),
/// with @p extraName: @p extraExpression appended when extraName is not empty.
QString jsHeaders(const KeyValueList &headers,
                  const QString &extraName,
                  const QString &extraExpression,
                  const QString &indent);
/// Statements building `const form = new FormData()` from the multipart parts; sets
/// *readsFiles when a part reads a file (with `readFile` from node:fs/promises).
QString jsFormData(const CodegenRequest &r, bool *readsFiles);

/// @p notes as comment lines ("<prefix> note: ...\n"), empty when there are none.
QString noteComments(const QStringList &notes, QStringView prefix);

} // namespace wirescope::codegen
