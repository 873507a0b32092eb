#include "scheduler/FakeSources.h"
#include "services/ScrapeRunner.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

/// Ingestion into a real SQLite store in a temporary folder: upserts, snapshots, task fields,
/// failure classes, and a stop in the middle of a scrape.
class TestIngest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testUpsertsNeverDuplicate();
    void testOneSnapshotPerRun();
    void testCarouselChildren();
    void testTaskFieldsUpdated();
    void testFailureClassesStored();
    void testSuccessClearsError();
    void testRemovedTaskWritesNothing();
    void testEditedCommentLosesComputedSentiment();
    void testReaderPagesAndCounts();
    void testStopDuringCommentsWritesNothing();
    void testStopFromAnotherThreadAbortsPromptly();
    void testRunnerCommentCapAndCursors();

private:
    qint64 count(const QString &sql);
    ScrapeOutcome reelOutcome(const QString &taskId, qint64 when, qint64 likes, int comments);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
};

void TestIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
}

void TestIngest::cleanup()
{
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestIngest::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ScrapeOutcome TestIngest::reelOutcome(const QString &taskId, qint64 when, qint64 likes, int comments)
{
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Reel, taskId};
    o.scrapedAt = fake::at(when);
    MediaItem item = fake::post(u"DFp17y5MymE"_s, 1738000000);
    item.likes = likes;
    o.posts.append(ScrapedPost{item, fake::comments(u"r"_s, comments)});
    return o;
}

void TestIngest::testUpsertsNeverDuplicate()
{
    auto reel = m_tracking->addReel(u"p"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);
    QVERIFY(!reel.ok()); // no project yet
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    reel = m_tracking->addReel(u"p"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);
    QVERIFY(reel.ok());
    ScrapeStore store(*m_db);

    auto first = store.recordSuccess(reelOutcome(reel->id, 1750000000, 256, 30));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->postsProcessed, 1);
    QCOMPARE(first->commentsStored, 33); // 30 + 3 replies
    QCOMPARE(first->newComments, 33);
    const qint64 comments = count(u"SELECT count(*) FROM comments"_s);
    QCOMPARE(comments, 33);

    auto second = store.recordSuccess(reelOutcome(reel->id, 1750003600, 300, 30));
    QVERIFY(second.ok());
    QCOMPARE(second->newComments, 0);
    QCOMPARE(second->commentsStored, 33);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), comments);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM task_items"_s), 1);
    QCOMPARE(count(u"SELECT first_seen FROM media_items"_s), 1750000000);
    QCOMPARE(count(u"SELECT last_seen FROM media_items"_s), 1750003600);
    QCOMPARE(count(u"SELECT min(first_seen) FROM comments"_s), 1750000000);
    QCOMPARE(count(u"SELECT count(*) FROM comments WHERE parent_platform_id = 'r-10'"_s), 1);

    // More comments on a third scrape: only the new ones are added.
    auto third = store.recordSuccess(reelOutcome(reel->id, 1750007200, 310, 45));
    QVERIFY(third.ok());
    QCOMPARE(third->newComments, 15 + 2); // r-30..r-44 and the replies of r-30 and r-40
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 50);
}

void TestIngest::testOneSnapshotPerRun()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    ScrapeStore store(*m_db);
    QVERIFY(store.recordSuccess(reelOutcome(reel->id, 1750000000, 256, 5)).ok());
    QVERIFY(store.recordSuccess(reelOutcome(reel->id, 1750003600, 300, 5)).ok());
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 2);

    ScrapeReader reader(m_db->connection());
    auto post = reader.taskItem(TaskRef{TaskKind::Reel, reel->id});
    QVERIFY(post.ok() && post.value());
    QCOMPARE(post.value()->latest->likes, std::optional<qint64>(300));
    auto history = reader.snapshotHistory(post.value()->rowId);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().likes, std::optional<qint64>(256));
    QCOMPARE(history->last().takenAt, fake::at(1750003600));

    // Profile tasks add one profile snapshot per run.
    auto profile = m_tracking->addProfile(u"natgeo"_s, true);
    QVERIFY(profile.ok());
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Profile, profile->id};
    o.scrapedAt = fake::at(1750000000);
    ProfileInfo info;
    info.id = u"1"_s;
    info.username = u"natgeo"_s;
    info.followers = 5;
    o.profile = info;
    QVERIFY(store.recordSuccess(o).ok());
    info.followers = 7;
    o.profile = info;
    o.scrapedAt = fake::at(1750086400);
    QVERIFY(store.recordSuccess(o).ok());
    auto profiles = reader.profileHistory(profile->id);
    QVERIFY(profiles.ok());
    QCOMPARE(profiles->size(), 2);
    QCOMPARE(profiles->last().followers, std::optional<qint64>(7));
    QCOMPARE(reader.latestProfileSnapshot(profile->id).value()->followers, std::optional<qint64>(7));
}

