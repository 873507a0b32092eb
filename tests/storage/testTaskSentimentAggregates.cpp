// The sentiment counts the store keeps per task and UTC day (task_sentiment_daily) and per day over the whole store
// (store_sentiment_daily) always equal a recount over the comments of the items linked to each task: after an
// upgrade of an earlier store, and after any mix of ingest, manual labels, re-scoring, edits, deletions, links and
// unlinks of items, removed posts and removed tasks.
#include "StoreFixtures.h"
#include "platform/DataDir.h"
#include "sentiment/CommentSentimentStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::sentiment;

namespace {

// Per task and day (and all days as day -1), recounted from the comments of the task's items.
const QString TaskComments =
    u"SELECT t.task_kind, t.task_id, %1 AS day, c.sentiment_label AS label,"
    " c.sentiment_compound AS compound FROM task_items t JOIN comments c ON c.item_id = t.item_id"_s;
const QString RecountTasks =
    u"SELECT task_kind, task_id, day, sum(label IS 'positive'), sum(label IS 'negative'), sum(label IS 'neutral'),"
    " sum(label IS NULL), count(CASE WHEN label IS NOT NULL THEN compound END),"
    " round(total(CASE WHEN label IS NOT NULL THEN compound END), 6) FROM ("_s +
    TaskComments.arg(u"(coalesce(c.created_at, c.first_seen) / 86400) * 86400"_s) + u" UNION ALL "_s +
    TaskComments.arg(u"-1"_s) + u") GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s;
const QString KeptTasks =
    u"SELECT task_kind, task_id, day, positive, negative, neutral, unscored, compound_count, round(compound_sum, 6)"
    " FROM task_sentiment_daily WHERE positive + negative + neutral + unscored > 0 ORDER BY 1, 2, 3"_s;

const QString RecountStore =
    u"SELECT (coalesce(created_at, first_seen) / 86400) * 86400, sum(sentiment_label IS 'positive'),"
    " sum(sentiment_label IS 'negative'), sum(sentiment_label IS 'neutral'), sum(sentiment_label IS NULL),"
    " count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
    " round(total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END), 6)"
    " FROM comments GROUP BY 1 ORDER BY 1"_s;
const QString KeptStore = u"SELECT day, positive, negative, neutral, unscored, compound_count, round(compound_sum, 6)"
                          " FROM store_sentiment_daily WHERE day >= 0 AND positive + negative + neutral + unscored > 0"
                          " ORDER BY 1"_s;

// No count ever goes below zero.
const QString Negative = u"SELECT count(*) FROM task_sentiment_daily WHERE positive < 0 OR negative < 0"
                         " OR neutral < 0 OR unscored < 0 OR compound_count < 0"_s;
// A removed profile task leaves no rows.
const QString Orphans = u"SELECT count(*) FROM task_sentiment_daily s WHERE task_kind = 'profile' AND NOT EXISTS ("
                        "SELECT 1 FROM profile_tasks t WHERE t.id = s.task_id)"_s;

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

bool exec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << q.lastError().text() << sql;
        return false;
    }
    return true;
}

bool addItem(Database &db, int item)
{
    return exec(db,
                u"INSERT INTO media_items (id, platform, platform_id, first_seen, last_seen) VALUES (?, 'instagram', ?,"
                " 0, 0)"_s,
                {item, QString::number(1000 + item)});
}

bool addProfileTask(Database &db, const QString &id)
{
    return exec(db,
                u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due) VALUES (?, ?, 0, 0)"_s,
                {id, QString(u"account_"_s + id)});
}

} // namespace

