#pragma once

#include <QString>
#include <QStringList>

namespace wirescope::cli {

/// `wirescope-cli import FILE --to DIR [--from FORMAT]`: converts a Postman, Insomnia, HAR,
/// curl or OpenAPI file (detected when --from is omitted; FILE "-" is standard input) into a
/// native collection directory, and prints the import report (what was changed or dropped).
int runImportCommand(const QStringList &args);

/// `wirescope-cli export DIR --to postman|curl [-o FILE] [--env NAME] [--include-secrets]`.
int runExportCommand(const QStringList &args);

/// `wirescope-cli codegen REQUEST_FILE --lang LANG [--var n=v] [--no-resolve]`: the request
/// saved in REQUEST_FILE (a *.request.json of a collection) as code.
int runCodegenCommand(const QStringList &args);

QString importUsage();
QString exportUsage();
QString codegenUsage();

} // namespace wirescope::cli