void TestIngest::testCarouselChildren()
{
    auto video = m_tracking->addVideo(Platform::Instagram, u"https://www.instagram.com/p/CA_ifcxMjFR/"_s);
    QVERIFY(video.ok());
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Video, video->id};
    o.scrapedAt = fake::at(1750000000);
    o.posts.append(ScrapedPost{fake::post(u"CA_ifcxMjFR"_s, 1710000000, 3), {}});
    ScrapeStore store(*m_db);
    auto stored = store.recordSuccess(o);
    QVERIFY(stored.ok());
    QCOMPARE(stored->postsProcessed, 1);
    QCOMPARE(stored->itemsStored, 4);
    QVERIFY(store.recordSuccess(o).ok());
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE parent_id = (SELECT id FROM media_items WHERE "
                   "shortcode = 'CA_ifcxMjFR')"_s),
             3);
    QCOMPARE(count(u"SELECT count(*) FROM task_items"_s), 1); // children hang off their parent

    ScrapeReader reader(m_db->connection());
    auto posts = reader.taskPosts(o.task);
    QVERIFY(posts.ok());
    QCOMPARE(posts->size(), 1);
    const StoredItem &carousel = posts->first();
    QCOMPARE(carousel.kind, MediaKind::Carousel);
    QCOMPARE(carousel.children.size(), 3);
    QCOMPARE(carousel.children.at(2).position, std::optional<int>(2));
    QCOMPARE(carousel.children.at(1).kind, MediaKind::Video);
    QCOMPARE(carousel.hashtags, QStringList{u"#tagCA_ifcxMjFR"_s});
}

void TestIngest::testTaskFieldsUpdated()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s, 3);
    QVERIFY(reel.ok());
    QSqlQuery clear(m_db->connection());
    QVERIFY(clear.exec(u"UPDATE reel_tasks SET media_id = NULL"_s));
    ScrapeStore store(*m_db);
    QVERIFY(store.recordSuccess(reelOutcome(reel->id, 1750000000, 1, 0)).ok());
    auto after = m_tracking->reel(reel->id);
    QVERIFY(after.ok());
    QCOMPARE(after->lastScraped, std::optional<QDateTime>(fake::at(1750000000)));
    QCOMPARE(after->nextScrapeDue, fake::at(1750000000 + 3 * 86400));
    QCOMPARE(after->mediaId, std::optional<qint64>(shortcodeToMediaId(u"DFp17y5MymE"_s).value()));

    auto video = m_tracking->addVideo(Platform::TikTok, u"7603296357641735445"_s, {}, 12);
    QVERIFY(video.ok());
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Video, video->id};
    o.scrapedAt = fake::at(1750000000);
    o.posts.append(ScrapedPost{fake::post(u"7603296357641735445"_s, 1740000000, 0, Platform::TikTok), {}});
    QVERIFY(store.recordSuccess(o).ok());
    o.scrapedAt = fake::at(1750010000);
    QVERIFY(store.recordSuccess(o).ok());
    auto v = m_tracking->video(video->id);
    QVERIFY(v.ok());
    QCOMPARE(v->firstScrapeTime, std::optional<QDateTime>(fake::at(1750000000)));
    QCOMPARE(v->lastScrapeTime, std::optional<QDateTime>(fake::at(1750010000)));
    QCOMPARE(v->nextScrapeDue, fake::at(1750010000 + 12 * 3600));
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE platform = 'tiktok'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 3);
}

