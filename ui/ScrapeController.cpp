#include "ScrapeController.h"

#include "CommentSentimentMode.h"
#include "auth/InMemorySecretStore.h"
#include "auth/SessionManager.h"
#include "auth/SignInCookieCollector.h"
#include "net/RateGovernor.h"
#include "platform/DataDir.h"
#include "services/PlatformSourceFactory.h"
#include "services/Scheduler.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString PausedKey = u"Scraping/paused"_s;

int severity(const QString &state)
{
    if (state == u"checkpoint")
        return 5;
    if (state == u"login_wall")
        return 4;
    if (state == u"soft_block")
        return 3;
    if (state == u"rate_limited")
        return 2;
    if (state == u"throttled")
        return 1;
    return 0;
}

/// "Instagram" or "TikTok" for a governor identity ("host#session").
QString platformOfIdentity(const QString &identity)
{
    const QString host = identity.section(u'#', 0, 0);
    return host.contains(u"tiktok"_s, Qt::CaseInsensitive) ? u"TikTok"_s : u"Instagram"_s;
}

} // namespace

ScrapeController::ScrapeController(const QString &dataDir, ScrapeSetup setup, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_setup(std::move(setup))
{
    std::shared_ptr<SecretStore> secrets = m_setup.secrets;
    if (!secrets)
        secrets = std::make_shared<InMemorySecretStore>();
    m_session = std::make_shared<SessionManager>(secrets);
    connect(m_session.get(), &SessionManager::sessionChanged, this, [this] { emit sessionChanged(signedInAccount()); });

    m_governor = m_setup.governor;
    if (!m_governor && !m_setup.sources) {
        auto opened = RateGovernor::open(dataDir);
        if (opened.ok())
            m_governor = opened.value();
    }
    if (!m_governor)
        m_governor = std::make_shared<RateGovernor>();
    connect(m_governor.get(), &RateGovernor::stateChanged, this, [this] { refreshGovernor(); });

    ScrapeWorker::Config config;
    config.databaseFile = databasePath(dataDir);
    if (m_setup.sources) {
        config.sources = m_setup.sources;
    } else {
        // The readers ask for the session at each request; the manager outlives the scheduler's thread.
        std::shared_ptr<SessionManager> session = m_session;
        config.sources = platformSourceFactory(dataDir, m_governor, [session] { return session->current(); });
    }
    config.pollIntervalMs = m_setup.pollIntervalMs;
    config.startPaused = QSettings().value(PausedKey, false).toBool();
    config.sentimentMode = commentSentimentMode();
    m_scheduler = new Scheduler(std::move(config), this);

    connect(m_scheduler, &Scheduler::started, this, [this] {
        m_started = true;
        m_starting = false;
        const QList<TaskRef> forced = std::exchange(m_pendingForced, {});
        for (const TaskRef &task : forced)
            m_scheduler->forceScrape(task);
        emit started();
    });
    connect(m_scheduler, &Scheduler::startFailed, this, [this](const QString &message) {
        m_starting = false;
        m_pendingForced.clear();
        emit startFailed(message);
    });
    connect(m_scheduler, &Scheduler::taskStarted, this, &ScrapeController::taskStarted);
    connect(m_scheduler, &Scheduler::progress, this, &ScrapeController::progress);
    connect(m_scheduler, &Scheduler::taskFinished, this, &ScrapeController::taskFinished);
    connect(m_scheduler, &Scheduler::taskFailed, this, &ScrapeController::taskFailed);
    connect(m_scheduler, &Scheduler::taskError, this, &ScrapeController::taskError);
    connect(m_scheduler, &Scheduler::reportReady, this, &ScrapeController::reportReady);
    connect(m_scheduler, &Scheduler::idle, this, &ScrapeController::idle);
    connect(m_scheduler, &Scheduler::needsUser, this, [this](const QString &message) {
        m_pausedForUser = true;
        refreshGovernor();
        emit needsUser(message);
    });
    connect(m_scheduler, &Scheduler::pausedChanged, this, [this](bool paused) {
        QSettings().setValue(PausedKey, paused);
        if (!paused)
            m_pausedForUser = false;
        emit pausedChanged(paused);
    });

    m_governorTimer = new QTimer(this);
    m_governorTimer->setInterval(std::max(500, m_setup.governorRefreshMs));
    connect(m_governorTimer, &QTimer::timeout, this, &ScrapeController::refreshGovernor);
    m_governorTimer->start();
    refreshGovernor();
}

ScrapeController::~ScrapeController()
{
    stop();
}

void ScrapeController::start()
{
    if (m_started || m_starting)
        return;
    m_starting = true;
    // The session is read before the first request so Instagram is read as the signed-in account.
    std::shared_ptr<SessionManager> session = m_session;
    runSessionJob(
        [session]() -> Status {
            auto loaded = session->load();
            if (!loaded.ok())
                return loaded.error();
            return Ok{};
        },
        [this] { emit sessionChanged(signedInAccount()); });
}

void ScrapeController::startScheduler()
{
    if (m_started || !m_starting || m_scheduler->isRunning())
        return;
    m_scheduler->start();
}

void ScrapeController::stop()
{
    m_starting = false;
    m_started = false;
    if (m_scheduler)
        m_scheduler->stop();
}

bool ScrapeController::isPaused() const
{
    return m_scheduler->isPaused();
}

void ScrapeController::setPaused(bool paused)
{
    QSettings().setValue(PausedKey, paused);
    if (paused) {
        m_scheduler->pause();
    } else {
        m_pausedForUser = false;
        m_scheduler->resume();
    }
    if (!m_scheduler->isRunning())
        emit pausedChanged(paused); // a running worker says so itself
}

sentiment::Mode ScrapeController::sentimentMode() const
{
    return commentSentimentMode();
}

void ScrapeController::setSentimentMode(sentiment::Mode mode)
{
    setCommentSentimentMode(mode);
    m_scheduler->setSentimentMode(mode);
}

void ScrapeController::scrapeNow(const QList<TaskRef> &tasks)
{
    if (m_started) {
        for (const TaskRef &task : tasks)
            m_scheduler->forceScrape(task);
        return;
    }
    for (const TaskRef &task : tasks) {
        m_pendingForced.removeAll(task);
        m_pendingForced.append(task);
    }
    start();
}

void ScrapeController::checkNow()
{
    if (m_started)
        m_scheduler->checkNow();
}

void ScrapeController::refreshGovernor()
{
    const QHash<QString, GovernorState> states = m_governor->states();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString worstIdentity;
    int worst = 0;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        const int level = severity(it->name);
        const bool over = it->resumeAt && *it->resumeAt <= now && !it->isStopped();
        if (level > worst && !over) {
            worst = level;
            worstIdentity = it.key();
        }
    }
    QString summary;
    Pressure pressure = Pressure::None;
    if (worst > 0) {
        const GovernorState state = states.value(worstIdentity);
        summary = tr("%1: %2").arg(platformOfIdentity(worstIdentity), state.summary(now));
        pressure = worst >= 4 ? Pressure::Blocked : Pressure::Waiting;
    }
    if (summary == m_governorSummary && pressure == m_pressure)
        return;
    m_governorSummary = summary;
    m_pressure = pressure;
    emit governorChanged(summary, pressure);
}

