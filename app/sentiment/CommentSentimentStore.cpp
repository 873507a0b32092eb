#include "sentiment/CommentSentimentStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

const QString PendingCondition = u"((sentiment_manual = 0 AND (? = 1 OR sentiment_label IS NULL "
                                 "OR sentiment_engine IS NULL OR sentiment_engine <> ? OR language IS NULL)) "
                                 "OR (sentiment_manual = 1 AND language IS NULL))"_s;

// An account: "<platform>/id:<owner id>", "<platform>/user:<user name>", or "item/<row id>" for an item without
// an owner.
QString accountKey(const QString &platform, const QString &ownerId, const QString &ownerName, qint64 item)
{
    if (!ownerId.isEmpty())
        return platform + u"/id:"_s + ownerId;
    if (!ownerName.isEmpty())
        return platform + u"/user:"_s + ownerName;
    return u"item/"_s + QString::number(item);
}

// The WHERE clause (over media_items m) and binds of an account's items.
std::pair<QString, QVariantList> accountItems(const QString &account)
{
    if (account.startsWith(u"item/"))
        return {u"m.id = ?"_s, {account.sliced(5).toLongLong()}};
    const qsizetype slash = account.indexOf(u'/');
    const QString platform = account.first(slash);
    const QString owner = account.sliced(slash + 1);
    if (owner.startsWith(u"id:"))
        return {u"m.platform = ? AND m.owner_id = ?"_s, {platform, owner.sliced(3)}};
    return {u"m.platform = ? AND (m.owner_id IS NULL OR m.owner_id = '') AND m.owner_username = ?"_s,
            {platform, owner.sliced(5)}};
}
const QString TaskItems = u"item_id IN (SELECT item_id FROM task_items WHERE task_kind = ? AND task_id = ?)"_s;

} // namespace

CommentSentimentStore::CommentSentimentStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<int> CommentSentimentStore::pendingCount(const QString &engineVersion, bool all)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM comments WHERE "_s + PendingCondition);
    q.addBindValue(all ? 1 : 0);
    q.addBindValue(engineVersion);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "counting comments to score"));
        !s.ok())
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<PendingComment>> CommentSentimentStore::pending(const QString &engineVersion, qint64 afterId, int limit,
                                                             bool all)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, text, item_id, sentiment_manual FROM comments WHERE id > ? AND "_s + PendingCondition +
              u" ORDER BY id LIMIT ?"_s);
    q.addBindValue(afterId);
    q.addBindValue(all ? 1 : 0);
    q.addBindValue(engineVersion);
    q.addBindValue(limit);
    if (auto s = sql::exec(
            q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "reading comments to score"));
        !s.ok())
        return s.error();
    QList<PendingComment> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() != 0});
    return list;
}

Status CommentSentimentStore::writeScores(const QList<qint64> &ids, const QList<SentimentScore> &scores,
                                          const QString &engineVersion)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE comments SET sentiment_label = ?, sentiment_compound = ?, sentiment_engine = ? "
              "WHERE id = ? AND sentiment_manual = 0"_s);
    for (qsizetype i = 0; i < ids.size() && i < scores.size(); ++i) {
        q.addBindValue(labelName(scores.at(i).label));
        q.addBindValue(scores.at(i).compound);
        q.addBindValue(engineVersion);
        q.addBindValue(ids.at(i));
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                              "saving comment sentiment"));
            !s.ok())
            return s;
    }
    return Ok{};
}

Status CommentSentimentStore::writeScores(const QList<ScoredComment> &comments, const QString &engineVersion)
{
    // A manual label keeps its label, compound and engine; its language is written like any other's.
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE comments SET"
              " sentiment_label = CASE WHEN sentiment_manual = 0 THEN ? ELSE sentiment_label END,"
              " sentiment_compound = CASE WHEN sentiment_manual = 0 THEN ? ELSE sentiment_compound END,"
              " sentiment_engine = CASE WHEN sentiment_manual = 0 THEN ? ELSE sentiment_engine END,"
              " language = ? WHERE id = ?"_s);
    for (const ScoredComment &comment : comments) {
        q.addBindValue(labelName(comment.score.label));
        q.addBindValue(comment.score.compound);
        q.addBindValue(engineVersion);
        q.addBindValue(comment.language);
        q.addBindValue(comment.id);
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                              "saving comment sentiment"));
            !s.ok())
            return s;
    }
    return Ok{};
}

