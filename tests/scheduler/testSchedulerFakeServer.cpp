#include "FakePlatformServer.h"

#include "net/GovernorConfig.h"
#include "net/RateGovernor.h"
#include "services/PlatformSourceFactory.h"
#include "services/Scheduler.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakeFault;
using reelpulse::test::FakePlatformServer;

/// The scheduler with the real Instagram and TikTok clients, reading the fake platform server:
/// 20 tasks over the captured responses, twice; and a platform failure in the middle of a run.
class TestSchedulerFakeServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTwentyTasksTwice();
    void testLoginWallStopsAndAsksTheUser();

private:
    qint64 count(const QString &sql);
    ScrapeWorker::Config config();
    void makeAllDue();

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
};

void TestSchedulerFakeServer::initTestCase()
{
    qRegisterMetaType<reelpulse::TaskKind>("reelpulse::TaskKind");
    qRegisterMetaType<reelpulse::FailureClass>("reelpulse::FailureClass");
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
    // The clients read their base URL from the environment (as the CLI and the app do).
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_TIKTOK_URL", m_server->baseUrl().toUtf8());
}

void TestSchedulerFakeServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
    m_server->clearInjections();
    m_server->clearRequests();
}

void TestSchedulerFakeServer::cleanup()
{
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestSchedulerFakeServer::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ScrapeWorker::Config TestSchedulerFakeServer::config()
{
    ScrapeWorker::Config c;
    c.databaseFile = m_db->filePath();
    // No jitter between requests, budgets as in the app.
    c.sources = platformSourceFactory(m_dir->path(), std::make_shared<RateGovernor>(GovernorConfig::withoutJitter()));
    return c;
}

void TestSchedulerFakeServer::makeAllDue()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE profile_tasks SET next_scrape_due = 100"_s));
    QVERIFY(q.exec(u"UPDATE reel_tasks SET next_scrape_due = 200"_s));
    QVERIFY(q.exec(u"UPDATE video_tasks SET next_scrape_due = 300"_s));
}

void TestSchedulerFakeServer::testTwentyTasksTwice()
{
    // The captures: 2 profiles, 3 posts and 1 TikTok video; several projects track the same reels.
    QVERIFY(m_tracking->addProfile(u"instagram"_s, true).ok());
    QVERIFY(m_tracking->addProfile(u"robertdowneyjr"_s, false).ok());
    const QStringList posts{u"DFp17y5MymE"_s, u"CSTg-0FH89e"_s, u"CA_ifcxMjFR"_s};
    for (int p = 0; p < 5; ++p) {
        QVERIFY(m_tracking->addProject(u"campaign %1"_s.arg(p)).ok());
        for (const QString &shortcode : posts)
            QVERIFY(m_tracking->addReel(u"campaign %1"_s.arg(p), shortcode).ok());
    }
    QVERIFY(m_tracking->addVideo(Platform::Instagram, u"https://www.instagram.com/p/CA_ifcxMjFR/"_s).ok());
    QVERIFY(m_tracking->addVideo(Platform::Instagram, u"CSTg-0FH89e"_s).ok());
    QVERIFY(m_tracking->addVideo(Platform::TikTok, u"7603296357641735445"_s).ok());
    QCOMPARE(count(u"SELECT (SELECT count(*) FROM profile_tasks) + (SELECT count(*) FROM reel_tasks) + "
                   "(SELECT count(*) FROM video_tasks)"_s),
             20);
    makeAllDue();

    auto scheduler = std::make_unique<Scheduler>(config());
    QSignalSpy finished(scheduler.get(), &Scheduler::taskFinished);
    QSignalSpy failed(scheduler.get(), &Scheduler::taskFailed);
    scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 20, 120000);
    for (const QList<QVariant> &f : failed)
        qWarning("failed: %s", qPrintable(f.at(3).toString()));
    QCOMPARE(failed.size(), 0);
    const qint64 requests = m_server->requestCount();
    qInfo("first run: %lld requests to the fake server", requests);

    // The reel capture: likes 256, views 539, plays 2387, 6 comments with 3 replies, in one item for 5 tasks.
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE shortcode = 'DFp17y5MymE'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM task_items t JOIN media_items m ON m.id = t.item_id "
                   "WHERE m.shortcode = 'DFp17y5MymE'"_s),
             5);
    QCOMPARE(count(u"SELECT max(likes) FROM item_snapshots s JOIN media_items m ON m.id = s.item_id "
                   "WHERE m.shortcode = 'DFp17y5MymE'"_s),
             256);
    QCOMPARE(count(u"SELECT max(plays) FROM item_snapshots s JOIN media_items m ON m.id = s.item_id "
                   "WHERE m.shortcode = 'DFp17y5MymE'"_s),
             2387);
    QCOMPARE(count(u"SELECT count(*) FROM comments c JOIN media_items m ON m.id = c.item_id "
                   "WHERE m.shortcode = 'DFp17y5MymE'"_s),
             9);
    // The carousel's children hang off it.
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE parent_id = (SELECT id FROM media_items WHERE "
                   "shortcode = 'CA_ifcxMjFR')"_s),
             3);
    QCOMPARE(count(u"SELECT count(*) FROM profile_snapshots"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM task_items WHERE task_kind = 'profile'"_s) >= 12, true);
    QVERIFY(count(u"SELECT count(*) FROM comments WHERE platform = 'tiktok'"_s) > 0);
    QCOMPARE(count(u"SELECT count(*) FROM reel_tasks WHERE last_scraped IS NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE last_scrape_time IS NULL"_s), 0);

    const qint64 items = count(u"SELECT count(*) FROM media_items"_s);
    const qint64 comments = count(u"SELECT count(*) FROM comments"_s);
    const qint64 itemSnapshots = count(u"SELECT count(*) FROM item_snapshots"_s);

    // The second run refreshes in place: no new items or comments, one more snapshot per task's post.
    makeAllDue();
    scheduler->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 40, 120000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), items);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), comments);
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 2 * itemSnapshots);
    QCOMPARE(count(u"SELECT count(*) FROM profile_snapshots"_s), 4);
    QCOMPARE(m_server->requestCount(), 2 * requests);
    scheduler->stop();
}

void TestSchedulerFakeServer::testLoginWallStopsAndAsksTheUser()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    QVERIFY(m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s).ok());
    QVERIFY(m_tracking->addReel(u"p"_s, u"CSTg-0FH89e"_s).ok());
    QVERIFY(m_tracking->addVideo(Platform::TikTok, u"7603296357641735445"_s).ok());
    makeAllDue();
    m_server->injectFault(FakeFault::LoginRedirect, u"/"_s, 50);

    Scheduler scheduler(config());
    QSignalSpy needsUser(&scheduler, &Scheduler::needsUser);
    QSignalSpy failed(&scheduler, &Scheduler::taskFailed);
    QSignalSpy started(&scheduler, &Scheduler::taskStarted);
    QSignalSpy skipped(&scheduler, &Scheduler::taskSkipped);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(!needsUser.isEmpty(), 60000);
    QCOMPARE(failed.first().at(2).value<FailureClass>(), FailureClass::LoginWall);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 60000);
    // Instagram waits for a sign-in; its second reel is left for later. The scheduler itself is not paused. (Both
    // platforms are read from this one server here, so the wall of its host holds TikTok back too.)
    QVERIFY(!scheduler.isPaused());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(started.size(), 2); // the first reel, then the TikTok video
    QCOMPARE(count(u"SELECT count(*) FROM reel_tasks WHERE last_error_class = 'login_wall' AND status = 'active'"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 0);
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestSchedulerFakeServer)
#include "testSchedulerFakeServer.moc"
