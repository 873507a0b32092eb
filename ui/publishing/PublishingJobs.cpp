#include "PublishingJobs.h"

namespace reelpulse {

PublishingJobs::PublishingJobs(const QString &dataDir, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_secrets(std::move(secrets))
    , m_thread(new QueryService(dataDir, this))
{
}

PublishingJobs::~PublishingJobs() = default;

} // namespace reelpulse