Result<QHash<qint64, QString>> CommentSentimentStore::itemAccounts(const QList<qint64> &itemIds)
{
    QHash<qint64, QString> accounts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT platform, coalesce(owner_id, ''), coalesce(owner_username, '') FROM media_items WHERE id = ?"_s);
    for (const qint64 item : itemIds) {
        if (accounts.contains(item))
            continue;
        q.addBindValue(item);
        if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                              "reading the posts' accounts"));
            !s.ok())
            return s.error();
        accounts.insert(item,
                        q.next() ? accountKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), item)
                                 : accountKey({}, {}, {}, item));
        q.finish();
    }
    return accounts;
}

Result<QHash<QString, int>> CommentSentimentStore::accountLanguageCounts(const QString &account)
{
    const auto [where, binds] = accountItems(account);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT d.language, sum(d.positive + d.negative + d.neutral + d.unscored) FROM comment_sentiment_daily d"
              " JOIN media_items m ON m.id = d.item_id WHERE d.day = -1 AND d.language <> '' AND "_s +
              where + u" GROUP BY d.language"_s);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "reading the account's languages"));
        !s.ok())
        return s.error();
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

Result<QStringList> CommentSentimentStore::accountCaptions(const QString &account, int limit)
{
    const auto [where, binds] = accountItems(account);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.caption FROM media_items m WHERE m.caption IS NOT NULL AND m.caption <> '' AND "_s + where +
              u" ORDER BY coalesce(m.taken_at, m.first_seen) DESC, m.id DESC LIMIT ?"_s);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "reading the account's captions"));
        !s.ok())
        return s.error();
    QStringList captions;
    while (q.next())
        captions.append(q.value(0).toString());
    return captions;
}

Status CommentSentimentStore::setManualLabel(qint64 commentId, Label label)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE comments SET sentiment_label = ?, sentiment_manual = 1 WHERE id = ?"_s);
    q.addBindValue(labelName(label));
    q.addBindValue(commentId);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "saving the comment's label"));
        !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "There is no stored comment %1.")
                .arg(commentId));
    return Ok{};
}

Status CommentSentimentStore::clearManualLabel(qint64 commentId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE comments SET sentiment_manual = 0, sentiment_engine = NULL WHERE id = ?"_s);
    q.addBindValue(commentId);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "clearing the comment's label"));
        !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "There is no stored comment %1.")
                .arg(commentId));
    return Ok{};
}

Result<QList<SentimentSample>> CommentSentimentStore::samples(const QString &where, const QVariantList &binds,
                                                              int *unscored)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT sentiment_label, sentiment_compound, coalesce(created_at, first_seen) FROM comments WHERE "_s +
              where);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (auto s = sql::exec(
            q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "reading comment sentiment"));
        !s.ok())
        return s.error();
    QList<SentimentSample> list;
    int missing = 0;
    while (q.next()) {
        const std::optional<Label> label = labelFromName(q.value(0).toString());
        if (!label) {
            ++missing;
            continue;
        }
        SentimentSample sample;
        sample.label = *label;
        if (!q.value(1).isNull())
            sample.compound = q.value(1).toDouble();
        sample.createdAt = q.value(2).toLongLong();
        list.append(sample);
    }
    if (unscored)
        *unscored = missing;
    return list;
}

Result<QList<SentimentSample>> CommentSentimentStore::itemSamples(qint64 itemRowId, int *unscored)
{
    return samples(u"item_id = ?"_s, {itemRowId}, unscored);
}

Result<QList<SentimentSample>> CommentSentimentStore::taskSamples(const TaskRef &task, int *unscored)
{
    return samples(TaskItems, {taskKindName(task.kind), task.id}, unscored);
}

namespace {

/// Counts of one item and day (or of a sum of them), as comment_sentiment_daily keeps them.
struct DayCounts
{
    qint64 day = 0;
    qint64 positive = 0;
    qint64 negative = 0;
    qint64 neutral = 0;
    qint64 unscored = 0;
    double compoundSum = 0.0;
    qint64 compoundCount = 0;

    void add(const DayCounts &o)
    {
        positive += o.positive;
        negative += o.negative;
        neutral += o.neutral;
        unscored += o.unscored;
        compoundSum += o.compoundSum;
        compoundCount += o.compoundCount;
    }

