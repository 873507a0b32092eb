#pragma once

#include "domain/Result.h"

#include <QString>
#include <memory>
#include <optional>

namespace reelpulse {

class SecretStore;

/// The access tokens of connected Instagram professional accounts, and the secrets of the user's own Meta app,
/// in the secret store (the OS keychain; in memory for tests). Nothing here is ever written elsewhere or logged.
class GraphTokenStore final
{
public:
    explicit GraphTokenStore(std::shared_ptr<SecretStore> store);

    /// The key of an account's token: "instagram-graph-token/<user id>".
    static QString tokenKey(const QString &userId);
    static constexpr const char *AppSecretKey = "instagram-app-secret";

    Result<std::optional<QString>> token(const QString &userId) const;
    Status saveToken(const QString &userId, const QString &token);
    Status removeToken(const QString &userId);

    Result<std::optional<QString>> appSecret() const;
    Status saveAppSecret(const QString &secret);

    SecretStore &secrets() const { return *m_store; }

private:
    std::shared_ptr<SecretStore> m_store;
};

} // namespace reelpulse
