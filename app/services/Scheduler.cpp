#include "services/Scheduler.h"

#include "services/SchedulerLog.h"

#include <QThread>

namespace reelpulse {

Scheduler::Scheduler(ScrapeWorker::Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<reelpulse::TaskKind>("reelpulse::TaskKind");
    qRegisterMetaType<reelpulse::FailureClass>("reelpulse::FailureClass");
    qRegisterMetaType<reelpulse::TaskRef>("reelpulse::TaskRef");
    qRegisterMetaType<reelpulse::ScrapeReport>("reelpulse::ScrapeReport");
}

Scheduler::~Scheduler()
{
    stop();
}

void Scheduler::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reelpulse-scrape"));
    auto *worker = new ScrapeWorker(m_config);
    worker->moveToThread(m_thread);
    m_worker = worker;
    m_stop = worker->stopHandle();
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker, &ScrapeWorker::start);
    connect(worker, &ScrapeWorker::started, this, &Scheduler::started);
    connect(worker, &ScrapeWorker::startFailed, this, &Scheduler::startFailed);
    connect(worker, &ScrapeWorker::taskStarted, this, &Scheduler::taskStarted);
    connect(worker, &ScrapeWorker::taskFinished, this, &Scheduler::taskFinished);
    connect(worker, &ScrapeWorker::taskFailed, this, &Scheduler::taskFailed);
    connect(worker, &ScrapeWorker::taskError, this, &Scheduler::taskError);
    connect(worker, &ScrapeWorker::reportReady, this, &Scheduler::reportReady);
    connect(worker, &ScrapeWorker::progress, this, &Scheduler::progress);
    connect(worker, &ScrapeWorker::needsUser, this, &Scheduler::needsUser);
    connect(worker, &ScrapeWorker::pausedChanged, this, &Scheduler::pausedChanged);
    connect(worker, &ScrapeWorker::idle, this, &Scheduler::idle);
    connect(worker, &ScrapeWorker::taskSkipped, this, &Scheduler::taskSkipped);
    connect(worker, &ScrapeWorker::waitsChanged, this, &Scheduler::waitsChanged);
    m_thread->start();
}

void Scheduler::stop(int timeoutMs)
{
    if (!m_thread)
        return;
    m_stop->stop();
    m_thread->quit();
    // A request may start between the abort and the end of the task: abort again until the thread ends.
    QDeadlineTimer deadline(timeoutMs);
    while (!m_thread->wait(QDeadlineTimer(50))) {
        m_stop->stop();
        if (deadline.hasExpired()) {
            qCWarning(lcScheduler) << "the scrape thread did not stop in" << timeoutMs << "ms";
            m_thread->wait();
            break;
        }
    }
    delete m_thread;
    m_thread = nullptr;
    m_stop.reset();
}

bool Scheduler::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void Scheduler::pause()
{
    m_config.startPaused = true;
    if (m_worker)
        m_worker->setPaused(true);
}

void Scheduler::resume()
{
    m_config.startPaused = false;
    if (m_worker)
        m_worker->setPaused(false);
}

bool Scheduler::isPaused() const
{
    return m_worker ? m_worker->isPaused() : m_config.startPaused;
}

void Scheduler::forceScrape(const TaskRef &task)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, task]() { w->forceScrape(task); }, Qt::QueuedConnection);
}

void Scheduler::resumePlatform(Platform platform)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, platform]() { w->resumePlatform(platform); }, Qt::QueuedConnection);
}

void Scheduler::checkNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker]() { w->checkNow(); }, Qt::QueuedConnection);
}

} // namespace reelpulse
