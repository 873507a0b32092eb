#include "storage/Migrations.h"

#include "storage/SearchIndex.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::Migrations {

namespace {

/// The statements that add (sign 1) or remove (sign -1) one comment row (`row`: NEW or OLD) from its item's
/// counts of its UTC day and from the item's all-time counts (the row with day -1). Removing only updates rows
/// that exist: when a post is deleted, its counts go with it (cascade) before or after its comments do.
QString sentimentDelta(const QString &row, int sign)
{
    QString statements;
    for (const QString &day : {u"(coalesce(%1.created_at, %1.first_seen) / 86400) * 86400"_s, u"-1"_s}) {
        const QString dayOf = day.contains(u"%1"_s) ? QString(day).arg(row) : day;
        if (sign < 0) {
            statements +=
                (u"UPDATE comment_sentiment_daily SET positive = positive - (%1.sentiment_label IS 'positive'),"
                 " negative = negative - (%1.sentiment_label IS 'negative'),"
                 " neutral = neutral - (%1.sentiment_label IS 'neutral'),"
                 " unscored = unscored - (%1.sentiment_label IS NULL),"
                 " compound_sum = compound_sum - (CASE WHEN %1.sentiment_label IS NOT NULL"
                 " THEN coalesce(%1.sentiment_compound, 0) ELSE 0 END),"
                 " compound_count = compound_count - (%1.sentiment_label IS NOT NULL AND %1.sentiment_compound IS NOT"
                 " NULL) WHERE item_id = %1.item_id AND day = %2;"_s)
                    .arg(row, dayOf);
        } else {
            statements +=
                (u"INSERT INTO comment_sentiment_daily (item_id, day, positive, negative, neutral, unscored,"
                 " compound_sum, compound_count) VALUES (%1.item_id, %2,"
                 " (%1.sentiment_label IS 'positive'), (%1.sentiment_label IS 'negative'),"
                 " (%1.sentiment_label IS 'neutral'), (%1.sentiment_label IS NULL),"
                 " (CASE WHEN %1.sentiment_label IS NOT NULL THEN coalesce(%1.sentiment_compound, 0) ELSE 0 END),"
                 " (%1.sentiment_label IS NOT NULL AND %1.sentiment_compound IS NOT NULL))"
                 " ON CONFLICT (item_id, day) DO UPDATE SET positive = positive + excluded.positive,"
                 " negative = negative + excluded.negative, neutral = neutral + excluded.neutral,"
                 " unscored = unscored + excluded.unscored, compound_sum = compound_sum + excluded.compound_sum,"
                 " compound_count = compound_count + excluded.compound_count;"_s)
                    .arg(row, dayOf);
        }
        statements += u' ';
    }
    return statements;
}

/// Comment language (multilingual sentiment): as sentimentDelta(), with the counts kept per item, UTC day (and
/// all days, day -1) and the comment's language (coalesce(language, ''): '' while it has not been detected, i.e.
/// until it is scored).
QString sentimentDeltaByLanguage(const QString &row, int sign)
{
    QString statements;
    for (const QString &day : {u"(coalesce(%1.created_at, %1.first_seen) / 86400) * 86400"_s, u"-1"_s}) {
        const QString dayOf = day.contains(u"%1"_s) ? QString(day).arg(row) : day;
        if (sign < 0) {
            statements +=
                (u"UPDATE comment_sentiment_daily SET positive = positive - (%1.sentiment_label IS 'positive'),"
                 " negative = negative - (%1.sentiment_label IS 'negative'),"
                 " neutral = neutral - (%1.sentiment_label IS 'neutral'),"
                 " unscored = unscored - (%1.sentiment_label IS NULL),"
                 " compound_sum = compound_sum - (CASE WHEN %1.sentiment_label IS NOT NULL"
                 " THEN coalesce(%1.sentiment_compound, 0) ELSE 0 END),"
                 " compound_count = compound_count - (%1.sentiment_label IS NOT NULL AND %1.sentiment_compound IS NOT"
                 " NULL) WHERE item_id = %1.item_id AND day = %2 AND language = coalesce(%1.language, '');"_s)
                    .arg(row, dayOf);
        } else {
            statements +=
                (u"INSERT INTO comment_sentiment_daily (item_id, day, language, positive, negative, neutral, unscored,"
                 " compound_sum, compound_count) VALUES (%1.item_id, %2, coalesce(%1.language, ''),"
                 " (%1.sentiment_label IS 'positive'), (%1.sentiment_label IS 'negative'),"
                 " (%1.sentiment_label IS 'neutral'), (%1.sentiment_label IS NULL),"
                 " (CASE WHEN %1.sentiment_label IS NOT NULL THEN coalesce(%1.sentiment_compound, 0) ELSE 0 END),"
                 " (%1.sentiment_label IS NOT NULL AND %1.sentiment_compound IS NOT NULL))"
                 " ON CONFLICT (item_id, day, language) DO UPDATE SET positive = positive + excluded.positive,"
                 " negative = negative + excluded.negative, neutral = neutral + excluded.neutral,"
                 " unscored = unscored + excluded.unscored, compound_sum = compound_sum + excluded.compound_sum,"
                 " compound_count = compound_count + excluded.compound_count;"_s)
                    .arg(row, dayOf);
        }
        statements += u' ';
    }
    return statements;
}

/// Store version 9: the sentiment counts of comment_sentiment_daily (per item, UTC day and language) summed per
/// task and day and per day over the whole store, kept by triggers on comment_sentiment_daily and task_items.
const QString CountColumns = u"positive, negative, neutral, unscored, compound_sum, compound_count"_s;

/// The counts of `row` (NEW or OLD), or NEW minus OLD when `row` is empty, as a select list.
QString countValues(const QString &row)
{
    QStringList values;
    for (const QString &column : CountColumns.split(u", "_s))
        values.append(row.isEmpty() ? u"NEW.%1 - OLD.%1"_s.arg(column) : u"%1.%2"_s.arg(row, column));
    return values.join(u", "_s);
}

/// An upsert tail adding the inserted counts to those of the row already there.
QString addOnConflict(const QString &key)
{
    QStringList sets;
    for (const QString &column : CountColumns.split(u", "_s))
        sets.append(u"%1 = %1 + excluded.%1"_s.arg(column));
    return u" ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(key, sets.join(u", "_s));
}

/// Adds the counts `values` (a select list over `from`) of an item's day to the tasks that hold the item and to
/// the store's day.
QString rollUp(const QString &values, const QString &row)
{
    return u"INSERT INTO task_sentiment_daily (task_kind, task_id, day, %1) SELECT task_kind, task_id, %2.day, %3 "
           "FROM task_items WHERE item_id = %2.item_id%4; "
           "INSERT INTO store_sentiment_daily (day, %1) VALUES (%2.day, %3)%5;"_s.arg(
               CountColumns, row, values, addOnConflict(u"task_kind, task_id, day"_s), addOnConflict(u"day"_s));
}

/// Takes the counts of OLD (a comment_sentiment_daily row) from the tasks that hold its item and from the store's
/// day; rows that are not there (the task went first) stay absent.
QString rollDown()
{
    QStringList sets;
    for (const QString &column : CountColumns.split(u", "_s))
        sets.append(u"%1 = %1 - OLD.%1"_s.arg(column));
    return u"UPDATE task_sentiment_daily SET %1 WHERE day = OLD.day AND (task_kind, task_id) IN "
           "(SELECT task_kind, task_id FROM task_items WHERE item_id = OLD.item_id); "
           "UPDATE store_sentiment_daily SET %1 WHERE day = OLD.day;"_s.arg(sets.join(u", "_s));
}

/// The counts of one item summed over its languages, per day: `prefix` names them (sum(positive) AS positive...).
QString itemDays(const QString &item)
{
    QStringList sums;
    for (const QString &column : CountColumns.split(u", "_s))
        sums.append(u"%2(%1) AS %1"_s.arg(column, column == u"compound_sum"_s ? u"total"_s : u"sum"_s));
    return u"SELECT day, %1 FROM comment_sentiment_daily WHERE item_id = %2 GROUP BY day"_s.arg(sums.join(u", "_s),
                                                                                                item);
}

QStringList taskSentimentSteps()
{
    QStringList minus;
    for (const QString &column : CountColumns.split(u", "_s))
        minus.append(u"%1 = task_sentiment_daily.%1 - s.%1"_s.arg(column));
    QStringList statements = {
        u"CREATE TABLE task_sentiment_daily ("
        " task_kind TEXT NOT NULL,"
        " task_id TEXT NOT NULL,"
        " day INTEGER NOT NULL,"
        " positive INTEGER NOT NULL DEFAULT 0,"
        " negative INTEGER NOT NULL DEFAULT 0,"
        " neutral INTEGER NOT NULL DEFAULT 0,"
        " unscored INTEGER NOT NULL DEFAULT 0,"
        " compound_sum REAL NOT NULL DEFAULT 0,"
        " compound_count INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (task_kind, task_id, day)) WITHOUT ROWID"_s,
        u"CREATE TABLE store_sentiment_daily ("
        " day INTEGER PRIMARY KEY,"
        " positive INTEGER NOT NULL DEFAULT 0,"
        " negative INTEGER NOT NULL DEFAULT 0,"
        " neutral INTEGER NOT NULL DEFAULT 0,"
        " unscored INTEGER NOT NULL DEFAULT 0,"
        " compound_sum REAL NOT NULL DEFAULT 0,"
        " compound_count INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TRIGGER comment_sentiment_daily_insert AFTER INSERT ON comment_sentiment_daily BEGIN "_s +
            rollUp(countValues(u"NEW"_s), u"NEW"_s) + u" END"_s,
        // The comments' triggers change the counts of a row, never its item or day: the difference is added.
        u"CREATE TRIGGER comment_sentiment_daily_update AFTER UPDATE ON comment_sentiment_daily"
        " WHEN NEW.item_id = OLD.item_id AND NEW.day = OLD.day BEGIN "_s +
            rollUp(countValues(QString()), u"NEW"_s) + u" END"_s,
        u"CREATE TRIGGER comment_sentiment_daily_move AFTER UPDATE ON comment_sentiment_daily"
        " WHEN NEW.item_id <> OLD.item_id OR NEW.day <> OLD.day BEGIN "_s +
            rollDown() + u" "_s + rollUp(countValues(u"NEW"_s), u"NEW"_s) + u" END"_s,
        u"CREATE TRIGGER comment_sentiment_daily_delete AFTER DELETE ON comment_sentiment_daily BEGIN "_s + rollDown() +
            u" END"_s,
        // An item linked to a task brings its counts; unlinked, it takes them away.
        u"CREATE TRIGGER task_items_sentiment_link AFTER INSERT ON task_items BEGIN"
        " INSERT INTO task_sentiment_daily (task_kind, task_id, day, %1) SELECT NEW.task_kind, NEW.task_id, day, %1"
        " FROM (%2) WHERE true%3; END"_s.arg(CountColumns, itemDays(u"NEW.item_id"_s),
                                             addOnConflict(u"task_kind, task_id, day"_s)),
        u"CREATE TRIGGER task_items_sentiment_unlink AFTER DELETE ON task_items BEGIN"
        " UPDATE task_sentiment_daily SET %1 FROM (%2) AS s WHERE task_sentiment_daily.task_kind = OLD.task_kind"
        " AND task_sentiment_daily.task_id = OLD.task_id AND task_sentiment_daily.day = s.day; END"_s.arg(
            minus.join(u", "_s), itemDays(u"OLD.item_id"_s)),
    };
    // A removed task's rows go with it.
    for (const QString &kind : {u"profile"_s, u"reel"_s, u"video"_s})
        statements.append(
            u"CREATE TRIGGER %1_tasks_sentiment_forget AFTER DELETE ON %1_tasks BEGIN"
            " DELETE FROM task_sentiment_daily WHERE task_kind = '%1' AND task_id = OLD.id; END"_s.arg(kind));
    // The counts of the store as it is.
    QStringList sums;
    for (const QString &column : CountColumns.split(u", "_s))
        sums.append(u"%2(d.%1)"_s.arg(column, column == u"compound_sum"_s ? u"total"_s : u"sum"_s));
    statements.append(u"INSERT INTO task_sentiment_daily (task_kind, task_id, day, %1) SELECT t.task_kind, t.task_id,"
                      " d.day, %2 FROM task_items t JOIN comment_sentiment_daily d ON d.item_id = t.item_id"
                      " GROUP BY t.task_kind, t.task_id, d.day"_s.arg(CountColumns, sums.join(u", "_s)));
    statements.append(u"INSERT INTO store_sentiment_daily (day, %1) SELECT d.day, %2 FROM comment_sentiment_daily d"
                      " GROUP BY d.day"_s.arg(CountColumns, sums.join(u", "_s)));
    return statements;
}

// Each entry upgrades the store by one version. Never edit a shipped step: add a new one.
const std::vector<QStringList> &steps()
{
    static const std::vector<QStringList> ladder = {
        // Version 1: tracking tasks (profiles, projects with reel tasks, videos).
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE profile_tasks ("
            " id TEXT PRIMARY KEY,"
            " target_profile TEXT NOT NULL,"
            " is_competitor INTEGER NOT NULL DEFAULT 0 CHECK (is_competitor IN (0, 1)),"
            " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error')),"
            " interval_days INTEGER NOT NULL DEFAULT 2 CHECK (interval_days >= 1),"
            " created_at INTEGER NOT NULL,"
            " last_scraped INTEGER,"
            " next_scrape_due INTEGER NOT NULL,"
            " last_error TEXT,"
            " last_error_class TEXT)"_s,
            u"CREATE INDEX profile_tasks_target ON profile_tasks (target_profile)"_s,
            u"CREATE INDEX profile_tasks_due ON profile_tasks (next_scrape_due)"_s,
            u"CREATE TABLE projects ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE reel_tasks ("
            " id TEXT PRIMARY KEY,"
            " project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
            " reel_url TEXT NOT NULL,"
            " shortcode TEXT NOT NULL,"
            " media_id INTEGER,"
            " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error')),"
            " interval_days INTEGER NOT NULL DEFAULT 2 CHECK (interval_days >= 1),"
            " created_at INTEGER NOT NULL,"
            " last_scraped INTEGER,"
            " next_scrape_due INTEGER NOT NULL,"
            " last_error TEXT,"
            " last_error_class TEXT,"
            " UNIQUE (project_id, shortcode))"_s,
            u"CREATE INDEX reel_tasks_project ON reel_tasks (project_id)"_s,
            u"CREATE INDEX reel_tasks_due ON reel_tasks (next_scrape_due)"_s,
            u"CREATE TABLE video_tasks ("
            " id TEXT PRIMARY KEY,"
            " platform TEXT NOT NULL CHECK (platform IN ('instagram', 'tiktok')),"
            " external_id TEXT NOT NULL,"
            " shortcode TEXT,"
            " source_url TEXT,"
            " is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),"
            " interval_hours INTEGER NOT NULL DEFAULT 24 CHECK (interval_hours BETWEEN 6 AND 720),"
            " metadata TEXT NOT NULL DEFAULT '{}',"
            " added_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " first_scrape_time INTEGER,"
            " last_scrape_time INTEGER,"
            " next_scrape_due INTEGER NOT NULL,"
            " last_error TEXT,"
            " last_error_class TEXT,"
            " UNIQUE (platform, external_id))"_s,
            u"CREATE INDEX video_tasks_due ON video_tasks (next_scrape_due)"_s,
        },
        // Version 2: what scraping collects: media items, their metric snapshots, comments with
        // sentiment, profile snapshots, and the request log the rate governor keeps across restarts.
        {
            u"CREATE TABLE media_items ("
            " id INTEGER PRIMARY KEY,"
            " platform TEXT NOT NULL CHECK (platform IN ('instagram', 'tiktok')),"
            " platform_id TEXT NOT NULL,"
            " shortcode TEXT,"
            " parent_id INTEGER REFERENCES media_items (id) ON DELETE CASCADE,"
            " position INTEGER,"
            " owner_id TEXT,"
            " owner_username TEXT,"
            " media_type TEXT,"
            " product_type TEXT,"
            " caption TEXT,"
            " hashtags TEXT NOT NULL DEFAULT '[]',"
            " mentions TEXT NOT NULL DEFAULT '[]',"
            " taken_at INTEGER,"
            " width INTEGER,"
            " height INTEGER,"
            " duration REAL,"
            " display_url TEXT,"
            " video_url TEXT,"
            " first_seen INTEGER NOT NULL,"
            " last_seen INTEGER NOT NULL,"
            " UNIQUE (platform, platform_id))"_s,
            u"CREATE INDEX media_items_parent ON media_items (parent_id)"_s,
            u"CREATE TABLE task_items ("
            " task_kind TEXT NOT NULL CHECK (task_kind IN ('profile', 'reel', 'video')),"
            " task_id TEXT NOT NULL,"
            " item_id INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,"
            " PRIMARY KEY (task_kind, task_id, item_id))"_s,
            u"CREATE INDEX task_items_item ON task_items (item_id)"_s,
            u"CREATE TABLE item_snapshots ("
            " id INTEGER PRIMARY KEY,"
            " item_id INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,"
            " taken_at INTEGER NOT NULL,"
            " likes INTEGER, comments INTEGER, views INTEGER, plays INTEGER, shares INTEGER, saves INTEGER)"_s,
            u"CREATE INDEX item_snapshots_item ON item_snapshots (item_id, taken_at)"_s,
            u"CREATE TABLE profile_snapshots ("
            " id INTEGER PRIMARY KEY,"
            " task_id TEXT NOT NULL REFERENCES profile_tasks (id) ON DELETE CASCADE,"
            " taken_at INTEGER NOT NULL,"
            " platform_user_id TEXT, username TEXT, full_name TEXT, biography TEXT,"
            " followers INTEGER, following INTEGER, posts INTEGER,"
            " is_verified INTEGER, is_private INTEGER, is_business INTEGER,"
            " category TEXT, external_url TEXT, profile_pic_url TEXT)"_s,
            u"CREATE INDEX profile_snapshots_task ON profile_snapshots (task_id, taken_at)"_s,
            u"CREATE TABLE comments ("
            " id INTEGER PRIMARY KEY,"
            " item_id INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,"
            " platform TEXT NOT NULL,"
            " platform_id TEXT NOT NULL,"
            " parent_platform_id TEXT,"
            " author TEXT,"
            " author_id TEXT,"
            " text TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER,"
            " like_count INTEGER,"
            " reply_count INTEGER,"
            " first_seen INTEGER NOT NULL,"
            " last_seen INTEGER NOT NULL,"
            " sentiment_label TEXT CHECK (sentiment_label IN ('positive', 'negative', 'neutral')),"
            " sentiment_compound REAL,"
            " sentiment_engine TEXT,"
            " sentiment_manual INTEGER NOT NULL DEFAULT 0 CHECK (sentiment_manual IN (0, 1)),"
            " UNIQUE (platform, platform_id))"_s,
            u"CREATE INDEX comments_item ON comments (item_id, created_at)"_s,
            u"CREATE TABLE request_log ("
            " id INTEGER PRIMARY KEY,"
            " identity TEXT NOT NULL,"
            " query_type TEXT NOT NULL,"
            " at_ms INTEGER NOT NULL)"_s,
            u"CREATE INDEX request_log_window ON request_log (identity, query_type, at_ms)"_s,
            u"CREATE TABLE governor_state ("
            " identity TEXT PRIMARY KEY,"
            " state TEXT NOT NULL,"
            " resume_at_ms INTEGER,"
            " backoff_level INTEGER NOT NULL DEFAULT 0,"
            " message TEXT)"_s,
            // Tasks live in three tables, so their links to items are removed by triggers.
            u"CREATE TRIGGER profile_tasks_unlink AFTER DELETE ON profile_tasks BEGIN"
            " DELETE FROM task_items WHERE task_kind = 'profile' AND task_id = OLD.id; END"_s,
            u"CREATE TRIGGER reel_tasks_unlink AFTER DELETE ON reel_tasks BEGIN"
            " DELETE FROM task_items WHERE task_kind = 'reel' AND task_id = OLD.id; END"_s,
            u"CREATE TRIGGER video_tasks_unlink AFTER DELETE ON video_tasks BEGIN"
            " DELETE FROM task_items WHERE task_kind = 'video' AND task_id = OLD.id; END"_s,
        },
        // Version 3: comment sentiment kept per item and UTC day at write time (and per item over all days in the
        // row with day -1), so summaries read a row per item and charts a row per item and day, never every
        // comment. Triggers keep it in the same transaction as every
        // write of a comment (ingest, manual label, re-scoring); existing comments are counted once here.
        {
            u"CREATE TABLE comment_sentiment_daily ("
            " item_id INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,"
            " day INTEGER NOT NULL,"
            " positive INTEGER NOT NULL DEFAULT 0,"
            " negative INTEGER NOT NULL DEFAULT 0,"
            " neutral INTEGER NOT NULL DEFAULT 0,"
            " unscored INTEGER NOT NULL DEFAULT 0,"
            " compound_sum REAL NOT NULL DEFAULT 0,"
            " compound_count INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (item_id, day)) WITHOUT ROWID"_s,
            u"CREATE TRIGGER comments_sentiment_insert AFTER INSERT ON comments BEGIN " + sentimentDelta(u"NEW"_s, 1) +
                u" END"_s,
            u"CREATE TRIGGER comments_sentiment_delete AFTER DELETE ON comments BEGIN " + sentimentDelta(u"OLD"_s, -1) +
                u" END"_s,
            u"CREATE TRIGGER comments_sentiment_update AFTER UPDATE OF item_id, created_at, first_seen, "
            "sentiment_label, sentiment_compound ON comments BEGIN "_s +
                sentimentDelta(u"OLD"_s, -1) + u" "_s + sentimentDelta(u"NEW"_s, 1) + u" END"_s,
            u"INSERT INTO comment_sentiment_daily (item_id, day, positive, negative, neutral, unscored, compound_sum,"
            " compound_count) SELECT item_id, (coalesce(created_at, first_seen) / 86400) * 86400,"
            " sum(sentiment_label IS 'positive'), sum(sentiment_label IS 'negative'), sum(sentiment_label IS "
            "'neutral'),"
            " sum(sentiment_label IS NULL),"
            " total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
            " count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END)"
            " FROM comments GROUP BY 1, 2"_s,
            u"INSERT INTO comment_sentiment_daily (item_id, day, positive, negative, neutral, unscored, compound_sum,"
            " compound_count) SELECT item_id, -1, sum(positive), sum(negative), sum(neutral), sum(unscored),"
            " total(compound_sum), sum(compound_count) FROM comment_sentiment_daily GROUP BY item_id"_s,
        },
        // Version 4: comment language (multilingual sentiment). Each comment keeps the
        // language it was read in ('en', 'es', ..., 'und', or another language's code; NULL until scored), and the
        // per-item, per-day sentiment counts are kept per language too, so a task's summary by language and its
        // language mix read counts, not comments. SQLite cannot change a primary key: the counts table is made
        // again, its triggers with it, and recounted from the comments.
        {
            u"ALTER TABLE comments ADD COLUMN language TEXT"_s,
            u"DROP TRIGGER comments_sentiment_insert"_s,
            u"DROP TRIGGER comments_sentiment_delete"_s,
            u"DROP TRIGGER comments_sentiment_update"_s,
            u"DROP TABLE comment_sentiment_daily"_s,
            u"CREATE TABLE comment_sentiment_daily ("
            " item_id INTEGER NOT NULL REFERENCES media_items (id) ON DELETE CASCADE,"
            " day INTEGER NOT NULL,"
            " language TEXT NOT NULL DEFAULT '',"
            " positive INTEGER NOT NULL DEFAULT 0,"
            " negative INTEGER NOT NULL DEFAULT 0,"
            " neutral INTEGER NOT NULL DEFAULT 0,"
            " unscored INTEGER NOT NULL DEFAULT 0,"
            " compound_sum REAL NOT NULL DEFAULT 0,"
            " compound_count INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (item_id, day, language)) WITHOUT ROWID"_s,
            u"CREATE TRIGGER comments_sentiment_insert AFTER INSERT ON comments BEGIN " +
                sentimentDeltaByLanguage(u"NEW"_s, 1) + u" END"_s,
            u"CREATE TRIGGER comments_sentiment_delete AFTER DELETE ON comments BEGIN " +
                sentimentDeltaByLanguage(u"OLD"_s, -1) + u" END"_s,
            u"CREATE TRIGGER comments_sentiment_update AFTER UPDATE OF item_id, created_at, first_seen, "
            "sentiment_label, sentiment_compound, language ON comments BEGIN "_s +
                sentimentDeltaByLanguage(u"OLD"_s, -1) + u" "_s + sentimentDeltaByLanguage(u"NEW"_s, 1) + u" END"_s,
            u"INSERT INTO comment_sentiment_daily (item_id, day, language, positive, negative, neutral, unscored,"
            " compound_sum, compound_count) SELECT item_id, (coalesce(created_at, first_seen) / 86400) * 86400,"
            " coalesce(language, ''), sum(sentiment_label IS 'positive'), sum(sentiment_label IS 'negative'),"
            " sum(sentiment_label IS 'neutral'), sum(sentiment_label IS NULL),"
            " total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
            " count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END)"
            " FROM comments GROUP BY 1, 2, 3"_s,
            u"INSERT INTO comment_sentiment_daily (item_id, day, language, positive, negative, neutral, unscored,"
            " compound_sum, compound_count) SELECT item_id, -1, language, sum(positive), sum(negative), sum(neutral),"
            " sum(unscored), total(compound_sum), sum(compound_count) FROM comment_sentiment_daily"
            " GROUP BY item_id, language"_s,
        },
        // Version 5: publishing. Connected Instagram professional accounts (their tokens live in the keychain only), posts
        // (drafts, scheduled, publishing, published, failed) with every step's ids persisted before the next call
        // (the container of a post, the children of a carousel, when media_publish was sent), and a log of attempts.
        {
            u"CREATE TABLE publish_accounts ("
            " id INTEGER PRIMARY KEY,"
            " user_id TEXT NOT NULL UNIQUE,"
            " username TEXT NOT NULL,"
            " name TEXT,"
            " account_type TEXT,"
            " profile_picture_url TEXT,"
            " followers_count INTEGER,"
            " follows_count INTEGER,"
            " media_count INTEGER,"
            " token_expires_at INTEGER,"
            " token_refreshed_at INTEGER,"
            " connected_at INTEGER NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'reconnect')),"
            " status_reason TEXT)"_s,
            u"CREATE TABLE publish_posts ("
            " id INTEGER PRIMARY KEY,"
            " account_id INTEGER NOT NULL REFERENCES publish_accounts (id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind IN ('image', 'carousel', 'reel', 'story')),"
            " caption TEXT NOT NULL DEFAULT '',"
            " items TEXT NOT NULL DEFAULT '[]',"
            " options TEXT NOT NULL DEFAULT '{}',"
            " state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'creating', 'processing', 'publishing',"
            " 'published', 'failed', 'cancelled')),"
            " scheduled_at INTEGER,"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL,"
            " container_id TEXT,"
            " publish_sent_at INTEGER,"
            " media_id TEXT,"
            " permalink TEXT,"
            " published_at INTEGER,"
            " first_comment_id TEXT,"
            " last_error TEXT)"_s,
            u"CREATE INDEX publish_posts_due ON publish_posts (state, scheduled_at)"_s,
            u"CREATE TABLE publish_children ("
            " post_id INTEGER NOT NULL REFERENCES publish_posts (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " container_id TEXT NOT NULL,"
            " PRIMARY KEY (post_id, position))"_s,
            u"CREATE TABLE publish_attempts ("
            " id INTEGER PRIMARY KEY,"
            " post_id INTEGER NOT NULL REFERENCES publish_posts (id) ON DELETE CASCADE,"
            " at INTEGER NOT NULL,"
            " step TEXT NOT NULL,"
            " outcome TEXT NOT NULL,"
            " message TEXT)"_s,
        },
        // Version 6: downloads. The persistent queue (jobs and their files). A file row with status 'done' is the
        // registry of downloaded media (media id + variant); jobs leave the list (listed = 0) but their rows
        // stay, so the registry outlives the list.
        {
            u"CREATE TABLE download_jobs ("
            " id TEXT PRIMARY KEY,"
            " kind TEXT NOT NULL CHECK (kind IN ('post', 'reel', 'carousel', 'story', 'video', 'profile')),"
            " platform TEXT NOT NULL DEFAULT 'instagram',"
            " target TEXT NOT NULL,"
            " source_url TEXT NOT NULL,"
            " quality TEXT NOT NULL DEFAULT 'best',"
            " download_type TEXT NOT NULL DEFAULT 'media',"
            " audio_format TEXT NOT NULL DEFAULT 'best',"
            " zip INTEGER NOT NULL DEFAULT 0 CHECK (zip IN (0, 1)),"
            " metadata INTEGER NOT NULL DEFAULT 1 CHECK (metadata IN (0, 1)),"
            " force INTEGER NOT NULL DEFAULT 0 CHECK (force IN (0, 1)),"
            " folder TEXT NOT NULL,"
            " name_template TEXT NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'paused',"
            " 'completed', 'failed', 'cancelled')),"
            " owner TEXT,"
            " title TEXT,"
            " bytes_total INTEGER,"
            " bytes_done INTEGER NOT NULL DEFAULT 0,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " error_code TEXT,"
            " error_message TEXT,"
            " error_details TEXT,"
            " batch_id TEXT,"
            " listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1)),"
            " created_at INTEGER NOT NULL,"
            " started_at INTEGER,"
            " completed_at INTEGER,"
            " failed_at INTEGER)"_s,
            u"CREATE INDEX download_jobs_status ON download_jobs (status, created_at)"_s,
            u"CREATE TABLE download_files ("
            " id INTEGER PRIMARY KEY,"
            " job_id TEXT NOT NULL REFERENCES download_jobs (id) ON DELETE CASCADE,"
            " media_id TEXT NOT NULL,"
            " variant TEXT NOT NULL,"
            " position INTEGER NOT NULL DEFAULT 0,"
            " kind TEXT NOT NULL,"
            " source_url TEXT NOT NULL,"
            " path TEXT NOT NULL,"
            " mime_type TEXT,"
            " width INTEGER,"
            " height INTEGER,"
            " size INTEGER,"
            " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),"
            " completed_at INTEGER,"
            " UNIQUE (job_id, path))"_s,
            u"CREATE INDEX download_files_media ON download_files (media_id, variant, status)"_s,
        },
        // Version 7: accounts on both platforms and creators. A profile task names its platform; it can track the
        // posts/videos it discovers as video tasks ('off', 'new': taken after auto_track_since, 'latest': the newest
        // auto_track_latest), and each such video task keeps its account. TikTok accounts add a likes (hearts) count
        // to their snapshots. A creator groups accounts; removing a creator removes its links, never its accounts.
        {
            u"ALTER TABLE profile_tasks ADD COLUMN platform TEXT NOT NULL DEFAULT 'instagram'"
            " CHECK (platform IN ('instagram', 'tiktok'))"_s,
            u"ALTER TABLE profile_tasks ADD COLUMN auto_track TEXT NOT NULL DEFAULT 'off'"
            " CHECK (auto_track IN ('off', 'new', 'latest'))"_s,
            u"ALTER TABLE profile_tasks ADD COLUMN auto_track_latest INTEGER NOT NULL DEFAULT 0"
            " CHECK (auto_track_latest >= 0)"_s,
            u"ALTER TABLE profile_tasks ADD COLUMN auto_track_since INTEGER"_s,
            u"CREATE INDEX profile_tasks_platform_target ON profile_tasks (platform, target_profile)"_s,
            u"ALTER TABLE video_tasks ADD COLUMN profile_task_id TEXT REFERENCES profile_tasks (id) ON DELETE SET NULL"_s,
            u"CREATE INDEX video_tasks_profile ON video_tasks (profile_task_id)"_s,
            u"ALTER TABLE profile_snapshots ADD COLUMN likes INTEGER"_s,
            u"CREATE TABLE creators ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " name_key TEXT NOT NULL UNIQUE,"
            " created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE creator_accounts ("
            " creator_id TEXT NOT NULL REFERENCES creators (id) ON DELETE CASCADE,"
            " profile_task_id TEXT NOT NULL REFERENCES profile_tasks (id) ON DELETE CASCADE,"
            " linked_at INTEGER NOT NULL,"
            " PRIMARY KEY (creator_id, profile_task_id))"_s,
            u"CREATE INDEX creator_accounts_task ON creator_accounts (profile_task_id)"_s,
        },
        // Version 8: a profile task can download every new post its scrapes find ("download new posts").
        {
            u"ALTER TABLE profile_tasks ADD COLUMN auto_download INTEGER NOT NULL DEFAULT 0"
            " CHECK (auto_download IN (0, 1))"_s,
        },
        // Version 9: comment sentiment per task and UTC day (and per task over all days, day -1), and per day over
        // the whole store, kept from the per-item counts by triggers in the same transaction as every comment
        // write and every link of an item to a task: the Overview and a task's charts read a row per day, never a
        // row per item. Existing counts are summed once here.
        taskSentimentSteps(),
        // Version 10: search. A full-text index of account names and bios, creator names, captions, hashtags and
        // comments, kept current by triggers and filled from what is stored (SearchIndex).
        SearchIndex::schemaStatements(),
    };
    return ladder;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    qCWarning(lcStorage) << "migration statement failed:" << *error;
    return false;
}

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

Status migrate(QSqlDatabase &db, int fromVersion)
{
    QString error;
    if (!run(db, u"BEGIN IMMEDIATE"_s, &error))
        return Error::storage(QCoreApplication::translate("reelpulse::Migrations",
                                                          "Cannot upgrade the store (is another ReelPulse using "
                                                          "it?): %1")
                                  .arg(error));
    int from = fromVersion;
    {
        // Another process may have upgraded the store between our first read and the lock.
        QSqlQuery current(db);
        if (current.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && current.next())
            from = std::max(from, current.value(0).toInt());
    }
    int failedVersion = 0;
    for (int version = from + 1; version <= latestVersion() && failedVersion == 0; ++version) {
        for (const QString &statement : steps()[static_cast<size_t>(version - 1)]) {
            if (!run(db, statement, &error)) {
                failedVersion = version;
                break;
            }
        }
    }
    if (failedVersion == 0 && from < latestVersion()) {
        QSqlQuery setVersion(db);
        setVersion.prepare(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        setVersion.addBindValue(QString::number(latestVersion()));
        if (!setVersion.exec()) {
            failedVersion = latestVersion();
            error = setVersion.lastError().text();
        }
    }
    if (failedVersion == 0 && !run(db, u"COMMIT"_s, &error))
        failedVersion = latestVersion();
    if (failedVersion != 0) {
        QString ignored;
        run(db, u"ROLLBACK"_s, &ignored);
        return Error::storage(
            QCoreApplication::translate("reelpulse::Migrations", "Upgrading the store to version %1 failed: %2")
                .arg(failedVersion)
                .arg(error));
    }
    if (from < latestVersion())
        qCInfo(lcStorage) << "store upgraded from schema version" << from << "to" << latestVersion();
    return Ok{};
}

} // namespace reelpulse::Migrations
