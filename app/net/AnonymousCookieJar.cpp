#include "net/AnonymousCookieJar.h"

#include <QNetworkCookie>

namespace reelpulse {

AnonymousCookieJar::AnonymousCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

bool AnonymousCookieJar::isSignInCookie(const QByteArray &name)
{
    static const QByteArray names[] = {"sessionid", "sessionid_ss", "ds_user_id",  "sid_tt",     "sid_guard", "uid_tt",
                                       "uid_tt_ss", "sid_ucp_v1",   "ssid_ucp_v1", "cmpl_token", "multi_sids"};
    for (const QByteArray &signIn : names) {
        if (name.compare(signIn, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool AnonymousCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    QList<QNetworkCookie> kept;
    kept.reserve(cookieList.size());
    for (const QNetworkCookie &cookie : cookieList) {
        if (!isSignInCookie(cookie.name()))
            kept.append(cookie);
    }
    return QNetworkCookieJar::setCookiesFromUrl(kept, url);
}

} // namespace reelpulse
