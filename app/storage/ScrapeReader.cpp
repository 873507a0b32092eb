#include "storage/ScrapeReader.h"

#include "domain/TimeFormat.h"
#include "storage/ScrapeSql.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// The columns itemFrom() reads (28), from media_items m and its latest snapshot s.
const QString ItemColumns =
    u"m.id, m.platform, m.platform_id, m.shortcode, m.parent_id, m.position, m.owner_id, m.owner_username, "
    "m.media_type, m.product_type, m.caption, m.hashtags, m.mentions, m.taken_at, m.width, m.height, m.duration, "
    "m.display_url, m.video_url, m.first_seen, m.last_seen, "
    "s.taken_at, s.likes, s.comments, s.views, s.plays, s.shares, s.saves"_s;
constexpr int ItemColumnCount = 28;

const QString LatestSnapshotJoin = u"LEFT JOIN item_snapshots s ON s.id = (SELECT id FROM item_snapshots "
                                   "WHERE item_id = m.id ORDER BY taken_at DESC, id DESC LIMIT 1) "_s;

const QString ItemSelect = u"SELECT "_s + ItemColumns + u" FROM media_items m "_s + LatestSnapshotJoin;

MetricsSnapshot snapshotFrom(const QSqlQuery &q, int first)
{
    using namespace scrapesql;
    MetricsSnapshot s;
    s.takenAt = fromEpoch(q.value(first).toLongLong());
    s.likes = toInteger(q.value(first + 1));
    s.comments = toInteger(q.value(first + 2));
    s.views = toInteger(q.value(first + 3));
    s.plays = toInteger(q.value(first + 4));
    s.shares = toInteger(q.value(first + 5));
    s.saves = toInteger(q.value(first + 6));
    return s;
}

StoredItem itemFrom(const QSqlQuery &q)
{
    using namespace scrapesql;
    StoredItem m;
    m.rowId = q.value(0).toLongLong();
    m.platform = platformFromName(q.value(1).toString()).value_or(Platform::Instagram);
    m.platformId = q.value(2).toString();
    m.shortcode = q.value(3).toString();
    m.parentRowId = toInteger(q.value(4));
    m.position = toInt(q.value(5));
    m.ownerId = q.value(6).toString();
    m.ownerUsername = q.value(7).toString();
    m.kind = kindFromName(q.value(8).toString());
    m.productType = q.value(9).toString();
    m.caption = toText(q.value(10));
    m.hashtags = toStringList(q.value(11));
    m.mentions = toStringList(q.value(12));
    m.takenAt = toTime(q.value(13));
    m.width = toInt(q.value(14));
    m.height = toInt(q.value(15));
    m.durationSeconds = toReal(q.value(16));
    m.displayUrl = q.value(17).toString();
    m.videoUrl = q.value(18).toString();
    m.firstSeen = fromEpoch(q.value(19).toLongLong());
    m.lastSeen = fromEpoch(q.value(20).toLongLong());
    if (!q.value(21).isNull())
        m.latest = snapshotFrom(q, 21);
    return m;
}

StoredComment commentFrom(const QSqlQuery &q)
{
    using namespace scrapesql;
    StoredComment c;
    c.rowId = q.value(0).toLongLong();
    c.itemRowId = q.value(1).toLongLong();
    c.platformId = q.value(2).toString();
    c.parentPlatformId = q.value(3).toString();
    c.author = q.value(4).toString();
    c.authorId = q.value(5).toString();
    c.text = q.value(6).toString();
    c.createdAt = toTime(q.value(7));
    c.likes = toInteger(q.value(8));
    c.replyCount = toInteger(q.value(9));
    c.firstSeen = fromEpoch(q.value(10).toLongLong());
    c.sentimentLabel = q.value(11).toString();
    c.sentimentCompound = toReal(q.value(12));
    c.sentimentManual = q.value(13).toInt() != 0;
    c.language = q.value(14).toString();
    return c;
}

