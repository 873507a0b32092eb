// The query service answers on its own thread with exactly what direct reads of the store give.
#include "scheduler/FakeSources.h"
#include "sentiment/CommentSentimentStore.h"
#include "services/QueryService.h"
#include "services/ScrapeService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

template <typename T> T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

QString describe(const StoredItem &i)
{
    return u"%1 %2 %3 %4"_s.arg(i.rowId)
        .arg(i.shortcode)
        .arg(i.latest && i.latest->likes ? *i.latest->likes : -1)
        .arg(i.children.size());
}

} // namespace

class TestQueryService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testTaskTablesEqualDirectReads();
    void testPagesEqualDirectReads();
    void testSentimentEqualsARecountOfTheComments();
    void testNewestCommentsNeedNoSort();
    void testJobsRunOffTheCallingThreadInOrder();
    void testAStoreThatCannotBeOpenedAnswersWithTheError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueryService> m_queries;
    QString m_profileId;
    QString m_reelId;
};

void TestQueryService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    TrackingService tracking(*m_db);
    auto world = std::make_shared<fake::World>();
    world->addProfile(u"brand"_s, 30, 12, 25, 1734000000);
    auto profile = tracking.addProfile(u"brand"_s, true);
    QVERIFY(profile.ok());
    m_profileId = profile->id;
    QVERIFY(tracking.addProfile(u"never_scraped"_s, false).ok());
    QVERIFY(tracking.addProject(u"p"_s).ok());
    auto reel = tracking.addReel(u"p"_s, u"C0QUERYreel"_s);
    QVERIFY(reel.ok());
    m_reelId = reel->id;
    world->posts.insert(u"C0QUERYreel"_s, fake::post(u"C0QUERYreel"_s, 1734100000, 2));
    world->commentsOf.insert(u"C0QUERYreel"_s, fake::comments(u"C0QUERYreel"_s, 120));
    QVERIFY(tracking.addVideo(Platform::TikTok, u"7000000000000000042"_s).ok());

    ScrapeOptions options;
    options.profilePosts = 30;
    options.commentedPosts = 6;
    ScrapeService scraper(*m_db, fake::factory(world)(*m_db), m_dir.path(), options);
    QCOMPARE(scraper.scrape(TaskRef{TaskKind::Profile, m_profileId}, true).result, ScrapeReport::Result::Stored);
    QCOMPARE(scraper.scrape(TaskRef{TaskKind::Reel, m_reelId}, true).result, ScrapeReport::Result::Stored);
    // A manual label and a comment without a label yet, so the summaries have every case.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = NULL, sentiment_compound = NULL WHERE id % 7 = 0"_s));
    QVERIFY(sentiment::CommentSentimentStore(m_db->connection()).setManualLabel(3, sentiment::Label::Negative).ok());

    m_queries = std::make_unique<QueryService>(m_dir.path());
}

void TestQueryService::testTaskTablesEqualDirectReads()
{
    TrackingService tracking(*m_db);
    ScrapeReader reader(m_db->connection());

    auto profiles = wait(m_queries->profiles());
    QVERIFY(profiles.ok());
    auto direct = tracking.profiles();
    QCOMPARE(profiles->tasks.size(), direct->size());
    for (int i = 0; i < direct->size(); ++i)
        QCOMPARE(profiles->tasks.at(i).id, direct->at(i).id);
    auto latest = reader.latestForTasks(TaskKind::Profile);
    QCOMPARE(profiles->latest.keys(), latest->keys());
    QCOMPARE(profiles->latest.value(m_profileId).profile->followers, latest->value(m_profileId).profile->followers);
    QVERIFY(profiles->latest.value(m_profileId).profile->followers.has_value());

    auto reels = wait(m_queries->reels(u"p"_s));
    QVERIFY(reels.ok());
    QCOMPARE(reels->tasks.size(), 1);
    QCOMPARE(reels->latest.value(m_reelId).item->latest->likes, std::optional<qint64>(100));
    auto none = wait(m_queries->reels(u"no such project"_s));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::NotFound);

    auto videos = wait(m_queries->videos());
    QVERIFY(videos.ok());
    QCOMPARE(videos->tasks.size(), 1);
    QVERIFY(videos->latest.isEmpty());

    auto one = wait(m_queries->reel(m_reelId));
    QVERIFY(one.ok());
    QCOMPARE(one->task.shortcode, u"C0QUERYreel"_s);
    QVERIFY(one->latest && one->latest->item);
    QVERIFY(one->latest->item->children.isEmpty());
    auto gone = wait(m_queries->profile(u"00000000-0000-0000-0000-000000000000"_s));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    auto projects = wait(m_queries->projects());
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 1);
}

