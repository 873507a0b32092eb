#include "services/DownloadQueue.h"

#include "platform/Settings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

/// Lives in the queue's thread: owns its store connection, the list, and the jobs running in the pool.
class DownloadQueue::Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(QString dataDir, Options options)
        : m_dataDir(std::move(dataDir))
        , m_options(std::move(options))
    {
        m_pool.setMaxThreadCount(std::max(1, m_options.concurrentJobs));
    }

    ~Worker() override
    {
        m_shutdown->store(true);
        for (auto &flag : m_running)
            flag->store(true);
        m_pool.waitForDone();
    }

    void open()
    {
        if (m_db)
            return;
        auto db = Database::open(m_dataDir);
        if (!db.ok()) {
            emit notice(db.error().message);
            return;
        }
        m_db = std::move(db).value();
        DownloadService::Options o;
        o.dataDir = m_dataDir;
        m_service = std::make_unique<DownloadService>(*m_db, o);
    }

    void start()
    {
        open();
        if (!m_service)
            return;
        const int days = Settings(m_dataDir).value(u"downloads.retention_days"_s).toInt();
        if (days > 0)
            (void)m_service->store().unlistFinishedBefore(QDateTime::currentDateTimeUtc().addDays(-days));
        if (!m_poll) {
            // Jobs a crash left processing go on like pending ones.
            if (auto runnable = m_service->store().runnableJobs(); runnable.ok()) {
                for (const DownloadJobRecord &job : runnable.value()) {
                    if (job.status == u"processing")
                        (void)m_service->store().setStatus(job.id, u"pending"_s);
                }
            }
        }
        publish();
        dispatch();
        if (!m_poll) {
            // Jobs queued by another process (`download --detach`, a scrape's auto-download) join the list.
            m_poll = new QTimer(this);
            m_poll->setInterval(m_options.pollMs);
            connect(m_poll, &QTimer::timeout, this, &Worker::pickUpQueued);
            m_poll->start();
        }
    }

    void add(const DownloadRequest &request)
    {
        open();
        if (!m_service)
            return;
        auto queued = m_service->enqueue(request);
        if (!queued.ok()) {
            emit addFailed(request.target, queued.error().message);
            return;
        }
        if (queued->alreadyDownloaded)
            emit alreadyDownloaded(request.target, queued->alreadyDownloaded->id);
        publish();
        dispatch();
    }

    void setState(const QString &jobId, const QString &action, bool deleteFiles)
    {
        open();
        if (!m_service)
            return;
        DownloadStore &store = m_service->store();
        auto job = store.job(jobId);
        if (!job.ok())
            return;
        const QString id = job->id;
        const bool running = m_running.contains(id);
        if (action == u"pause") {
            if (!job->finished())
                (void)store.setStatus(id, u"paused"_s);
            m_intent.insert(id, u"paused"_s);
        } else if (action == u"cancel") {
            if (!job->finished() || job->status == u"failed")
                (void)store.setStatus(id, u"cancelled"_s);
            m_intent.insert(id, u"cancelled"_s);
        } else if (action == u"resume" || action == u"retry") {
            if (job->status == u"paused" || job->status == u"failed")
                (void)store.setStatus(id, u"pending"_s);
            m_intent.remove(id);
        } else if (action == u"remove") {
            m_intent.insert(id, u"removed"_s);
            if (deleteFiles) {
                auto files = store.files(id);
                if (files.ok()) {
                    for (const DownloadFileRecord &f : files.value()) {
                        if (f.jobId == id && QFileInfo(f.path).path().startsWith(job->folder))
                            QFile::remove(f.path);
                        QFile::remove(f.path + u".part"_s);
                    }
                }
                (void)store.removeJob(id);
            } else {
                (void)store.unlist(id);
            }
        }
        if (running && action != u"resume" && action != u"retry")
            m_running.value(id)->store(true);
        publish();
        dispatch();
    }

    void setSession(const SessionProvider &session) { m_options.session = session; }

    void resumeQueue()
    {
        m_queuePaused = false;
        open();
        if (!m_service)
            return;
        // Jobs the full disk paused go on.
        auto jobs = m_service->store().jobs();
        if (jobs.ok()) {
            for (const DownloadJobRecord &job : jobs.value()) {
                if (job.status == u"paused" && job.errorCode == u"LOW_DISK_SPACE")
                    (void)m_service->store().setStatus(job.id, u"pending"_s);
            }
        }
        publish();
        dispatch();
    }