class TestTaskSentimentAggregates final : public QObject
{
    Q_OBJECT

private slots:
    void testUpgradeCountsTheExistingComments()
    {
        QTemporaryDir dir;
        // The last store written before the per-task counts existed (version 9 added them).
        const QString fixture = QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v8.sql");
        QVERIFY(test::restoreFixture(fixture, databasePath(dir.path())));
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        const QStringList kept = rows(*db.value(), KeptTasks);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept, rows(*db.value(), RecountTasks));
        QCOMPARE(rows(*db.value(), KeptStore), rows(*db.value(), RecountStore));
    }

    void testCountsFollowEveryWrite()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        const QStringList tasks{u"p1"_s, u"p2"_s, u"p3"_s};
        for (const QString &task : tasks)
            QVERIFY(addProfileTask(db, task));
        for (int item = 1; item <= 5; ++item)
            QVERIFY(addItem(db, item));
        QVERIFY(exec(db, u"INSERT INTO task_items VALUES ('profile', 'p1', 1), ('profile', 'p1', 2), "
                         "('profile', 'p2', 2), ('video', 'v1', 3)"_s));

        QRandomGenerator random(11);
        const QStringList labels{u"positive"_s, u"negative"_s, u"neutral"_s};
        qint64 nextComment = 1;
        CommentSentimentStore store(db.connection());
        const auto check = [&] {
            QCOMPARE(rows(db, KeptTasks), rows(db, RecountTasks));
            QCOMPARE(rows(db, KeptStore), rows(db, RecountStore));
            QCOMPARE(rows(db, Negative), QStringList{u"0"_s});
        };
        for (int step = 0; step < 600; ++step) {
            const int op = int(random.bounded(11));
            const qint64 any = 1 + qint64(random.bounded(quint32(std::max<qint64>(1, nextComment - 1))));
            const int item = 1 + int(random.bounded(5));
            const QString task = tasks.at(random.bounded(3));
            const QVariant label = random.bounded(4) == 0 ? QVariant() : QVariant(labels.at(random.bounded(3)));
            const QVariant compound =
                label.isNull() || random.bounded(5) == 0 ? QVariant() : QVariant(random.generateDouble() * 2 - 1);
            const QVariant created =
                random.bounded(6) == 0 ? QVariant() : QVariant(qint64(1767225600 + random.bounded(10 * 86400)));
            switch (op) {
            case 0:
            case 1:
            case 2: // ingest
                QVERIFY(exec(db,
                             u"INSERT INTO comments (id, item_id, platform, platform_id, text, created_at, first_seen,"
                             " last_seen, sentiment_label, sentiment_compound, language) VALUES (?, ?, 'instagram', ?,"
                             " 'x', ?, ?, 0, ?, ?, ?)"_s,
                             {nextComment, item, QString::number(nextComment), created,
                              qint64(1767225600 + random.bounded(10 * 86400)), label, compound,
                              random.bounded(2) ? u"en"_s : u"es"_s}));
                ++nextComment;
                break;
            case 3: // a manual label, and back to the engine
                (void)store.setManualLabel(any, Label(random.bounded(3)));
                if (random.bounded(2))
                    (void)store.clearManualLabel(any);
                break;
            case 4: { // re-scoring
                SentimentScore score;
                score.compound = random.generateDouble() * 2 - 1;
                score.label = Label(random.bounded(3));
                QVERIFY(store.writeScores({any}, {score}, u"test-engine"_s).ok());
                break;
            }
            case 5: // an edit moves the comment to another day, item or language
                QVERIFY(exec(db, u"UPDATE comments SET created_at = ?, item_id = ?, language = ? WHERE id = ?"_s,
                             {created, item, random.bounded(2) ? u"fr"_s : u"es"_s, any}));
                break;
            case 6: // removed
                QVERIFY(exec(db, u"DELETE FROM comments WHERE id = ?"_s, {any}));
                break;
            case 7: // a task finds a post
                QVERIFY(exec(db, u"INSERT OR IGNORE INTO task_items VALUES ('profile', ?, ?)"_s, {task, item}));
                break;
            case 8: // and loses one
                QVERIFY(exec(db, u"DELETE FROM task_items WHERE task_id = ? AND item_id = ?"_s, {task, item}));
                break;
            case 9: // a post removed with its comments, seen again later
                if (random.bounded(4) == 0) {
                    QVERIFY(exec(db, u"DELETE FROM media_items WHERE id = ?"_s, {item}));
                    QVERIFY(addItem(db, item));
                }
                break;
            case 10: // a task removed, added again
                if (random.bounded(8) == 0) {
                    QVERIFY(exec(db, u"DELETE FROM profile_tasks WHERE id = ?"_s, {task}));
                    QCOMPARE(rows(db, Orphans), QStringList{u"0"_s});
                    QVERIFY(addProfileTask(db, task));
                }
                break;
            }
            if (step % 25 == 24)
                check();
        }
        check();
        QVERIFY(!rows(db, KeptTasks).isEmpty());

        // The counts a task's summary reads from comment_sentiment_daily agree with the task's all-day row.
        auto counts = store.taskCounts({TaskKind::Profile, u"p1"_s});
        QVERIFY(counts.ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT coalesce(sum(positive + negative + neutral + unscored), 0) FROM task_sentiment_daily"
                       " WHERE task_kind = 'profile' AND task_id = 'p1' AND day = -1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), counts->positive + counts->negative + counts->neutral + counts->unscored);
    }
};

QTEST_GUILESS_MAIN(TestTaskSentimentAggregates)
#include "testTaskSentimentAggregates.moc"
