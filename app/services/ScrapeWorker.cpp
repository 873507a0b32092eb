#include "services/ScrapeWorker.h"

#include "domain/TimeFormat.h"
#include "services/SchedulerLog.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ScrapeWorker::ScrapeWorker(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_paused.store(m_config.startPaused);
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = QFileInfo(m_config.databaseFile).absolutePath();
}

ScrapeWorker::~ScrapeWorker()
{
    // Runs in the worker thread (deleteLater on QThread::finished): the readers and the store
    // connection are released in the thread that made them.
    {
        QMutexLocker lock(&m_stop->m_mutex);
        m_stop->m_service = nullptr;
    }
    m_service.reset();
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
    ScrapeSources sources;
    if (m_config.sources)
        sources = m_config.sources(*m_database);
    {
        QMutexLocker lock(&m_stop->m_mutex);
        m_service = std::make_unique<ScrapeService>(*m_database, std::move(sources), m_config.dataDir, m_config.options,
                                                    m_config.clock);
        m_service->setScoreSentiment(m_config.scoreSentiment);
        m_service->runner().setProgress(
            [this](const TaskRef &task, const QString &stage) { emit progress(task.kind, task.id, stage); });
        m_stop->m_service = m_service.get();
        if (m_stop->isStopping())
            m_service->requestStop();
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
            if (!paused)
                checkNow();
        },
        Qt::QueuedConnection);
}

void ScrapeWorker::StopHandle::stop()
{
    m_flag.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_service)
        m_service->requestStop();
}

void ScrapeWorker::abortInFlight()
{
    m_stop->stop();
}

void ScrapeWorker::checkNow()
{
    // A new pass: every due task may be tried again.
    if (m_service && m_idle)
        m_service->beginPass();
    scheduleStep();
}

void ScrapeWorker::resumePlatform(Platform platform)
{
    if (m_service) {
        m_service->clearWait(platform);
        publishWaits();
    }
    checkNow();
}

void ScrapeWorker::forceScrape(const TaskRef &task)
{
    m_forced.removeAll(task);
    m_forced.append(task);
    scheduleStep();
}

void ScrapeWorker::scheduleStep()
{
    if (m_stepQueued || !m_service || m_stop->isStopping())
        return;
    m_stepQueued = true;
    QTimer::singleShot(0, this, &ScrapeWorker::step);
}

void ScrapeWorker::step()
{
    m_stepQueued = false;
    if (!m_service || m_stop->isStopping())
        return;
    if (!m_forced.isEmpty()) {
        run(m_forced.takeFirst(), true);
        scheduleStep();
        return;
    }
    if (m_paused.load()) {
        sleepUntilNextDue();
        return;
    }
    const std::optional<PassStep> next = m_service->next();
    if (!next) {
        sleepUntilNextDue();
        return;
    }
    if (next->kind == PassStep::Kind::Skip) {
        emit taskSkipped(next->task.kind, next->task.id, next->wait ? next->wait->describe() : QString());
        publishWaits();
    } else {
        run(next->task, false);
    }
    scheduleStep();
}

void ScrapeWorker::run(const TaskRef &task, bool forced)
{
    m_idle = false;
    const auto label = ScrapeStore(*m_database).taskLabel(task);
    emit taskStarted(task.kind, task.id, label.ok() ? label.value() : task.id);
    const Platform platform = m_service->platformOf(task);
    const ScrapeReport report = m_service->scrape(task, forced);
    handle(report, platform);
    publishWaits();
}

void ScrapeWorker::handle(const ScrapeReport &report, Platform platform)
{
    emit reportReady(report);
    const TaskRef &task = report.task;
    switch (report.result) {
    case ScrapeReport::Result::Stored:
        emit taskFinished(task.kind, task.id, report.stored.postsProcessed, report.stored.commentsStored);
        break;
    case ScrapeReport::Result::Failed: {
        const ScrapeFailure &failure = *report.failure;
        const QString advice = failureAdvice(failure, platform, report.retryAt);
        emit taskFailed(task.kind, task.id, failure.cls, failure.message.isEmpty() ? advice : failure.message);
        break;
    }
    case ScrapeReport::Result::Skipped:
        emit taskSkipped(task.kind, task.id, report.skipReason);
        break;
    case ScrapeReport::Result::Aborted:
        return;
    case ScrapeReport::Result::Error:
        emit taskError(task.kind, task.id, report.summaryLine());
        return;
    }
    // The platform waits for the person (sign in again, solve a check); the other platform goes on, as in
    // `reelpulse-cli scrape --due`. The person is told once per wall met.
    const std::optional<ScrapeFailure> &met = report.failure ? report.failure : report.partialFailure;
    if (met && needsUserAction(met->cls)) {
        for (const PlatformWait &wait : m_service->waits()) {
            if (wait.needsUser && wait.platform == platform)
                emit needsUser(wait.reason);
        }
    }
}

void ScrapeWorker::publishWaits()
{
    QStringList lines;
    for (const PlatformWait &wait : m_service->waits())
        lines << wait.describe();
    if (lines == m_waits)
        return;
    m_waits = lines;
    emit waitsChanged(lines);
}

void ScrapeWorker::sleepUntilNextDue()
{
    if (!m_idle) {
        m_idle = true;
        emit idle();
    }
    publishWaits();
    if (!m_timer)
        return;
    // Tasks handled in this pass stay due (stopped, store errors, waiting platform): look again after the
    // poll interval, or earlier when a task becomes due or a platform's wait ends.
    const QDateTime now = m_service->now();
    qint64 delayMs = m_config.pollIntervalMs;
    if (const std::optional<QDateTime> wake = m_service->nextWake())
        delayMs = std::min(delayMs, now.msecsTo(*wake));
    delayMs = std::max<qint64>(delayMs, 1000);
    m_timer->start(static_cast<int>(delayMs));
}

} // namespace reelpulse
