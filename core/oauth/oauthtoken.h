#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace wirescope::oauth {

/// What a token endpoint granted (RFC 6749 section 5.1). Every field but the times is a
/// secret: it lives in memory and in the keychain (OAuthTokenStore), never in a file, a log,
/// a message or the history.
struct OAuthToken
{
    QString accessToken;
    QString refreshToken; ///< empty when none was granted
    QString idToken;      ///< OpenID Connect, empty otherwise
    QString tokenType;    ///< as the server spelled it ("Bearer")
    QString scope;        ///< granted scope; empty when the server did not say
    QDateTime obtainedAt; ///< UTC
    QDateTime expiresAt;  ///< UTC; invalid when the server gave no expires_in

    bool isValid() const { return !accessToken.isEmpty(); }
    /// Expired at @p now, or within @p marginSecs of it (so a request does not leave with a
    /// token that runs out on the way). A token without an expiry never expires here.
    bool isExpired(const QDateTime &now, int marginSecs = 30) const;

    /// Compact JSON for the keychain.
    QByteArray toJson() const;
    static std::optional<OAuthToken> fromJson(const QByteArray &json);

    friend bool operator==(const OAuthToken &, const OAuthToken &) = default;
};

} // namespace wirescope::oauth
