#pragma once

#include "WhenReady.h"
#include "services/PublishingService.h"
#include "services/QueryService.h"

#include <QObject>
#include <functional>
#include <memory>

namespace reelpulse {

class SecretStore;

/// Runs PublishingService calls on a thread of their own (its own store connection; network and keychain calls
/// block there, never the window) and hands the answers to a receiver on the GUI thread.
class PublishingJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingJobs)

public:
    PublishingJobs(const QString &dataDir, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~PublishingJobs() override;

    /// job runs on the publishing thread; receive(result) on context's thread, unless context went first.
    template <typename T>
    void call(QObject *context, std::function<Result<T>(PublishingService &)> job,
              std::function<void(Result<T>)> receive)
    {
        const QString dataDir = m_dataDir;
        const std::shared_ptr<SecretStore> secrets = m_secrets;
        whenReady(m_thread->run<T>([dataDir, secrets, job = std::move(job)](Database &db) {
            PublishingService service(db, dataDir, secrets);
            return job(service);
        }),
                  context, std::move(receive));
    }

    QString dataDir() const { return m_dataDir; }
    std::shared_ptr<SecretStore> secrets() const { return m_secrets; }

private:
    QString m_dataDir;
    std::shared_ptr<SecretStore> m_secrets;
    QueryService *m_thread;
};

} // namespace reelpulse
