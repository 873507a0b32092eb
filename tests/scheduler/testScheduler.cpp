#include "scheduler/SchedulerFixture.h"
#include "services/Scheduler.h"
#include "storage/ScrapeStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

/// The scheduler in its own thread over fake platform readers: what it stores, in which order,
/// pause/resume/force, reactions to platform pushback, and stop in the middle of a request.
class TestScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testTwentyTasksStoreExactlyTheExpected();
    void testDueOrder();
    void testStartPausedForceAndResume();
    void testPauseBetweenTasks();
    void testForcedMissingTaskReportsAnError();
    void testCheckpointHoldsBackThatPlatformOnly();
    void testRateLimitSkipsThatPlatformOnly();
    void testStopAbortsTheRequestInFlight();
    void testRunnerOnTheCallingThread();
};

namespace {

QStringList startedIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids << args.at(1).toString();
    return ids;
}

} // namespace

void TestScheduler::initTestCase()
{
    qRegisterMetaType<reelpulse::TaskKind>("reelpulse::TaskKind");
    qRegisterMetaType<reelpulse::FailureClass>("reelpulse::FailureClass");
    qRegisterMetaType<reelpulse::ScrapeReport>("reelpulse::ScrapeReport");
}

void TestScheduler::testTwentyTasksStoreExactlyTheExpected()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    for (int i = 0; i < 4; ++i)
        f.addProfile(u"brand%1"_s.arg(i), 15, 6, 30);
    for (int i = 0; i < 10; ++i)
        f.addReel(u"REEL%1x"_s.arg(i), 40 + i * 30); // the last ones exceed the 200 cap
    for (int i = 0; i < 3; ++i)
        f.addInstagramVideo(u"IGVID%1"_s.arg(i), 10, i == 0 ? 2 : 0);
    for (int i = 0; i < 3; ++i)
        f.addTikTok(u"76032963576417354%1"_s.arg(i), 60);
    QCOMPARE(f.tasks.size(), 20);
    f.makeAllDue();

    std::atomic<int> calls{0};
    Scheduler scheduler(f.config(&calls));
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy failed(&scheduler, &Scheduler::taskFailed);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 20, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, 5000);
    QCOMPARE(failed.size(), 0);

    QCOMPARE(f.count(u"SELECT count(*) FROM media_items WHERE parent_id IS NULL"_s), f.expectedPosts);
    QCOMPARE(f.count(u"SELECT count(*) FROM media_items"_s), f.expectedItems);
    QCOMPARE(f.count(u"SELECT count(*) FROM comments"_s), f.expectedComments);
    const qint64 snapshotsAfterFirst = f.count(u"SELECT count(*) FROM item_snapshots"_s);
    QCOMPARE(snapshotsAfterFirst, f.expectedPosts);
    QCOMPARE(f.count(u"SELECT count(*) FROM profile_snapshots"_s), 4);
    QCOMPARE(f.count(u"SELECT count(*) FROM reel_tasks WHERE last_scraped IS NULL"_s), 0);
    // Every stored comment was scored after its task's write.
    QCOMPARE(f.count(u"SELECT count(*) FROM comments WHERE sentiment_label IS NULL"_s), 0);
    QVERIFY(f.count(u"SELECT count(*) FROM comments WHERE sentiment_label = 'negative'"_s) > 0);
    int posts = 0;
    int comments = 0;
    for (const QList<QVariant> &args : finished) {
        posts += args.at(2).toInt();
        comments += args.at(3).toInt();
    }
    QCOMPARE(posts, f.expectedPosts);
    QCOMPARE(comments, f.expectedComments);
    // 4 profiles × (profile + 1 page + 5 comment pages), reels 1 post + ceil(min(n,200)/50) pages, ...
    qInfo("platform requests for the first run: %d", calls.load());

    // A second run: every row is updated in place; one more snapshot per post and profile.
    f.makeAllDue();
    scheduler.checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 40, 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(f.count(u"SELECT count(*) FROM media_items"_s), f.expectedItems);
    QCOMPARE(f.count(u"SELECT count(*) FROM comments"_s), f.expectedComments);
    QCOMPARE(f.count(u"SELECT count(*) FROM item_snapshots"_s), 2 * snapshotsAfterFirst);
    QCOMPARE(f.count(u"SELECT count(*) FROM profile_snapshots"_s), 8);
    QCOMPARE(f.count(u"SELECT count(*) FROM (SELECT platform_id FROM comments GROUP BY platform, platform_id "
                     "HAVING count(*) > 1)"_s),
             0);
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
}