signals:
    void listChanged(const QList<reelpulse::DownloadListEntry> &entries);
    void progress(const reelpulse::DownloadProgress &progress);
    void addFailed(const QString &target, const QString &message);
    void alreadyDownloaded(const QString &target, const QString &jobId);
    void notice(const QString &message);
    void lowDiskSpace(const QString &message);
    void batchFinished(const QString &batchId, int completed, int failed);

private:
    void pickUpQueued()
    {
        if (!m_service)
            return;
        auto runnable = m_service->store().runnableJobs();
        if (!runnable.ok())
            return;
        bool unseen = false;
        for (const DownloadJobRecord &job : runnable.value())
            unseen = unseen || (!m_running.contains(job.id) && m_seen.value(job.id) != job.status);
        if (!unseen)
            return;
        publish();
        dispatch();
    }

    void publish()
    {
        auto jobs = m_service->store().jobs();
        if (!jobs.ok()) {
            emit notice(jobs.error().message);
            return;
        }
        QList<DownloadListEntry> entries;
        m_seen.clear();
        for (const DownloadJobRecord &job : jobs.value()) {
            m_seen.insert(job.id, job.status);
            DownloadListEntry entry{job, {}};
            if (auto files = m_service->store().files(job.id); files.ok()) {
                for (const DownloadFileRecord &f : files.value()) {
                    if (f.status == u"done" && f.kind != u"metadata")
                        entry.paths << f.path;
                }
            }
            entries.append(entry);
        }
        emit listChanged(entries);
    }

    void dispatch()
    {
        if (m_queuePaused || !m_service)
            return;
        auto runnable = m_service->store().runnableJobs();
        if (!runnable.ok())
            return;
        bool started = false;
        for (const DownloadJobRecord &job : runnable.value()) {
            if (m_running.size() >= std::max(1, m_options.concurrentJobs))
                break;
            // Processing and not ours: another process (reelpulse-cli) runs it now.
            if (m_running.contains(job.id) || job.status == u"processing")
                continue;
            auto stop = std::make_shared<std::atomic_bool>(false);
            m_running.insert(job.id, stop);
            (void)m_service->store().setStatus(job.id, u"processing"_s);
            started = true;
            const QString id = job.id;
            const QString dataDir = m_dataDir;
            DownloadService::Options o;
            o.dataDir = m_dataDir;
            o.stallTimeoutMs = m_options.stallTimeoutMs;
            o.backoffBaseMs = m_options.backoffBaseMs;
            o.freeBytes = m_options.freeBytes;
            o.minimumFreeBytes = m_options.minimumFreeBytes;
            o.session = m_options.session;
            o.connectionsPerHost = m_options.connectionsPerHost;
            QPointer<Worker> self(this);
            m_pool.start([self, id, o, stop, shutdown = m_shutdown] {
                // A pool thread: its own store connection and network manager, for this job only.
                QString status;
                QString errorCode;
                QString errorText;
                QString batch;
                {
                    auto db = Database::open(o.dataDir);
                    if (db.ok()) {
                        DownloadService service(*db.value(), o);
                        auto ran = service.run(
                            id,
                            [self](const DownloadProgress &p) {
                                if (self)
                                    QMetaObject::invokeMethod(self, [self, p] {
                                        if (self)
                                            self->onProgress(p);
                                    });
                            },
                            stop.get());
                        // Stopped because the app quits: the job stays unfinished and goes on at the next start.
                        if (ran.ok() && ran->status == u"paused" && shutdown->load() && ran->errorCode.isEmpty())
                            (void)service.store().setStatus(id, u"pending"_s);
                        if (ran.ok()) {
                            status = ran->status;
                            errorCode = ran->errorCode;
                            errorText = ran->errorMessage + u' ' + ran->errorDetails;
                            batch = ran->batchId;
                        }
                    }
                }
                if (self)
                    QMetaObject::invokeMethod(self, [self, id, status, errorCode, errorText, batch] {
                        if (self)
                            self->finished(id, status, errorCode, errorText, batch);
                    });
            });
        }
        if (started)
            publish();
    }

    void onProgress(const DownloadProgress &p)
    {
        // The first bytes of a job: its name and owner are known now (resolved), the list shows them.
        if (!m_announced.contains(p.jobId)) {
            m_announced.insert(p.jobId);
            publish();
        }
        emit progress(p);
    }

    void finished(const QString &id, const QString &status, const QString &errorCode, const QString &errorText,
                  const QString &batch)
    {
        m_running.remove(id);
        m_announced.remove(id);
        const QString intent = m_intent.take(id);
        if (intent == u"cancelled")
            (void)m_service->store().setStatus(id, u"cancelled"_s);
        else if (intent == u"paused")
            (void)m_service->store().setStatus(id, u"paused"_s);
        if (status == u"paused" && errorCode == u"LOW_DISK_SPACE") {
            // Under 500 MiB free, or less than the next file's size: the job's message says which.
            m_queuePaused = true;
            emit lowDiskSpace(errorText.trimmed());
        }
        if (!batch.isEmpty())
            checkBatch(batch);
        publish();
        dispatch();
    }

    void checkBatch(const QString &batch)
    {
        auto jobs = m_service->store().jobs();
        if (!jobs.ok())
            return;
        int completed = 0;
        int failed = 0;
        for (const DownloadJobRecord &job : jobs.value()) {
            if (job.batchId != batch)
                continue;
            if (!job.finished())
                return;
            (job.status == u"completed" ? completed : failed) += 1;
        }
        // Two jobs of a batch that end together both find it finished: say it once (again only when a job added
        // to the batch later changes what it holds).
        const QPair<int, int> counts{completed, failed};
        if (m_reportedBatches.value(batch) == counts)
            return;
        m_reportedBatches.insert(batch, counts);
        emit batchFinished(batch, completed, failed);
    }

    QHash<QString, QPair<int, int>> m_reportedBatches;

    QString m_dataDir;
    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DownloadService> m_service;
    QThreadPool m_pool;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_running;
    QHash<QString, QString> m_seen; ///< the jobs of the last published list, and their status
    QTimer *m_poll = nullptr;
    QSet<QString> m_announced;        ///< running jobs whose resolved name the list has shown
    QHash<QString, QString> m_intent; ///< what a person asked of a running job: paused, cancelled, removed
    bool m_queuePaused = false;
    std::shared_ptr<std::atomic_bool> m_shutdown = std::make_shared<std::atomic_bool>(false);
};

