#include "storage/ScrapeStore.h"

#include "domain/TimeFormat.h"
#include "storage/Database.h"
#include "storage/ScrapeSql.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const char *tableOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Profile:
        return "profile_tasks";
    case TaskKind::Reel:
        return "reel_tasks";
    case TaskKind::Video:
        return "video_tasks";
    }
    return "reel_tasks";
}

QString itemKey(const MediaItem &item)
{
    return item.id.isEmpty() ? item.shortcode : item.id;
}

bool hasMetrics(const MediaItem &item)
{
    return item.likes || item.comments || item.views || item.plays || item.shares || item.saves;
}

/// The prepared statements of one write, reused for every row of the transaction.
class Writer final
{
public:
    Writer(const QSqlDatabase &db, qint64 now)
        : m_now(now)
        , m_findItem(db)
        , m_insertItem(db)
        , m_updateItem(db)
        , m_link(db)
        , m_snapshot(db)
        , m_insertComment(db)
        , m_updateComment(db)
    {
        m_findItem.prepare(u"SELECT id FROM media_items WHERE platform = ? AND platform_id = ?"_s);
        m_insertItem.prepare(
            u"INSERT INTO media_items (platform, platform_id, shortcode, parent_id, position, owner_id, "
            "owner_username, media_type, product_type, caption, hashtags, mentions, taken_at, width, height, duration, "
            "display_url, video_url, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)"_s);
        m_updateItem.prepare(
            u"UPDATE media_items SET shortcode = COALESCE(?, shortcode), parent_id = COALESCE(?, parent_id), "
            "position = COALESCE(?, position), owner_id = COALESCE(?, owner_id), "
            "owner_username = COALESCE(?, owner_username), media_type = COALESCE(?, media_type), "
            "product_type = COALESCE(?, product_type), caption = COALESCE(?, caption), "
            "hashtags = COALESCE(?, hashtags), mentions = COALESCE(?, mentions), taken_at = COALESCE(?, taken_at), "
            "width = COALESCE(?, width), height = COALESCE(?, height), duration = COALESCE(?, duration), "
            "display_url = COALESCE(?, display_url), video_url = COALESCE(?, video_url), last_seen = ? "
            "WHERE id = ?"_s);
        m_link.prepare(u"INSERT OR IGNORE INTO task_items (task_kind, task_id, item_id) VALUES (?, ?, ?)"_s);
        m_snapshot.prepare(u"INSERT INTO item_snapshots (item_id, taken_at, likes, comments, views, plays, shares, "
                           "saves) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_insertComment.prepare(
            u"INSERT INTO comments (item_id, platform, platform_id, parent_platform_id, author, author_id, text, "
            "created_at, like_count, reply_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (platform, platform_id) DO NOTHING"_s);
        // An edited comment loses its computed sentiment (a manual label is the user's and stays) and its language.
        m_updateComment.prepare(
            u"UPDATE comments SET item_id = ?, parent_platform_id = COALESCE(?, parent_platform_id), "
            "author = COALESCE(?, author), author_id = COALESCE(?, author_id), "
            "sentiment_label = CASE WHEN text <> ? AND sentiment_manual = 0 THEN NULL ELSE sentiment_label END, "
            "sentiment_compound = CASE WHEN text <> ? AND sentiment_manual = 0 THEN NULL ELSE sentiment_compound END, "
            "sentiment_engine = CASE WHEN text <> ? AND sentiment_manual = 0 THEN NULL ELSE sentiment_engine END, "
            "language = CASE WHEN text <> ? THEN NULL ELSE language END, "
            "text = ?, created_at = COALESCE(?, created_at), like_count = COALESCE(?, like_count), "
            "reply_count = COALESCE(?, reply_count), last_seen = ? WHERE platform = ? AND platform_id = ?"_s);
    }