void TestScheduler::testDueOrder()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    for (int i = 0; i < 6; ++i)
        f.addReel(u"ORDER%1x"_s.arg(i), 3);
    const TaskRef tiktok = f.addTikTok(u"7000000000000000001"_s, 2);
    const TaskRef profile = f.addProfile(u"ordered"_s, 2, 2, 1);
    const TaskRef future = f.addReel(u"LATER0x"_s, 1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Due times in an order unlike creation; the last task is not due yet.
    const QList<qint64> offsets{-50, -500, -20, -300, -10, -5000, -70, -1000};
    QList<QPair<qint64, QString>> expected;
    for (int i = 0; i < 8; ++i) {
        f.setDue(f.tasks.at(i), now + offsets.at(i));
        expected.append({now + offsets.at(i), f.tasks.at(i).id});
    }
    f.setDue(future, now + 3600);
    std::sort(expected.begin(), expected.end());
    QStringList expectedIds;
    for (const auto &e : expected)
        expectedIds << e.second;
    QVERIFY(expectedIds.contains(tiktok.id) && expectedIds.contains(profile.id));

    Scheduler scheduler(f.config());
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, 20000);
    QCOMPARE(startedIds(started), expectedIds);
    QCOMPARE(f.count(u"SELECT count(*) FROM reel_tasks WHERE last_scraped IS NOT NULL"_s), 6);
}

void TestScheduler::testStartPausedForceAndResume()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    for (int i = 0; i < 4; ++i)
        f.addReel(u"PAUSE%1x"_s.arg(i), 2);
    f.makeAllDue();
    ScrapeWorker::Config config = f.config();
    config.startPaused = true;
    Scheduler scheduler(config);
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy startedUp(&scheduler, &Scheduler::started);
    QSignalSpy paused(&scheduler, &Scheduler::pausedChanged);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(startedUp.size(), 1, 5000);
    QTest::qWait(300);
    QCOMPARE(started.size(), 0);
    QVERIFY(scheduler.isPaused());

    // A forced scrape runs while paused.
    scheduler.forceScrape(f.tasks.at(2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toString(), f.tasks.at(2).id);
    QTest::qWait(200);
    QCOMPARE(started.size(), 1);

    scheduler.resume();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
    QTRY_COMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toBool(), false);
    QCOMPARE(f.count(u"SELECT count(*) FROM reel_tasks WHERE last_scraped IS NULL"_s), 0);
}

void TestScheduler::testPauseBetweenTasks()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    for (int i = 0; i < 6; ++i)
        f.addReel(u"SLOW%1x"_s.arg(i), 2);
    f.makeAllDue();
    f.world->delayMs = 40; // each request takes 40 ms
    Scheduler scheduler(f.config());
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    connect(&scheduler, &Scheduler::taskFinished, this,
            [&scheduler](TaskKind, const QString &, int, int) { scheduler.pause(); });
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QTest::qWait(400);
    // The pause is seen between tasks: at most the task that was already starting runs.
    QVERIFY2(started.size() <= 2, qPrintable(QString::number(started.size())));
    const qsizetype startedWhilePaused = started.size();
    QTest::qWait(300);
    QCOMPARE(started.size(), startedWhilePaused);
    disconnect(&scheduler, &Scheduler::taskFinished, this, nullptr);
    scheduler.resume();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 10000);
    QCOMPARE(started.size(), 6);
}

void TestScheduler::testForcedMissingTaskReportsAnError()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    const TaskRef reel = f.addReel(u"GONE0x"_s, 2);
    Scheduler scheduler(f.config());
    QSignalSpy errors(&scheduler, &Scheduler::taskError);
    QSignalSpy failed(&scheduler, &Scheduler::taskFailed);
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy reports(&scheduler, &Scheduler::reportReady);
    scheduler.start();
    // Removed after the GUI asked for it: the worker says so and goes on.
    QVERIFY(f.tracking->removeReel(reel.id).ok());
    scheduler.forceScrape(reel);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QCOMPARE(errors.first().at(1).toString(), reel.id);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().at(0).value<ScrapeReport>().result, ScrapeReport::Result::Error);
    QCOMPARE(f.count(u"SELECT count(*) FROM media_items"_s), 0);

    const TaskRef other = f.addReel(u"HERE0x"_s, 2);
    scheduler.forceScrape(other);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
}

