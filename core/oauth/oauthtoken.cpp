#include "core/oauth/oauthtoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::oauth {

bool OAuthToken::isExpired(const QDateTime &now, int marginSecs) const
{
    return expiresAt.isValid() && now.addSecs(marginSecs) >= expiresAt;
}

QByteArray OAuthToken::toJson() const
{
    QJsonObject o{{QStringLiteral("access_token"), accessToken},
                  {QStringLiteral("token_type"), tokenType}};
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), refreshToken);
    if (!idToken.isEmpty())
        o.insert(QStringLiteral("id_token"), idToken);
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    if (obtainedAt.isValid())
        o.insert(QStringLiteral("obtained_at"), obtainedAt.toMSecsSinceEpoch());
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toMSecsSinceEpoch());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<OAuthToken> OAuthToken::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    OAuthToken t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    if (t.accessToken.isEmpty())
        return std::nullopt;
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.idToken = o.value(QLatin1String("id_token")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    const auto time = [&o](QLatin1String key) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC)
                            : QDateTime();
    };
    t.obtainedAt = time(QLatin1String("obtained_at"));
    t.expiresAt = time(QLatin1String("expires_at"));
    return t;
}

} // namespace wirescope::oauth
