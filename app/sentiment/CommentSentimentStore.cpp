#include "sentiment/CommentSentimentStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

const QString PendingCondition = u"sentiment_manual = 0 AND (? = 1 OR sentiment_label IS NULL "
                                 "OR sentiment_engine IS NULL OR sentiment_engine <> ?)"_s;
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
    q.prepare(u"SELECT id, text FROM comments WHERE id > ? AND "_s + PendingCondition + u" ORDER BY id LIMIT ?"_s);
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
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
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

Result<SentimentSummary> CommentSentimentStore::itemSummary(qint64 itemRowId)
{
    auto list = itemSamples(itemRowId);
    if (!list.ok())
        return list.error();
    return SentimentSummary::fromSamples(list.value());
}

Result<SentimentSummary> CommentSentimentStore::taskSummary(const TaskRef &task)
{
    auto list = taskSamples(task);
    if (!list.ok())
        return list.error();
    return SentimentSummary::fromSamples(list.value());
}

Result<QList<SentimentBucketSummary>> CommentSentimentStore::taskBuckets(const TaskRef &task, SummaryBucket bucket)
{
    auto list = taskSamples(task);
    if (!list.ok())
        return list.error();
    return summarizeByBucket(list.value(), bucket);
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