void TestScheduler::testCheckpointHoldsBackThatPlatformOnly()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    const TaskRef first = f.addReel(u"CHECK0x"_s, 2);
    f.addReel(u"CHECK1x"_s, 2);
    f.addReel(u"CHECK2x"_s, 2);
    const TaskRef video = f.addTikTok(u"7100000000000000009"_s, 3);
    f.makeAllDue();
    f.world->failures.insert(u"post:CHECK0x"_s,
                             ScrapeFailure{FailureClass::Checkpoint, u"checkpoint_required"_s, 400, std::nullopt});
    Scheduler scheduler(f.config());
    QSignalSpy needsUser(&scheduler, &Scheduler::needsUser);
    QSignalSpy failed(&scheduler, &Scheduler::taskFailed);
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy skipped(&scheduler, &Scheduler::taskSkipped);
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, 10000);
    QCOMPARE(needsUser.size(), 1);
    QVERIFY(needsUser.first().at(0).toString().contains(u"security check"_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).value<FailureClass>(), FailureClass::Checkpoint);
    // Instagram waits for the person; its other tasks are left for later, TikTok is read (as the CLI does).
    QVERIFY(!scheduler.isPaused());
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(startedIds(started), (QStringList{first.id, video.id}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(f.tracking->reel(first.id).value().lastErrorClass, u"checkpoint"_s);
    QCOMPARE(f.tracking->reel(first.id).value().status, TaskStatus::Active);

    // Once the person solved it, Instagram's tasks run at once.
    f.world->failures.clear();
    scheduler.resumePlatform(Platform::Instagram);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
    QCOMPARE(needsUser.size(), 1);
}

void TestScheduler::testRateLimitSkipsThatPlatformOnly()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    const TaskRef limited = f.addReel(u"LIMIT0x"_s, 2);
    const TaskRef waiting = f.addReel(u"LIMIT1x"_s, 2);
    const TaskRef tt1 = f.addTikTok(u"7100000000000000001"_s, 3);
    const TaskRef tt2 = f.addTikTok(u"7100000000000000002"_s, 3);
    f.makeAllDue();
    f.world->failures.insert(u"post:LIMIT0x"_s, ScrapeFailure{FailureClass::RateLimited, u"429"_s, 429, 120});
    Scheduler scheduler(f.config());
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy failed(&scheduler, &Scheduler::taskFailed);
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    QSignalSpy skipped(&scheduler, &Scheduler::taskSkipped);
    QSignalSpy waits(&scheduler, &Scheduler::waitsChanged);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).value<FailureClass>(), FailureClass::RateLimited);
    QCOMPARE(startedIds(started), (QStringList{limited.id, tt1.id, tt2.id}));
    QCOMPARE(finished.size(), 2);
    // The other Instagram task is left for a later pass, saying until when Instagram waits (Retry-After 120 s).
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().at(1).toString(), waiting.id);
    QVERIFY2(skipped.first().at(2).toString().contains(u"Instagram waits until"_s),
             qPrintable(skipped.first().at(2).toString()));
    QVERIFY(!waits.isEmpty());
    QCOMPARE(waits.last().at(0).toStringList().size(), 1);
    // Both Instagram tasks stay due: the platform asked everyone to wait, not these tasks.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ReelTask after = f.tracking->reel(limited.id).value();
    QCOMPARE(after.lastErrorClass, u"rate_limited"_s);
    QVERIFY(after.nextScrapeDue <= now);
    QVERIFY(!f.tracking->reel(waiting.id).value().lastScraped);
    QVERIFY(f.tracking->reel(waiting.id).value().nextScrapeDue <= now);
}

void TestScheduler::testStopAbortsTheRequestInFlight()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    const TaskRef hanging = f.addReel(u"HANG0x"_s, 30);
    f.makeAllDue();
    f.world->blockOn = u"comments:HANG0x"_s;
    auto scheduler = std::make_unique<Scheduler>(f.config());
    QSignalSpy progress(scheduler.get(), &Scheduler::progress);
    scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(2).toString() == u"comments"_s, 5000);
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    scheduler->stop();
    const qint64 stopMs = timer.elapsed();
    qInfo("stop() returned after %lld ms", stopMs);
    QVERIFY2(stopMs < 2000, qPrintable(QString::number(stopMs)));
    QVERIFY(!scheduler->isRunning());
    scheduler.reset();
    QCOMPARE(f.count(u"SELECT count(*) FROM media_items"_s), 0);
    QCOMPARE(f.count(u"SELECT count(*) FROM comments"_s), 0);
    QVERIFY(!f.tracking->reel(hanging.id).value().lastScraped);
    QVERIFY(f.tracking->reel(hanging.id).value().lastError.isEmpty());
}

void TestScheduler::testRunnerOnTheCallingThread()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    const TaskRef profile = f.addProfile(u"inline"_s, 20, 12, 120);
    f.world->commentPageSize = 50;
    fake::FakeInstagram ig(f.world);
    ScrapeRunner runner(f.db(), &ig, nullptr);
    const ScrapeReport report = runner.runOnce(profile);
    QCOMPARE(report.result, ScrapeReport::Result::Stored);
    QCOMPARE(report.stored.postsProcessed, 12);
    QCOMPARE(report.stored.commentsStored, f.expectedComments);
    // profile (12 embedded posts) + 5 posts × 3 comment pages (50, 50, 20)
    QCOMPARE(report.requests, 1 + 5 * 3);
    QCOMPARE(ig.calls(), report.requests);
    QVERIFY(report.summaryLine().contains(u"12 post(s)"_s));

    // The options bound what is read.
    ScrapeOptions small;
    small.profilePosts = 3;
    small.commentedPosts = 1;
    small.commentsPerPost = 10;
    fake::FakeInstagram ig2(f.world);
    ScrapeRunner limited(f.db(), &ig2, nullptr, small);
    const ScrapeReport second = limited.runOnce(profile);
    QCOMPARE(second.stored.postsProcessed, 3);
    QCOMPARE(second.stored.commentsStored, 10 + 1);
    QCOMPARE(second.requests, 2);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "testScheduler.moc"
