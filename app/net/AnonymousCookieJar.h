#pragma once

#include <QNetworkCookieJar>

namespace reelpulse {

/// The fetcher's cookie jar: keeps the cookies a platform hands out to any visitor (csrftoken, mid,
/// ig_did, TikTok's ttwid and tt_chain_token, …) like a browser would, but never a sign-in cookie. A
/// session travels only in the Cookie header its client sets, so a request made without a session never
/// carries one, even after a response tried to set it.
class AnonymousCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymousCookieJar)

public:
    explicit AnonymousCookieJar(QObject *parent = nullptr);

    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;

    /// Cookies that identify a signed-in account (Instagram sessionid/ds_user_id, TikTok sessionid/sid_tt/…).
    static bool isSignInCookie(const QByteArray &name);
};

} // namespace reelpulse