    /// Upserts one item (and its children); returns its row id, or 0 when the item has no usable id.
    Result<qint64> item(const MediaItem &item, std::optional<qint64> parentRow, std::optional<int> position,
                        IngestSummary &summary)
    {
        const QString key = itemKey(item);
        if (key.isEmpty()) {
            qCWarning(lcStorage) << "skipping a scraped item without id or shortcode";
            return qint64(0);
        }
        const QString platform = platformName(item.platform);
        m_findItem.bindValue(0, platform);
        m_findItem.bindValue(1, key);
        if (auto s = sql::exec(m_findItem,
                               QCoreApplication::translate("reelpulse::ScrapeStore", "looking up a stored post"));
            !s.ok())
            return s.error();
        // Row ids start at 1, so 0 means "not stored yet".
        const qint64 existing = m_findItem.next() ? m_findItem.value(0).toLongLong() : 0;
        m_findItem.finish();

        using namespace scrapesql;
        const QVariant kind = item.kind == MediaKind::Unknown ? QVariant(QMetaType::fromType<QString>())
                                                              : QVariant(mediaKindName(item.kind));
        // Hashtags and mentions come from the caption: replace them only when the caption was read.
        const QVariant hashtags = item.caption || !item.hashtags.isEmpty() ? QVariant(stringList(item.hashtags))
                                                                           : QVariant(QMetaType::fromType<QString>());
        const QVariant mentions = item.caption || !item.mentions.isEmpty() ? QVariant(stringList(item.mentions))
                                                                           : QVariant(QMetaType::fromType<QString>());
        const QList<QVariant> content{textOrNull(item.shortcode),
                                      integer(parentRow),
                                      integer(position),
                                      textOrNull(item.ownerId),
                                      textOrNull(item.ownerUsername),
                                      kind,
                                      textOrNull(item.productType),
                                      text(item.caption),
                                      hashtags,
                                      mentions,
                                      time(item.takenAt),
                                      integer(item.width),
                                      integer(item.height),
                                      real(item.durationSeconds),
                                      textOrNull(item.displayUrl),
                                      textOrNull(item.videoUrl)};
        qint64 row = 0;
        if (existing > 0) {
            int i = 0;
            for (const QVariant &v : content)
                m_updateItem.bindValue(i++, v);
            m_updateItem.bindValue(i++, m_now);
            m_updateItem.bindValue(i++, existing);
            if (auto s = sql::exec(m_updateItem,
                                   QCoreApplication::translate("reelpulse::ScrapeStore", "updating a stored post"));
                !s.ok())
                return s.error();
            row = existing;
        } else {
            int i = 0;
            m_insertItem.bindValue(i++, platform);
            m_insertItem.bindValue(i++, key);
            for (const QVariant &v : content)
                m_insertItem.bindValue(i++, v);
            // Unknown hashtags of a new row are an empty list, not NULL (the column is NOT NULL).
            m_insertItem.bindValue(10, stringList(item.hashtags));
            m_insertItem.bindValue(11, stringList(item.mentions));
            m_insertItem.bindValue(i++, m_now);
            m_insertItem.bindValue(i++, m_now);
            if (auto s =
                    sql::exec(m_insertItem, QCoreApplication::translate("reelpulse::ScrapeStore", "storing a post"));
                !s.ok())
                return s.error();
            row = m_insertItem.lastInsertId().toLongLong();
            ++summary.newItems;
        }
        ++summary.itemsStored;

        if (!parentRow || hasMetrics(item)) {
            if (auto s = snapshot(row, item); !s.ok())
                return s.error();
            ++summary.snapshots;
        }
        for (int pos = 0; pos < item.children.size(); ++pos) {
            MediaItem child = item.children.at(pos);
            if (child.id.isEmpty() && child.shortcode.isEmpty())
                child.id = u"%1_%2"_s.arg(key).arg(pos);
            child.platform = item.platform;
            auto childRow = this->item(child, row, pos, summary);
            if (!childRow.ok())
                return childRow.error();
        }
        return row;
    }

    Status link(const TaskRef &task, qint64 row)
    {
        m_link.bindValue(0, taskKindName(task.kind));
        m_link.bindValue(1, task.id);
        m_link.bindValue(2, row);
        return sql::exec(m_link, QCoreApplication::translate("reelpulse::ScrapeStore", "linking a post to its task"));
    }

