#pragma once

#include "domain/Result.h"
#include "platform/InstagramSession.h"

#include <QMutex>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace reelpulse {

class SecretStore;

/// The Instagram session the app signs in with: kept in the secret store (service "ReelPulse", key
/// "instagram-session"), cached in memory. Thread-safe; values are never logged.
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    static constexpr const char *SecretKey = "instagram-session";

    explicit SessionManager(std::shared_ptr<SecretStore> store, QObject *parent = nullptr);
    ~SessionManager() override;

    /// Reads the session from the secret store (blocking) and caches it. std::nullopt when none is saved
    /// or the saved one is unreadable.
    Result<std::optional<InstagramSession>> load();
    /// The cached session (after load() or save()).
    std::optional<InstagramSession> current() const;
    bool hasSession() const;
    /// The identity of the cached session ("anonymous" without one); see InstagramSession::identityKey().
    QString identityKey() const;

    Status save(const InstagramSession &session);
    /// Saves the Instagram cookies of a sign-in (e.g. from the embedded browser's cookie store).
    /// Invalid when there is no "sessionid" cookie among them.
    Status saveFromCookies(const QList<QNetworkCookie> &cookies);
    /// Signs out: removes the saved session.
    Status clear();

    /// A provider reading current(); the manager must outlive the clients that use it.
    SessionProvider provider() const;

signals:
    /// The session was saved or cleared (emitted from the thread that changed it).
    void sessionChanged();

private:
    std::shared_ptr<SecretStore> m_store;
    mutable QMutex m_mutex;
    std::optional<InstagramSession> m_current;
};

} // namespace reelpulse
