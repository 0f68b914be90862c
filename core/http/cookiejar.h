#pragma once

#include <QNetworkCookieJar>

namespace wirescope {

/// The workspace's cookie jar: QNetworkCookieJar with its storage readable and editable
/// (Qt keeps allCookies()/setAllCookies() protected).
class CookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookieJar)

public:
    explicit CookieJar(QObject *parent = nullptr);

    /// Every stored cookie, expired ones pruned.
    QList<QNetworkCookie> cookies() const;
    /// Replaces the whole jar.
    void setCookies(const QList<QNetworkCookie> &cookies);
    /// Adds or replaces one cookie (matched by name, domain and path); false when rejected.
    bool upsert(const QNetworkCookie &cookie);
    /// Removes one cookie (matched by name, domain and path); false when absent.
    bool remove(const QNetworkCookie &cookie);
    void clear();

    /// The Cookie header value the jar would send to @p url; empty when none.
    QString cookieHeaderFor(const QUrl &url) const;
};

} // namespace wirescope