    /// Upserts comments and their nested replies.
    Status comments(qint64 itemRow, Platform platform, const QList<Comment> &list, const QString &parentId,
                    IngestSummary &summary)
    {
        for (const Comment &c : list) {
            if (c.id.isEmpty()) {
                qCDebug(lcStorage) << "skipping a comment without id";
                continue;
            }
            const QString parent = c.parentId.isEmpty() ? parentId : c.parentId;
            using namespace scrapesql;
            int i = 0;
            m_insertComment.bindValue(i++, itemRow);
            m_insertComment.bindValue(i++, platformName(platform));
            m_insertComment.bindValue(i++, c.id);
            m_insertComment.bindValue(i++, textOrNull(parent));
            m_insertComment.bindValue(i++, textOrNull(c.authorUsername));
            m_insertComment.bindValue(i++, textOrNull(c.authorId));
            // A comment without text (a sticker, a removed text) is kept with empty text.
            const QString text = c.text.isNull() ? u""_s : c.text;
            m_insertComment.bindValue(i++, text);
            m_insertComment.bindValue(i++, time(c.createdAt));
            m_insertComment.bindValue(i++, integer(c.likes));
            m_insertComment.bindValue(i++, integer(c.replyCount));
            m_insertComment.bindValue(i++, m_now);
            m_insertComment.bindValue(i++, m_now);
            if (auto s = sql::exec(m_insertComment,
                                   QCoreApplication::translate("reelpulse::ScrapeStore", "storing a comment"));
                !s.ok())
                return s;
            if (m_insertComment.numRowsAffected() > 0) {
                ++summary.newComments;
            } else {
                i = 0;
                m_updateComment.bindValue(i++, itemRow);
                m_updateComment.bindValue(i++, textOrNull(parent));
                m_updateComment.bindValue(i++, textOrNull(c.authorUsername));
                m_updateComment.bindValue(i++, textOrNull(c.authorId));
                for (int k = 0; k < 5; ++k) // the edit checks (sentiment, language), then the text
                    m_updateComment.bindValue(i++, text);
                m_updateComment.bindValue(i++, time(c.createdAt));
                m_updateComment.bindValue(i++, integer(c.likes));
                m_updateComment.bindValue(i++, integer(c.replyCount));
                m_updateComment.bindValue(i++, m_now);
                m_updateComment.bindValue(i++, platformName(platform));
                m_updateComment.bindValue(i++, c.id);
                if (auto s = sql::exec(m_updateComment,
                                       QCoreApplication::translate("reelpulse::ScrapeStore", "updating a comment"));
                    !s.ok())
                    return s;
            }
            ++summary.commentsStored;
            if (!c.replies.isEmpty()) {
                if (auto s = comments(itemRow, platform, c.replies, c.id, summary); !s.ok())
                    return s;
            }
        }
        return Ok{};
    }

private:
    Status snapshot(qint64 row, const MediaItem &item)
    {
        using namespace scrapesql;
        int i = 0;
        m_snapshot.bindValue(i++, row);
        m_snapshot.bindValue(i++, m_now);
        m_snapshot.bindValue(i++, integer(item.likes));
        m_snapshot.bindValue(i++, integer(item.comments));
        m_snapshot.bindValue(i++, integer(item.views));
        m_snapshot.bindValue(i++, integer(item.plays));
        m_snapshot.bindValue(i++, integer(item.shares));
        m_snapshot.bindValue(i++, integer(item.saves));
        return sql::exec(m_snapshot, QCoreApplication::translate("reelpulse::ScrapeStore", "storing post metrics"));
    }

    qint64 m_now;
    QSqlQuery m_findItem;
    QSqlQuery m_insertItem;
    QSqlQuery m_updateItem;
    QSqlQuery m_link;
    QSqlQuery m_snapshot;
    QSqlQuery m_insertComment;
    QSqlQuery m_updateComment;
};

Status insertProfileSnapshot(const QSqlDatabase &db, const QString &taskId, qint64 now, const ProfileInfo &p)
{
    using namespace scrapesql;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO profile_snapshots (task_id, taken_at, platform_user_id, username, full_name, biography, "
              "followers, following, posts, is_verified, is_private, is_business, category, external_url, "
              "profile_pic_url, likes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(taskId), QVariant(now), textOrNull(p.id), textOrNull(p.username),
                              text(p.fullName), text(p.biography), integer(p.followers), integer(p.following),
                              integer(p.posts), boolean(p.isVerified), boolean(p.isPrivate), boolean(p.isBusiness),
                              text(p.category), text(p.externalUrl), text(p.profilePicUrl), integer(p.likes)})
        q.addBindValue(v);
    return sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "storing a profile snapshot"));
}

