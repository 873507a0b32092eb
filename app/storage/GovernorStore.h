#pragma once

#include "domain/Result.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace reelpulse {

class Database;

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

/// What a governor transaction sees of one identity.
struct GovernorSnapshot
{
    std::optional<StoredGovernorState> state; ///< none: the identity has no pause recorded
    QList<LoggedRequest> requests;            ///< its requests since the time asked for, oldest first
};

/// What a governor transaction writes for one identity.
struct GovernorChange
{
    enum class State { Keep, Save, Remove };

    std::optional<LoggedRequest> append; ///< a request row to add
    State stateChange = State::Keep;
    StoredGovernorState state; ///< written when stateChange is Save
};

/// The rate governor's request log and identity states in the store of a data folder: the one truth that
/// every process using the folder (the app, any number of reelpulse-cli) reads before each request.
///
/// Owns a thread with its own Database connection (QSqlDatabase connections belong to one thread, and the
/// governor is called from several); every call is a job answered by that thread, in the order the calls
/// were made. update() is one `BEGIN IMMEDIATE` transaction: it reads the identity's state and requests
/// and writes what the caller's function decides before any other process can write, so two processes
/// never both take the last request of a budget. The connection waits up to BusyTimeoutMs for another
/// process's write lock instead of failing with "database is locked".
class GovernorStore final
{
public:
    /// How long a write waits for another process's lock (SQLite busy timeout).
    static constexpr int BusyTimeoutMs = 30'000;

    using Update = std::function<GovernorChange(const GovernorSnapshot &)>;

    /// Opens the store in dataDir and prunes request-log rows older than pruneBeforeMs.
    static Result<std::unique_ptr<GovernorStore>> open(const QString &dataDir, qint64 pruneBeforeMs);
    ~GovernorStore();
    Q_DISABLE_COPY_MOVE(GovernorStore)

    /// The identity's state and its requests since requestsSinceMs (a consistent read, no lock taken).
    Result<GovernorSnapshot> snapshot(const QString &identity, qint64 requestsSinceMs);
    /// Reads the snapshot and writes what update returns for it, atomically; returns the snapshot seen.
    /// update runs in the store's thread while the caller waits: it must only compute.
    Result<GovernorSnapshot> update(const QString &identity, qint64 requestsSinceMs, const Update &update);
    /// Every stored identity state, by identity.
    Result<QList<StoredGovernorState>> states();
    /// Requests since sinceMs of identity (every identity when empty), oldest first.
    Result<QList<LoggedRequest>> requests(const QString &identity, qint64 sinceMs);

    /// Deletes request rows older than atMs (queued: the caller does not wait).
    void pruneBefore(qint64 atMs);
    /// Blocks until every job queued so far is done.
    void flush();

private:
    using Job = std::function<void(Database &)>;

    GovernorStore() = default;
    void enqueue(Job job);
    /// Runs fn in the store's thread and returns its value.
    template <typename T> T call(const std::function<T(Database &)> &fn);
    void run(const QString &dataDir, qint64 pruneBeforeMs);

    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QList<Job> m_queue;
    quint64 m_enqueued = 0;
    quint64 m_done = 0;
    bool m_stop = false;
    bool m_ready = false;
    std::optional<Error> m_openError;
};

} // namespace reelpulse
