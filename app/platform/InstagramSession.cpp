#include "platform/InstagramSession.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

struct CookieField
{
    const char *name;
    QString InstagramSession::*field;
};

constexpr CookieField cookieFields[] = {
    {"sessionid", &InstagramSession::sessionId}, {"csrftoken", &InstagramSession::csrfToken},
    {"ds_user_id", &InstagramSession::dsUserId}, {"mid", &InstagramSession::mid},
    {"ig_did", &InstagramSession::igDid},        {"rur", &InstagramSession::rur},
    {"datr", &InstagramSession::datr},
};

bool isInstagramDomain(const QString &domain)
{
    QString host = domain;
    if (host.startsWith(u'.'))
        host.remove(0, 1);
    return host.isEmpty() || host == u"instagram.com"_s || host.endsWith(u".instagram.com"_s);
}

} // namespace

QString sessionIdentityKey(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return u"anonymous"_s;
    const QByteArray digest = QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QString InstagramSession::identityKey() const
{
    return sessionIdentityKey(sessionId);
}

QByteArray InstagramSession::cookieHeader() const
{
    QByteArray header;
    for (const CookieField &cookie : cookieFields) {
        const QString &value = this->*cookie.field;
        if (value.isEmpty())
            continue;
        if (!header.isEmpty())
            header += "; ";
        header += cookie.name;
        header += '=';
        header += value.toUtf8();
    }
    return header;
}

QList<QNetworkCookie> InstagramSession::cookies(const QString &domain) const
{
    QList<QNetworkCookie> list;
    for (const CookieField &cookie : cookieFields) {
        const QString &value = this->*cookie.field;
        if (value.isEmpty())
            continue;
        QNetworkCookie c(QByteArray(cookie.name), value.toUtf8());
        c.setDomain(domain);
        c.setPath(u"/"_s);
        c.setSecure(true);
        c.setHttpOnly(qstrcmp(cookie.name, "csrftoken") != 0);
        list.append(c);
    }
    return list;
}

InstagramSession InstagramSession::fromCookies(const QList<QNetworkCookie> &cookies)
{
    InstagramSession session;
    for (const QNetworkCookie &c : cookies) {
        if (!isInstagramDomain(c.domain()))
            continue;
        for (const CookieField &cookie : cookieFields) {
            if (c.name() == cookie.name)
                session.*cookie.field = QString::fromUtf8(c.value());
        }
    }
    session.savedAt = QDateTime::currentDateTimeUtc();
    return session;
}

QByteArray InstagramSession::toJson() const
{
    QJsonObject object;
    for (const CookieField &cookie : cookieFields) {
        const QString &value = this->*cookie.field;
        if (!value.isEmpty())
            object.insert(QLatin1String(cookie.name), value);
    }
    if (savedAt.isValid())
        object.insert(u"saved_at"_s, savedAt.toSecsSinceEpoch());
    object.insert(u"version"_s, 1);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<InstagramSession> InstagramSession::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    InstagramSession session;
    for (const CookieField &cookie : cookieFields)
        session.*cookie.field = object.value(QLatin1String(cookie.name)).toString();
    if (object.contains(u"saved_at"_s))
        session.savedAt = QDateTime::fromSecsSinceEpoch(object.value(u"saved_at"_s).toInteger(), Qt::UTC);
    return session;
}

} // namespace reelpulse
