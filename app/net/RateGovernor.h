#pragma once

#include "domain/Result.h"
#include "net/BudgetUse.h"
#include "net/GovernorConfig.h"
#include "net/GovernorState.h"
#include "platform/FailureClass.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace reelpulse {

class CancelFlag;
class GovernorLedger;
struct GovernorSnapshot;

/// Paces the requests ReelPulse makes to a platform and reacts to the platform's pushback.
///
/// **One truth for every process.** A governor opened on a data folder (open()) keeps the request log
/// and the identity states in that folder's store, and reads them before each request: the app and
/// any number of reelpulse-cli processes on the same folder share one budget and one set of pauses.
/// Letting a request through is one `BEGIN IMMEDIATE` transaction that reads the identity's state and
/// its requests in the budget windows and, when they allow it, logs the request; so two processes
/// never both spend the last request of a budget, and a pause or stop written by any process (a
/// checkpoint met by the app, `reelpulse-cli governor resume`) applies at the next request of every
/// process. A governor made with the constructor keeps the same log in memory, for this process only.
///
/// **Identities.** One serial queue per identity (host + hash of the session id, see identityFor()):
/// requests of the same identity in this process run one after the other whichever thread asks, each
/// after a random jitter and only within the request budgets of GovernorConfig.
///
/// **No silent long waits.** run() sleeps at most GovernorConfig::maxInlineWaitMs (default 5 s): the
/// jitter, a budget window about to free a slot, a short pause. Any longer wait is not slept: run()
/// returns at once, without a request, the failure that explains it with retryAfterSeconds set (a used-up
/// budget is reported as RateLimited). The caller reports what it waits for and until when, and moves on
/// (e.g. to the other platform); blocked() tells it beforehand whether an identity can read now.
///
/// **Failure actions.** RateLimited pauses the identity for the window (at least rateLimitMinWaitMs,
/// longer if Retry-After says so) and returns with retryAfterSeconds (retried inline only when that
/// pause fits the inline limit); SoftBlock pauses it with an exponential backoff from 15 min (reset by
/// the first success after the pause); LoginWall pauses it 30 min and flags that a session is needed;
/// Checkpoint stops it until resetState() (`reelpulse-cli governor resume`); Network is retried after
/// the short delays of networkRetryDelaysMs; the other classes go back to the caller. A pause never
/// shortens one already in force, and nothing but resetState() ends a checkpoint.
///
/// When the store cannot be read or written, run() makes no request and returns a Network failure.
///
/// Thread-safe: share one governor between the worker threads (std::shared_ptr).
class RateGovernor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateGovernor)