QString ScrapeController::signedInAccount() const
{
    const std::optional<InstagramSession> session = m_session->current();
    if (!session)
        return {};
    const QString id =
        session->dsUserId.isEmpty() ? SignInCookieCollector::accountIdOf(session->sessionId) : session->dsUserId;
    return id.isEmpty() ? tr("an Instagram account") : tr("account %1").arg(id);
}

void ScrapeController::signInWithCookies(const QList<QNetworkCookie> &cookies)
{
    SignInCookieCollector collector;
    for (const QNetworkCookie &cookie : cookies)
        collector.add(cookie);
    signInWithSession(collector.session());
}

void ScrapeController::signInWithSession(const InstagramSession &session)
{
    std::shared_ptr<SessionManager> manager = m_session;
    runSessionJob([manager, session] { return manager->save(session); },
                  [this] {
                      // A new session is a new identity for the governor; scraping that stopped for
                      // want of a session goes on.
                      if (m_pausedForUser)
                          setPaused(false);
                      refreshGovernor();
                  });
}

void ScrapeController::signOut()
{
    std::shared_ptr<SessionManager> manager = m_session;
    runSessionJob([manager] { return manager->clear(); }, {});
}

void ScrapeController::runSessionJob(std::function<Status()> job, std::function<void()> onSuccess)
{
    // The job answers with an error message (empty on success): plain values cross threads best.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, onSuccess] {
        watcher->deleteLater();
        const QString failure = watcher->result();
        if (failure.isEmpty()) {
            if (onSuccess)
                onSuccess();
        } else {
            emit sessionFailed(failure);
        }
        startScheduler(); // after the first load, whatever it found
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job)]() -> QString {
        const Status status = job();
        return status.ok() ? QString() : status.error().message;
    }));
}

} // namespace reelpulse
