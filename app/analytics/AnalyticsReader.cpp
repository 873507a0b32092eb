#include "analytics/AnalyticsReader.h"

#include "analytics/ChartData.h"

#include "domain/Identifiers.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeSql.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::analytics::AnalyticsReader", what);
}

MetricsSnapshot snapshotAt(const QSqlQuery &q, int first)
{
    using namespace scrapesql;
    MetricsSnapshot s;
    s.takenAt = toTime(q.value(first)).value_or(QDateTime());
    s.likes = toInteger(q.value(first + 1));
    s.comments = toInteger(q.value(first + 2));
    s.views = toInteger(q.value(first + 3));
    s.plays = toInteger(q.value(first + 4));
    s.shares = toInteger(q.value(first + 5));
    s.saves = toInteger(q.value(first + 6));
    return s;
}

// The families of media_items.media_type that compare with each other.
const QString VideoKinds = u"('reel', 'video')"_s;
const QString PictureKinds = u"('image', 'carousel', 'unknown')"_s;

/// Days (day, positive, negative, neutral, compound sum, compound count) read into summaries.
QList<sentiment::SentimentBucketSummary> bucketsFrom(QSqlQuery &q)
{
    QList<sentiment::SentimentBucketSummary> days;
    while (q.next()) {
        sentiment::SentimentBucketSummary day;
        day.startEpoch = q.value(0).toLongLong();
        day.start = QDateTime::fromSecsSinceEpoch(day.startEpoch, Qt::UTC).date();
        const qint64 compoundCount = q.value(5).toLongLong();
        day.summary = sentiment::SentimentSummary::fromCounts(
            q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
            compoundCount > 0 ? std::optional<double>(q.value(4).toDouble() / static_cast<double>(compoundCount))
                              : std::nullopt);
        if (!day.summary.isEmpty())
            days.append(day);
    }
    return days;
}

} // namespace

bool isVideoLike(const StoredItem &item)
{
    return item.kind == MediaKind::Reel || item.kind == MediaKind::Video;
}

