#include "FakePlatformServer.h"

#include "analytics/ChartData.h"
#include "analytics/ProfileStats.h"
#include "net/GovernorConfig.h"
#include "net/RateGovernor.h"
#include "platform/Settings.h"
#include "services/AnalyticsService.h"
#include "services/PlatformSourceFactory.h"
#include "services/ScrapeRunner.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/VideoTaskStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakePlatformServer;
using reelpulse::test::FakeResponse;

namespace {

QJsonObject fixtureObject(const QString &relative)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The captured account (zg.520) under another name and secUid, so a test can change what it serves.
QJsonObject accountNamed(const QString &username)
{
    QJsonObject detail = fixtureObject(u"tiktok/user_detail__zg.520__2025-10.json"_s);
    QJsonObject info = detail.value(u"userInfo"_s).toObject();
    QJsonObject user = info.value(u"user"_s).toObject();
    user.insert(u"uniqueId"_s, username);
    user.insert(u"secUid"_s, QString(u"sec-"_s + username));
    info.insert(u"user"_s, user);
    detail.insert(u"userInfo"_s, info);
    return detail;
}

/// A video of the account, `minutesAgo` before now (negative: in the future).
QJsonObject video(const QString &id, const QString &author, qint64 createTime)
{
    return QJsonObject{{u"id"_s, id},
                       {u"desc"_s, QString(u"video "_s + id)},
                       {u"createTime"_s, createTime},
                       {u"author"_s, QJsonObject{{u"uniqueId"_s, author}, {u"id"_s, u"1"_s}}},
                       {u"statsV2"_s, QJsonObject{{u"playCount"_s, u"100"_s}, {u"diggCount"_s, u"10"_s}}}};
}

} // namespace

/// TikTok accounts as profile tasks, read by the scrape service through the real TikTok client from the fake
/// server: exact counts in the snapshots, the video list, walls classified, account-discovered videos added once,
/// the cap on tracked accounts.
class TestTikTokAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testAccountSnapshotHasExactCounts();
    void testVideosOnThePageNeedNoList();
    void testWalls_data();
    void testWalls();
    void testAutoTrackAddsEachVideoOnce();
    void testAutoTrackNewOnlyAfterTheSetting();
    void testInstagramProfileAutoTracksToo();
    void testAccountCap();
    void testProfileDashboardChartsTikTokFollowers();

private:
    qint64 count(const QString &sql);
    ScrapeReport scrape(const QString &profileTaskId);

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
};

void TestTikTokAccounts::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_TIKTOK_URL", m_server->baseUrl().toUtf8());
}

void TestTikTokAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
    m_server->clearInjections();
    m_server->clearRequests();
}

void TestTikTokAccounts::cleanup()
{
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestTikTokAccounts::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ScrapeReport TestTikTokAccounts::scrape(const QString &profileTaskId)
{
    // A fresh governor each time: a wall met by one scrape must not make the next one wait.
    const SourceFactory factory =
        platformSourceFactory(m_dir->path(), std::make_shared<RateGovernor>(GovernorConfig::withoutJitter()));
    ScrapeSources sources = factory(*m_db);
    ScrapeRunner runner(*m_db, sources.instagram.get(), sources.tiktok.get());
    return runner.runOnce(TaskRef{TaskKind::Profile, profileTaskId}, true);
}

void TestTikTokAccounts::testAccountSnapshotHasExactCounts()
{
    auto task = m_tracking->addProfile(u"https://www.tiktok.com/@zg.520"_s, false);
    QVERIFY(task.ok());
    QCOMPARE(task->platform, Platform::TikTok);
    QCOMPARE(task->targetProfile, u"zg.520"_s);
    const ScrapeReport report = scrape(task->id);
    QVERIFY2(report.ok(), qPrintable(report.summaryLine()));
    // statsV2's exact values, not stats' rounded 427700 / 6800000.
    QCOMPARE(count(u"SELECT followers FROM profile_snapshots"_s), 427682);
    QCOMPARE(count(u"SELECT following FROM profile_snapshots"_s), 176);
    QCOMPARE(count(u"SELECT likes FROM profile_snapshots"_s), 6764096);
    QCOMPARE(count(u"SELECT posts FROM profile_snapshots"_s), 1605);
    // The page lists no videos: they came from the account's video list, by its secUid.
    QCOMPARE(m_server->requestCount(u"/@zg.520"_s), 1);
    QCOMPARE(m_server->requestCount(u"/api/post/item_list/"_s), 1);
    const auto list = m_server->lastRequest(u"/api/post/item_list/"_s);
    QVERIFY(list);
    QVERIFY(list->queryValue(u"secUid"_s).startsWith(u"MS4wLjABAAAAkagks5n"_s));
    QCOMPARE(count(u"SELECT count(*) FROM task_items WHERE task_kind = 'profile'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE platform = 'tiktok' AND platform_id = "
                   "'7513039993741397256'"_s),
             1);
    // Auto-track is off by default: no video tasks.
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 0);
}