Status markScraped(const QSqlDatabase &db, const ScrapeOutcome &outcome)
{
    const qint64 now = outcome.scrapedAt.toSecsSinceEpoch();
    // A scrape whose comments could not be read keeps saying so on the task until a later scrape reads them.
    const QString noteSql = outcome.commentsUnavailable.isEmpty()
                                ? u"last_error = NULL, last_error_class = NULL"_s
                                : u"last_error = ?, last_error_class = 'comments_unavailable'"_s;
    const MediaItem *first = outcome.posts.isEmpty() ? nullptr : &outcome.posts.first().item;
    const QVariant due =
        outcome.nextDue ? QVariant(outcome.nextDue->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery q(db);
    switch (outcome.task.kind) {
    case TaskKind::Profile:
        q.prepare(
            u"UPDATE profile_tasks SET last_scraped = ?, next_scrape_due = coalesce(?, ? + interval_days * 86400), "
            "status = CASE WHEN status = 'error' THEN 'active' ELSE status END, %1 WHERE id = ?"_s.arg(noteSql));
        q.addBindValue(now);
        q.addBindValue(due);
        q.addBindValue(now);
        break;
    case TaskKind::Reel: {
        bool numeric = false;
        const qint64 mediaId = first ? first->id.toLongLong(&numeric) : 0;
        q.prepare(u"UPDATE reel_tasks SET last_scraped = ?, next_scrape_due = coalesce(?, ? + interval_days * 86400), "
                  "media_id = COALESCE(media_id, ?), "
                  "status = CASE WHEN status = 'error' THEN 'active' ELSE status END, %1 WHERE id = ?"_s.arg(noteSql));
        q.addBindValue(now);
        q.addBindValue(due);
        q.addBindValue(now);
        q.addBindValue(numeric ? QVariant(mediaId) : QVariant(QMetaType::fromType<qint64>()));
        break;
    }
    case TaskKind::Video:
        q.prepare(u"UPDATE video_tasks SET first_scrape_time = COALESCE(first_scrape_time, ?), last_scrape_time = ?, "
                  "next_scrape_due = coalesce(?, ? + interval_hours * 3600), updated_at = ?, "
                  "shortcode = CASE WHEN platform = 'instagram' THEN COALESCE(shortcode, ?) ELSE shortcode END, "
                  "%1 WHERE id = ?"_s.arg(noteSql));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(due);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(scrapesql::textOrNull(first ? first->shortcode : QString()));
        break;
    }
    if (!outcome.commentsUnavailable.isEmpty())
        q.addBindValue(outcome.commentsUnavailable);
    q.addBindValue(outcome.task.id);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "marking a task scraped")); !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ScrapeStore",
                                        "The %1 task %2 was removed while it was being scraped; nothing was stored.")
                .arg(taskKindName(outcome.task.kind), outcome.task.id));
    return Ok{};
}

} // namespace

bool isTerminalFailure(FailureClass cls)
{
    return cls == FailureClass::NotFound || cls == FailureClass::Private;
}

bool needsUserAction(FailureClass cls)
{
    return cls == FailureClass::Checkpoint || cls == FailureClass::LoginWall;
}

ScrapeStore::ScrapeStore(Database &database)
    : m_database(database)
{
}

Result<IngestSummary> ScrapeStore::recordSuccess(const ScrapeOutcome &outcome)
{
    return m_database.transaction([&]() -> Result<IngestSummary> {
        const QSqlDatabase db = m_database.connection();
        const qint64 now = outcome.scrapedAt.toSecsSinceEpoch();
        // First the task: a task removed meanwhile makes the whole write roll back before any row is added.
        if (auto s = markScraped(db, outcome); !s.ok())
            return s.error();
        IngestSummary summary;
        Writer writer(db, now);
        for (const ScrapedPost &post : outcome.posts) {
            auto row = writer.item(post.item, std::nullopt, std::nullopt, summary);
            if (!row.ok())
                return row.error();
            if (row.value() == 0)
                continue;
            ++summary.postsProcessed;
            if (auto s = writer.link(outcome.task, row.value()); !s.ok())
                return s.error();
            if (auto s = writer.comments(row.value(), post.item.platform, post.comments, {}, summary); !s.ok())
                return s.error();
        }
        if (outcome.task.kind == TaskKind::Profile && outcome.profile) {
            if (auto s = insertProfileSnapshot(db, outcome.task.id, now, *outcome.profile); !s.ok())
                return s.error();
            ++summary.snapshots;
        }
        return summary;
    });
}

