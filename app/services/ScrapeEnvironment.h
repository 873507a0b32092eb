#pragma once

#include "domain/Result.h"
#include "services/ScrapeSources.h"

#include <QString>
#include <memory>

namespace reelpulse {

class RateGovernor;
class SecretStore;
class SessionManager;

/// What one process needs to scrape, made once by each front (the app's ScrapeController and
/// `reelpulse-cli scrape`): the rate governor shared by every thread of the process (its request log and
/// stops live in the store, so they are shared with other processes too), the Instagram session the
/// readers use (kept in the OS keychain), and the factory that makes the platform readers of a thread.
///
/// Both fronts read Instagram as the same account: the session in the keychain when there is one,
/// anonymously otherwise.
class ScrapeEnvironment final
{
public:
    /// What tests (and only they) replace.
    struct Overrides
    {
        std::shared_ptr<SecretStore> secrets;   ///< default: the OS keychain (service "ReelPulse")
        SourceFactory sources;                  ///< default: the real Instagram and TikTok clients
        std::shared_ptr<RateGovernor> governor; ///< default: opened on the data folder's store
    };

    explicit ScrapeEnvironment(const QString &dataDir, Overrides overrides = {});
    ~ScrapeEnvironment();
    Q_DISABLE_COPY_MOVE(ScrapeEnvironment)

    QString dataDir() const { return m_dataDir; }
    std::shared_ptr<SessionManager> session() const { return m_session; }
    std::shared_ptr<RateGovernor> governor() const { return m_governor; }
    /// Makes the readers of the calling thread; they ask the session manager at each request.
    SourceFactory sources() const { return m_sources; }

    /// Reads the saved session from the keychain (blocking; needs the main thread's event loop when called
    /// from another thread, see KeychainSecretStore). Without a keychain or a session the readers stay
    /// anonymous: the error says why, and scraping still works.
    Status loadSession();

private:
    QString m_dataDir;
    std::shared_ptr<SessionManager> m_session;
    std::shared_ptr<RateGovernor> m_governor;
    SourceFactory m_sources;
};

} // namespace reelpulse
