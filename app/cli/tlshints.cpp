#include "app/cli/tlshints.h"

#include "app/cli/console.h"
#include "core/model/tlsinfo.h"

#include <QMetaEnum>
#include <QSslError>
#include <QStringList>

namespace wirescope::cli {

namespace {

QString sslErrorName(int code)
{
    const char *key = QMetaEnum::fromType<QSslError::SslError>().valueToKey(code);
    return key ? QString::fromLatin1(key) : QString::number(code);
}

} // namespace

void printTlsRefusalHints(const TlsInfo &tls, const QString &scope)
{
    QStringList options;
    for (const TlsError &e : tls.errors) {
        if (tls.acceptedErrors.contains(e))
            continue;
        printNote(QStringLiteral("refused: error %1 (%2): %3")
                      .arg(e.code)
                      .arg(sslErrorName(e.code), e.message));
        const QString option =
            QStringLiteral("--accept-tls-error %1%2")
                .arg(e.code)
                .arg(e.certificateSha256.isEmpty() ? QString() : u'@' + e.certificateSha256);
        if (!options.contains(option))
            options.append(option);
    }
    if (!options.isEmpty()) {
        printNote(QStringLiteral("to trust this certificate for %1 only, add: ").arg(scope)
                  + options.join(u' '));
    }
}

} // namespace wirescope::cli
