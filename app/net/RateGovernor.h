#pragma once

#include "domain/Result.h"
#include "net/GovernorConfig.h"
#include "net/GovernorState.h"
#include "platform/FailureClass.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace reelpulse {

class CancelFlag;
class GovernorStore;

/// Paces the requests ReelPulse makes to a platform and reacts to the platform's pushback.
///
/// One serial queue per identity (host + hash of the session id, see identityFor()): requests of the
/// same identity run one after the other whichever thread asks, each after a random jitter and only
/// within the request budgets of GovernorConfig. The request log and the identity states are kept in
/// the store (request_log, governor_state), so budgets and stops survive a restart.
///
/// Failure actions: RateLimited waits the window (at least a minute, longer if Retry-After says so)
/// and retries; SoftBlock pauses the identity with an exponential backoff from 15 min (reset on
/// success); LoginWall pauses it 30 min and flags that a session is needed; Checkpoint stops it until
/// clearCheckpoint(); Network retries with backoff; the other classes go back to the caller.
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

    /// A governor that keeps its log in memory only.
    explicit RateGovernor(GovernorConfig config = {}, QObject *parent = nullptr);
    ~RateGovernor() override;

    /// A governor whose request log and states live in the store of dataDir.
    static Result<std::shared_ptr<RateGovernor>> open(const QString &dataDir, GovernorConfig config = {});

    /// The identity of a host read with a session ("anonymous" or a session identity key).
    static QString identityFor(const QString &host, const QString &sessionKey);

    /// Runs request for identity within the budgets of queryType, handling waits and retries as
    /// described above. Returns std::nullopt on success, or the failure to report (without calling
    /// request at all when the identity is stopped or paused longer than maxInlineWaitMs).
    std::optional<ScrapeFailure> run(const QString &identity, const QString &queryType, const Request &request,
                                     const CancelFlag *cancel = nullptr);

    GovernorState state(const QString &identity) const;
    /// Every identity the governor knows, with its state.
    QHash<QString, GovernorState> states() const;
    /// Lets a stopped identity run again after the person solved the security check.
    void clearCheckpoint(const QString &identity);
    /// Forgets any pause of identity (e.g. after signing in again).
    void resetState(const QString &identity);

    /// Requests let through for identity (and queryType, when not empty) since sinceMs.
    int requestCount(const QString &identity, const QString &queryType, qint64 sinceMs) const;

    void setConfig(const GovernorConfig &config);
    GovernorConfig config() const;
    void setClock(Clock clock);
    void setSleeper(Sleeper sleeper);
    qint64 nowMs() const;
    QList<Wait> waits() const; ///< the most recent waits, oldest first
    void clearWaits();
    /// Blocks until the persisted log has caught up (tests, shutdown).
    void flush();

signals:
    /// The state of identity changed (emitted from the thread that ran the request).
    void stateChanged(const QString &identity);

private:
    struct Identity;
    Identity &identityLocked(const QString &identity);
    GovernorState stateLocked(const Identity &id, qint64 now) const;
    qint64 budgetWaitLocked(const Identity &id, const QString &queryType, qint64 now) const;
    void setStateLocked(Identity &id, const QString &name, std::optional<qint64> resumeAtMs, const QString &message);
    bool sleep(const QString &identity, const QString &queryType, qint64 ms, const QString &reason,
               const CancelFlag *cancel);
    std::optional<ScrapeFailure> waitUntilAllowed(const QString &identity, const QString &queryType,
                                                  const CancelFlag *cancel);
    void applyFailure(const QString &identity, const ScrapeFailure &failure);
    void applySuccess(const QString &identity);

    mutable QMutex m_mutex;
    GovernorConfig m_config;
    Clock m_clock;
    Sleeper m_sleeper;
    QHash<QString, std::shared_ptr<Identity>> m_identities;
    std::deque<Wait> m_waits;
    std::unique_ptr<GovernorStore> m_store;
    int m_appendsSincePrune = 0;
};

} // namespace reelpulse