    SentimentSummary summary() const
    {
        std::optional<double> average;
        if (compoundCount > 0)
            average = compoundSum / double(compoundCount);
        return SentimentSummary::fromCounts(int(positive), int(negative), int(neutral), average);
    }
};

const QString DailyColumns = u"sum(positive), sum(negative), sum(neutral), sum(unscored), total(compound_sum), "
                             "sum(compound_count)"_s;

DayCounts countsAt(const QSqlQuery &q, int first)
{
    DayCounts c;
    c.positive = q.value(first).toLongLong();
    c.negative = q.value(first + 1).toLongLong();
    c.neutral = q.value(first + 2).toLongLong();
    c.unscored = q.value(first + 3).toLongLong();
    c.compoundSum = q.value(first + 4).toDouble();
    c.compoundCount = q.value(first + 5).toLongLong();
    return c;
}

} // namespace

Result<SentimentCounts> CommentSentimentStore::countsWhere(const QString &where, const QVariantList &binds,
                                                           const QString &table)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + DailyColumns + u" FROM "_s + table + u" WHERE "_s + where);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "reading the sentiment summary"));
        !s.ok())
        return s.error();
    SentimentCounts counts;
    if (q.next()) {
        const DayCounts c = countsAt(q, 0);
        counts.positive = int(c.positive);
        counts.negative = int(c.negative);
        counts.neutral = int(c.neutral);
        counts.unscored = int(c.unscored);
        if (c.compoundCount > 0)
            counts.averageCompound = c.compoundSum / double(c.compoundCount);
    }
    return counts;
}

// The all-time counts of an item are its row with day -1.
Result<SentimentCounts> CommentSentimentStore::itemCounts(qint64 itemRowId)
{
    return countsWhere(u"day = -1 AND item_id = ?"_s, {itemRowId});
}

// A task's all-time counts are its row with day -1 of task_sentiment_daily (kept from the per-item counts).
Result<SentimentCounts> CommentSentimentStore::taskCounts(const TaskRef &task)
{
    return countsWhere(u"day = -1 AND task_kind = ? AND task_id = ?"_s, {taskKindName(task.kind), task.id},
                       u"task_sentiment_daily"_s);
}

Result<SentimentSummary> CommentSentimentStore::itemSummary(qint64 itemRowId)
{
    auto counts = itemCounts(itemRowId);
    if (!counts.ok())
        return counts.error();
    return SentimentSummary::fromCounts(counts->positive, counts->negative, counts->neutral, counts->averageCompound);
}

Result<SentimentSummary> CommentSentimentStore::taskSummary(const TaskRef &task)
{
    auto counts = taskCounts(task);
    if (!counts.ok())
        return counts.error();
    return SentimentSummary::fromCounts(counts->positive, counts->negative, counts->neutral, counts->averageCompound);
}

Result<QList<SentimentBucketSummary>> CommentSentimentStore::taskBuckets(const TaskRef &task, SummaryBucket bucket)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, "_s + DailyColumns +
              u" FROM task_sentiment_daily WHERE day >= 0 AND task_kind = ? AND task_id = ?"_s +
              u" GROUP BY day ORDER BY day"_s);
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "reading the sentiment by day"));
        !s.ok())
        return s.error();
    std::map<qint64, DayCounts> grouped; // Julian day of the bucket start
    while (q.next()) {
        DayCounts c = countsAt(q, 1);
        // A day whose comments are all unscored is not a bucket of the summaries (as with samples).
        if (c.positive + c.negative + c.neutral == 0)
            continue;
        grouped[bucketStart(q.value(0).toLongLong(), bucket).toJulianDay()].add(c);
    }
    QList<SentimentBucketSummary> result;
    if (grouped.empty())
        return result;
    const qint64 step = bucket == SummaryBucket::Day ? 1 : 7;
    for (qint64 julian = grouped.begin()->first; julian <= grouped.rbegin()->first; julian += step) {
        SentimentBucketSummary entry;
        entry.start = QDate::fromJulianDay(julian);
        entry.startEpoch = QDateTime(entry.start, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const auto found = grouped.find(julian);
        if (found != grouped.end())
            entry.summary = found->second.summary();
        result.append(entry);
    }
    return result;
}

