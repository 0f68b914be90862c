#pragma once

#include "core/interop/codegen.h"

#include <QList>
#include <QString>

/// One golden row: a request, a language and options, and the exact expected code.
struct CodegenGolden
{
    const char *name;
    wirescope::Request request;
    wirescope::CodeLanguage language;
    wirescope::CodegenOptions options;
    QString expected;
};

/// The golden table (tst_codegen_golden.cpp).
QList<CodegenGolden> codegenGoldens();

// Sample requests shared with tst_codegen.cpp.
wirescope::KeyValue kv(const QString &name, const QString &value, bool enabled = true);
wirescope::Request getWithHeader();
wirescope::Request postBinary();