Status ScrapeStore::recordFailure(const TaskRef &task, const ScrapeFailure &failure,
                                  const std::optional<QDateTime> &retryAt)
{
    return m_database.transaction([&]() -> Status {
        const QString table = QString::fromLatin1(tableOf(task.kind));
        QString set = u"last_error = ?, last_error_class = ?"_s;
        const bool terminal = isTerminalFailure(failure.cls);
        const bool user = needsUserAction(failure.cls);
        if (terminal && task.kind != TaskKind::Video)
            set += u", status = 'error'"_s;
        if (!terminal && !user && retryAt)
            set += u", next_scrape_due = ?"_s;
        QSqlQuery q(m_database.connection());
        // table and set are built from constants only.
        q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, set));
        q.addBindValue(failure.message.isEmpty() ? failureClassName(failure.cls) : failure.message);
        q.addBindValue(failureClassName(failure.cls));
        if (!terminal && !user && retryAt)
            q.addBindValue(retryAt->toSecsSinceEpoch());
        q.addBindValue(task.id);
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "recording a failed scrape"));
            !s.ok())
            return s;
        if (q.numRowsAffected() == 0)
            return Error::notFound(
                QCoreApplication::translate("reelpulse::ScrapeStore", "No %1 task with id \"%2\" exists.")
                    .arg(taskKindName(task.kind), task.id));
        return Ok{};
    });
}

Result<std::optional<QDateTime>> ScrapeStore::claim(const TaskRef &task, const QDateTime &now,
                                                    const QDateTime &leaseUntil, bool forced)
{
    return m_database.transaction([&]() -> Result<std::optional<QDateTime>> {
        const QString table = QString::fromLatin1(tableOf(task.kind));
        QSqlQuery read(m_database.connection());
        read.prepare(u"SELECT next_scrape_due FROM %1 WHERE id = ?"_s.arg(table));
        read.addBindValue(task.id);
        if (auto s = sql::exec(read, QCoreApplication::translate("reelpulse::ScrapeStore", "reading a task")); !s.ok())
            return s.error();
        if (!read.next())
            return Error::notFound(
                QCoreApplication::translate("reelpulse::ScrapeStore", "No %1 task with id \"%2\" exists.")
                    .arg(taskKindName(task.kind), task.id));
        const qint64 due = read.value(0).toLongLong();
        read.finish();
        if (!forced && due > now.toSecsSinceEpoch())
            return std::optional<QDateTime>();
        QSqlQuery q(m_database.connection());
        q.prepare(u"UPDATE %1 SET next_scrape_due = ? WHERE id = ?"_s.arg(table));
        q.addBindValue(std::max(due, leaseUntil.toSecsSinceEpoch()));
        q.addBindValue(task.id);
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "taking a task for a scrape"));
            !s.ok())
            return s.error();
        return std::optional<QDateTime>(fromEpoch(due));
    });
}

Status ScrapeStore::release(const TaskRef &task, const QDateTime &leaseUntil, const QDateTime &dueAgain)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(u"UPDATE %1 SET next_scrape_due = ? WHERE id = ? AND next_scrape_due = ?"_s.arg(
            QString::fromLatin1(tableOf(task.kind))));
        q.addBindValue(dueAgain.toSecsSinceEpoch());
        q.addBindValue(task.id);
        q.addBindValue(leaseUntil.toSecsSinceEpoch());
        return sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "giving a task back"));
    });
}

