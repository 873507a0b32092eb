#include "storage/GovernorStore.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

Status appendRequest(const QSqlDatabase &db, const LoggedRequest &request)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO request_log (identity, query_type, at_ms) VALUES (?, ?, ?)"_s);
    q.addBindValue(request.identity);
    q.addBindValue(request.queryType);
    q.addBindValue(request.atMs);
    return sql::exec(q, u"logging a request"_s);
}

Status saveState(const QSqlDatabase &db, const StoredGovernorState &state)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO governor_state (identity, state, resume_at_ms, backoff_level, message) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (identity) DO UPDATE SET state = excluded.state, "
              "resume_at_ms = excluded.resume_at_ms, backoff_level = excluded.backoff_level, "
              "message = excluded.message"_s);
    q.addBindValue(state.identity);
    q.addBindValue(state.state);
    q.addBindValue(state.resumeAtMs ? QVariant(*state.resumeAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(state.backoffLevel);
    q.addBindValue(sql::textOrNull(state.message));
    return sql::exec(q, u"saving a governor state"_s);
}

Status deleteState(const QSqlDatabase &db, const QString &identity)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM governor_state WHERE identity = ?"_s);
    q.addBindValue(identity);
    return sql::exec(q, u"clearing a governor state"_s);
}

Status prune(const QSqlDatabase &db, qint64 beforeMs)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM request_log WHERE at_ms < ?"_s);
    q.addBindValue(beforeMs);
    return sql::exec(q, u"pruning the request log"_s);
}

StoredGovernorState stateFrom(const QSqlQuery &q)
{
    StoredGovernorState state;
    state.identity = q.value(0).toString();
    state.state = q.value(1).toString();
    if (!q.value(2).isNull())
        state.resumeAtMs = q.value(2).toLongLong();
    state.backoffLevel = q.value(3).toInt();
    state.message = q.value(4).toString();
    return state;
}

Result<QList<StoredGovernorState>> readStates(const QSqlDatabase &db, const QString &identity)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (identity.isEmpty()) {
        q.prepare(u"SELECT identity, state, resume_at_ms, backoff_level, message FROM governor_state "
                  "ORDER BY identity"_s);
    } else {
        q.prepare(u"SELECT identity, state, resume_at_ms, backoff_level, message FROM governor_state "
                  "WHERE identity = ?"_s);
        q.addBindValue(identity);
    }
    if (auto s = sql::exec(q, u"reading the governor state"_s); !s.ok())
        return s.error();
    QList<StoredGovernorState> states;
    while (q.next())
        states.append(stateFrom(q));
    return states;
}

Result<QList<LoggedRequest>> readRequests(const QSqlDatabase &db, const QString &identity, qint64 sinceMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (identity.isEmpty()) {
        q.prepare(u"SELECT identity, query_type, at_ms FROM request_log WHERE at_ms >= ? ORDER BY at_ms, id"_s);
        q.addBindValue(sinceMs);
    } else {
        q.prepare(u"SELECT identity, query_type, at_ms FROM request_log WHERE identity = ? AND at_ms >= ? "
                  "ORDER BY at_ms, id"_s);
        q.addBindValue(identity);
        q.addBindValue(sinceMs);
    }
    if (auto s = sql::exec(q, u"reading the request log"_s); !s.ok())
        return s.error();
    QList<LoggedRequest> requests;
    while (q.next())
        requests.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return requests;
}

Result<GovernorSnapshot> readSnapshot(const QSqlDatabase &db, const QString &identity, qint64 sinceMs)
{
    GovernorSnapshot snapshot;
    auto states = readStates(db, identity);
    if (!states.ok())
        return states.error();
    if (!states->isEmpty())
        snapshot.state = states->first();
    auto requests = readRequests(db, identity, sinceMs);
    if (!requests.ok())
        return requests.error();
    snapshot.requests = std::move(requests).value();
    return snapshot;
}

bool execute(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    *error = q.lastError().text();
    return false;
}

/// Runs fn between `begin` and COMMIT; rolls back when it fails. The SQLite error goes to the log.
template <typename T>
Result<T> inTransaction(const QSqlDatabase &db, const QString &begin, const std::function<Result<T>()> &fn)
{
    QString error;
    if (!execute(db, begin, &error)) {
        qCWarning(lcStorage) << "the request log could not be locked:" << error;
        return Error::storage(QCoreApplication::translate("reelpulse::GovernorStore",
                                                          "The request log in the store could not be used (%1).")
                                  .arg(error));
    }
    Result<T> result = fn();
    if (result.ok() && execute(db, u"COMMIT"_s, &error))
        return result;
    if (result.ok()) {
        qCWarning(lcStorage) << "the request log could not be saved:" << error;
        result = Error::storage(QCoreApplication::translate("reelpulse::GovernorStore",
                                                            "The request log in the store could not be saved (%1).")
                                    .arg(error));
    }
    QString ignored;
    execute(db, u"ROLLBACK"_s, &ignored);
    return result;
}

} // namespace