void TestTikTokAccounts::testVideosOnThePageNeedNoList()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_server->setTikTokAccount(
        u"onpage"_s, accountNamed(u"onpage"_s),
        QJsonArray{video(u"9001"_s, u"onpage"_s, now - 100), video(u"9002"_s, u"onpage"_s, now - 50)}, true);
    auto task = m_tracking->addProfile(u"@onpage"_s, false, std::nullopt, Platform::TikTok);
    QVERIFY(task.ok());
    const ScrapeReport report = scrape(task->id);
    QVERIFY2(report.ok(), qPrintable(report.summaryLine()));
    QCOMPARE(m_server->requestCount(u"/api/post/item_list/"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM task_items WHERE task_kind = 'profile'"_s), 2);
}

void TestTikTokAccounts::testWalls_data()
{
    QTest::addColumn<int>("wall");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");
    QTest::newRow("429 with Retry-After") << 0 << u"zg.520"_s << u"rate_limited"_s;
    QTest::newRow("verification page") << 1 << u"zg.520"_s << u"checkpoint"_s;
    QTest::newRow("redirect to login") << 2 << u"zg.520"_s << u"login_wall"_s;
    QTest::newRow("server error") << 3 << u"zg.520"_s << u"network"_s;
    QTest::newRow("no such account (10221)") << -1 << u"nobody.here"_s << u"not_found"_s;
}

void TestTikTokAccounts::testWalls()
{
    QFETCH(int, wall);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    switch (wall) {
    case 0:
        m_server->injectResponse(FakeResponse::tooManyRequests(120), u"/@"_s);
        break;
    case 1:
        m_server->injectResponse(FakePlatformServer::tiktokVerifyWall(), u"/@"_s);
        break;
    case 2:
        m_server->injectResponse(FakePlatformServer::tiktokLoginRedirect(), u"/@"_s);
        break;
    case 3:
        m_server->injectResponse(FakeResponse::serverError(503), u"/@"_s, 10);
        break;
    default:
        break;
    }
    auto task = m_tracking->addProfile(account, false, std::nullopt, Platform::TikTok);
    QVERIFY(task.ok());
    const ScrapeReport report = scrape(task->id);
    QCOMPARE(report.result, ScrapeReport::Result::Failed);
    QVERIFY(report.failure);
    QCOMPARE(failureClassName(report.failure->cls), expected);
    QCOMPARE(count(u"SELECT count(*) FROM profile_snapshots"_s), 0);
    if (expected == u"not_found") {
        auto row = m_tracking->profile(task->id);
        QVERIFY(row.ok());
        QCOMPARE(row->lastErrorClass, u"not_found"_s);
    }
}

void TestTikTokAccounts::testAutoTrackAddsEachVideoOnce()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray videos{video(u"7000000000000000001"_s, u"maker"_s, now - 3000),
                      video(u"7000000000000000002"_s, u"maker"_s, now - 2000),
                      video(u"7000000000000000003"_s, u"maker"_s, now - 1000)};
    m_server->setTikTokAccount(u"maker"_s, accountNamed(u"maker"_s), videos);
    auto task = m_tracking->addProfile(u"maker"_s, false, std::nullopt, Platform::TikTok, AutoTrack::Latest, 5);
    QVERIFY(task.ok());
    QVERIFY(scrape(task->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 3);
    // The same page again: nothing more.
    const ScrapeReport again = scrape(task->id);
    QVERIFY(again.ok());
    QVERIFY(again.autoTracked.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 3);
    // One new video: exactly one more task, linked to the account, due at once.
    videos.prepend(video(u"7000000000000000004"_s, u"maker"_s, now - 10));
    m_server->setTikTokAccount(u"maker"_s, accountNamed(u"maker"_s), videos);
    const ScrapeReport third = scrape(task->id);
    QVERIFY(third.ok());
    QCOMPARE(third.autoTracked.size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE platform = 'tiktok' AND external_id = "
                   "'7000000000000000004'"_s),
             1);
    auto linked = VideoTaskStore(m_db->connection()).listByProfile(task->id);
    QVERIFY(linked.ok());
    QCOMPARE(linked->size(), 4);
    for (const VideoTask &v : linked.value()) {
        QCOMPARE(v.profileTaskId, task->id);
        QVERIFY(v.sourceUrl.startsWith(u"https://www.tiktok.com/@maker/video/"_s));
    }
    // Latest 2 on a fresh account: only the two newest.
    m_server->setTikTokAccount(u"maker2"_s, accountNamed(u"maker2"_s),
                               QJsonArray{video(u"8000000000000000001"_s, u"maker2"_s, now - 300),
                                          video(u"8000000000000000002"_s, u"maker2"_s, now - 100),
                                          video(u"8000000000000000003"_s, u"maker2"_s, now - 200)});
    auto two = m_tracking->addProfile(u"maker2"_s, false, std::nullopt, Platform::TikTok, AutoTrack::Latest, 2);
    QVERIFY(two.ok());
    QVERIFY(scrape(two->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE external_id LIKE '8%'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE external_id = '8000000000000000001'"_s), 0);
    // Removing the account keeps its videos, unlinked.
    QVERIFY(m_tracking->removeProfile(task->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE external_id LIKE '7%'"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE external_id LIKE '7%' AND profile_task_id IS NULL"_s), 4);
}

void TestTikTokAccounts::testAutoTrackNewOnlyAfterTheSetting()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray videos{video(u"7100000000000000001"_s, u"fresh"_s, now - 5000)};
    m_server->setTikTokAccount(u"fresh"_s, accountNamed(u"fresh"_s), videos);
    auto task = m_tracking->addProfile(u"fresh"_s, false, std::nullopt, Platform::TikTok, AutoTrack::New);
    QVERIFY(task.ok());
    QVERIFY(task->autoTrackSince);
    QVERIFY(scrape(task->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 0);
    // Posted after the setting was chosen.
    videos.prepend(video(u"7100000000000000002"_s, u"fresh"_s, now + 60));
    m_server->setTikTokAccount(u"fresh"_s, accountNamed(u"fresh"_s), videos);
    QVERIFY(scrape(task->id).ok());
    QVERIFY(scrape(task->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE external_id = '7100000000000000002'"_s), 1);

    // Switched off: nothing more; switched to latest 1 through an update.
    TrackingService::ProfileUpdate off;
    off.autoTrack = AutoTrack::Off;
    QVERIFY(m_tracking->updateProfile(task->id, off).ok());
    TrackingService::ProfileUpdate bad;
    bad.autoTrack = AutoTrack::Latest;
    QVERIFY(!m_tracking->updateProfile(task->id, bad).ok()); // latest needs a number
    bad.autoTrackLatest = MaxAutoTrackLatest + 1;
    QVERIFY(!m_tracking->updateProfile(task->id, bad).ok());
}

void TestTikTokAccounts::testInstagramProfileAutoTracksToo()
{
    auto task = m_tracking->addProfile(u"instagram"_s, false, std::nullopt, std::nullopt, AutoTrack::Latest, 3);
    QVERIFY(task.ok());
    QCOMPARE(task->platform, Platform::Instagram);
    const ScrapeReport first = scrape(task->id);
    QVERIFY2(first.ok(), qPrintable(first.summaryLine()));
    QCOMPARE(first.autoTracked.size(), 3);
    QVERIFY(scrape(task->id).ok());
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE platform = 'instagram'"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE profile_task_id = '%1' AND shortcode IS NOT NULL"_s.arg(
                 task->id)),
             3);
    // A post the person tracks by hand is not added a second time.
    auto linked = VideoTaskStore(m_db->connection()).listByProfile(task->id);
    QVERIFY(linked.ok());
    for (const VideoTask &v : linked.value())
        QVERIFY(!m_tracking->addVideo(Platform::Instagram, v.shortcode).ok());
}

void TestTikTokAccounts::testAccountCap()
{
    Settings settings(m_dir->path());
    QVERIFY(settings.set(u"tracking.max_accounts"_s, u"2"_s).ok());
    QVERIFY(m_tracking->addProfile(u"natgeo"_s, false).ok());
    QVERIFY(m_tracking->addProfile(u"natgeo"_s, false, std::nullopt, Platform::TikTok).ok());
    auto third = m_tracking->addProfile(u"@zg.520"_s, false, std::nullopt, Platform::TikTok);
    QVERIFY(!third.ok());
    QCOMPARE(third.error().kind, ErrorKind::Conflict);
    QVERIFY2(third.error().message.contains(u"tracking.max_accounts"_s), qPrintable(third.error().message));
    QVERIFY(third.error().message.contains(u"2"_s));
    QCOMPARE(count(u"SELECT count(*) FROM profile_tasks"_s), 2);
    // 0: no cap.
    QVERIFY(settings.set(u"tracking.max_accounts"_s, u"0"_s).ok());
    QVERIFY(m_tracking->addProfile(u"@zg.520"_s, false, std::nullopt, Platform::TikTok).ok());
}

void TestTikTokAccounts::testProfileDashboardChartsTikTokFollowers()
{
    auto task = m_tracking->addProfile(u"@zg.520"_s, false, std::nullopt, Platform::TikTok);
    QVERIFY(task.ok());
    QVERIFY(scrape(task->id).ok());
    QVERIFY(scrape(task->id).ok());
    AnalyticsService analytics(*m_db, m_dir->path());
    auto dashboard = analytics.dashboard(task->id, analytics::DateRange{});
    QVERIFY2(dashboard.ok(), qPrintable(dashboard.ok() ? QString() : dashboard.error().message));
    QVERIFY(dashboard->profile);
    QCOMPARE(dashboard->profile->followers, std::optional<qint64>(427682));
    const analytics::ChartData *followers = dashboard->chart(analytics::ChartKind::Followers);
    QVERIFY(followers);
    QVERIFY(!followers->series.isEmpty());
    QVERIFY(!followers->series.first().points.isEmpty());
    QCOMPARE(followers->series.first().points.last().value, 427682.0);
}

QTEST_GUILESS_MAIN(TestTikTokAccounts)
#include "testTikTokAccounts.moc"
