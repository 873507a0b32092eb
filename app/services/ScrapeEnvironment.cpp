#include "services/ScrapeEnvironment.h"

#include "auth/KeychainSecretStore.h"
#include "auth/SessionManager.h"
#include "net/RateGovernor.h"
#include "platform/Settings.h"
#include "services/PlatformSourceFactory.h"
#include "services/SchedulerLog.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ScrapeEnvironment::ScrapeEnvironment(const QString &dataDir, Overrides overrides)
    : m_dataDir(dataDir)
{
    std::shared_ptr<SecretStore> secrets = overrides.secrets;
    if (!secrets)
        secrets = std::make_shared<KeychainSecretStore>(u"ReelPulse"_s);
    m_session = std::make_shared<SessionManager>(secrets);

    m_governor = overrides.governor;
    if (!m_governor && !overrides.sources) {
        auto opened = RateGovernor::open(dataDir);
        if (opened.ok()) {
            m_governor = opened.value();
        } else {
            // Without the persisted log the budgets still hold for this process.
            qCWarning(lcScheduler) << "request log unavailable:" << opened.error().message;
        }
    }
    if (!m_governor)
        m_governor = std::make_shared<RateGovernor>(GovernorConfig::fromSettings(Settings(dataDir)));

    if (overrides.sources) {
        m_sources = std::move(overrides.sources);
    } else {
        // The readers ask for the session at each request; the manager outlives every reader thread.
        std::shared_ptr<SessionManager> session = m_session;
        m_sources = platformSourceFactory(dataDir, m_governor, [session] { return session->current(); });
    }
}

ScrapeEnvironment::~ScrapeEnvironment() = default;

Status ScrapeEnvironment::loadSession()
{
    auto loaded = m_session->load();
    if (!loaded.ok())
        return loaded.error();
    return Ok{};
}

} // namespace reelpulse
