#pragma once

#include "services/DownloadService.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>

class QThread;

namespace reelpulse {

/// One row of the download list: the job and the paths of its finished files.
struct DownloadListEntry
{
    DownloadJobRecord job;
    QStringList paths;
};

/// The app's download queue: jobs persist in the store, run on worker threads (each with its own store
/// connection and network manager), several at once (setting downloads.concurrent_jobs, 3) with at most
/// downloads.connections_per_host connections to one media server (2). After a crash or a restart, start()
/// picks up every unfinished job by itself; their `.part` files continue with Range. Jobs that another process
/// queues in the store (`reelpulse-cli download --detach`, a profile scrape's auto-download) are picked up within
/// a few seconds; a job another process is running (processing, not started here) is left to it.
///
/// Every method may be called from the GUI thread and returns at once; the store is only touched on the
/// queue's own thread. What changed comes back as queued signals carrying values.
class DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    struct Options
    {
        int concurrentJobs = 0;     ///< 0: setting downloads.concurrent_jobs
        int connectionsPerHost = 0; ///< 0: setting downloads.connections_per_host
        int stallTimeoutMs = 30'000;
        int backoffBaseMs = 1'000;
        std::function<qint64(const QString &)> freeBytes; ///< tests simulate a full disk
        qint64 minimumFreeBytes = DownloadService::MinimumFreeBytes;
        int pollMs = 3'000;      ///< how often jobs queued by another process are looked for
        SessionProvider session; ///< see setSession()
    };

    explicit DownloadQueue(const QString &dataDir, QObject *parent = nullptr);
    DownloadQueue(const QString &dataDir, Options options, QObject *parent = nullptr);
    ~DownloadQueue() override;

    /// Reads the list, tidies finished jobs older than downloads.retention_days, resumes unfinished jobs.
    void start();

    void add(const reelpulse::DownloadRequest &request);
    void pause(const QString &jobId);
    void resume(const QString &jobId);
    void cancel(const QString &jobId);
    void retry(const QString &jobId);
    /// Takes the job off the list; with deleteFiles its files go too.
    void remove(const QString &jobId, bool deleteFiles);
    /// Lets the queue run again after it paused itself (low disk space).
    void resumeQueue();

    QString defaultFolder() const;
    /// The signed-in Instagram session story jobs are read with (the one the scrapes use); thread-safe
    /// providers only (SessionManager's).
    void setSession(const SessionProvider &session);

signals:
    /// The whole list, newest first, after any change of a job's state.
    void listChanged(const QList<reelpulse::DownloadListEntry> &entries);
    /// Bytes of a running job (often; the list is not re-read for it).
    void progress(const reelpulse::DownloadProgress &progress);
    /// A request was refused (its message) or found already downloaded (the earlier job's id).
    void addFailed(const QString &target, const QString &message);
    void alreadyDownloaded(const QString &target, const QString &jobId);
    /// Something a person should read (the store cannot be opened).
    void notice(const QString &message);
    /// The queue paused itself: under 500 MiB free, or less than the next file's size (the message says
    /// which); resumeQueue() lets it go on.
    void lowDiskSpace(const QString &message);
    /// Every job of a batch has ended.
    void batchFinished(const QString &batchId, int completed, int failed);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QString m_dataDir;
};

} // namespace reelpulse

Q_DECLARE_METATYPE(reelpulse::DownloadListEntry)
Q_DECLARE_METATYPE(reelpulse::DownloadProgress)
Q_DECLARE_METATYPE(reelpulse::DownloadRequest)
