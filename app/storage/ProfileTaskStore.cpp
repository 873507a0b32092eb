#include "storage/ProfileTaskStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString Columns =
    u"id, target_profile, is_competitor, status, interval_days, created_at, last_scraped, "
    "next_scrape_due, last_error, last_error_class, platform, auto_track, auto_track_latest, auto_track_since"_s;

ProfileTask fromRow(const QSqlQuery &q)
{
    ProfileTask t;
    t.id = q.value(0).toString();
    t.targetProfile = q.value(1).toString();
    t.isCompetitor = q.value(2).toInt() != 0;
    t.status = statusFromName(q.value(3).toString()).value_or(TaskStatus::Active);
    t.intervalDays = q.value(4).toInt();
    t.createdAt = sql::time(q.value(5));
    t.lastScraped = sql::optionalTime(q.value(6));
    t.nextScrapeDue = sql::time(q.value(7));
    t.lastError = q.value(8).toString();
    t.lastErrorClass = q.value(9).toString();
    t.platform = platformFromName(q.value(10).toString()).value_or(Platform::Instagram);
    t.autoTrack = autoTrackFromName(q.value(11).toString()).value_or(AutoTrack::Off);
    t.autoTrackLatest = q.value(12).toInt();
    t.autoTrackSince = sql::optionalTime(q.value(13));
    return t;
}

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::ProfileTaskStore", what);
}

} // namespace

ProfileTaskStore::ProfileTaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status ProfileTaskStore::insert(const ProfileTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO profile_tasks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(Columns));
    q.addBindValue(t.id);
    q.addBindValue(t.targetProfile);
    q.addBindValue(t.isCompetitor ? 1 : 0);
    q.addBindValue(statusName(t.status));
    q.addBindValue(t.intervalDays);
    q.addBindValue(sql::epoch(t.createdAt));
    q.addBindValue(sql::epochOrNull(t.lastScraped));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    q.addBindValue(platformName(t.platform));
    q.addBindValue(autoTrackName(t.autoTrack));
    q.addBindValue(t.autoTrackLatest);
    q.addBindValue(sql::epochOrNull(t.autoTrackSince));
    return sql::exec(q, doing("adding a profile task"));
}

Status ProfileTaskStore::update(const ProfileTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profile_tasks SET target_profile = ?, is_competitor = ?, status = ?, interval_days = ?, "
              "last_scraped = ?, next_scrape_due = ?, last_error = ?, last_error_class = ?, auto_track = ?, "
              "auto_track_latest = ?, auto_track_since = ? WHERE id = ?"_s);
    q.addBindValue(t.targetProfile);
    q.addBindValue(t.isCompetitor ? 1 : 0);
    q.addBindValue(statusName(t.status));
    q.addBindValue(t.intervalDays);
    q.addBindValue(sql::epochOrNull(t.lastScraped));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    q.addBindValue(autoTrackName(t.autoTrack));
    q.addBindValue(t.autoTrackLatest);
    q.addBindValue(sql::epochOrNull(t.autoTrackSince));
    q.addBindValue(t.id);
    return sql::exec(q, doing("updating a profile task"));
}

Result<bool> ProfileTaskStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM profile_tasks WHERE id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("removing a profile task"));
    if (!status.ok())
        return status.error();
    return q.numRowsAffected() > 0;
}

Result<ProfileTask> ProfileTaskStore::get(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM profile_tasks WHERE id = ?"_s.arg(Columns));
    q.addBindValue(id);
    auto status = sql::exec(q, doing("reading a profile task"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ProfileTaskStore", "No profile task with id \"%1\" exists.")
                .arg(id));
    return fromRow(q);
}

Result<QList<ProfileTask>> ProfileTaskStore::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM profile_tasks ORDER BY created_at, target_profile"_s.arg(Columns));
    auto status = sql::exec(q, doing("listing profile tasks"));
    if (!status.ok())
        return status.error();
    QList<ProfileTask> tasks;
    while (q.next())
        tasks.append(fromRow(q));
    return tasks;
}

Result<std::optional<ProfileTask>> ProfileTaskStore::findByTarget(const QString &username, Platform platform)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM profile_tasks WHERE platform = ? AND target_profile = ? LIMIT 1"_s.arg(Columns));
    q.addBindValue(platformName(platform));
    q.addBindValue(username);
    auto status = sql::exec(q, doing("looking up a profile task"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return std::optional<ProfileTask>();
    return std::optional<ProfileTask>(fromRow(q));
}

Result<int> ProfileTaskStore::count()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM profile_tasks"_s);
    auto status = sql::exec(q, doing("counting profile tasks"));
    if (!status.ok())
        return status.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace reelpulse
