#include "cli/TaskJson.h"

#include "domain/TimeFormat.h"
#include "sentiment/SentimentSummary.h"

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

QJsonValue number(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue real(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue metric(const StoredItem &item, std::optional<qint64> MetricsSnapshot::*field)
{
    return item.latest ? number((*item.latest).*field) : QJsonValue(QJsonValue::Null);
}

QString postUrl(const StoredItem &item)
{
    if (item.platform == Platform::TikTok)
        return u"https://www.tiktok.com/@%1/video/%2"_s.arg(item.ownerUsername.isEmpty() ? u"_"_s : item.ownerUsername,
                                                            item.platformId);
    return u"https://www.instagram.com/p/%1/"_s.arg(item.shortcode);
}

QJsonObject sentimentAnalysis(const SentimentCounts &counts)
{
    if (counts.scored() == 0) {
        const QJsonValue null(QJsonValue::Null);
        return QJsonObject{{u"positive"_s, null},
                           {u"negative"_s, null},
                           {u"neutral"_s, null},
                           {u"overall_sentiment"_s, null},
                           {u"unscored"_s, counts.unscored}};
    }
    QJsonObject o = sentiment::SentimentSummary::fromCounts(counts.positive, counts.negative, counts.neutral,
                                                            counts.averageCompound)
                        .toSentimentAnalysisJson();
    o.insert(u"unscored"_s, counts.unscored);
    return o;
}

} // namespace

QJsonObject profileTask(const ProfileTask &t)
{
    return QJsonObject{
        {u"_id"_s, t.id},
        {u"target_profile"_s, t.targetProfile},
        {u"platform"_s, platformName(t.platform)},
        {u"auto_track"_s, autoTrackName(t.autoTrack)},
        {u"auto_track_latest"_s, t.autoTrackLatest},
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
    return reelTask(t, nullptr);
}

QJsonObject reelTask(const ReelTask &t, const ScrapedSummary *scraped)
{
    return QJsonObject{
        {u"_id"_s, t.id},
        {u"project_name"_s, t.projectName},
        {u"reel_url"_s, t.reelUrl},
        {u"reel_id"_s, t.shortcode},
        // Media ids exceed the 53 bits a JSON number keeps exactly, so they travel as strings.
        {u"media_id"_s, t.mediaId ? QJsonValue(QString::number(*t.mediaId)) : QJsonValue(QJsonValue::Null)},
        {u"reel_data"_s, scraped ? QJsonValue(reelData(*scraped)) : QJsonValue(QJsonValue::Null)},
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

static QJsonObject videoResponseWith(const VideoTask &t, const ScrapedSummary *scraped, const VideoTracking &tracking,
                                     bool withTracking);

QJsonObject videoResponse(const VideoTask &t)
{
    return videoResponseWith(t, nullptr, {}, false);
}

QJsonObject videoResponse(const VideoTask &t, const ScrapedSummary *scraped, const VideoTracking &tracking)
{
    return videoResponseWith(t, scraped, tracking, true);
}

static QJsonObject videoResponseWith(const VideoTask &t, const ScrapedSummary *scraped, const VideoTracking &tracking,
                                     bool withTracking)
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
    const bool unavailable = t.lastErrorClass == u"not_found" || t.lastErrorClass == u"private";
    if (unavailable)
        o.insert(u"is_unavailable"_s, true);
    if (!withTracking)
        return o;
    QJsonObject governor;
    if (tracking.governor)
        governor = QJsonObject{{u"identity"_s, tracking.governor->identity},
                               {u"state"_s, tracking.governor->state},
                               {u"resumes_at"_s, isoUtcOrNull(tracking.governor->resumesAt)},
                               {u"message"_s, textOrNull(tracking.governor->message)}};
    o.insert(u"tracking"_s,
             QJsonObject{{u"comments_stored"_s, tracking.commentsStored},
                         {u"snapshots"_s, tracking.snapshots},
                         {u"sentiment_analysis"_s,
                          scraped ? QJsonValue(sentimentAnalysis(scraped->sentiment)) : QJsonValue(QJsonValue::Null)},
                         {u"governor"_s, tracking.governor ? QJsonValue(governor) : QJsonValue(QJsonValue::Null)}});
    if (!scraped)
        return o;

    const StoredItem &m = scraped->post;
    o.insert(u"description"_s, text(m.caption));
    o.insert(u"create_time"_s, isoUtcOrNull(m.takenAt));
    o.insert(u"media_type"_s, videoMediaType(m.kind));
    o.insert(u"duration"_s, real(m.durationSeconds));
    o.insert(u"is_unavailable"_s, unavailable);
    o.insert(u"cover_image_url"_s, textOrNull(m.displayUrl));
    o.insert(u"cover_image_url_original"_s, textOrNull(m.displayUrl));
    o.insert(u"video_url"_s, textOrNull(m.videoUrl));
    o.insert(u"video_url_original"_s, textOrNull(m.videoUrl));
    o.insert(u"view_count"_s, metric(m, &MetricsSnapshot::views));
    o.insert(u"like_count"_s, metric(m, &MetricsSnapshot::likes));
    o.insert(u"comment_count"_s, metric(m, &MetricsSnapshot::comments));
    o.insert(u"share_count"_s, metric(m, &MetricsSnapshot::shares));
    o.insert(u"play_count"_s, metric(m, &MetricsSnapshot::plays));
    o.insert(u"saved_count"_s, metric(m, &MetricsSnapshot::saves));
    o.insert(u"total_views"_s, metric(m, &MetricsSnapshot::views));
    o.insert(u"total_plays"_s, metric(m, &MetricsSnapshot::plays));
    o.insert(u"account_username"_s, textOrNull(m.ownerUsername));
    o.insert(u"platform_account_id"_s, textOrNull(m.ownerId));
    o.insert(u"platform_data"_s, QJsonObject{{u"product_type"_s, textOrNull(m.productType)},
                                             {u"shortcode"_s, textOrNull(m.shortcode)},
                                             {u"width"_s, number(m.width)},
                                             {u"height"_s, number(m.height)},
                                             {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
                                             {u"mentions"_s, QJsonArray::fromStringList(m.mentions)},
                                             {u"metrics_at"_s, m.latest ? QJsonValue(isoUtc(m.latest->takenAt))
                                                                        : QJsonValue(QJsonValue::Null)}});
    if (m.kind == MediaKind::Carousel || !m.children.isEmpty()) {
        QJsonArray children;
        for (const StoredItem &c : m.children)
            children.append(QJsonObject{{u"external_id"_s, c.platformId},
                                        {u"position"_s, number(c.position)},
                                        {u"media_type"_s, videoMediaType(c.kind)},
                                        {u"cover_image_url"_s, textOrNull(c.displayUrl)},
                                        {u"video_url"_s, textOrNull(c.videoUrl)},
                                        {u"duration"_s, real(c.durationSeconds)},
                                        {u"width"_s, number(c.width)},
                                        {u"height"_s, number(c.height)},
                                        {u"view_count"_s, metric(c, &MetricsSnapshot::views)}});
        o.insert(u"children"_s, children);
    }
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

// ---- with the latest scraped data ---------------------------------------------------------------

QJsonValue videoMediaType(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return u"IMAGE"_s;
    case MediaKind::Video:
    case MediaKind::Reel:
        return u"VIDEO"_s;
    case MediaKind::Carousel:
        return u"CAROUSEL"_s;
    case MediaKind::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject topComment(const StoredComment &c, bool epochTimes)
{
    return QJsonObject{
        {u"text"_s, c.text},
        {u"sentiment"_s, textOrNull(c.sentimentLabel)},
        {u"owner_username"_s, textOrNull(c.author)},
        {u"timestamp"_s, epochTimes ? epochOrNull(c.createdAt) : isoUtcOrNull(c.createdAt)},
        {u"likes_count"_s, number(c.likes)},
    };
}

QJsonObject scrapedPost(const PostWithComments &p)
{
    const StoredItem &m = p.post;
    QJsonArray comments;
    for (const StoredComment &c : p.topComments)
        comments.append(topComment(c, false));
    return QJsonObject{
        {u"post_id"_s, m.shortcode.isEmpty() ? m.platformId : m.shortcode},
        {u"media_id"_s, m.platformId},
        {u"post_url"_s, postUrl(m)},
        {u"timestamp"_s, isoUtcOrNull(m.takenAt)},
        {u"type"_s, mediaKindName(m.kind)},
        {u"caption"_s, text(m.caption)},
        {u"likes_count"_s, metric(m, &MetricsSnapshot::likes)},
        {u"comments_count"_s, metric(m, &MetricsSnapshot::comments)},
        {u"video_view_count"_s, metric(m, &MetricsSnapshot::views)},
        {u"video_play_count"_s, metric(m, &MetricsSnapshot::plays)},
        {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
        {u"mentions"_s, QJsonArray::fromStringList(m.mentions)},
        {u"top_comments"_s, comments},
    };
}

QJsonObject profileTask(const ProfileTask &task, const QList<PostWithComments> &posts,
                        const std::optional<ProfileSnapshot> &profile)
{
    QJsonObject o = profileTask(task);
    QJsonArray array;
    for (const PostWithComments &p : posts)
        array.append(scrapedPost(p));
    o.insert(u"scraped_posts"_s, array);
    if (!profile) {
        o.insert(u"profile"_s, QJsonValue::Null);
        return o;
    }
    const ProfileSnapshot &s = *profile;
    auto flag = [](const std::optional<bool> &b) {
        return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
    };
    o.insert(u"profile"_s, QJsonObject{{u"user_id"_s, textOrNull(s.platformUserId)},
                                       {u"username"_s, textOrNull(s.username)},
                                       {u"display_name"_s, text(s.fullName)},
                                       {u"bio"_s, text(s.biography)},
                                       {u"followers_count"_s, number(s.followers)},
                                       {u"following_count"_s, number(s.following)},
                                       {u"total_posts"_s, number(s.posts)},
                                       {u"likes_count"_s, number(s.likes)},
                                       {u"is_verified"_s, flag(s.isVerified)},
                                       {u"is_private"_s, flag(s.isPrivate)},
                                       {u"is_business_account"_s, flag(s.isBusiness)},
                                       {u"category"_s, text(s.category)},
                                       {u"website_url"_s, text(s.externalUrl)},
                                       {u"profile_picture_url"_s, text(s.profilePicUrl)},
                                       {u"scraped_at"_s, isoUtc(s.takenAt)}});
    return o;
}

QJsonObject reelData(const ScrapedSummary &scraped)
{
    const StoredItem &m = scraped.post;
    QJsonArray comments;
    for (const StoredComment &c : scraped.topComments)
        comments.append(topComment(c, true));
    return QJsonObject{
        {u"caption"_s, text(m.caption)},
        {u"likes"_s, metric(m, &MetricsSnapshot::likes)},
        {u"comments"_s, metric(m, &MetricsSnapshot::comments)},
        {u"views"_s, metric(m, &MetricsSnapshot::views)},
        {u"plays"_s, metric(m, &MetricsSnapshot::plays)},
        {u"timestamp"_s, epochOrNull(m.takenAt)},
        {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
        {u"mentions"_s, QJsonArray::fromStringList(m.mentions)},
        {u"owner_username"_s, textOrNull(m.ownerUsername)},
        {u"comments_stored"_s, scraped.storedComments},
        {u"top_comments"_s, comments},
        {u"sentiment_analysis"_s, sentimentAnalysis(scraped.sentiment)},
    };
}

QJsonObject reelTaskList(const QList<ReelTask> &tasks, const QHash<QString, ScrapedSummary> &scraped)
{
    QJsonArray array;
    for (const ReelTask &t : tasks) {
        const auto it = scraped.constFind(t.id);
        array.append(reelTask(t, it == scraped.constEnd() ? nullptr : &*it));
    }
    return QJsonObject{{u"tasks"_s, array}, {u"total_tasks"_s, static_cast<int>(tasks.size())}};
}

QJsonObject videoSingle(const VideoTask &task, const ScrapedSummary *scraped, const VideoTracking &tracking)
{
    return QJsonObject{{u"data"_s, videoResponse(task, scraped, tracking)}};
}

QJsonObject videoList(const QList<VideoTask> &tasks, const QHash<QString, ScrapedSummary> &scraped,
                      const QHash<QString, VideoTracking> &tracking)
{
    QJsonArray array;
    for (const VideoTask &t : tasks) {
        const auto it = scraped.constFind(t.id);
        array.append(videoResponse(t, it == scraped.constEnd() ? nullptr : &*it, tracking.value(t.id)));
    }
    return QJsonObject{
        {u"data"_s, array},
        {u"pagination"_s, QJsonObject{{u"next_cursor"_s, QJsonValue::Null},
                                      {u"has_next"_s, false},
                                      {u"limit"_s, static_cast<int>(tasks.size())},
                                      {u"total_count"_s, static_cast<int>(tasks.size())}}},
    };
}

} // namespace reelpulse::json
