#include "auth/InMemorySecretStore.h"

#include <QMutexLocker>

namespace reelpulse {

Result<std::optional<QString>> InMemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return Error::other(m_failure);
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::optional<QString>();
    return std::optional<QString>(it.value());
}

Status InMemorySecretStore::write(const QString &key, const QString &value)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return Error::other(m_failure);
    m_values.insert(key, value);
    return Ok{};
}

Status InMemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_failure.isEmpty())
        return Error::other(m_failure);
    m_values.remove(key);
    return Ok{};
}

void InMemorySecretStore::setFailure(const QString &message)
{
    const QMutexLocker lock(&m_mutex);
    m_failure = message;
}

} // namespace reelpulse