ProfileSnapshot profileFrom(const QSqlQuery &q)
{
    using namespace scrapesql;
    ProfileSnapshot p;
    p.takenAt = fromEpoch(q.value(0).toLongLong());
    p.platformUserId = q.value(1).toString();
    p.username = q.value(2).toString();
    p.fullName = toText(q.value(3));
    p.biography = toText(q.value(4));
    p.followers = toInteger(q.value(5));
    p.following = toInteger(q.value(6));
    p.posts = toInteger(q.value(7));
    p.isVerified = toBoolean(q.value(8));
    p.isPrivate = toBoolean(q.value(9));
    p.isBusiness = toBoolean(q.value(10));
    p.category = toText(q.value(11));
    p.externalUrl = toText(q.value(12));
    p.profilePicUrl = toText(q.value(13));
    p.likes = toInteger(q.value(14));
    return p;
}

const QString ProfileColumns = u"taken_at, platform_user_id, username, full_name, biography, followers, following, "
                               "posts, is_verified, is_private, is_business, category, external_url, "
                               "profile_pic_url, likes"_s;
constexpr int ProfileColumnCount = 15;

const QString CommentColumns = u"id, item_id, platform_id, parent_platform_id, author, author_id, text, created_at, "
                               "like_count, reply_count, first_seen, sentiment_label, sentiment_compound, "
                               "sentiment_manual, language"_s;

const QString TaskItemsOf = u"SELECT item_id FROM task_items WHERE task_kind = ? AND task_id = ?"_s;

} // namespace

ScrapeReader::ScrapeReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<StoredItem>> ScrapeReader::items(const QString &where, const QVariantList &binds, const QString &tail)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(ItemSelect + where + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading stored posts")); !s.ok())
        return s.error();
    QList<StoredItem> list;
    while (q.next())
        list.append(itemFrom(q));
    q.finish();
    if (auto s = attachChildren(list); !s.ok())
        return s.error();
    return list;
}

Status ScrapeReader::attachChildren(QList<StoredItem> &items)
{
    // A query per few hundred parents, not one per parent: a profile's page of posts reads in one go.
    constexpr qsizetype Chunk = 500;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).rowId, i);
    for (qsizetype first = 0; first < items.size(); first += Chunk) {
        const qsizetype count = std::min(Chunk, items.size() - first);
        QStringList marks(count, u"?"_s);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(ItemSelect +
                  u"WHERE m.parent_id IN (%1) ORDER BY m.parent_id, m.position, m.id"_s.arg(marks.join(u',')));
        for (qsizetype i = first; i < first + count; ++i)
            q.addBindValue(items.at(i).rowId);
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading carousel items"));
            !s.ok())
            return s;
        while (q.next()) {
            StoredItem child = itemFrom(q);
            const auto parent = index.constFind(child.parentRowId.value_or(-1));
            if (parent != index.constEnd())
                items[*parent].children.append(std::move(child));
        }
    }
    return Ok{};
}

Result<QList<StoredItem>> ScrapeReader::taskPosts(const TaskRef &task, int limit, int offset)
{
    return items(
        u"JOIN task_items t ON t.item_id = m.id WHERE t.task_kind = ? AND t.task_id = ? "_s,
        {taskKindName(task.kind), task.id},
        u"ORDER BY m.taken_at IS NULL, m.taken_at DESC, m.id DESC LIMIT %1 OFFSET %2"_s.arg(limit < 0 ? -1 : limit)
            .arg(std::max(0, offset)));
}

Result<std::optional<StoredItem>> ScrapeReader::taskItem(const TaskRef &task)
{
    // A reel or video task links one post; if the platform ever answered with another id, the latest wins.
    auto list = items(u"JOIN task_items t ON t.item_id = m.id WHERE t.task_kind = ? AND t.task_id = ? "_s,
                      {taskKindName(task.kind), task.id}, u"ORDER BY m.last_seen DESC, m.id DESC LIMIT 1"_s);
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return std::optional<StoredItem>();
    return std::optional<StoredItem>(list->first());
}

