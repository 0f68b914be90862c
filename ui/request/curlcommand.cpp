#include "ui/request/curlcommand.h"

#include "core/interop/codegen.h"

namespace wirescope {

QString shellQuote(const QString &text)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%");
    bool plain = !text.isEmpty();
    for (QChar c : text) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

Result<QString> curlCommand(const Request &resolved)
{
    // The core generator writes the command (quoting, -X only when needed, body kinds, auth,
    // transport options); one line for the clipboard.
    CodegenOptions options;
    options.multiline = false;
    return generateCode(resolved, CodeLanguage::Curl, options);
}

} // namespace wirescope