public:
    /// Milliseconds since the epoch.
    using Clock = std::function<qint64()>;
    /// Waits ms milliseconds; returns false when cancel (may be null) was raised meanwhile.
    using Sleeper = std::function<bool(qint64 ms, const CancelFlag *cancel)>;
    /// Performs one request: std::nullopt on success, else the classified failure.
    using Request = std::function<std::optional<ScrapeFailure>()>;

    /// A wait the governor asked for (slept by the sleeper), for tests and diagnostics.
    struct Wait
    {
        QString identity;
        QString queryType;
        qint64 ms = 0;
        QString reason; ///< "jitter", "budget", "rate_limited", "soft_block", "login_wall", "network"
    };

    /// A governor that keeps its log in memory only (this process).
    explicit RateGovernor(GovernorConfig config = {}, QObject *parent = nullptr);
    ~RateGovernor() override;

    /// A governor whose request log and states live in the store of dataDir, configured by the settings
    /// of dataDir (GovernorConfig::fromSettings), which it re-reads every few seconds.
    static Result<std::shared_ptr<RateGovernor>> open(const QString &dataDir);
    /// The same with an explicit configuration (tests, benchmarks).
    static Result<std::shared_ptr<RateGovernor>> open(const QString &dataDir, GovernorConfig config);

    /// The identity of a host read with a session ("anonymous" or a session identity key).
    static QString identityFor(const QString &host, const QString &sessionKey);

    /// Runs request for identity within the budgets of queryType, handling waits and retries as
    /// described above. Returns std::nullopt on success, or the failure to report (without calling
    /// request at all when the identity is stopped, paused or out of budget for longer than
    /// maxInlineWaitMs; retryAfterSeconds then says for how long).
    std::optional<ScrapeFailure> run(const QString &identity, const QString &queryType, const Request &request,
                                     const CancelFlag *cancel = nullptr);

    /// Why identity cannot read now, from the shared (persisted) state: a checkpoint, or a pause that
    /// lasts longer than the inline limit (resumeAt says until when). std::nullopt when run() would go
    /// ahead (possibly after a short wait). A used-up budget of one query type does not block the
    /// identity (other query types may still go); run() reports it. One read of the store.
    std::optional<GovernorState> blocked(const QString &identity) const;
    /// When identity's pause ends (std::nullopt: not blocked, or stopped until resumed: see blocked()).
    std::optional<QDateTime> blockedUntil(const QString &identity) const;

    GovernorState state(const QString &identity) const;
    /// Every identity the governor knows (a state recorded by any process, or requests in the current
    /// windows), with its state.
    QHash<QString, GovernorState> states() const;
    /// The use of each budget that applies to identity's requests in the current windows.
    QList<BudgetUse> budgetUse(const QString &identity) const;
    /// Lets a stopped identity run again after the person solved the security check.
    void clearCheckpoint(const QString &identity);
    /// Forgets any pause or stop of identity (e.g. after signing in again, or `governor resume`).
    void resetState(const QString &identity);

    /// Requests let through for identity (and queryType, when not empty) since sinceMs.
    int requestCount(const QString &identity, const QString &queryType, qint64 sinceMs) const;

    /// Sets the configuration (and stops following the settings, for a governor opened on them).
    void setConfig(const GovernorConfig &config);
    GovernorConfig config() const;
    void setClock(Clock clock);
    void setSleeper(Sleeper sleeper);
    qint64 nowMs() const;
    bool isPersistent() const;
    QList<Wait> waits() const; ///< the most recent waits, oldest first
    void clearWaits();
    /// Blocks until queued store work (pruning) is done (tests, shutdown).
    void flush();

signals:
    /// The state of identity changed in this process (emitted from the thread that changed it). States
    /// written by other processes are seen by state()/states() at their next call.
    void stateChanged(const QString &identity);

private:
    struct Decision;
    Decision decide(const GovernorSnapshot &snapshot, const QString &identity, const QString &queryType, qint64 now,
                    const GovernorConfig &config) const;
    GovernorState stateOf(const GovernorSnapshot &snapshot, qint64 now, const GovernorConfig &config) const;
    GovernorConfig currentConfig() const;
    std::shared_ptr<QMutex> queueOf(const QString &identity);
    bool sleep(const QString &identity, const QString &queryType, qint64 ms, const QString &reason,
               const CancelFlag *cancel);
    std::optional<ScrapeFailure> reserve(const QString &identity, const QString &queryType, const CancelFlag *cancel,
                                         bool *hadState);
    qint64 applyFailure(const QString &identity, const ScrapeFailure &failure);
    void applySuccess(const QString &identity);

    mutable QMutex m_mutex;
    mutable GovernorConfig m_config;
    QString m_settingsDir;               ///< follow the settings of this data folder (empty: m_config is fixed)
    mutable qint64 m_settingsReadMs = 0; ///< when the settings were last read (monotonic)
    Clock m_clock;
    Sleeper m_sleeper;
    QHash<QString, std::shared_ptr<QMutex>> m_queues; ///< the serial queue of each identity
    std::deque<Wait> m_waits;
    std::unique_ptr<GovernorLedger> m_ledger;
    std::atomic_int m_appendsSincePrune{0};
};

} // namespace reelpulse
