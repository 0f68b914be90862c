#include "core/oauth/oauthtokenstore.h"

#include <QCryptographicHash>
#include <QStringList>

namespace wirescope::oauth {

QString OAuthTokenStore::keyFor(const OAuth2Settings &s, const QString &username)
{
    const QStringList parts{s.tokenUrl.trimmed(),
                            s.clientId,
                            OAuth2Settings::grantName(s.grant),
                            s.scope,
                            s.audience,
                            s.resource,
                            s.grant == OAuthGrant::Password ? username : QString()};
    // A unit separator cannot appear in a URL or an id typed in a field, so parts can't merge.
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("oauth2-token/") + QString::fromLatin1(hash.toHex());
}

} // namespace wirescope::oauth
