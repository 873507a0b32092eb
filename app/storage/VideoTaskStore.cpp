#include "storage/VideoTaskStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString Select = u"SELECT id, platform, external_id, shortcode, source_url, is_active, interval_hours, metadata, "
                       "added_at, updated_at, first_scrape_time, last_scrape_time, next_scrape_due, last_error, "
                       "last_error_class, profile_task_id FROM video_tasks"_s;

VideoTask fromRow(const QSqlQuery &q)
{
    VideoTask t;
    t.id = q.value(0).toString();
    t.platform = platformFromName(q.value(1).toString()).value_or(Platform::Instagram);
    t.externalId = q.value(2).toString();
    t.shortcode = q.value(3).toString();
    t.sourceUrl = q.value(4).toString();
    t.isActive = q.value(5).toInt() != 0;
    t.intervalHours = q.value(6).toInt();
    t.metadata = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    t.addedAt = sql::time(q.value(8));
    t.updatedAt = sql::time(q.value(9));
    t.firstScrapeTime = sql::optionalTime(q.value(10));
    t.lastScrapeTime = sql::optionalTime(q.value(11));
    t.nextScrapeDue = sql::time(q.value(12));
    t.lastError = q.value(13).toString();
    t.lastErrorClass = q.value(14).toString();
    t.profileTaskId = q.value(15).toString();
    return t;
}

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::VideoTaskStore", what);
}

QString metadataText(const QJsonObject &metadata)
{
    return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

} // namespace

VideoTaskStore::VideoTaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status VideoTaskStore::insert(const VideoTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO video_tasks (id, platform, external_id, shortcode, source_url, is_active, interval_hours, "
              "metadata, added_at, updated_at, first_scrape_time, last_scrape_time, next_scrape_due, last_error, "
              "last_error_class, profile_task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.id);
    q.addBindValue(platformName(t.platform));
    q.addBindValue(t.externalId);
    q.addBindValue(sql::textOrNull(t.shortcode));
    q.addBindValue(sql::textOrNull(t.sourceUrl));
    q.addBindValue(t.isActive ? 1 : 0);
    q.addBindValue(t.intervalHours);
    q.addBindValue(metadataText(t.metadata));
    q.addBindValue(sql::epoch(t.addedAt));
    q.addBindValue(sql::epoch(t.updatedAt));
    q.addBindValue(sql::epochOrNull(t.firstScrapeTime));
    q.addBindValue(sql::epochOrNull(t.lastScrapeTime));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    q.addBindValue(sql::textOrNull(t.profileTaskId));
    return sql::exec(q, doing("adding a video"));
}

Status VideoTaskStore::update(const VideoTask &t)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE video_tasks SET is_active = ?, interval_hours = ?, metadata = ?, updated_at = ?, "
              "first_scrape_time = ?, last_scrape_time = ?, next_scrape_due = ?, last_error = ?, last_error_class = ? "
              "WHERE id = ?"_s);
    q.addBindValue(t.isActive ? 1 : 0);
    q.addBindValue(t.intervalHours);
    q.addBindValue(metadataText(t.metadata));
    q.addBindValue(sql::epoch(t.updatedAt));
    q.addBindValue(sql::epochOrNull(t.firstScrapeTime));
    q.addBindValue(sql::epochOrNull(t.lastScrapeTime));
    q.addBindValue(sql::epoch(t.nextScrapeDue));
    q.addBindValue(sql::textOrNull(t.lastError));
    q.addBindValue(sql::textOrNull(t.lastErrorClass));
    q.addBindValue(t.id);
    return sql::exec(q, doing("updating a video"));
}

Result<bool> VideoTaskStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM video_tasks WHERE id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("removing a video"));
    if (!status.ok())
        return status.error();
    return q.numRowsAffected() > 0;
}

Result<VideoTask> VideoTaskStore::get(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(Select + u" WHERE id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("reading a video"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::VideoTaskStore", "No video with id \"%1\" exists.").arg(id));
    return fromRow(q);
}

Result<QList<VideoTask>> VideoTaskStore::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Select + u" ORDER BY added_at, platform, external_id"_s);
    auto status = sql::exec(q, doing("listing videos"));
    if (!status.ok())
        return status.error();
    QList<VideoTask> tasks;
    while (q.next())
        tasks.append(fromRow(q));
    return tasks;
}

Result<std::optional<VideoTask>> VideoTaskStore::find(Platform platform, const QString &externalId)
{
    QSqlQuery q(m_db);
    q.prepare(Select + u" WHERE platform = ? AND external_id = ?"_s);
    q.addBindValue(platformName(platform));
    q.addBindValue(externalId);
    auto status = sql::exec(q, doing("looking up a video"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return std::optional<VideoTask>();
    return std::optional<VideoTask>(fromRow(q));
}

Result<QList<VideoTask>> VideoTaskStore::listByProfile(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Select + u" WHERE profile_task_id = ? ORDER BY added_at, external_id"_s);
    q.addBindValue(profileTaskId);
    auto status = sql::exec(q, doing("listing the videos of an account"));
    if (!status.ok())
        return status.error();
    QList<VideoTask> tasks;
    while (q.next())
        tasks.append(fromRow(q));
    return tasks;
}

} // namespace reelpulse
