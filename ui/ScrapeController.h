#pragma once

#include "ScrapeSetup.h"
#include "domain/Result.h"
#include "platform/FailureClass.h"
#include "sentiment/SentimentTypes.h"
#include "services/GovernorService.h"
#include "storage/ScrapeRecords.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QFileSystemWatcher;
class QNetworkCookie;
class QTimer;

namespace reelpulse {

class RateGovernor;
class Scheduler;
class ScrapeEnvironment;
class SessionManager;
struct GovernorState;
struct InstagramSession;
struct ScrapeReport;

/// The window's link to scraping: owns the Scheduler (which runs its own thread), the Instagram
/// session and the rate governor's status. Every method returns at once: session reads and writes
/// (the keychain may take a moment) and the governor's state (kept in the store, shared with every
/// process on the data folder) are read and written on a pool thread and answer with signals or futures.
///
/// The "paused" switch and the sentiment mode are kept in the data folder's settings (scheduler.paused,
/// sentiment.mode), shared with reelpulse-cli: a change made there reaches the running app.
class ScrapeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeController)

public:
    /// How serious the governor's state is, for the status bar's colour.
    enum class Pressure { None, Waiting, Blocked };
    Q_ENUM(Pressure)

    ScrapeController(const QString &dataDir, ScrapeSetup setup, QObject *parent = nullptr);
    ~ScrapeController() override;

    /// Loads the saved Instagram session, then starts the scheduler's thread (paused when the
    /// settings say so). Does nothing when it runs already.
    void start();
    /// Stops the scheduler: aborts the request in flight and waits for the thread (quit).
    void stop();
    bool isStarted() const { return m_started; }

    bool isPaused() const;
    /// Pauses or resumes picking due tasks, and remembers the choice.
    void setPaused(bool paused);
    /// The mode the comments of new scrapes are scored in (settings: sentiment.mode).
    sentiment::Mode sentimentMode() const;
    /// Scores the comments of the next scrapes in `mode`, and remembers it.
    void setSentimentMode(sentiment::Mode mode);
    /// Scrapes these tasks next (also while paused); starts the scheduler first when needed.
    void scrapeNow(const QList<TaskRef> &tasks);
    /// Looks for due tasks now (after tasks were added or edited).
    void checkNow();

    /// The governor's state in a line ("Instagram: Rate limited, resumes in 4 min"); empty when every
    /// identity is ready.
    QString governorSummary() const { return m_governorSummary; }
    Pressure governorPressure() const { return m_pressure; }
    /// Re-reads the governor's state (on a pool thread) now; the status bar also does so every few seconds.
    void refreshGovernor();

    /// Every identity's state as the governor keeps it (GovernorService::status()), read on a pool thread.
    QFuture<Result<QList<GovernorIdentityStatus>>> governorStatus();
    /// Lifts the checkpoint, sign-in wall, soft block and rate limit of `platform`'s identities (all when
    /// none) once the person dealt with them (GovernorService::resume()), on a pool thread since the store
    /// may be locked a moment. Then scraping resumes when `unpause` is set or when it paused itself for the
    /// person, and readingResumed() (or resumeFailed()) tells the window.
    QFuture<Result<QList<GovernorResumed>>> resumeReading(std::optional<Platform> platform, bool unpause);

    std::shared_ptr<SessionManager> sessionManager() const { return m_session; }
    std::shared_ptr<RateGovernor> governor() const { return m_governor; }
    /// Who is signed in, for a person ("account 1234567"); empty when nobody is.
    QString signedInAccount() const;

    /// Saves the session of an Instagram sign-in (cookies from the embedded browser).
    void signInWithCookies(const QList<QNetworkCookie> &cookies);
    /// Saves a session a person pasted (see SignInCookieCollector::fromPastedSessionId).
    void signInWithSession(const InstagramSession &session);
    /// Removes the saved session.
    void signOut();

signals:
    void started();
    void startFailed(const QString &message);
    void taskStarted(reelpulse::TaskKind kind, const QString &id, const QString &label);
    void progress(reelpulse::TaskKind kind, const QString &id, const QString &stage);
    void taskFinished(reelpulse::TaskKind kind, const QString &id, int postsProcessed, int commentsStored);
    void taskFailed(reelpulse::TaskKind kind, const QString &id, reelpulse::FailureClass cls, const QString &message);
    void taskError(reelpulse::TaskKind kind, const QString &id, const QString &message);
    void reportReady(const reelpulse::ScrapeReport &report);
    void needsUser(const QString &message);
    void pausedChanged(bool paused);
    void idle();
    /// A task was left for a later pass (its platform asks to wait, or another process scrapes it).
    void taskSkipped(reelpulse::TaskKind kind, const QString &id, const QString &reason);
    /// The platforms that ask to wait, a line each; empty when none does.
    void waitsChanged(const QStringList &waits);
    /// The sentiment mode changed: in the Settings, or elsewhere (reelpulse-cli config set sentiment.mode …).
    void sentimentModeChanged(reelpulse::sentiment::Mode mode);
    /// resumeReading() lifted these pauses and stops (may be empty: nothing was paused).
    void readingResumed(const QList<reelpulse::GovernorResumed> &lifted);
    /// resumeReading() could not change the governor's state.
    void resumeFailed(const QString &message);
    void governorChanged(const QString &summary, reelpulse::ScrapeController::Pressure pressure);
    /// The saved session was loaded, saved or removed; `account` is who is signed in now (may be empty).
    void sessionChanged(const QString &account);
    /// Loading, saving or removing the session failed.
    void sessionFailed(const QString &message);

private:
    void runSessionJob(std::function<Status()> job, std::function<void()> onSuccess);
    void startScheduler();
    void applySettings();
    void rememberPaused(bool paused);
    void applyGovernorStates(const QHash<QString, GovernorState> &states);

    QString m_dataDir;
    ScrapeSetup m_setup;
    std::unique_ptr<ScrapeEnvironment> m_environment;
    QFileSystemWatcher *m_settingsWatcher = nullptr;
    sentiment::Mode m_knownMode = sentiment::Mode::Social;
    std::shared_ptr<SessionManager> m_session;
    std::shared_ptr<RateGovernor> m_governor;
    Scheduler *m_scheduler = nullptr;
    QTimer *m_governorTimer = nullptr;
    QList<TaskRef> m_pendingForced;
    QString m_governorSummary;
    Pressure m_pressure = Pressure::None;
    bool m_governorReading = false; ///< a read of the governor's state is under way
    bool m_governorDirty = false;   ///< read again when it answers
    bool m_started = false;
    bool m_starting = false;
    bool m_pausedForUser = false;
};

} // namespace reelpulse