Result<QList<LanguageSummary>> CommentSentimentStore::languagesWhere(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT language, "_s + DailyColumns + u" FROM comment_sentiment_daily WHERE day = -1 AND "_s + where +
              u" GROUP BY language"_s);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "reading the sentiment by language"));
        !s.ok())
        return s.error();
    QList<LanguageSummary> result;
    while (q.next()) {
        const DayCounts c = countsAt(q, 1);
        LanguageSummary entry;
        entry.language = q.value(0).toString();
        entry.comments = int(c.positive + c.negative + c.neutral + c.unscored);
        if (entry.comments == 0)
            continue;
        entry.summary = c.summary();
        result.append(entry);
    }
    // Most comments first; "not read yet" last; ties by code.
    std::sort(result.begin(), result.end(), [](const LanguageSummary &a, const LanguageSummary &b) {
        if (a.language.isEmpty() != b.language.isEmpty())
            return b.language.isEmpty();
        if (a.comments != b.comments)
            return a.comments > b.comments;
        return a.language < b.language;
    });
    // Shares in tenths of a percent by largest remainder (as the summaries' percentages): each share floored, the
    // missing tenths to the largest remainders, ties to the earlier (larger) language.
    qint64 total = 0;
    for (const LanguageSummary &entry : result)
        total += entry.comments;
    if (total > 0) {
        std::vector<std::pair<qint64, int>> remainders; // remainder, index
        qint64 given = 0;
        for (int i = 0; i < int(result.size()); ++i) {
            const qint64 scaled = qint64(result[i].comments) * 1000;
            result[i].share = double(scaled / total) / 10.0;
            given += scaled / total;
            remainders.emplace_back(scaled % total, i);
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; given < 1000 && k < remainders.size(); ++k, ++given)
            result[remainders[k].second].share = (result[remainders[k].second].share * 10.0 + 1.0) / 10.0;
    }
    return result;
}

Result<QList<LanguageSummary>> CommentSentimentStore::taskLanguages(const TaskRef &task)
{
    return languagesWhere(TaskItems, {taskKindName(task.kind), task.id});
}

Result<QList<LanguageSummary>> CommentSentimentStore::itemLanguages(qint64 itemRowId)
{
    return languagesWhere(u"item_id = ?"_s, {itemRowId});
}

Result<QList<SummaryItem>> CommentSentimentStore::taskItems(const TaskRef &task)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.platform_id, m.shortcode FROM media_items m JOIN task_items t ON t.item_id = m.id "
              "WHERE t.task_kind = ? AND t.task_id = ? AND m.parent_id IS NULL "
              "ORDER BY coalesce(m.taken_at, m.first_seen) DESC, m.id DESC"_s);
    q.addBindValue(taskKindName(task.kind));
    q.addBindValue(task.id);
    if (auto s = sql::exec(
            q, QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "reading the task's posts"));
        !s.ok())
        return s.error();
    QList<SummaryItem> items;
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return items;
}

Result<TaskRef> CommentSentimentStore::resolveTask(const QString &idOrPrefix)
{
    const std::pair<TaskKind, QString> tables[] = {{TaskKind::Profile, u"profile_tasks"_s},
                                                   {TaskKind::Reel, u"reel_tasks"_s},
                                                   {TaskKind::Video, u"video_tasks"_s}};
    std::optional<Error> firstError;
    QList<TaskRef> found;
    for (const auto &[kind, table] : tables) {
        auto id = sql::resolveId(m_db, table, idOrPrefix,
                                 QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore", "task"));
        if (id.ok())
            found.append(TaskRef{kind, id.value()});
        else if (id.error().kind != ErrorKind::NotFound && !firstError)
            firstError = id.error();
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1)
        return Error::invalid(u"id"_s,
                              QCoreApplication::translate("reelpulse::sentiment::CommentSentimentStore",
                                                          "\"%1\" matches several tasks: give more characters.")
                                  .arg(idOrPrefix));
    if (firstError)
        return *firstError;
    return Error::notFound(
        QCoreApplication::translate(
            "reelpulse::sentiment::CommentSentimentStore",
            "No profile, reel or video task has the id \"%1\" (see 'profiles list', 'reels list', 'videos list').")
            .arg(idOrPrefix));
}

} // namespace reelpulse::sentiment
