#pragma once

#include "services/ScrapeOptions.h"
#include "services/ScrapeReport.h"
#include "services/ScrapeRunner.h"
#include "services/ScrapeService.h"
#include "services/ScrapeSources.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <atomic>
#include <memory>

class QTimer;

namespace reelpulse {

class Database;

/// Scrapes due tasks one after the other in its own thread: the app's side of the ScrapeService, which
/// makes every decision (`reelpulse-cli scrape --due` uses the same service).
///
/// Lives in a QThread (moved there by Scheduler, deleted on QThread::finished). Owns, inside that
/// thread, its own store connection, its platform readers (made by the SourceFactory) and a
/// ScrapeService. Steps of the due pass run one per event-loop turn, so pause, force and stop requests
/// are seen between tasks; stop also aborts the request in flight.
/// Every signal carries value types and reaches the GUI thread queued.
class ScrapeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeWorker)

public:
    struct Config
    {
        QString databaseFile;  ///< the store (Database::openFile)
        QString dataDir;       ///< where the settings live (sentiment mode); empty: the store's folder
        SourceFactory sources; ///< called in the worker thread
        ScrapeOptions options;
        int pollIntervalMs = 60000; ///< longest sleep between two looks for due tasks
        ScrapeRunner::Clock clock;  ///< tests: a fixed or fast clock
        bool startPaused = false;
        bool scoreSentiment = true; ///< score new and edited comments after each stored scrape (mode: Settings)
    };

    /// What another thread may use to stop the worker, also while (or after) the worker is deleted.
    class StopHandle final
    {
    public:
        /// Makes the worker take no further task and aborts the request in flight.
        void stop();
        bool isStopping() const { return m_flag.load(); }
        const std::atomic<bool> *flag() const { return &m_flag; }

    private:
        friend class ScrapeWorker;
        QMutex m_mutex;
        ScrapeService *m_service = nullptr; ///< set and cleared by the worker, in its thread
        std::atomic<bool> m_flag{false};
    };

    explicit ScrapeWorker(Config config, QObject *parent = nullptr);
    ~ScrapeWorker() override;

    // Thread-safe; callable from any thread.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(); }
    /// Aborts the request in flight and makes the worker stop taking tasks (same as stopHandle()->stop()).
    void abortInFlight();
    std::shared_ptr<StopHandle> stopHandle() const { return m_stop; }

public slots:
    /// Opens the store and the readers (in the worker thread) and starts looking for due tasks.
    void start();
    /// Looks for due tasks now (e.g. after tasks were added).
    void checkNow();
    /// Scrapes this task next, whatever its status or due time; also while paused.
    void forceScrape(const reelpulse::TaskRef &task);
    /// The person dealt with what held the platform back (signed in, solved a check): its tasks run again now.
    void resumePlatform(reelpulse::Platform platform);

signals:
    void started();
    void startFailed(const QString &message);
    void taskStarted(reelpulse::TaskKind kind, const QString &id, const QString &label);
    void taskFinished(reelpulse::TaskKind kind, const QString &id, int postsProcessed, int commentsStored);
    void taskFailed(reelpulse::TaskKind kind, const QString &id, reelpulse::FailureClass cls, const QString &message);
    /// The task could not be scraped for a reason of ReelPulse's own (store unusable, task removed meanwhile).
    void taskError(reelpulse::TaskKind kind, const QString &id, const QString &message);
    /// The full report of every task run (finished, failed, aborted or not runnable).
    void reportReady(const reelpulse::ScrapeReport &report);
    /// What the current task is reading ("profile", "posts", "comments 2/5").
    void progress(reelpulse::TaskKind kind, const QString &id, const QString &stage);
    /// A platform waits until the person acts (security check, sign-in wall); its tasks are left for later
    /// passes, the other platform goes on.
    void needsUser(const QString &message);
    void pausedChanged(bool paused);
    /// A task was left for a later pass because its platform asks to wait (wait.describe() says until when).
    void taskSkipped(reelpulse::TaskKind kind, const QString &id, const QString &reason);
    /// The platforms that ask to wait changed: one line each ("Instagram waits until 14:05 (rate limited)").
    void waitsChanged(const QStringList &waits);
    /// Nothing is due (or everything due was tried); the worker sleeps until the next due time.
    void idle();

private:
    void step();
    void scheduleStep();
    void sleepUntilNextDue();
    void run(const TaskRef &task, bool forced);
    void handle(const ScrapeReport &report, Platform platform);
    void publishWaits();

    Config m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScrapeService> m_service;
    QTimer *m_timer = nullptr;
    QList<TaskRef> m_forced;
    QStringList m_waits; ///< as last published
    bool m_stepQueued = false;
    bool m_idle = true;
    std::atomic<bool> m_paused{false};
    std::shared_ptr<StopHandle> m_stop = std::make_shared<StopHandle>();
};

} // namespace reelpulse