Result<TaskRef> ScrapeStore::resolveTask(const QString &idOrPrefix)
{
    const QString prefix = idOrPrefix.trimmed().toLower();
    static const QRegularExpression idChars(u"^[0-9a-f-]+$"_s);
    if (!idChars.match(prefix).hasMatch())
        return Error::invalid(u"id"_s, QCoreApplication::translate(
                                           "reelpulse::ScrapeStore",
                                           "\"%1\" is not a task id (ids are UUIDs such as 3f2a9c1e-...; a unique "
                                           "prefix of 4 or more characters works too).")
                                           .arg(idOrPrefix));
    if (prefix.size() < 4)
        return Error::invalid(
            u"id"_s, QCoreApplication::translate("reelpulse::ScrapeStore",
                                                 "The task id \"%1\" is too short: give at least 4 characters.")
                         .arg(idOrPrefix));
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT 'profile', id FROM profile_tasks WHERE substr(id, 1, ?) = ? "
              "UNION ALL SELECT 'reel', id FROM reel_tasks WHERE substr(id, 1, ?) = ? "
              "UNION ALL SELECT 'video', id FROM video_tasks WHERE substr(id, 1, ?) = ? LIMIT 2"_s);
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(prefix.size());
        q.addBindValue(prefix);
    }
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "looking up a task")); !s.ok())
        return s.error();
    QList<TaskRef> found;
    while (q.next())
        found.append(TaskRef{taskKindFromName(q.value(0).toString()).value_or(TaskKind::Reel), q.value(1).toString()});
    if (found.size() > 1)
        return Error::invalid(
            u"id"_s, QCoreApplication::translate("reelpulse::ScrapeStore",
                                                 "The id prefix \"%1\" matches several tasks: give more characters.")
                         .arg(idOrPrefix));
    if (found.isEmpty())
        return Error::notFound(QCoreApplication::translate(
                                   "reelpulse::ScrapeStore",
                                   "No profile, reel or video task with id \"%1\" exists. List them with 'profiles "
                                   "list', 'reels list' or 'videos list'.")
                                   .arg(idOrPrefix));
    return found.first();
}

namespace {

const QString DueUnion = u"SELECT 'profile' AS kind, id, next_scrape_due FROM profile_tasks WHERE status = 'active' %1 "
                         "UNION ALL SELECT 'reel', id, next_scrape_due FROM reel_tasks WHERE status = 'active' %1 "
                         "UNION ALL SELECT 'video', id, next_scrape_due FROM video_tasks WHERE is_active = 1 "
                         "AND (last_error_class IS NULL OR last_error_class NOT IN ('not_found', 'private')) %1"_s;

} // namespace

Result<QList<DueTask>> ScrapeStore::dueTasks(const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(DueUnion.arg(u"AND next_scrape_due <= ?"_s) + u" ORDER BY 3, 1, 2"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(now.toSecsSinceEpoch());
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "listing due tasks")); !s.ok())
        return s.error();
    QList<DueTask> due;
    while (q.next()) {
        const auto kind = taskKindFromName(q.value(0).toString());
        if (kind)
            due.append(DueTask{TaskRef{*kind, q.value(1).toString()}, fromEpoch(q.value(2).toLongLong())});
    }
    return due;
}

Result<std::optional<QDateTime>> ScrapeStore::nextDue()
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT min(next_scrape_due) FROM ("_s + DueUnion.arg(QString()) + u")"_s);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "finding the next due task"));
        !s.ok())
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromEpoch(q.value(0).toLongLong()));
}

Result<QString> ScrapeStore::taskLabel(const TaskRef &task)
{
    QSqlQuery q(m_database.connection());
    switch (task.kind) {
    case TaskKind::Profile:
        q.prepare(u"SELECT CASE platform WHEN 'tiktok' THEN 'tiktok @' ELSE '@' END || target_profile "
                  "FROM profile_tasks WHERE id = ?"_s);
        break;
    case TaskKind::Reel:
        q.prepare(u"SELECT 'reel ' || shortcode FROM reel_tasks WHERE id = ?"_s);
        break;
    case TaskKind::Video:
        q.prepare(u"SELECT platform || ' ' || COALESCE(shortcode, external_id) FROM video_tasks WHERE id = ?"_s);
        break;
    }
    q.addBindValue(task.id);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::ScrapeStore", "reading a task")); !s.ok())
        return s.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ScrapeStore", "No %1 task with id \"%2\" exists.")
                .arg(taskKindName(task.kind), task.id));
    return q.value(0).toString();
}

} // namespace reelpulse
