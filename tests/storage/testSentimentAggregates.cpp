// The per-item, per-day sentiment counts the store keeps at write time (comment_sentiment_daily) always equal a
// recount over the comments: after an upgrade of an earlier store, and after any mix of ingest, manual labels,
// re-scoring, edits and deletions. Summaries read from them equal summaries over every comment.
#include "StoreFixtures.h"
#include "platform/DataDir.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentSummary.h"
#include "storage/Database.h"

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

// The counts per item, UTC day and language against a recount of the comments; and the all-time rows (day -1).
const QString Recount =
    u"SELECT item_id, (coalesce(created_at, first_seen) / 86400) * 86400 AS day, coalesce(language, ''),"
    " sum(sentiment_label IS 'positive'), sum(sentiment_label IS 'negative'), sum(sentiment_label IS 'neutral'),"
    " sum(sentiment_label IS NULL), count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
    " round(total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END), 6)"
    " FROM comments GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s;

const QString Kept = u"SELECT item_id, day, language, positive, negative, neutral, unscored, compound_count,"
                     " round(compound_sum, 6) FROM comment_sentiment_daily"
                     " WHERE day >= 0 AND positive + negative + neutral + unscored > 0 ORDER BY 1, 2, 3"_s;

const QString RecountItems =
    u"SELECT item_id, coalesce(language, ''), sum(sentiment_label IS 'positive'), sum(sentiment_label IS 'negative'),"
    " sum(sentiment_label IS 'neutral'), sum(sentiment_label IS NULL),"
    " count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
    " round(total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END), 6)"
    " FROM comments GROUP BY 1, 2 ORDER BY 1, 2"_s;
const QString KeptItems = u"SELECT item_id, language, positive, negative, neutral, unscored, compound_count,"
                          " round(compound_sum, 6) FROM comment_sentiment_daily"
                          " WHERE day = -1 AND positive + negative + neutral + unscored > 0 ORDER BY 1, 2"_s;

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"error: "_s + sql};
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

} // namespace

class TestSentimentAggregates final : public QObject
{
    Q_OBJECT

private slots:
    void testUpgradeCountsTheExistingComments()
    {
        QTemporaryDir dir;
        QVERIFY(test::restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v2.sql"),
                                     databasePath(dir.path())));
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        const QStringList kept = rows(*db.value(), Kept);
        QCOMPARE(kept, rows(*db.value(), Recount));
        QVERIFY(!kept.isEmpty());
        QCOMPARE(rows(*db.value(), KeptItems), rows(*db.value(), RecountItems));