AnalyticsReader::AnalyticsReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<StoredItem>> AnalyticsReader::findItem(const QString &urlCodeOrId)
{
    QString key = urlCodeOrId.trimmed();
    if (key.contains(u'/')) {
        // A post, reel or video URL: an Instagram shortcode, else the last path segment (a TikTok video id).
        auto code = parseInstagramShortcode(key);
        if (code.ok()) {
            key = code.value();
        } else {
            const QStringList parts = QUrl(key).path().split(u'/', Qt::SkipEmptyParts);
            key = parts.isEmpty() ? key : parts.last();
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT platform, platform_id FROM media_items WHERE shortcode = ? OR platform_id = ? "
              "ORDER BY parent_id IS NOT NULL, id LIMIT 1"_s);
    q.addBindValue(key);
    q.addBindValue(key);
    if (auto s = sql::exec(q, doing("finding a stored post")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<StoredItem>();
    const auto platform = platformFromName(q.value(0).toString());
    const QString platformId = q.value(1).toString();
    q.finish();
    ScrapeReader reader(m_db);
    return reader.item(platform.value_or(Platform::Instagram), platformId);
}

Result<std::optional<qint64>> AnalyticsReader::followersNear(const StoredItem &item, const QDateTime &at)
{
    if (item.ownerUsername.isEmpty() && item.ownerId.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The nearest snapshot before and the nearest after; the closer one wins.
    q.prepare(u"SELECT followers, abs(taken_at - ?) AS distance FROM profile_snapshots "
              "WHERE followers IS NOT NULL AND ((platform_user_id IS NOT NULL AND platform_user_id = ?) "
              "OR lower(username) = lower(?)) ORDER BY distance, id DESC LIMIT 1"_s);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(item.ownerId.isEmpty() ? QVariant() : QVariant(item.ownerId));
    q.addBindValue(item.ownerUsername);
    if (auto s = sql::exec(q, doing("reading the account's followers")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<ItemHistory>> AnalyticsReader::baseline(const StoredItem &item, int limit)
{
    QList<StoredItem> items;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, platform_id, shortcode, taken_at, media_type FROM media_items "
                  "WHERE parent_id IS NULL AND id <> ? AND platform = ? AND taken_at IS NOT NULL AND taken_at <= ? "
                  "AND coalesce(media_type, 'unknown') IN %1 AND "
                  "((? <> '' AND owner_id = ?) OR (? <> '' AND lower(owner_username) = lower(?))) "
                  "ORDER BY taken_at DESC LIMIT ?"_s.arg(isVideoLike(item) ? VideoKinds : PictureKinds));
        q.addBindValue(item.rowId);
        q.addBindValue(platformName(item.platform));
        q.addBindValue(item.takenAt ? item.takenAt->toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
        q.addBindValue(item.ownerId);
        q.addBindValue(item.ownerId);
        q.addBindValue(item.ownerUsername);
        q.addBindValue(item.ownerUsername);
        q.addBindValue(limit);
        if (auto s = sql::exec(q, doing("reading the account's recent posts")); !s.ok())
            return s.error();
        while (q.next()) {
            StoredItem other;
            other.rowId = q.value(0).toLongLong();
            other.platform = item.platform;
            other.platformId = q.value(1).toString();
            other.shortcode = q.value(2).toString();
            other.takenAt = scrapesql::toTime(q.value(3));
            other.kind = scrapesql::kindFromName(q.value(4).toString());
            other.ownerId = item.ownerId;
            other.ownerUsername = item.ownerUsername;
            items.append(other);
        }
    }
    return histories(items);
}

Result<QList<ItemHistory>> AnalyticsReader::taskHistories(const TaskRef &task)
{
    ScrapeReader reader(m_db);
    auto posts = reader.taskPosts(task);
    if (!posts.ok())
        return posts.error();
    return histories(std::move(posts.value()));
}

Result<QList<ItemHistory>> AnalyticsReader::taskLatest(const TaskRef &task, const DateRange &range)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.platform, m.platform_id, m.shortcode, m.owner_id, m.owner_username, m.media_type, "
              "m.taken_at, m.first_seen, m.last_seen, s.taken_at, s.likes, s.comments, s.views, s.plays, s.shares, "
              "s.saves FROM task_items t JOIN media_items m ON m.id = t.item_id LEFT JOIN item_snapshots s ON s.id = "
              "(SELECT id FROM item_snapshots WHERE item_id = m.id ORDER BY taken_at DESC, id DESC LIMIT 1) "
              "WHERE t.task_kind = ? AND t.task_id = ? AND m.taken_at >= ? AND m.taken_at <= ? "
              "ORDER BY m.taken_at DESC, m.id DESC"_s);
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    q.addBindValue(range.from ? range.from->toSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    q.addBindValue(range.to ? range.to->toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (auto s = sql::exec(q, doing("reading stored posts")); !s.ok())
        return s.error();
    QList<ItemHistory> result;
    while (q.next()) {
        StoredItem item;
        item.rowId = q.value(0).toLongLong();
        item.platform = platformFromName(q.value(1).toString()).value_or(Platform::Instagram);
        item.platformId = q.value(2).toString();
        item.shortcode = q.value(3).toString();
        item.ownerId = q.value(4).toString();
        item.ownerUsername = q.value(5).toString();
        item.kind = scrapesql::kindFromName(q.value(6).toString());
        item.takenAt = scrapesql::toTime(q.value(7));
        item.firstSeen = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        item.lastSeen = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
        if (!q.value(10).isNull())
            item.latest = snapshotAt(q, 10);
        result.append({std::move(item), {}});
    }
    return result;
}

Result<QList<ItemHistory>> AnalyticsReader::histories(QList<StoredItem> items)
{
    QList<ItemHistory> result;
    if (items.isEmpty())
        return result;
    QHash<qint64, qsizetype> index;
    QStringList marks;
    for (StoredItem &item : items) {
        index.insert(item.rowId, result.size());
        item.children.clear();
        result.append({std::move(item), {}});
        marks.append(u"?"_s);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT item_id, taken_at, likes, comments, views, plays, shares, saves FROM item_snapshots "
              "WHERE item_id IN (%1) ORDER BY item_id, taken_at, id"_s.arg(marks.join(u',')));
    for (const ItemHistory &h : std::as_const(result))
        q.addBindValue(h.item.rowId);
    if (auto s = sql::exec(q, doing("reading post metrics")); !s.ok())
        return s.error();
    while (q.next())
        result[index.value(q.value(0).toLongLong())].history.append(snapshotAt(q, 1));
    return result;
}

Result<QList<FollowersPoint>> AnalyticsReader::followers(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT taken_at, followers FROM profile_snapshots WHERE task_id = ? AND followers IS NOT NULL "
              "ORDER BY taken_at, id"_s);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing("reading the followers")); !s.ok())
        return s.error();
    QList<FollowersPoint> points;
    while (q.next())
        points.append({scrapesql::toTime(q.value(0)).value_or(QDateTime()), q.value(1).toLongLong()});
    return points;
}

Result<QHash<QString, TaskSentimentDays>> AnalyticsReader::taskSentimentDays(const QDateTime &from)
{
    QHash<QString, TaskSentimentDays> tasks;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT task_kind, task_id, positive, negative, neutral, unscored FROM task_sentiment_daily "
              "WHERE day = -1"_s);
    if (auto s = sql::exec(q, doing("reading the sentiment of every task")); !s.ok())
        return s.error();
    while (q.next()) {
        TaskSentimentDays &t = tasks[q.value(0).toString() + u':' + q.value(1).toString()];
        t.positive = q.value(2).toInt();
        t.negative = q.value(3).toInt();
        t.neutral = q.value(4).toInt();
        t.unscored = q.value(5).toInt();
    }
    q.finish();
    QSqlQuery days(m_db);
    days.setForwardOnly(true);
    days.prepare(u"SELECT task_kind, task_id, day, positive, negative, neutral FROM task_sentiment_daily "
                 "WHERE day >= ? ORDER BY task_kind, task_id, day"_s);
    days.addBindValue(from.toSecsSinceEpoch() / 86400 * 86400);
    if (auto s = sql::exec(days, doing("reading the sentiment of every task")); !s.ok())
        return s.error();
    while (days.next())
        tasks[days.value(0).toString() + u':' + days.value(1).toString()].days.append(
            {days.value(2).toLongLong(), days.value(3).toInt(), days.value(4).toInt(), days.value(5).toInt()});
    return tasks;
}

Result<QList<sentiment::SentimentBucketSummary>> AnalyticsReader::taskSentimentByDay(const TaskRef &task,
                                                                                     const DateRange &range)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, positive, negative, neutral, compound_sum, compound_count FROM task_sentiment_daily "
              "WHERE task_kind = ? AND task_id = ? AND day >= ? AND day <= ? ORDER BY day"_s);
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    q.addBindValue(range.from ? range.from->toSecsSinceEpoch() / 86400 * 86400 : qint64(0));
    q.addBindValue(range.to ? range.to->toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (auto s = sql::exec(q, doing("reading the sentiment by day")); !s.ok())
        return s.error();
    return bucketsFrom(q);
}

Result<QList<sentiment::SentimentBucketSummary>> AnalyticsReader::sentimentByDay(const QDateTime &from)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, positive, negative, neutral, compound_sum, compound_count FROM store_sentiment_daily "
              "WHERE day >= ? ORDER BY day"_s);
    q.addBindValue(from.toSecsSinceEpoch() / 86400 * 86400);
    if (auto s = sql::exec(q, doing("reading the sentiment by day")); !s.ok())
        return s.error();
    return bucketsFrom(q);
}

