#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <functional>
#include <optional>

namespace reelpulse {

/// The cookies of a signed-in Instagram web session. A secret: never log any field but identityKey().
struct InstagramSession
{
    QString sessionId; ///< cookie "sessionid"
    QString csrfToken; ///< cookie "csrftoken", sent back as X-CSRFToken
    QString dsUserId;  ///< cookie "ds_user_id": the signed-in account's numeric id
    QString mid;
    QString igDid;
    QString rur;
    QString datr;
    QDateTime savedAt;

    bool isValid() const { return !sessionId.isEmpty(); }

    /// A stable, non-reversible name for this session (hex of a SHA-256 prefix of the session id), or
    /// "anonymous" when there is no session. Safe to log and to store.
    QString identityKey() const;

    /// The value of a Cookie request header carrying the session ("sessionid=…; csrftoken=…").
    QByteArray cookieHeader() const;

    /// The session as cookies for the given domain (e.g. to load into a browser profile).
    QList<QNetworkCookie> cookies(const QString &domain = QStringLiteral(".instagram.com")) const;

    /// Picks the Instagram session cookies out of a browser's cookies; sessionId stays empty when
    /// the list has no "sessionid" cookie for instagram.com.
    static InstagramSession fromCookies(const QList<QNetworkCookie> &cookies);

    /// Serialisation for the secret store.
    QByteArray toJson() const;
    static std::optional<InstagramSession> fromJson(const QByteArray &json);
};

/// A hash of a session id as InstagramSession::identityKey() computes it ("anonymous" when empty).
QString sessionIdentityKey(const QString &sessionId);

/// Hands the current session to a platform client at the start of each request (may be called from
/// any thread).
using SessionProvider = std::function<std::optional<InstagramSession>()>;

} // namespace reelpulse