void TestQueryService::testPagesEqualDirectReads()
{
    ScrapeReader reader(m_db->connection());
    const TaskRef profile{TaskKind::Profile, m_profileId};
    QStringList viaService;
    for (int offset = 0; offset < 40; offset += 7) {
        auto page = wait(m_queries->taskPosts(profile, offset, 7));
        QVERIFY(page.ok());
        for (const StoredItem &item : page.value())
            viaService << describe(item);
    }
    QStringList direct;
    const auto posts = reader.taskPosts(profile);
    QVERIFY(posts.ok());
    for (const StoredItem &item : posts.value())
        direct << describe(item);
    QCOMPARE(viaService, direct);
    QCOMPARE(direct.size(), 30);

    auto item = reader.taskItem(TaskRef{TaskKind::Reel, m_reelId});
    QVERIFY(item.ok() && item.value());
    for (const CommentOrder order : {CommentOrder::Newest, CommentOrder::Oldest, CommentOrder::MostLiked}) {
        QStringList pages;
        for (int offset = 0; offset < 200; offset += 50) {
            auto page = wait(m_queries->comments(item.value()->rowId, offset, 50, order));
            QVERIFY(page.ok());
            for (const StoredComment &c : page.value())
                pages << c.platformId + u' ' + c.sentimentLabel;
        }
        QStringList all;
        const auto comments = reader.comments(item.value()->rowId, 0, 1000, order);
        QVERIFY(comments.ok());
        for (const StoredComment &c : comments.value())
            all << c.platformId + u' ' + c.sentimentLabel;
        QCOMPARE(pages, all);
        QCOMPARE(all.size(), 132); // 120 comments and their 12 replies
    }
}

void TestQueryService::testSentimentEqualsARecountOfTheComments()
{
    for (const TaskRef &task : {TaskRef{TaskKind::Profile, m_profileId}, TaskRef{TaskKind::Reel, m_reelId}}) {
        auto overview = wait(m_queries->taskSentiment(task));
        QVERIFY(overview.ok());
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT sum(sentiment_label = 'positive'), sum(sentiment_label = 'negative'),"
                  " sum(sentiment_label = 'neutral'), sum(sentiment_label IS NULL), count(*),"
                  " avg(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END) FROM comments"
                  " WHERE item_id IN (SELECT item_id FROM task_items WHERE task_kind = ? AND task_id = ?)"_s);
        q.addBindValue(taskKindName(task.kind));
        q.addBindValue(task.id);
        QVERIFY(q.exec() && q.next());
        const auto &s = overview->summary;
        QCOMPARE(s.count(sentiment::Label::Positive), q.value(0).toInt());
        QCOMPARE(s.count(sentiment::Label::Negative), q.value(1).toInt());
        QCOMPARE(s.count(sentiment::Label::Neutral), q.value(2).toInt());
        QCOMPARE(overview->unscored, q.value(3).toInt());
        QCOMPARE(overview->stored, q.value(4).toInt());
        QVERIFY(overview->unscored > 0);
        QVERIFY(qAbs(s.averageCompound().value_or(0) - q.value(5).toDouble()) < 1e-9);

        // The language mix counts the comments read in each language.
        QSqlQuery languages(m_db->connection());
        languages.prepare(u"SELECT language, count(*) FROM comments WHERE language IS NOT NULL AND item_id IN"
                          " (SELECT item_id FROM task_items WHERE task_kind = ? AND task_id = ?) GROUP BY language"_s);
        languages.addBindValue(taskKindName(task.kind));
        languages.addBindValue(task.id);
        QVERIFY(languages.exec());
        QHash<QString, int> expected;
        while (languages.next())
            expected.insert(languages.value(0).toString(), languages.value(1).toInt());
        QVERIFY(!expected.isEmpty());
        QHash<QString, int> mix;
        for (const sentiment::LanguageSummary &language : overview->languages) {
            mix.insert(language.language, language.comments);
            QVERIFY(qAbs(language.share - 100.0 * language.comments / overview->stored) <= 0.1 + 1e-9);
        }
        QCOMPARE(mix, expected);
    }
}

void TestQueryService::testNewestCommentsNeedNoSort()
{
    // A post with hundreds of thousands of comments shows its first page at once only if the newest comments are
    // read along the (item_id, created_at) index, without sorting them all.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM comments WHERE item_id = 1 ORDER BY created_at DESC, id DESC"
                   " LIMIT 50"_s));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(u"comments_item"_s), qPrintable(plan));
    QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
}

void TestQueryService::testJobsRunOffTheCallingThreadInOrder()
{
    QList<QFuture<Result<int>>> futures;
    auto order = std::make_shared<QList<int>>();
    for (int i = 0; i < 20; ++i)
        futures << m_queries->run<int>([i, order](Database &) -> Result<int> {
            order->append(i);
            return QThread::currentThread() == QCoreApplication::instance()->thread() ? -1 : i;
        });
    for (int i = 0; i < 20; ++i)
        QCOMPARE(wait(futures.at(i)).value(), i);
    QCOMPARE(order->size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order->at(i), i);
}

void TestQueryService::testAStoreThatCannotBeOpenedAnswersWithTheError()
{
    QTemporaryDir dir;
    QFile foreign(dir.filePath(u"reelpulse.sqlite"_s));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("this is not a ReelPulse store, it is a text file that happens to have the name");
    foreign.close();
    QueryService queries(dir.path());
    auto answer = wait(queries.profiles());
    QVERIFY(!answer.ok());
    QVERIFY(!answer.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestQueryService)
#include "testQueryService.moc"
