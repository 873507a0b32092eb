#include "auth/KeychainSecretStore.h"

#include "auth/AuthLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <memory>
#include <qt6keychain/keychain.h>

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::KeychainSecretStore", text);
}

/// Starts the job and waits for it in a local event loop.
void runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    job->start();
    if (!done)
        loop.exec();
}

Error keychainError(const QKeychain::Job &job, const char *doing)
{
    qCWarning(lcAuth) << "keychain" << doing << "failed:" << job.error() << job.errorString();
    if (job.error() == QKeychain::NoBackendAvailable)
        return Error::other(tr("No system keychain is available (on Linux install and unlock GNOME Keyring or "
                               "KWallet): %1")
                                .arg(job.errorString()));
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Error::other(
            tr("The system keychain refused access: %1. Unlock it and try again.").arg(job.errorString()));
    return Error::other(tr("The system keychain failed: %1").arg(job.errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    const auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(key);
    runJob(job.get());
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job->error() != QKeychain::NoError)
        return keychainError(*job, "read");
    return std::optional<QString>(job->textData());
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    const auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(key);
    job->setTextData(value);
    runJob(job.get());
    if (job->error() != QKeychain::NoError)
        return keychainError(*job, "write");
    return Ok{};
}

Status KeychainSecretStore::remove(const QString &key)
{
    const auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(key);
    runJob(job.get());
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keychainError(*job, "remove");
    return Ok{};
}

} // namespace reelpulse
