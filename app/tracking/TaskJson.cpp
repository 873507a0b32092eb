#include "tracking/TaskJson.h"

#include "common/TimeFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::json {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue lastError(const QString &message, const QString &errorClass)
{
    if (message.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"message"_s, message}, {u"class"_s, textOrNull(errorClass)}};
}

} // namespace

QJsonObject profileTask(const ProfileTask &t)
{
    return QJsonObject{
        {u"_id"_s, t.id},
        {u"target_profile"_s, t.targetProfile},
        {u"is_competitor"_s, t.isCompetitor},
        {u"created_at"_s, isoUtc(t.createdAt)},
        {u"last_scraped"_s, isoUtcOrNull(t.lastScraped)},
        {u"next_scrape_due"_s, isoUtc(t.nextScrapeDue)},
        {u"status"_s, statusName(t.status)},
        {u"scrape_interval_days"_s, t.intervalDays},
        {u"last_error"_s, lastError(t.lastError, t.lastErrorClass)},
    };
}

QJsonObject profileTaskList(const QList<ProfileTask> &tasks)
{
    QJsonArray array;
    for (const ProfileTask &t : tasks)
        array.append(profileTask(t));
    return QJsonObject{{u"tasks"_s, array}, {u"total_tasks"_s, static_cast<int>(tasks.size())}};
}

QJsonObject reelTask(const ReelTask &t)
{
    return QJsonObject{
        {u"_id"_s, t.id},
        {u"project_name"_s, t.projectName},
        {u"reel_url"_s, t.reelUrl},
        {u"reel_id"_s, t.shortcode},
        // Media ids exceed the 53 bits a JSON number keeps exactly, so they travel as strings.
        {u"media_id"_s, t.mediaId ? QJsonValue(QString::number(*t.mediaId)) : QJsonValue(QJsonValue::Null)},
        {u"reel_data"_s, QJsonValue::Null},
        {u"created_at"_s, t.createdAt.toSecsSinceEpoch()},
        {u"last_scraped"_s, epochOrNull(t.lastScraped)},
        {u"next_scrape_due"_s, t.nextScrapeDue.toSecsSinceEpoch()},
        {u"scrape_interval_days"_s, t.intervalDays},
        {u"status"_s, statusName(t.status)},
        {u"last_error"_s, lastError(t.lastError, t.lastErrorClass)},
    };
}

QJsonObject reelTaskList(const QList<ReelTask> &tasks)
{
    QJsonArray array;
    for (const ReelTask &t : tasks)
        array.append(reelTask(t));
    return QJsonObject{{u"tasks"_s, array}, {u"total_tasks"_s, static_cast<int>(tasks.size())}};
}

QJsonObject project(const Project &p)
{
    return QJsonObject{{u"_id"_s, p.id},
                       {u"project_name"_s, p.name},
                       {u"created_at"_s, p.createdAt.toSecsSinceEpoch()},
                       {u"total_tasks"_s, p.reelCount}};
}

QJsonObject projectList(const QList<Project> &projects)
{
    QJsonArray array;
    for (const Project &p : projects)
        array.append(project(p));
    return QJsonObject{{u"projects"_s, array}, {u"total_projects"_s, static_cast<int>(projects.size())}};
}

QJsonObject videoResponse(const VideoTask &t)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o{
        {u"id"_s, t.id},
        {u"type"_s, u"video"_s},
        {u"platform"_s, platformName(t.platform)},
        {u"external_id"_s, t.externalId},
        {u"shortcode"_s, textOrNull(t.shortcode)},
        {u"is_active"_s, t.isActive},
        {u"scrape_interval_hours"_s, t.intervalHours},
        {u"metadata"_s, t.metadata},
        {u"added_at"_s, isoUtc(t.addedAt)},
        {u"updated_at"_s, isoUtc(t.updatedAt)},
        {u"first_scrape_time"_s, isoUtcOrNull(t.firstScrapeTime)},
        {u"last_scrape_time"_s, isoUtcOrNull(t.lastScrapeTime)},
        {u"next_scrape_due"_s, isoUtc(t.nextScrapeDue)},
        {u"url"_s, textOrNull(t.sourceUrl)},
        {u"last_error"_s, lastError(t.lastError, t.lastErrorClass)},
    };
    static const char *const unknownYet[] = {"description",
                                             "create_time",
                                             "media_type",
                                             "duration",
                                             "is_unavailable",
                                             "cover_image_url",
                                             "cover_image_url_original",
                                             "video_url",
                                             "video_url_original",
                                             "view_count",
                                             "like_count",
                                             "comment_count",
                                             "share_count",
                                             "play_count",
                                             "saved_count",
                                             "total_views",
                                             "total_plays",
                                             "account_id",
                                             "account_username",
                                             "platform_account_id",
                                             "platform_data"};
    for (const char *key : unknownYet)
        o.insert(QLatin1StringView(key), null);
    return o;
}

QJsonObject videoSingle(const VideoTask &task)
{
    return QJsonObject{{u"data"_s, videoResponse(task)}};
}

QJsonObject videoList(const QList<VideoTask> &tasks)
{
    QJsonArray array;
    for (const VideoTask &t : tasks)
        array.append(videoResponse(t));
    return QJsonObject{
        {u"data"_s, array},
        {u"pagination"_s, QJsonObject{{u"next_cursor"_s, QJsonValue::Null},
                                      {u"has_next"_s, false},
                                      {u"limit"_s, static_cast<int>(tasks.size())},
                                      {u"total_count"_s, static_cast<int>(tasks.size())}}},
    };
}

} // namespace reelpulse::json