void TestIngest::testFailureClassesStored()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto gone = m_tracking->addReel(u"p"_s, u"AAAAAAAAAAA"_s);
    auto blocked = m_tracking->addReel(u"p"_s, u"BBBBBBBBBBB"_s);
    auto limited = m_tracking->addReel(u"p"_s, u"CCCCCCCCCCC"_s);
    auto privateProfile = m_tracking->addProfile(u"hidden"_s, false);
    auto video = m_tracking->addVideo(Platform::TikTok, u"123456789"_s);
    QVERIFY(gone.ok() && blocked.ok() && limited.ok() && privateProfile.ok() && video.ok());
    ScrapeStore store(*m_db);

    QVERIFY(store.recordFailure({TaskKind::Reel, gone->id}, {FailureClass::NotFound, u"gone"_s, 404, {}}, {}).ok());
    QVERIFY(
        store.recordFailure({TaskKind::Reel, blocked->id}, {FailureClass::Checkpoint, u"check"_s, 400, {}}, fake::at(1))
            .ok());
    QVERIFY(store
                .recordFailure({TaskKind::Reel, limited->id}, {FailureClass::RateLimited, u"429"_s, 429, 60},
                               fake::at(1760000000))
                .ok());
    QVERIFY(
        store.recordFailure({TaskKind::Profile, privateProfile->id}, {FailureClass::Private, u"private"_s, 403, {}}, {})
            .ok());
    QVERIFY(
        store.recordFailure({TaskKind::Video, video->id}, {FailureClass::NotFound, u"deleted"_s, 404, {}}, {}).ok());

    auto r1 = m_tracking->reel(gone->id).value();
    QCOMPARE(r1.status, TaskStatus::Error);
    QCOMPARE(r1.lastErrorClass, u"not_found"_s);
    QCOMPARE(r1.lastError, u"gone"_s);
    auto r2 = m_tracking->reel(blocked->id).value();
    QCOMPARE(r2.status, TaskStatus::Active);
    QCOMPARE(r2.lastErrorClass, u"checkpoint"_s);
    QCOMPARE(r2.nextScrapeDue, blocked->nextScrapeDue); // unchanged: the person acts first
    auto r3 = m_tracking->reel(limited->id).value();
    QCOMPARE(r3.status, TaskStatus::Active);
    QCOMPARE(r3.lastErrorClass, u"rate_limited"_s);
    QCOMPARE(r3.nextScrapeDue, fake::at(1760000000));
    auto p = m_tracking->profile(privateProfile->id).value();
    QCOMPARE(p.status, TaskStatus::Error);
    QCOMPARE(p.lastErrorClass, u"private"_s);
    auto v = m_tracking->video(video->id).value();
    QVERIFY(v.isActive);
    QCOMPARE(v.lastErrorClass, u"not_found"_s);

    // Unreachable tasks are not picked again by themselves; the checkpoint one still is (the scheduler pauses).
    auto due = store.dueTasks(fake::at(2000000000));
    QVERIFY(due.ok());
    QStringList ids;
    for (const DueTask &d : due.value())
        ids << d.ref.id;
    QVERIFY(!ids.contains(gone->id));
    QVERIFY(!ids.contains(privateProfile->id));
    QVERIFY(!ids.contains(video->id));
    QVERIFY(ids.contains(blocked->id));
    QVERIFY(ids.contains(limited->id));
}

void TestIngest::testSuccessClearsError()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    auto paused = m_tracking->addReel(u"p"_s, u"BBBBBBBBBBB"_s);
    QVERIFY(reel.ok() && paused.ok());
    TrackingService::ReelUpdate pause;
    pause.status = TaskStatus::Paused;
    QVERIFY(m_tracking->updateReel(paused->id, pause).ok());
    ScrapeStore store(*m_db);
    QVERIFY(store.recordFailure({TaskKind::Reel, reel->id}, {FailureClass::NotFound, u"gone"_s, 404, {}}, {}).ok());
    QVERIFY(store.recordSuccess(reelOutcome(reel->id, 1750000000, 1, 1)).ok());
    auto after = m_tracking->reel(reel->id).value();
    QCOMPARE(after.status, TaskStatus::Active);
    QVERIFY(after.lastError.isEmpty());
    QVERIFY(after.lastErrorClass.isEmpty());

    // A forced scrape of a paused task keeps it paused.
    ScrapeOutcome o = reelOutcome(paused->id, 1750000000, 1, 1);
    QVERIFY(store.recordSuccess(o).ok());
    QCOMPARE(m_tracking->reel(paused->id).value().status, TaskStatus::Paused);
}

