#include "core/http/cookiejar.h"

#include <QDateTime>
#include <QNetworkCookie>

namespace wirescope {

CookieJar::CookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{}

QList<QNetworkCookie> CookieJar::cookies() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> out;
    for (const QNetworkCookie &c : allCookies()) {
        if (c.isSessionCookie() || c.expirationDate().toUTC() > now)
            out.append(c);
    }
    return out;
}

void CookieJar::setCookies(const QList<QNetworkCookie> &cookies)
{
    setAllCookies(cookies);
}

bool CookieJar::upsert(const QNetworkCookie &cookie)
{
    QList<QNetworkCookie> all = allCookies();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).hasSameIdentifier(cookie)) {
            all[i] = cookie;
            setAllCookies(all);
            return true;
        }
    }
    if (cookie.name().isEmpty() || cookie.domain().isEmpty())
        return false;
    all.append(cookie);
    setAllCookies(all);
    return true;
}

bool CookieJar::remove(const QNetworkCookie &cookie)
{
    return deleteCookie(cookie);
}

void CookieJar::clear()
{
    setAllCookies({});
}

QString CookieJar::cookieHeaderFor(const QUrl &url) const
{
    QStringList pairs;
    for (const QNetworkCookie &c : cookiesForUrl(url))
        pairs.append(QString::fromUtf8(c.toRawForm(QNetworkCookie::NameAndValueOnly)));
    return pairs.join(QStringLiteral("; "));
}

} // namespace wirescope
