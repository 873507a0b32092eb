#include "storage/GovernorStore.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageLog.h"

#include <QMutexLocker>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

Status writeJob(const QSqlDatabase &db, const LoggedRequest &request)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO request_log (identity, query_type, at_ms) VALUES (?, ?, ?)"_s);
    q.addBindValue(request.identity);
    q.addBindValue(request.queryType);
    q.addBindValue(request.atMs);
    return sql::exec(q, u"logging a request"_s);
}

Status writeJob(const QSqlDatabase &db, const StoredGovernorState &state)
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
    const QSqlDatabase db = database->connection();
    if (const Status pruned = prune(db, pruneBeforeMs); !pruned.ok())
        qCWarning(lcStorage) << pruned.error().message;
    QList<LoggedRequest> requests;
    QSqlQuery q(db);
    if (q.exec(u"SELECT identity, query_type, at_ms FROM request_log ORDER BY at_ms"_s)) {
        while (q.next())
            requests.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    QList<StoredGovernorState> states;
    if (q.exec(u"SELECT identity, state, resume_at_ms, backoff_level, message FROM governor_state"_s)) {
        while (q.next()) {
            StoredGovernorState state;
            state.identity = q.value(0).toString();
            state.state = q.value(1).toString();
            if (!q.value(2).isNull())
                state.resumeAtMs = q.value(2).toLongLong();
            state.backoffLevel = q.value(3).toInt();
            state.message = q.value(4).toString();
            states.append(state);
        }
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_loadedRequests = std::move(requests);
        m_loadedStates = std::move(states);
        m_ready = true;
        m_idle.wakeAll();
    }

    for (;;) {
        QList<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_queue.isEmpty())
                break;
            batch.swap(m_queue);
        }
        const Status written = database->transaction([&]() -> Status {
            for (const Job &job : batch) {
                Status status = Ok{};
                if (const auto *request = std::get_if<LoggedRequest>(&job))
                    status = writeJob(db, *request);
                else if (const auto *state = std::get_if<StoredGovernorState>(&job))
                    status = writeJob(db, *state);
                else if (const auto *remove = std::get_if<RemoveState>(&job))
                    status = deleteState(db, remove->identity);
                else if (const auto *pruneJob = std::get_if<Prune>(&job))
                    status = prune(db, pruneJob->beforeMs);
                if (!status.ok())
                    return status;
            }
            return Ok{};
        });
        if (!written.ok())
            qCWarning(lcStorage) << "the request log could not be saved:" << written.error().message;
        const QMutexLocker lock(&m_mutex);
        m_written += static_cast<quint64>(batch.size());
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

void GovernorStore::appendRequest(const LoggedRequest &request)
{
    enqueue(request);
}

void GovernorStore::saveState(const StoredGovernorState &state)
{
    enqueue(state);
}

void GovernorStore::removeState(const QString &identity)
{
    enqueue(RemoveState{identity});
}

void GovernorStore::pruneBefore(qint64 atMs)
{
    enqueue(Prune{atMs});
}

void GovernorStore::flush()
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_enqueued;
    while (m_written < target && m_thread && m_thread->isRunning())
        m_idle.wait(&m_mutex, 200);
}

} // namespace reelpulse