Result<std::unique_ptr<GovernorStore>> GovernorStore::open(const QString &dataDir, qint64 pruneBeforeMs)
{
    std::unique_ptr<GovernorStore> store(new GovernorStore);
    GovernorStore *raw = store.get();
    store->m_thread.reset(QThread::create([raw, dataDir, pruneBeforeMs] { raw->run(dataDir, pruneBeforeMs); }));
    store->m_thread->setObjectName(u"reelpulse-governor-store"_s);
    store->m_thread->start();
    QMutexLocker lock(&store->m_mutex);
    while (!store->m_ready)
        store->m_idle.wait(&store->m_mutex);
    if (store->m_openError) {
        const Error error = *store->m_openError;
        lock.unlock();
        store->m_thread->wait();
        return error;
    }
    return store;
}

GovernorStore::~GovernorStore()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    if (m_thread)
        m_thread->wait();
}

void GovernorStore::run(const QString &dataDir, qint64 pruneBeforeMs)
{
    auto opened = Database::open(dataDir);
    if (!opened.ok()) {
        const QMutexLocker lock(&m_mutex);
        m_openError = opened.error();
        m_ready = true;
        m_idle.wakeAll();
        return;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    {
        // Wait for another process's write lock rather than fail: the governor's transactions are short.
        QSqlQuery q(database->connection());
        if (!q.exec(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)))
            qCWarning(lcStorage) << "cannot set the busy timeout of the request log:" << q.lastError().text();
    }
    if (const Status pruned = database->transaction([&] { return prune(database->connection(), pruneBeforeMs); });
        !pruned.ok())
        qCWarning(lcStorage) << "the request log could not be pruned:" << pruned.error().message;
    {
        const QMutexLocker lock(&m_mutex);
        m_ready = true;
        m_idle.wakeAll();
    }

    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_queue.isEmpty())
                break;
            job = m_queue.takeFirst();
        }
        job(*database);
        const QMutexLocker lock(&m_mutex);
        ++m_done;
        m_idle.wakeAll();
    }
}

void GovernorStore::enqueue(Job job)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(job));
    ++m_enqueued;
    m_wake.wakeAll();
}

template <typename T> T GovernorStore::call(const std::function<T(Database &)> &fn)
{
    std::promise<T> promise;
    std::future<T> answer = promise.get_future();
    enqueue([&promise, &fn](Database &database) { promise.set_value(fn(database)); });
    return answer.get();
}

Result<GovernorSnapshot> GovernorStore::snapshot(const QString &identity, qint64 requestsSinceMs)
{
    return call<Result<GovernorSnapshot>>([&](Database &database) {
        const QSqlDatabase db = database.connection();
        return inTransaction<GovernorSnapshot>(db, u"BEGIN"_s,
                                               [&] { return readSnapshot(db, identity, requestsSinceMs); });
    });
}

Result<GovernorSnapshot> GovernorStore::update(const QString &identity, qint64 requestsSinceMs, const Update &update)
{
    return call<Result<GovernorSnapshot>>([&](Database &database) {
        const QSqlDatabase db = database.connection();
        return inTransaction<GovernorSnapshot>(db, u"BEGIN IMMEDIATE"_s, [&]() -> Result<GovernorSnapshot> {
            auto seen = readSnapshot(db, identity, requestsSinceMs);
            if (!seen.ok())
                return seen;
            const GovernorChange change = update(seen.value());
            if (change.append) {
                if (auto s = appendRequest(db, *change.append); !s.ok())
                    return s.error();
            }
            if (change.stateChange == GovernorChange::State::Save) {
                StoredGovernorState state = change.state;
                state.identity = identity;
                if (auto s = saveState(db, state); !s.ok())
                    return s.error();
            } else if (change.stateChange == GovernorChange::State::Remove) {
                if (auto s = deleteState(db, identity); !s.ok())
                    return s.error();
            }
            return seen;
        });
    });
}

Result<QList<StoredGovernorState>> GovernorStore::states()
{
    return call<Result<QList<StoredGovernorState>>>(
        [](Database &database) { return readStates(database.connection(), {}); });
}

Result<QList<LoggedRequest>> GovernorStore::requests(const QString &identity, qint64 sinceMs)
{
    return call<Result<QList<LoggedRequest>>>(
        [&](Database &database) { return readRequests(database.connection(), identity, sinceMs); });
}

void GovernorStore::pruneBefore(qint64 atMs)
{
    enqueue([atMs](Database &database) {
        const Status pruned = database.transaction([&] { return prune(database.connection(), atMs); });
        if (!pruned.ok())
            qCWarning(lcStorage) << "the request log could not be pruned:" << pruned.error().message;
    });
}

void GovernorStore::flush()
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_enqueued;
    while (m_done < target && m_thread && m_thread->isRunning())
        m_idle.wait(&m_mutex, 200);
}

} // namespace reelpulse
