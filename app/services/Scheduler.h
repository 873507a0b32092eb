#pragma once

#include "services/ScrapeWorker.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace reelpulse {

/// The scrape scheduler for the GUI: owns the worker thread and forwards its signals (queued to the
/// thread that owns the Scheduler). Every method returns at once; scraping never runs in the caller's
/// thread.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    explicit Scheduler(ScrapeWorker::Config config, QObject *parent = nullptr);
    /// Stops the worker (see stop()).
    ~Scheduler() override;

    /// Starts the worker thread; it opens its own store connection and readers there.
    void start();
    /// Aborts the request in flight, ends the thread and waits for it (at most timeoutMs). Nothing is
    /// half-written: a task's results are written in one transaction after all its reads.
    void stop(int timeoutMs = 10000);
    bool isRunning() const;

    void pause();
    void resume();
    bool isPaused() const;
    /// Scrapes one task as soon as the current one is done (also while paused).
    void forceScrape(const TaskRef &task);
    /// Looks for due tasks now (after tasks were added or edited).
    void checkNow();
    /// The person dealt with what held a platform back: its waiting tasks run at once.
    void resumePlatform(Platform platform);

signals:
    void started();
    void startFailed(const QString &message);
    void taskStarted(reelpulse::TaskKind kind, const QString &id, const QString &label);
    void taskFinished(reelpulse::TaskKind kind, const QString &id, int postsProcessed, int commentsStored);
    void taskFailed(reelpulse::TaskKind kind, const QString &id, reelpulse::FailureClass cls, const QString &message);
    void taskError(reelpulse::TaskKind kind, const QString &id, const QString &message);
    void reportReady(const reelpulse::ScrapeReport &report);
    void progress(reelpulse::TaskKind kind, const QString &id, const QString &stage);
    void needsUser(const QString &message);
    void pausedChanged(bool paused);
    void idle();
    void taskSkipped(reelpulse::TaskKind kind, const QString &id, const QString &reason);
    void waitsChanged(const QStringList &waits);

private:
    ScrapeWorker::Config m_config;
    QThread *m_thread = nullptr;
    QPointer<ScrapeWorker> m_worker;
    std::shared_ptr<ScrapeWorker::StopHandle> m_stop;
};

} // namespace reelpulse
