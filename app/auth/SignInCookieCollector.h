#pragma once

#include "domain/Result.h"
#include "platform/InstagramSession.h"

#include <QDateTime>
#include <QList>
#include <QNetworkCookie>

namespace reelpulse {

/// Collects the cookies a browser reports one at a time while a person signs in to Instagram (an
/// embedded browser's cookie store announces each cookie it stores), and tells when they make a
/// session: a non-empty, unexpired "sessionid" cookie for instagram.com. Cookies of other sites are
/// ignored. Also turns a "sessionid" value a person copied from their own browser into a session.
///
/// Holds secrets: never log a cookie value; only InstagramSession::identityKey() may be logged.
class SignInCookieCollector final
{
public:
    SignInCookieCollector() = default;

    /// Keeps an Instagram cookie (replacing an earlier one with the same name, domain and path) and
    /// returns true; ignores other sites' cookies and returns false. An expired or empty cookie
    /// removes the one it names, as a browser does.
    bool add(const QNetworkCookie &cookie, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Forgets a cookie the browser removed.
    void remove(const QNetworkCookie &cookie);
    void clear();

    /// True once the kept cookies hold a session.
    bool hasSession() const;
    /// The session made of the kept cookies (invalid until hasSession()).
    InstagramSession session() const;
    /// The kept Instagram cookies.
    QList<QNetworkCookie> cookies() const { return m_cookies; }

    /// Whether a cookie belongs to instagram.com or one of its subdomains.
    static bool isInstagramCookie(const QNetworkCookie &cookie);

    /// A session from a pasted "sessionid" value: surrounding spaces and quotes are dropped, a leading
    /// "sessionid=" and a trailing ";" are accepted. Refuses empty text, text with spaces or characters
    /// a cookie value cannot hold, and values too short to be a session (with a message that says
    /// where to find the value). The account id is taken from the value when it starts with it.
    static Result<InstagramSession> fromPastedSessionId(const QString &text);

    /// The numeric account id a session id starts with ("1234567%3A…" or "1234567:…"), or empty.
    static QString accountIdOf(const QString &sessionId);

private:
    QList<QNetworkCookie> m_cookies;
};

} // namespace reelpulse