void TestIngest::testRemovedTaskWritesNothing()
{
    ScrapeStore store(*m_db);
    auto result = store.recordSuccess(reelOutcome(u"0badc0de-0000-0000-0000-000000000000"_s, 1750000000, 1, 10));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 0);
}

void TestIngest::testEditedCommentLosesComputedSentiment()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    ScrapeStore store(*m_db);
    ScrapeOutcome o = reelOutcome(reel->id, 1750000000, 1, 3);
    QVERIFY(store.recordSuccess(o).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'positive', sentiment_compound = 0.6, "
                   "sentiment_engine = 'social' WHERE platform_id IN ('r-0', 'r-1', 'r-2')"_s));
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_manual = 1 WHERE platform_id = 'r-1'"_s));

    o.posts[0].comments[0].text = u"edited: hate it"_s;
    o.posts[0].comments[1].text = u"edited too"_s;
    o.posts[0].comments[2].likes = 99; // same text: its score stays
    o.scrapedAt = fake::at(1750000100);
    QVERIFY(store.recordSuccess(o).ok());
    QVERIFY(q.exec(u"SELECT platform_id, sentiment_label, text, like_count FROM comments ORDER BY platform_id"_s));
    QHash<QString, QStringList> rows;
    while (q.next())
        rows.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    QCOMPARE(rows.value(u"r-0"_s).at(0), QString());
    QCOMPARE(rows.value(u"r-0"_s).at(1), u"edited: hate it"_s);
    QCOMPARE(rows.value(u"r-1"_s).at(0), u"positive"_s); // a manual label is the person's
    QCOMPARE(rows.value(u"r-2"_s).at(0), u"positive"_s);
    QCOMPARE(rows.value(u"r-2"_s).at(2), u"99"_s);
}

void TestIngest::testReaderPagesAndCounts()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    ScrapeStore store(*m_db);
    QVERIFY(store.recordSuccess(reelOutcome(reel->id, 1750000000, 1, 25)).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'negative' WHERE text LIKE 'awful%'"_s));
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'positive' WHERE text LIKE 'love%'"_s));

    ScrapeReader reader(m_db->connection());
    const TaskRef task{TaskKind::Reel, reel->id};
    const qint64 row = reader.taskItem(task).value()->rowId;
    QCOMPARE(reader.commentCount(row).value(), 28);
    QCOMPARE(reader.taskCommentCount(task).value(), 28);
    auto page1 = reader.comments(row, 0, 10, CommentOrder::Newest);
    auto page3 = reader.comments(row, 20, 10, CommentOrder::Newest);
    QVERIFY(page1.ok() && page3.ok());
    QCOMPARE(page1->size(), 10);
    QCOMPARE(page3->size(), 8);
    QCOMPARE(page1->first().platformId, u"r-24"_s);
    QVERIFY(*page1->first().createdAt >= *page1->last().createdAt);
    auto liked = reader.comments(row, 0, 3, CommentOrder::MostLiked);
    QCOMPARE(liked->first().platformId, u"r-24"_s);
    QCOMPARE(liked->first().likes, std::optional<qint64>(24));

    const SentimentCounts counts = reader.sentimentCounts(row).value();
    QCOMPARE(counts.positive, 9); // r-0, r-3, ... r-24
    QCOMPARE(counts.negative, 8); // r-1, r-4, ... r-22
    QCOMPARE(counts.neutral, 0);
    QCOMPARE(counts.unscored, 11); // "ok …" and the replies
    QCOMPARE(reader.taskSentimentCounts(task).value().total(), 28);

    auto summary = reader.summary(task, 5);
    QVERIFY(summary.ok() && summary.value());
    QCOMPARE(summary.value()->topComments.size(), 5);
    QCOMPARE(summary.value()->storedComments, 28);
    QVERIFY(!reader.summary(TaskRef{TaskKind::Reel, u"nope"_s}).value());
}