DownloadQueue::DownloadQueue(const QString &dataDir, QObject *parent)
    : DownloadQueue(dataDir, Options{}, parent)
{
}

DownloadQueue::DownloadQueue(const QString &dataDir, Options options, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    qRegisterMetaType<DownloadListEntry>();
    qRegisterMetaType<QList<DownloadListEntry>>();
    qRegisterMetaType<DownloadProgress>();
    qRegisterMetaType<DownloadRequest>();
    const Settings settings(dataDir);
    if (options.concurrentJobs <= 0)
        options.concurrentJobs = settings.value(u"downloads.concurrent_jobs"_s).toInt();
    if (options.connectionsPerHost <= 0)
        options.connectionsPerHost = settings.value(u"downloads.connections_per_host"_s).toInt();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"reelpulse-downloads"_s);
    m_worker = new Worker(dataDir, std::move(options));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::listChanged, this, &DownloadQueue::listChanged);
    connect(m_worker, &Worker::progress, this, &DownloadQueue::progress);
    connect(m_worker, &Worker::addFailed, this, &DownloadQueue::addFailed);
    connect(m_worker, &Worker::alreadyDownloaded, this, &DownloadQueue::alreadyDownloaded);
    connect(m_worker, &Worker::notice, this, &DownloadQueue::notice);
    connect(m_worker, &Worker::lowDiskSpace, this, &DownloadQueue::lowDiskSpace);
    connect(m_worker, &Worker::batchFinished, this, &DownloadQueue::batchFinished);
    m_thread->start();
}

DownloadQueue::~DownloadQueue()
{
    m_thread->quit();
    m_thread->wait();
}

void DownloadQueue::start()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

void DownloadQueue::add(const DownloadRequest &request)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->add(request); });
}

void DownloadQueue::pause(const QString &jobId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, jobId] { w->setState(jobId, u"pause"_s, false); });
}

void DownloadQueue::resume(const QString &jobId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, jobId] { w->setState(jobId, u"resume"_s, false); });
}

void DownloadQueue::cancel(const QString &jobId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, jobId] { w->setState(jobId, u"cancel"_s, false); });
}

void DownloadQueue::retry(const QString &jobId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, jobId] { w->setState(jobId, u"retry"_s, false); });
}

void DownloadQueue::remove(const QString &jobId, bool deleteFiles)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, jobId, deleteFiles] { w->setState(jobId, u"remove"_s, deleteFiles); });
}

void DownloadQueue::resumeQueue()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->resumeQueue(); });
}

void DownloadQueue::setSession(const SessionProvider &session)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, session] { w->setSession(session); });
}

QString DownloadQueue::defaultFolder() const
{
    return DownloadService::defaultFolder(m_dataDir);
}

} // namespace reelpulse

#include "DownloadQueue.moc"
