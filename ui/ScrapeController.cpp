#include "ScrapeController.h"

#include "WhenReady.h"
#include "auth/InMemorySecretStore.h"
#include "auth/SessionManager.h"
#include "auth/SignInCookieCollector.h"
#include "net/RateGovernor.h"
#include "platform/DataDir.h"
#include "platform/Settings.h"
#include "services/Scheduler.h"
#include "services/ScrapeEnvironment.h"
#include "services/SentimentMode.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

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
    // The same wiring as reelpulse-cli scrape (the session, the shared governor, the readers); only the secret
    // store differs: the application passes the keychain, tests keep the session in memory.
    ScrapeEnvironment::Overrides overrides;
    overrides.secrets = m_setup.secrets ? m_setup.secrets : std::make_shared<InMemorySecretStore>();
    overrides.sources = m_setup.sources;
    overrides.governor = m_setup.governor;
    m_environment = std::make_unique<ScrapeEnvironment>(dataDir, std::move(overrides));
    m_session = m_environment->session();
    m_knownMode = sentimentMode();
    m_governor = m_environment->governor();
    connect(m_session.get(), &SessionManager::sessionChanged, this, [this] { emit sessionChanged(signedInAccount()); });
    connect(m_governor.get(), &RateGovernor::stateChanged, this, [this] { refreshGovernor(); });

    ScrapeWorker::Config config;
    config.databaseFile = databasePath(dataDir);
    config.dataDir = dataDir;
    config.sources = m_environment->sources();
    config.pollIntervalMs = m_setup.pollIntervalMs;
    config.startPaused = Settings(dataDir).schedulerPaused();
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
    connect(m_scheduler, &Scheduler::taskSkipped, this, &ScrapeController::taskSkipped);
    connect(m_scheduler, &Scheduler::waitsChanged, this, &ScrapeController::waitsChanged);
    connect(m_scheduler, &Scheduler::needsUser, this, [this](const QString &message) {
        m_pausedForUser = true;
        refreshGovernor();
        emit needsUser(message);
    });
    connect(m_scheduler, &Scheduler::pausedChanged, this, [this](bool paused) {
        rememberPaused(paused);
        if (!paused)
            m_pausedForUser = false;
        emit pausedChanged(paused);
    });

    m_governorTimer = new QTimer(this);
    m_governorTimer->setInterval(std::max(500, m_setup.governorRefreshMs));
    connect(m_governorTimer, &QTimer::timeout, this, &ScrapeController::refreshGovernor);
    m_governorTimer->start();
    refreshGovernor();

    // `reelpulse-cli config set scheduler.paused|sentiment.mode …` reaches the running app: the settings file is
    // watched (its folder too, since a file written anew is a new file to the watcher).
    m_settingsWatcher = new QFileSystemWatcher(this);
    m_settingsWatcher->addPath(dataDir);
    const QString settingsFile = Settings::filePath(dataDir);
    if (QFileInfo::exists(settingsFile))
        m_settingsWatcher->addPath(settingsFile);
    auto reread = [this, settingsFile] {
        if (QFileInfo::exists(settingsFile) && !m_settingsWatcher->files().contains(settingsFile))
            m_settingsWatcher->addPath(settingsFile);
        applySettings();
    };
    connect(m_settingsWatcher, &QFileSystemWatcher::fileChanged, this, reread);
    connect(m_settingsWatcher, &QFileSystemWatcher::directoryChanged, this, reread);
}

void ScrapeController::applySettings()
{
    const bool paused = Settings(m_dataDir).schedulerPaused();
    if (paused != isPaused())
        setPaused(paused);
    const sentiment::Mode mode = sentimentMode();
    if (mode != m_knownMode) {
        m_knownMode = mode;
        emit sentimentModeChanged(mode);
    }
}

void ScrapeController::rememberPaused(bool paused)
{
    Settings settings(m_dataDir);
    if (settings.schedulerPaused() != paused) {
        if (Status s = settings.setSchedulerPaused(paused); !s.ok())
            qWarning("%s", qPrintable(s.error().message));
    }
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
    rememberPaused(paused);
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
    return commentSentimentMode(m_dataDir);
}

void ScrapeController::setSentimentMode(sentiment::Mode mode)
{
    // The scheduler reads the mode from the settings at each scrape.
    if (Status s = setCommentSentimentMode(m_dataDir, mode); !s.ok())
        qWarning("%s", qPrintable(s.error().message));
    if (mode == m_knownMode)
        return;
    m_knownMode = mode;
    emit sentimentModeChanged(mode);
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
    // A governor opened on the data folder reads its states from the store: never on the GUI thread.
    if (m_governorReading) {
        m_governorDirty = true;
        return;
    }
    m_governorReading = true;
    m_governorDirty = false;
    std::shared_ptr<RateGovernor> governor = m_governor;
    whenReady(QtConcurrent::run([governor] { return governor->states(); }), this,
              [this](const QHash<QString, GovernorState> &states) {
                  m_governorReading = false;
                  applyGovernorStates(states);
                  if (m_governorDirty)
                      refreshGovernor();
              });
}

void ScrapeController::applyGovernorStates(const QHash<QString, GovernorState> &states)
{
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

QFuture<Result<QList<GovernorIdentityStatus>>> ScrapeController::governorStatus()
{
    return QtConcurrent::run(
        [dataDir = m_dataDir, governor = m_governor] { return GovernorService(dataDir, governor).status(); });
}

QFuture<Result<QList<GovernorResumed>>> ScrapeController::resumeReading(std::optional<Platform> platform, bool unpause)
{
    // The app's own governor: its views (the status bar) hear of the change at once.
    auto answer = std::make_shared<QPromise<Result<QList<GovernorResumed>>>>();
    answer->start();
    whenReady(QtConcurrent::run([dataDir = m_dataDir, governor = m_governor, platform] {
                  return GovernorService(dataDir, governor).resume(platform);
              }),
              this, [this, unpause, answer, platform](Result<QList<GovernorResumed>> lifted) {
                  if (!lifted.ok()) {
                      emit resumeFailed(lifted.error().message);
                  } else {
                      if (unpause || m_pausedForUser)
                          setPaused(false);
                      // The scheduler's tasks that waited for this platform run at once.
                      if (platform) {
                          m_scheduler->resumePlatform(*platform);
                      } else {
                          m_scheduler->resumePlatform(Platform::Instagram);
                          m_scheduler->resumePlatform(Platform::TikTok);
                      }
                      refreshGovernor();
                      emit readingResumed(lifted.value());
                  }
                  answer->addResult(lifted);
                  answer->finish();
              });
    return answer->future();
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
                      // A new session is a new identity for the governor; Instagram's tasks that waited for
                      // a session run again.
                      if (m_pausedForUser) {
                          m_pausedForUser = false;
                          m_scheduler->resumePlatform(Platform::Instagram);
                      }
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
