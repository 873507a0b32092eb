#include "auth/GraphTokenStore.h"

#include "auth/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

GraphTokenStore::GraphTokenStore(std::shared_ptr<SecretStore> store)
    : m_store(std::move(store))
{
}

QString GraphTokenStore::tokenKey(const QString &userId)
{
    return u"instagram-graph-token/"_s + userId;
}

Result<std::optional<QString>> GraphTokenStore::token(const QString &userId) const
{
    return m_store->read(tokenKey(userId));
}

Status GraphTokenStore::saveToken(const QString &userId, const QString &token)
{
    return m_store->write(tokenKey(userId), token);
}

Status GraphTokenStore::removeToken(const QString &userId)
{
    return m_store->remove(tokenKey(userId));
}

Result<std::optional<QString>> GraphTokenStore::appSecret() const
{
    return m_store->read(QString::fromLatin1(AppSecretKey));
}

Status GraphTokenStore::saveAppSecret(const QString &secret)
{
    return m_store->write(QString::fromLatin1(AppSecretKey), secret);
}

} // namespace reelpulse
