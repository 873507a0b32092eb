#include "auth/KeychainSecretStore.h"

#include "auth/AuthLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <memory>
#include <optional>
#include <qt6keychain/keychain.h>

namespace reelpulse {

namespace {

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
        return Error::other(
            QCoreApplication::translate("reelpulse::KeychainSecretStore",
                                        "No system keychain is available (on Linux install and unlock GNOME Keyring or "
                                        "KWallet): %1")
                .arg(job.errorString()));
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Error::other(
            QCoreApplication::translate("reelpulse::KeychainSecretStore",
                                        "The system keychain refused access: %1. Unlock it and try again.")
                .arg(job.errorString()));
    return Error::other(QCoreApplication::translate("reelpulse::KeychainSecretStore", "The system keychain failed: %1")
                            .arg(job.errorString()));
}

/// Runs fn in the main thread (directly when already there). QtKeychain's job executor lives in the main
/// thread and touches a finished job there later, so jobs are created, run and deleted only there.
template <typename Fn> auto inMainThread(Fn fn) -> decltype(fn())
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return fn();
    std::optional<decltype(fn())> result;
    QMetaObject::invokeMethod(
        app, [&result, &fn] { result.emplace(fn()); }, Qt::BlockingQueuedConnection);
    if (!result)
        return Error::other(
            QCoreApplication::translate("reelpulse::KeychainSecretStore", "The system keychain could not be reached."));
    return std::move(*result);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    return inMainThread([this, &key]() -> Result<std::optional<QString>> {
        const auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
        job->setKey(key);
        runJob(job.get());
        if (job->error() == QKeychain::EntryNotFound)
            return std::optional<QString>();
        if (job->error() != QKeychain::NoError)
            return keychainError(*job, "read");
        return std::optional<QString>(job->textData());
    });
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    return inMainThread([this, &key, &value]() -> Status {
        const auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
        job->setKey(key);
        job->setTextData(value);
        runJob(job.get());
        if (job->error() != QKeychain::NoError)
            return keychainError(*job, "write");
        return Ok{};
    });
}

Status KeychainSecretStore::remove(const QString &key)
{
    return inMainThread([this, &key]() -> Status {
        const auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
        job->setKey(key);
        runJob(job.get());
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            return keychainError(*job, "remove");
        return Ok{};
    });
}

} // namespace reelpulse
