#include "storage/ReelTaskStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString Select = u"SELECT r.id, r.project_id, p.name, r.reel_url, r.shortcode, r.media_id, r.status, "
                       "r.interval_days, r.created_at, r.last_scraped, r.next_scrape_due, r.last_error, "
                       "r.last_error_class FROM reel_tasks r JOIN projects p ON p.id = r.project_id"_s;

ReelTask fromRow(const QSqlQuery &q)
{
    ReelTask t;
    t.id = q.value(0).toString();
    t.projectId = q.value(1).toString();
    t.projectName = q.value(2).toString();
    t.reelUrl = q.value(3).toString();
    t.shortcode = q.value(4).toString();
    if (!q.value(5).isNull())
        t.mediaId = q.value(5).toLongLong();
    t.status = statusFromName(q.value(6).toString()).value_or(TaskStatus::Active);
    t.intervalDays = q.value(7).toInt();
    t.createdAt = sql::time(q.value(8));
    t.lastScraped = sql::optionalTime(q.value(9));
    t.nextScrapeDue = sql::time(q.value(10));
    t.lastError = q.value(11).toString();
    t.lastErrorClass = q.value(12).toString();
    return t;
}

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::ReelTaskStore", what);
}

} // namespace

ReelTaskStore::ReelTaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status ReelTaskStore::insert(const ReelTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO reel_tasks (id, project_id, reel_url, shortcode, media_id, status, interval_days, "
              "created_at, last_scraped, next_scrape_due, last_error, last_error_class) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.id);
    q.addBindValue(t.projectId);
    q.addBindValue(t.reelUrl);
    q.addBindValue(t.shortcode);
    q.addBindValue(t.mediaId ? QVariant(*t.mediaId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(statusName(t.status));
    q.addBindValue(t.intervalDays);
    q.addBindValue(sql::epoch(t.createdAt));
    q.addBindValue(sql::epochOrNull(t.lastScraped));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    return sql::exec(q, doing("adding a reel task"));
}

Status ReelTaskStore::update(const ReelTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE reel_tasks SET status = ?, interval_days = ?, last_scraped = ?, next_scrape_due = ?, "
              "last_error = ?, last_error_class = ? WHERE id = ?"_s);
    q.addBindValue(statusName(t.status));
    q.addBindValue(t.intervalDays);
    q.addBindValue(sql::epochOrNull(t.lastScraped));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    q.addBindValue(t.id);
    return sql::exec(q, doing("updating a reel task"));
}

Result<bool> ReelTaskStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM reel_tasks WHERE id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("removing a reel task"));
    if (!status.ok())
        return status.error();
    return q.numRowsAffected() > 0;
}

Result<ReelTask> ReelTaskStore::get(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(Select + u" WHERE r.id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("reading a reel task"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ReelTaskStore", "No reel task with id \"%1\" exists.").arg(id));
    return fromRow(q);
}

Result<QList<ReelTask>> ReelTaskStore::list(const QString &projectId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (projectId.isEmpty()) {
        q.prepare(Select + u" ORDER BY p.name, r.created_at, r.shortcode"_s);
    } else {
        q.prepare(Select + u" WHERE r.project_id = ? ORDER BY r.created_at, r.shortcode"_s);
        q.addBindValue(projectId);
    }
    auto status = sql::exec(q, doing("listing reel tasks"));
    if (!status.ok())
        return status.error();
    QList<ReelTask> tasks;
    while (q.next())
        tasks.append(fromRow(q));
    return tasks;
}

Result<std::optional<ReelTask>> ReelTaskStore::find(const QString &projectId, const QString &shortcode)
{
    QSqlQuery q(m_db);
    q.prepare(Select + u" WHERE r.project_id = ? AND r.shortcode = ?"_s);
    q.addBindValue(projectId);
    q.addBindValue(shortcode);
    auto status = sql::exec(q, doing("looking up a reel task"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return std::optional<ReelTask>();
    return std::optional<ReelTask>(fromRow(q));
}

} // namespace reelpulse