void TestIngest::testStopDuringCommentsWritesNothing()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    auto world = std::make_shared<fake::World>();
    world->posts.insert(u"DFp17y5MymE"_s, fake::post(u"DFp17y5MymE"_s, 1738000000));
    world->commentsOf.insert(u"DFp17y5MymE"_s, fake::comments(u"r"_s, 120));
    world->commentPageSize = 50;
    fake::FakeInstagram ig(world);
    ScrapeRunner runner(*m_db, &ig, nullptr);
    int commentCalls = 0;
    ig.onCall = [&](const QString &key) {
        // Quit arrives while the second comments page is being read.
        if (key.startsWith(u"comments:"_s) && ++commentCalls == 2)
            runner.requestStop();
    };
    const ScrapeReport report = runner.runOnce(TaskRef{TaskKind::Reel, reel->id});
    QCOMPARE(report.result, ScrapeReport::Result::Aborted);
    QCOMPARE(commentCalls, 2);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM task_items"_s), 0);
    auto after = m_tracking->reel(reel->id).value();
    QVERIFY(!after.lastScraped);
    QVERIFY(after.lastError.isEmpty());
    QCOMPARE(after.nextScrapeDue, reel->nextScrapeDue);

    // The next run (stop cleared) stores everything.
    runner.clearStop();
    ig.resetAbort();
    ig.onCall = nullptr;
    const ScrapeReport again = runner.runOnce(TaskRef{TaskKind::Reel, reel->id});
    QCOMPARE(again.result, ScrapeReport::Result::Stored);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 120 + 12);
}

void TestIngest::testStopFromAnotherThreadAbortsPromptly()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    auto world = std::make_shared<fake::World>();
    world->posts.insert(u"DFp17y5MymE"_s, fake::post(u"DFp17y5MymE"_s, 1738000000));
    world->commentsOf.insert(u"DFp17y5MymE"_s, fake::comments(u"r"_s, 10));
    world->blockOn = u"comments:DFp17y5MymE"_s; // hangs until aborted
    fake::FakeInstagram ig(world);
    ScrapeRunner runner(*m_db, &ig, nullptr);
    QElapsedTimer timer;
    std::thread quitter([&runner]() {
        QThread::msleep(100);
        runner.requestStop();
    });
    timer.start();
    const ScrapeReport report = runner.runOnce(TaskRef{TaskKind::Reel, reel->id});
    quitter.join();
    QCOMPARE(report.result, ScrapeReport::Result::Aborted);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 0);
}

void TestIngest::testRunnerCommentCapAndCursors()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    auto world = std::make_shared<fake::World>();
    MediaItem item = fake::post(u"DFp17y5MymE"_s, 1738000000);
    // 20 comments come embedded with the post, with a cursor to the rest.
    const QList<Comment> all = fake::comments(u"r"_s, 260);
    item.embeddedComments.comments = all.mid(0, 20);
    item.embeddedComments.hasNextPage = true;
    item.embeddedComments.endCursor = u"c20"_s;
    world->posts.insert(u"DFp17y5MymE"_s, item);
    world->commentsOf.insert(u"DFp17y5MymE"_s, all);
    world->commentPageSize = 50;
    fake::FakeInstagram ig(world);
    ScrapeRunner runner(*m_db, &ig, nullptr);
    const ScrapeReport report = runner.runOnce(reel->id.left(8));
    QCOMPARE(report.result, ScrapeReport::Result::Stored);
    // 200 top-level comments (r-0 … r-199) and their 20 replies; pages c20, c70, c120, c170.
    QCOMPARE(report.stored.commentsStored, 220);
    QCOMPARE(report.requests, 1 + 4);
    QCOMPARE(ig.log(), (QStringList{u"post:DFp17y5MymE"_s, u"comments:DFp17y5MymE"_s, u"comments:DFp17y5MymE"_s,
                                    u"comments:DFp17y5MymE"_s, u"comments:DFp17y5MymE"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM comments WHERE platform_id = 'r-199'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM comments WHERE platform_id = 'r-200'"_s), 0);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "testIngest.moc"