        // The reel's summary: 1 positive, 3 neutral (one manual, one without text), 1 negative... as every comment
        // says.
        CommentSentimentStore store(db.value()->connection());
        const TaskRef reel{TaskKind::Reel, u"c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e04"_s};
        auto summary = store.taskSummary(reel);
        QVERIFY(summary.ok());
        int unscored = 0;
        auto samples = store.taskSamples(reel, &unscored);
        QVERIFY(samples.ok());
        const SentimentSummary expected = SentimentSummary::fromSamples(samples.value());
        QCOMPARE(summary->toJson(), expected.toJson());
        QCOMPARE(summary->total(), 4);
        QCOMPARE(unscored, 1);
        auto counts = store.taskCounts(reel);
        QVERIFY(counts.ok());
        QCOMPARE(counts->unscored, 1);
    }

    void testCountsFollowEveryWrite()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        for (int item = 1; item <= 3; ++item)
            QVERIFY(exec(db,
                         u"INSERT INTO media_items (id, platform, platform_id, first_seen, last_seen) VALUES (?, "
                         "'instagram', ?, 0, 0)"_s,
                         {item, QString::number(1000 + item)}));
        QVERIFY(exec(db, u"INSERT INTO task_items VALUES ('video', 'v1', 1), ('video', 'v1', 2)"_s));

        QRandomGenerator random(7);
        const QStringList labels{u"positive"_s, u"negative"_s, u"neutral"_s};
        qint64 nextComment = 1;
        CommentSentimentStore store(db.connection());
        for (int step = 0; step < 400; ++step) {
            const int op = int(random.bounded(8));
            const qint64 any = 1 + qint64(random.bounded(quint32(std::max<qint64>(1, nextComment - 1))));
            const QVariant label = random.bounded(4) == 0 ? QVariant() : QVariant(labels.at(random.bounded(3)));
            const QVariant compound =
                label.isNull() || random.bounded(5) == 0 ? QVariant() : QVariant(random.generateDouble() * 2 - 1);
            const QVariant created =
                random.bounded(6) == 0 ? QVariant() : QVariant(qint64(1767225600 + random.bounded(20 * 86400)));
            switch (op) {
            case 0:
            case 1:
            case 2: { // ingest
                const QVariant language =
                    random.bounded(3) == 0 ? QVariant() : QVariant(random.bounded(2) ? u"en"_s : u"es"_s);
                QVERIFY(exec(db,
                             u"INSERT INTO comments (id, item_id, platform, platform_id, text, created_at, first_seen,"
                             " last_seen, sentiment_label, sentiment_compound, language) VALUES (?, ?, 'instagram', ?,"
                             " 'x', ?, ?, ?, ?, ?, ?)"_s,
                             {nextComment, 1 + random.bounded(3), QString::number(nextComment), created,
                              qint64(1767225600 + random.bounded(20 * 86400)), 0, label, compound, language}));
                ++nextComment;
                break;
            }
            case 3: // a manual label
                (void)store.setManualLabel(any, Label(random.bounded(3)));
                break;
            case 4: // back to the engine
                (void)store.clearManualLabel(any);
                break;
            case 5: { // re-scoring
                SentimentScore score;
                score.compound = random.generateDouble() * 2 - 1;
                score.label = Label(random.bounded(3));
                QVERIFY(store.writeScores({any}, {score}, u"test-engine"_s).ok());
                break;
            }
            case 6: // an edit moves the comment to another day, item or language
                QVERIFY(exec(db, u"UPDATE comments SET created_at = ?, item_id = ?, language = ? WHERE id = ?"_s,
                             {created, 1 + random.bounded(3), random.bounded(2) ? u"fr"_s : u"es"_s, any}));
                break;
            case 7: // removed
                QVERIFY(exec(db, u"DELETE FROM comments WHERE id = ?"_s, {any}));
                break;
            }
            if (step % 20 == 19) {
                QCOMPARE(rows(db, Kept), rows(db, Recount));
                QCOMPARE(rows(db, KeptItems), rows(db, RecountItems));
            }
        }
        QCOMPARE(rows(db, Kept), rows(db, Recount));
        QCOMPARE(rows(db, KeptItems), rows(db, RecountItems));

        // Removing a post removes its comments and their counts.
        QVERIFY(exec(db, u"DELETE FROM media_items WHERE id = 1"_s));
        QCOMPARE(rows(db, Kept), rows(db, Recount));
        QCOMPARE(rows(db, KeptItems), rows(db, RecountItems));

        // Summaries from the counts equal summaries over every comment, by task and by day or week.
        const TaskRef task{TaskKind::Video, u"v1"_s};
        auto samples = store.taskSamples(task);
        QVERIFY(samples.ok());
        auto summary = store.taskSummary(task);
        QVERIFY(summary.ok());
        const SentimentSummary expected = SentimentSummary::fromSamples(samples.value());
        QCOMPARE(summary->total(), expected.total());
        QCOMPARE(summary->overallName(), expected.overallName());
        QCOMPARE(summary->averageCompound().has_value(), expected.averageCompound().has_value());
        if (expected.averageCompound())
            QVERIFY(qAbs(*summary->averageCompound() - *expected.averageCompound()) < 1e-9);
        for (const SummaryBucket bucket : {SummaryBucket::Day, SummaryBucket::Week}) {
            auto buckets = store.taskBuckets(task, bucket);
            QVERIFY(buckets.ok());
            const QList<SentimentBucketSummary> wanted = summarizeByBucket(samples.value(), bucket);
            QCOMPARE(buckets->size(), wanted.size());
            for (int i = 0; i < wanted.size(); ++i) {
                QCOMPARE(buckets->at(i).start, wanted.at(i).start);
                QCOMPARE(buckets->at(i).summary.total(), wanted.at(i).summary.total());
                QCOMPARE(buckets->at(i).summary.count(Label::Negative), wanted.at(i).summary.count(Label::Negative));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSentimentAggregates)
#include "testSentimentAggregates.moc"
