#include "ui/request/curlcommand.h"

#include "core/interop/codegen.h"

namespace wirescope {

Result<QString> curlCommand(const Request &resolved)
{
    // The core generator writes the command (quoting, -X only when needed, body kinds, auth,
    // transport options); one line for the clipboard.
    CodegenOptions options;
    options.multiline = false;
    return generateCode(resolved, CodeLanguage::Curl, options);
}

} // namespace wirescope