Result<std::optional<StoredItem>> ScrapeReader::item(Platform platform, const QString &platformId)
{
    auto list = items(u"WHERE m.platform = ? AND m.platform_id = ? "_s, {platformName(platform), platformId}, {});
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return std::optional<StoredItem>();
    return std::optional<StoredItem>(list->first());
}

Result<QHash<QString, TaskLatest>> ScrapeReader::latestForTasks(TaskKind kind)
{
    // One row per task, each found through the indexes as the single-task reads find it: the latest
    // profile snapshot by (task_id, taken_at), or the task's most recently seen post and that post's
    // latest snapshot by (item_id, taken_at).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (kind == TaskKind::Profile) {
        q.prepare(u"SELECT %1, task_id FROM profile_snapshots WHERE id IN (SELECT (SELECT id FROM profile_snapshots "
                  "WHERE task_id = t.id ORDER BY taken_at DESC, id DESC LIMIT 1) FROM profile_tasks t)"_s.arg(
                      ProfileColumns));
    } else {
        q.prepare(u"SELECT "_s + ItemColumns +
                  u", t.task_id FROM (SELECT DISTINCT task_id FROM task_items WHERE task_kind = ?) t "
                  "JOIN media_items m ON m.id = (SELECT i.id FROM task_items l JOIN media_items i ON i.id = l.item_id "
                  "WHERE l.task_kind = ? AND l.task_id = t.task_id ORDER BY i.last_seen DESC, i.id DESC LIMIT 1) "_s +
                  LatestSnapshotJoin);
        q.addBindValue(taskKindName(kind));
        q.addBindValue(taskKindName(kind));
    }
    if (auto s = sql::exec(
            q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading the latest metrics of the tasks"));
        !s.ok())
        return s.error();
    QHash<QString, TaskLatest> latest;
    while (q.next()) {
        if (kind == TaskKind::Profile)
            latest[q.value(ProfileColumnCount).toString()].profile = profileFrom(q);
        else
            latest[q.value(ItemColumnCount).toString()].item = itemFrom(q);
    }
    return latest;
}

Result<QList<StoredComment>> ScrapeReader::comments(qint64 itemRow, int offset, int limit, CommentOrder order)
{
    QString orderBy;
    switch (order) {
    case CommentOrder::Newest:
        // Along the (item_id, created_at) index: in descending order SQLite puts the undated comments last by
        // itself, and the rowid tie-break is the index's own order, so no sort of a post's comments is needed.
        orderBy = u"created_at DESC, id DESC"_s;
        break;
    case CommentOrder::Oldest:
        orderBy = u"created_at IS NULL, created_at, id"_s;
        break;
    case CommentOrder::MostLiked:
        orderBy = u"COALESCE(like_count, 0) DESC, created_at DESC, id"_s;
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM comments WHERE item_id = ? ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(CommentColumns, orderBy));
    q.addBindValue(itemRow);
    q.addBindValue(limit < 0 ? -1 : limit);
    q.addBindValue(std::max(0, offset));
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading comments")); !s.ok())
        return s.error();
    QList<StoredComment> list;
    while (q.next())
        list.append(commentFrom(q));
    return list;
}

// Comment counts come from the per-item, per-day sentiment counts kept at write time (comment_sentiment_daily):
// their cost follows the number of posts and days, never the number of comments.
namespace {

const QString DailySums = u"SELECT sum(positive), sum(negative), sum(neutral), sum(unscored), total(compound_sum), "
                          "sum(compound_count) FROM comment_sentiment_daily WHERE "_s;

Result<SentimentCounts> dailySums(QSqlQuery &q)
{
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "counting comment sentiment"));
        !s.ok())
        return s.error();
    SentimentCounts counts;
    if (q.next()) {
        counts.positive = q.value(0).toInt();
        counts.negative = q.value(1).toInt();
        counts.neutral = q.value(2).toInt();
        counts.unscored = q.value(3).toInt();
        const qint64 compounds = q.value(5).toLongLong();
        if (compounds > 0)
            counts.averageCompound = q.value(4).toDouble() / double(compounds);
    }
    return counts;
}

} // namespace

