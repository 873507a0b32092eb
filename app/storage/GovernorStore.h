#pragma once

#include "domain/Result.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <memory>
#include <optional>
#include <variant>

class QThread;

namespace reelpulse {

/// A request the governor let through, as kept in the request_log table.
struct LoggedRequest
{
    QString identity;
    QString queryType;
    qint64 atMs = 0;
};

/// A governor_state row.
struct StoredGovernorState
{
    QString identity;
    QString state;
    std::optional<qint64> resumeAtMs;
    int backoffLevel = 0;
    QString message;
};

/// Keeps the rate governor's request log and identity states in the store, so budgets and stops
/// survive a restart.
///
/// Owns a thread with its own Database connection; writes are queued and committed in batches (one
/// transaction per batch), so callers on any thread never wait for the disk. The destructor writes
/// what is queued before it returns.
class GovernorStore final
{
public:
    /// Opens the store in dataDir, prunes request-log rows older than pruneBeforeMs and loads the rest.
    static Result<std::unique_ptr<GovernorStore>> open(const QString &dataDir, qint64 pruneBeforeMs);
    ~GovernorStore();
    Q_DISABLE_COPY_MOVE(GovernorStore)

    QList<LoggedRequest> loadedRequests() const { return m_loadedRequests; }
    QList<StoredGovernorState> loadedStates() const { return m_loadedStates; }

    void appendRequest(const LoggedRequest &request);
    void saveState(const StoredGovernorState &state);
    void removeState(const QString &identity);
    void pruneBefore(qint64 atMs);
    /// Blocks until everything queued so far is written.
    void flush();

private:
    struct Prune
    {
        qint64 beforeMs;
    };
    struct RemoveState
    {
        QString identity;
    };
    using Job = std::variant<LoggedRequest, StoredGovernorState, RemoveState, Prune>;

    GovernorStore() = default;
    void enqueue(Job job);
    void run(const QString &dataDir, qint64 pruneBeforeMs);

    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QList<Job> m_queue;
    quint64 m_enqueued = 0;
    quint64 m_written = 0;
    bool m_stop = false;
    bool m_ready = false;
    std::optional<Error> m_openError;
    QList<LoggedRequest> m_loadedRequests;
    QList<StoredGovernorState> m_loadedStates;
};

} // namespace reelpulse
