#include "net/GovernorLedger.h"

#include <QMutexLocker>
#include <algorithm>

namespace reelpulse {

GovernorLedger::GovernorLedger() = default;

GovernorLedger::~GovernorLedger() = default;

Result<std::unique_ptr<GovernorLedger>> GovernorLedger::open(const QString &dataDir, qint64 pruneBeforeMs)
{
    auto store = GovernorStore::open(dataDir, pruneBeforeMs);
    if (!store.ok())
        return store.error();
    auto ledger = std::make_unique<GovernorLedger>();
    ledger->m_store = std::move(store).value();
    return ledger;
}

GovernorSnapshot GovernorLedger::snapshotLocked(const QString &identity, qint64 requestsSinceMs) const
{
    GovernorSnapshot snapshot;
    if (const auto it = m_states.constFind(identity); it != m_states.constEnd())
        snapshot.state = *it;
    const auto from = std::lower_bound(m_requests.cbegin(), m_requests.cend(), requestsSinceMs,
                                       [](const LoggedRequest &r, qint64 at) { return r.atMs < at; });
    for (auto it = from; it != m_requests.cend(); ++it) {
        if (it->identity == identity)
            snapshot.requests.append(*it);
    }
    return snapshot;
}

Result<GovernorSnapshot> GovernorLedger::snapshot(const QString &identity, qint64 requestsSinceMs)
{
    if (m_store)
        return m_store->snapshot(identity, requestsSinceMs);
    const QMutexLocker lock(&m_mutex);
    return snapshotLocked(identity, requestsSinceMs);
}

Result<GovernorSnapshot> GovernorLedger::update(const QString &identity, qint64 requestsSinceMs,
                                                const GovernorStore::Update &update)
{
    if (m_store)
        return m_store->update(identity, requestsSinceMs, update);
    const QMutexLocker lock(&m_mutex);
    GovernorSnapshot seen = snapshotLocked(identity, requestsSinceMs);
    const GovernorChange change = update(seen);
    if (change.append) {
        const auto at = std::upper_bound(m_requests.begin(), m_requests.end(), change.append->atMs,
                                         [](qint64 ms, const LoggedRequest &r) { return ms < r.atMs; });
        m_requests.insert(at, *change.append);
    }
    if (change.stateChange == GovernorChange::State::Save) {
        StoredGovernorState state = change.state;
        state.identity = identity;
        m_states.insert(identity, state);
    } else if (change.stateChange == GovernorChange::State::Remove) {
        m_states.remove(identity);
    }
    return seen;
}

Result<QList<StoredGovernorState>> GovernorLedger::states()
{
    if (m_store)
        return m_store->states();
    const QMutexLocker lock(&m_mutex);
    QList<StoredGovernorState> all = m_states.values();
    std::sort(all.begin(), all.end(),
              [](const StoredGovernorState &a, const StoredGovernorState &b) { return a.identity < b.identity; });
    return all;
}

Result<QList<LoggedRequest>> GovernorLedger::requests(const QString &identity, qint64 sinceMs)
{
    if (m_store)
        return m_store->requests(identity, sinceMs);
    const QMutexLocker lock(&m_mutex);
    QList<LoggedRequest> found;
    for (const LoggedRequest &request : std::as_const(m_requests)) {
        if (request.atMs >= sinceMs && (identity.isEmpty() || request.identity == identity))
            found.append(request);
    }
    return found;
}

void GovernorLedger::pruneBefore(qint64 atMs)
{
    if (m_store) {
        m_store->pruneBefore(atMs);
        return;
    }
    const QMutexLocker lock(&m_mutex);
    m_requests.removeIf([atMs](const LoggedRequest &r) { return r.atMs < atMs; });
}

void GovernorLedger::flush()
{
    if (m_store)
        m_store->flush();
}

} // namespace reelpulse
