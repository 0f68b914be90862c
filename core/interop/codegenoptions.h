#pragma once

#include "core/vars/resolver.h"
#include "core/vars/variablecontext.h"

namespace wirescope {

/// How a request is turned into code or a command line.
struct CodegenOptions
{
    /// true: substitute {{variables}} from `variables` (and `dynamic`) first, as sending would;
    /// false: leave {{name}} in the output for the user to fill in.
    bool resolveVariables = true;
    VariableContext variables;
    DynamicVariables dynamic = DynamicVariables::system();
    /// curl and HTTPie: one argument group per line, joined with ` \` continuations.
    bool multiline = true;
    /// curl: add --compressed (ask for and decode gzip/br/zstd).
    bool compressed = false;
};

} // namespace wirescope
