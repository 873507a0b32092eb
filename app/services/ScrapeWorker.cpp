#include "services/ScrapeWorker.h"

#include "domain/TimeFormat.h"
#include "sentiment/CommentScorer.h"
#include "services/SchedulerLog.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"
#include "storage/VideoTaskStore.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString keyOf(const TaskRef &task)
{
    return taskKindName(task.kind) + u':' + task.id;
}

/// Failures that make every later request of the same platform fail too for a while.
bool blocksPlatform(FailureClass cls)
{
    return cls == FailureClass::RateLimited || cls == FailureClass::SoftBlock;
}

} // namespace

ScrapeWorker::ScrapeWorker(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_paused.store(m_config.startPaused);
    m_sentimentMode.store(m_config.sentimentMode);
}

ScrapeWorker::~ScrapeWorker()
{
    // Runs in the worker thread (deleteLater on QThread::finished): the readers and the store
    // connection are released in the thread that made them.
    {
        QMutexLocker lock(&m_stop->m_mutex);
        m_stop->m_runner = nullptr;
    }
    m_runner.reset();
    m_sources.instagram.reset();
    m_sources.tiktok.reset();
    m_database.reset();
}

void ScrapeWorker::start()
{
    auto opened = Database::openFile(m_config.databaseFile);
    if (!opened.ok()) {
        emit startFailed(opened.error().message);
        return;
    }
    m_database = std::move(opened.value());
    if (m_config.sources)
        m_sources = m_config.sources(*m_database);
    {
        QMutexLocker lock(&m_stop->m_mutex);
        m_runner = std::make_unique<ScrapeRunner>(*m_database, m_sources.instagram.get(), m_sources.tiktok.get(),
                                                  m_config.options, m_config.clock);
        m_runner->setProgress(
            [this](const TaskRef &task, const QString &stage) { emit progress(task.kind, task.id, stage); });
        if (m_config.scoreSentiment) {
            m_runner->setAfterWrite([this](const TaskRef &, const IngestSummary &) {
                auto scored = sentiment::CommentScorer::score(*m_database, m_sentimentMode.load(), false, 2000,
                                                              m_stop->flag(), {});
                if (!scored.ok())
                    qCWarning(lcScheduler) << "scoring comment sentiment failed:" << scored.error().message;
            });
        }
        m_stop->m_runner = m_runner.get();
        if (m_stop->isStopping())
            m_runner->requestStop();
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ScrapeWorker::checkNow);
    emit started();
    scheduleStep();
}

void ScrapeWorker::setPaused(bool paused)
{
    if (m_paused.exchange(paused) == paused)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, paused]() {
            emit pausedChanged(paused);
            if (!paused) {
                m_triedThisPass.clear();
                scheduleStep();
            }
        },
        Qt::QueuedConnection);
}

void ScrapeWorker::StopHandle::stop()
{
    m_flag.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_runner)
        m_runner->requestStop();
}

void ScrapeWorker::abortInFlight()
{
    m_stop->stop();
}

void ScrapeWorker::checkNow()
{
    m_triedThisPass.clear();
    scheduleStep();
}

void ScrapeWorker::forceScrape(const TaskRef &task)
{
    m_forced.removeAll(task);
    m_forced.append(task);
    scheduleStep();
}

void ScrapeWorker::scheduleStep()
{
    if (m_stepQueued || !m_runner || m_stop->isStopping())
        return;
    m_stepQueued = true;
    QTimer::singleShot(0, this, &ScrapeWorker::step);
}

Platform ScrapeWorker::platformOf(const TaskRef &task)
{
    if (task.kind != TaskKind::Video)
        return Platform::Instagram;
    auto video = VideoTaskStore(m_database->connection()).get(task.id);
    return video.ok() ? video->platform : Platform::Instagram;
}

std::optional<TaskRef> ScrapeWorker::nextTask()
{
    if (!m_forced.isEmpty())
        return m_forced.takeFirst();
    if (m_paused.load())
        return std::nullopt;
    auto due = m_runner->dueTasks();
    if (!due.ok()) {
        qCWarning(lcScheduler) << "cannot list due tasks:" << due.error().message;
        return std::nullopt;
    }
    const QDateTime now = m_runner->now();
    for (const DueTask &d : due.value()) {
        if (m_triedThisPass.contains(keyOf(d.ref)))
            continue;
        const auto blocked = m_blockedUntil.constFind(static_cast<int>(platformOf(d.ref)));
        if (blocked != m_blockedUntil.constEnd() && *blocked > now)
            continue;
        return d.ref;
    }
    return std::nullopt;
}

void ScrapeWorker::step()
{
    m_stepQueued = false;
    if (!m_runner || m_stop->isStopping())
        return;
    const std::optional<TaskRef> task = nextTask();
    if (!task) {
        sleepUntilNextDue();
        return;
    }
    m_idle = false;
    m_triedThisPass.insert(keyOf(*task));
    const auto label = ScrapeStore(*m_database).taskLabel(*task);
    emit taskStarted(task->kind, task->id, label.ok() ? label.value() : task->id);
    const ScrapeReport report = m_runner->runOnce(*task);
    handle(report);
    scheduleStep();
}

void ScrapeWorker::handle(const ScrapeReport &report)
{
    emit reportReady(report);
    const TaskRef &task = report.task;
    switch (report.result) {
    case ScrapeReport::Result::Stored:
        emit taskFinished(task.kind, task.id, report.stored.postsProcessed, report.stored.commentsStored);
        return;
    case ScrapeReport::Result::Failed: {
        const ScrapeFailure &failure = *report.failure;
        const Platform platform = platformOf(task);
        const QString advice = failureAdvice(failure, platform, report.retryAt);
        emit taskFailed(task.kind, task.id, failure.cls, failure.message.isEmpty() ? advice : failure.message);
        if (blocksPlatform(failure.cls) && report.retryAt)
            m_blockedUntil.insert(static_cast<int>(platform), *report.retryAt);
        if (needsUserAction(failure.cls)) {
            // Every further request would meet the same wall: stop until the person acted and resumed.
            if (!m_paused.exchange(true))
                emit pausedChanged(true);
            emit needsUser(advice);
        }
        return;
    }
    case ScrapeReport::Result::Aborted:
        return;
    case ScrapeReport::Result::Error:
        emit taskError(task.kind, task.id, report.summaryLine());
        return;
    }
}

void ScrapeWorker::sleepUntilNextDue()
{
    if (!m_idle) {
        m_idle = true;
        emit idle();
    }
    if (!m_timer)
        return;
    // Tasks tried in this pass stay due (stopped, store errors, blocked platform): look again after
    // the poll interval, or earlier when a task becomes due or a platform block ends.
    const QDateTime now = m_runner->now();
    qint64 delayMs = m_config.pollIntervalMs;
    auto next = ScrapeStore(*m_database).nextDue();
    if (next.ok() && next.value() && *next.value() > now)
        delayMs = std::min(delayMs, now.msecsTo(*next.value()));
    for (const QDateTime &until : std::as_const(m_blockedUntil)) {
        if (until > now)
            delayMs = std::min(delayMs, now.msecsTo(until));
    }
    delayMs = std::max<qint64>(delayMs, 1000);
    m_timer->start(static_cast<int>(delayMs));
}

} // namespace reelpulse