Result<QStringList> AnalyticsReader::taskCommentTexts(const TaskRef &task, const DateRange &range, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The newest ids from the index alone (comments_item: item_id, created_at), then only their rows.
    q.prepare(u"SELECT text FROM comments WHERE id IN (SELECT c.id FROM task_items t JOIN comments c ON "
              "c.item_id = t.item_id AND c.created_at >= ? AND c.created_at <= ? WHERE t.task_kind = ? AND "
              "t.task_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?)"_s);
    q.addBindValue(range.from ? range.from->toSecsSinceEpoch() : qint64(0));
    q.addBindValue(range.to ? range.to->toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    q.addBindValue(limit);
    if (auto s = sql::exec(q, doing("reading comments")); !s.ok())
        return s.error();
    QStringList texts;
    while (q.next()) {
        const QString text = q.value(0).toString();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

namespace {

const QString ProjectDays =
    u"SELECT day, sum(positive), sum(negative), sum(neutral), total(compound_sum), sum(compound_count) "
    "FROM task_sentiment_daily WHERE task_kind = 'reel' AND task_id IN (SELECT id FROM reel_tasks WHERE "
    "project_id = ?) AND day >= ? AND day <= ? GROUP BY day ORDER BY day"_s;

} // namespace

Result<QList<sentiment::SentimentBucketSummary>> AnalyticsReader::projectSentimentByDay(const QString &projectId,
                                                                                        const DateRange &range)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(ProjectDays);
    q.addBindValue(projectId);
    q.addBindValue(range.from ? range.from->toSecsSinceEpoch() / 86400 * 86400 : qint64(0));
    q.addBindValue(range.to ? range.to->toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (auto s = sql::exec(q, doing("reading the sentiment by day")); !s.ok())
        return s.error();
    return bucketsFrom(q);
}

Result<sentiment::SentimentSummary> AnalyticsReader::projectSentiment(const QString &projectId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(ProjectDays);
    q.addBindValue(projectId);
    q.addBindValue(-1);
    q.addBindValue(-1);
    if (auto s = sql::exec(q, doing("reading the sentiment summary")); !s.ok())
        return s.error();
    const QList<sentiment::SentimentBucketSummary> all = bucketsFrom(q);
    return all.isEmpty() ? sentiment::SentimentSummary() : all.first().summary;
}

} // namespace reelpulse::analytics
