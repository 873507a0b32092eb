#pragma once

#include "storage/GovernorStore.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace reelpulse {

/// Where a RateGovernor keeps its request log and identity states: the store of a data folder (one truth
/// for every process that uses the folder, see GovernorStore) or, for a governor without a store, memory.
/// Both answer the same calls with the same meaning, so the governor has one code path.
///
/// Internal to the net layer (it exposes storage types, which the layers above do not see). Thread-safe.
class GovernorLedger final
{
public:
    /// A ledger in memory, for this process only.
    GovernorLedger();
    /// A ledger in the store of dataDir; request rows older than pruneBeforeMs are deleted.
    static Result<std::unique_ptr<GovernorLedger>> open(const QString &dataDir, qint64 pruneBeforeMs);
    ~GovernorLedger();
    Q_DISABLE_COPY_MOVE(GovernorLedger)

    bool isPersistent() const { return m_store != nullptr; }

    /// See GovernorStore::snapshot() and update().
    Result<GovernorSnapshot> snapshot(const QString &identity, qint64 requestsSinceMs);
    Result<GovernorSnapshot> update(const QString &identity, qint64 requestsSinceMs,
                                    const GovernorStore::Update &update);
    Result<QList<StoredGovernorState>> states();
    Result<QList<LoggedRequest>> requests(const QString &identity, qint64 sinceMs);
    void pruneBefore(qint64 atMs);
    void flush();

private:
    GovernorSnapshot snapshotLocked(const QString &identity, qint64 requestsSinceMs) const;

    std::unique_ptr<GovernorStore> m_store;
    // In memory (when m_store is null):
    mutable QMutex m_mutex;
    QHash<QString, StoredGovernorState> m_states;
    QList<LoggedRequest> m_requests; ///< ascending by time
};

} // namespace reelpulse
