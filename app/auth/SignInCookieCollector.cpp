#include "auth/SignInCookieCollector.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

constexpr qsizetype MinimumSessionIdLength = 20;

bool sameCookie(const QNetworkCookie &a, const QNetworkCookie &b)
{
    return a.name() == b.name() && a.domain() == b.domain() && a.path() == b.path();
}

/// Characters RFC 6265 allows in a cookie value (cookie-octet), which is what Instagram's are made of.
bool isCookieOctet(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x21 || (u >= 0x23 && u <= 0x2B) || (u >= 0x2D && u <= 0x3A) || (u >= 0x3C && u <= 0x5B) ||
           (u >= 0x5D && u <= 0x7E);
}

} // namespace

bool SignInCookieCollector::isInstagramCookie(const QNetworkCookie &cookie)
{
    QString host = cookie.domain().toLower();
    if (host.startsWith(u'.'))
        host.remove(0, 1);
    return host == u"instagram.com"_s || host.endsWith(u".instagram.com"_s);
}

bool SignInCookieCollector::add(const QNetworkCookie &cookie, const QDateTime &now)
{
    if (!isInstagramCookie(cookie))
        return false;
    remove(cookie);
    const bool expired =
        !cookie.isSessionCookie() && cookie.expirationDate().isValid() && cookie.expirationDate() <= now;
    if (!cookie.value().isEmpty() && !expired)
        m_cookies.append(cookie);
    return true;
}

void SignInCookieCollector::remove(const QNetworkCookie &cookie)
{
    m_cookies.removeIf([&cookie](const QNetworkCookie &kept) { return sameCookie(kept, cookie); });
}

void SignInCookieCollector::clear()
{
    m_cookies.clear();
}

bool SignInCookieCollector::hasSession() const
{
    return session().isValid();
}

InstagramSession SignInCookieCollector::session() const
{
    InstagramSession session = InstagramSession::fromCookies(m_cookies);
    if (session.dsUserId.isEmpty())
        session.dsUserId = accountIdOf(session.sessionId);
    return session;
}

QString SignInCookieCollector::accountIdOf(const QString &sessionId)
{
    qsizetype end = 0;
    while (end < sessionId.size() && sessionId.at(end).isDigit() && sessionId.at(end).unicode() < 0x80)
        ++end;
    if (end == 0)
        return {};
    const QStringView rest = QStringView(sessionId).mid(end);
    if (rest.startsWith(u"%3A", Qt::CaseInsensitive) || rest.startsWith(u':'))
        return sessionId.left(end);
    return {};
}

Result<InstagramSession> SignInCookieCollector::fromPastedSessionId(const QString &text)
{
    QString value = text.trimmed();
    if (value.startsWith(u"sessionid"_s, Qt::CaseInsensitive)) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals > 0 && value.left(equals).trimmed().compare(u"sessionid"_s, Qt::CaseInsensitive) == 0)
            value = value.mid(equals + 1).trimmed();
    }
    if (value.endsWith(u';'))
        value.chop(1);
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);

    const QString where = QCoreApplication::translate(
        "reelpulse::SignInCookieCollector",
        "In your browser, sign in to instagram.com, open the developer tools (F12), then "
        "Application (Chrome, Edge) or Storage (Firefox) › Cookies › https://www.instagram.com "
        "and copy the value of \"sessionid\".");
    if (value.isEmpty())
        return Error::invalid(u"sessionid"_s,
                              QCoreApplication::translate("reelpulse::SignInCookieCollector",
                                                          "Paste the value of the \"sessionid\" cookie. %1")
                                  .arg(where));
    for (const QChar c : std::as_const(value)) {
        if (!isCookieOctet(c))
            return Error::invalid(
                u"sessionid"_s,
                QCoreApplication::translate("reelpulse::SignInCookieCollector",
                                            "This is not a \"sessionid\" value: it holds spaces or characters a cookie "
                                            "cannot carry. Copy only the cookie's value. %1")
                    .arg(where));
    }
    if (value.size() < MinimumSessionIdLength)
        return Error::invalid(
            u"sessionid"_s, QCoreApplication::translate("reelpulse::SignInCookieCollector",
                                                        "This value is too short to be an Instagram \"sessionid\". %1")
                                .arg(where));

    InstagramSession session;
    session.sessionId = value;
    session.dsUserId = accountIdOf(value);
    session.savedAt = QDateTime::currentDateTimeUtc();
    return session;
}

} // namespace reelpulse
