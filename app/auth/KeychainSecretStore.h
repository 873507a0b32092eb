#pragma once

#include "auth/SecretStore.h"

namespace reelpulse {

/// Secrets in the operating system's keychain (Secret Service / KWallet on Linux, Keychain on macOS,
/// Credential Manager on Windows) through QtKeychain.
///
/// Each call runs its keychain job in the main thread (QtKeychain's job executor lives there) with a local
/// event loop until it finishes, and blocks the calling thread meanwhile. A call from a worker thread
/// therefore needs the main thread's event loop running (as in the GUI): never block the main thread
/// waiting for a worker that uses the keychain.
class KeychainSecretStore final : public SecretStore
{
public:
    /// service: the name the keychain shows for the entries (e.g. "ReelPulse").
    explicit KeychainSecretStore(QString service);
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace reelpulse