Result<int> ScrapeReader::commentCount(qint64 itemRow)
{
    auto counts = sentimentCounts(itemRow);
    if (!counts.ok())
        return counts.error();
    return counts->total();
}

Result<int> ScrapeReader::taskCommentCount(const TaskRef &task)
{
    auto counts = taskSentimentCounts(task);
    if (!counts.ok())
        return counts.error();
    return counts->total();
}

Result<SentimentCounts> ScrapeReader::sentimentCounts(qint64 itemRow)
{
    QSqlQuery q(m_db);
    q.prepare(DailySums + u"day = -1 AND item_id = ?"_s);
    q.addBindValue(itemRow);
    return dailySums(q);
}

Result<SentimentCounts> ScrapeReader::taskSentimentCounts(const TaskRef &task)
{
    QSqlQuery q(m_db);
    q.prepare(DailySums + u"day = -1 AND item_id IN ("_s + TaskItemsOf + u")"_s);
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    return dailySums(q);
}

Result<std::optional<MetricsSnapshot>> ScrapeReader::latestSnapshot(qint64 itemRow)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT taken_at, likes, comments, views, plays, shares, saves FROM item_snapshots WHERE item_id = ? "
              "ORDER BY taken_at DESC, id DESC LIMIT 1"_s);
    q.addBindValue(itemRow);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading post metrics")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<MetricsSnapshot>();
    return std::optional<MetricsSnapshot>(snapshotFrom(q, 0));
}

Result<QList<MetricsSnapshot>> ScrapeReader::snapshotHistory(qint64 itemRow)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT taken_at, likes, comments, views, plays, shares, saves FROM item_snapshots WHERE item_id = ? "
              "ORDER BY taken_at, id"_s);
    q.addBindValue(itemRow);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading post metrics")); !s.ok())
        return s.error();
    QList<MetricsSnapshot> list;
    while (q.next())
        list.append(snapshotFrom(q, 0));
    return list;
}

Result<std::optional<ProfileSnapshot>> ScrapeReader::latestProfileSnapshot(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM profile_snapshots WHERE task_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1"_s.arg(
        ProfileColumns));
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading a profile snapshot"));
        !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<ProfileSnapshot>();
    return std::optional<ProfileSnapshot>(profileFrom(q));
}

Result<QList<ProfileSnapshot>> ScrapeReader::profileHistory(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM profile_snapshots WHERE task_id = ? ORDER BY taken_at, id"_s.arg(ProfileColumns));
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading profile snapshots"));
        !s.ok())
        return s.error();
    QList<ProfileSnapshot> list;
    while (q.next())
        list.append(profileFrom(q));
    return list;
}

Result<std::optional<ScrapedSummary>> ScrapeReader::summary(const TaskRef &task, int topComments)
{
    auto post = taskItem(task);
    if (!post.ok())
        return post.error();
    if (!post.value())
        return std::optional<ScrapedSummary>();
    ScrapedSummary summary;
    summary.post = *post.value();
    auto top = comments(summary.post.rowId, 0, topComments, CommentOrder::MostLiked);
    if (!top.ok())
        return top.error();
    summary.topComments = top.value();
    auto counts = sentimentCounts(summary.post.rowId);
    if (!counts.ok())
        return counts.error();
    summary.sentiment = counts.value();
    summary.storedComments = counts->total();
    return std::optional<ScrapedSummary>(summary);
}

Result<QList<GovernorStatus>> ScrapeReader::governorStates()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT identity, state, resume_at_ms, backoff_level, message FROM governor_state ORDER BY identity"_s);
    if (auto s =
            sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeReader", "reading the request governor state"));
        !s.ok())
        return s.error();
    QList<GovernorStatus> list;
    while (q.next()) {
        GovernorStatus g;
        g.identity = q.value(0).toString();
        g.state = q.value(1).toString();
        if (!q.value(2).isNull())
            g.resumesAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
        g.backoffLevel = q.value(3).toInt();
        g.message = q.value(4).toString();
        list.append(g);
    }
    return list;
}

} // namespace reelpulse
