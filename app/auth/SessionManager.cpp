#include "auth/SessionManager.h"

#include "auth/AuthLog.h"
#include "auth/SecretStore.h"

#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString secretKey()
{
    return QString::fromLatin1(SessionManager::SecretKey);
}

} // namespace

SessionManager::SessionManager(std::shared_ptr<SecretStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

SessionManager::~SessionManager() = default;

Result<std::optional<InstagramSession>> SessionManager::load()
{
    auto stored = m_store->read(secretKey());
    if (!stored.ok())
        return Error::other(tr("Cannot read the saved Instagram session: %1").arg(stored.error().message));
    std::optional<InstagramSession> session;
    if (stored.value()) {
        session = InstagramSession::fromJson(stored.value()->toUtf8());
        if (!session || !session->isValid()) {
            qCWarning(lcAuth) << "the saved Instagram session is unreadable; ignoring it";
            session.reset();
        }
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_current = session;
    }
    qCInfo(lcAuth) << "Instagram session loaded:" << (session ? session->identityKey() : u"none"_s);
    return session;
}

std::optional<InstagramSession> SessionManager::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current;
}

bool SessionManager::hasSession() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current.has_value();
}

QString SessionManager::identityKey() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current ? m_current->identityKey() : sessionIdentityKey({});
}

Status SessionManager::save(const InstagramSession &session)
{
    if (!session.isValid())
        return Error::invalid(u"session"_s, tr("The Instagram sign-in did not produce a session. Sign in again."));
    InstagramSession stored = session;
    if (!stored.savedAt.isValid())
        stored.savedAt = QDateTime::currentDateTimeUtc();
    const Status written = m_store->write(secretKey(), QString::fromUtf8(stored.toJson()));
    if (!written.ok())
        return Error::other(tr("Cannot save the Instagram session: %1").arg(written.error().message));
    {
        const QMutexLocker lock(&m_mutex);
        m_current = stored;
    }
    qCInfo(lcAuth) << "Instagram session saved:" << stored.identityKey();
    emit sessionChanged();
    return Ok{};
}

Status SessionManager::saveFromCookies(const QList<QNetworkCookie> &cookies)
{
    return save(InstagramSession::fromCookies(cookies));
}

Status SessionManager::clear()
{
    const Status removed = m_store->remove(secretKey());
    if (!removed.ok())
        return Error::other(tr("Cannot remove the saved Instagram session: %1").arg(removed.error().message));
    {
        const QMutexLocker lock(&m_mutex);
        m_current.reset();
    }
    qCInfo(lcAuth) << "Instagram session removed";
    emit sessionChanged();
    return Ok{};
}

SessionProvider SessionManager::provider() const
{
    return [this] {
        return current();
    };
}

} // namespace reelpulse
