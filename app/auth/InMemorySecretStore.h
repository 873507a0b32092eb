#pragma once

#include "auth/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace reelpulse {

/// A secret store that keeps values in memory only: for tests and for "do not remember me".
class InMemorySecretStore final : public SecretStore
{
public:
    InMemorySecretStore() = default;
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    /// Makes every following call fail with this message (empty: work again), to test error paths.
    void setFailure(const QString &message);

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_values;
    QString m_failure;
};

} // namespace reelpulse
