#pragma once

#include "domain/Result.h"

#include <QString>
#include <optional>

namespace reelpulse {

/// Where secrets (session cookies, tokens) are kept: key → text value.
///
/// Calls block until the backend answers; call them from a worker thread or accept a short wait.
/// Implementations are thread-safe. Values are never logged.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The value stored under key, std::nullopt when there is none, or an error when the store cannot be read.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &value) = 0;
    /// Removing a key that does not exist succeeds.
    virtual Status remove(const QString &key) = 0;
};

} // namespace reelpulse
