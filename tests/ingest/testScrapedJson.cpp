#include "cli/TaskJson.h"
#include "scheduler/FakeSources.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

/// The reference JSON shapes filled from what scraping stored: get_task's scraped_posts, reel_data
/// with sentiment_analysis, and VideoResponse metrics with children and the tracking object.
class TestScrapedJson final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testReelDataFromLatestScrape();
    void testReelSentimentFromStoredLabels();
    void testProfileScrapedPostsNewestFirst();
    void testVideoResponseMetricsAndChildren();
    void testTikTokVideoResponse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
};

void TestScrapedJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
}

void TestScrapedJson::cleanup()
{
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

void TestScrapedJson::testReelDataFromLatestScrape()
{
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    QCOMPARE(json::reelTask(reel.value(), nullptr).value(u"reel_data"_s), QJsonValue(QJsonValue::Null));

    ScrapeStore store(*m_db);
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Reel, reel->id};
    MediaItem item = fake::post(u"DFp17y5MymE"_s, 1738000000);
    item.likes = 200;
    o.scrapedAt = fake::at(1750000000);
    o.posts.append(ScrapedPost{item, fake::comments(u"r"_s, 12)});
    QVERIFY(store.recordSuccess(o).ok());
    item.likes = 256;
    item.views = 539;
    item.plays = 2387;
    o.posts[0].item = item;
    o.scrapedAt = fake::at(1750003600);
    QVERIFY(store.recordSuccess(o).ok());

    ScrapeReader reader(m_db->connection());
    auto summary = reader.summary(o.task, 10);
    QVERIFY(summary.ok() && summary.value());
    const QJsonObject task = json::reelTask(m_tracking->reel(reel->id).value(), &*summary.value());
    const QJsonObject data = task.value(u"reel_data"_s).toObject();
    QCOMPARE(data.value(u"likes"_s).toInteger(), 256);
    QCOMPARE(data.value(u"views"_s).toInteger(), 539);
    QCOMPARE(data.value(u"plays"_s).toInteger(), 2387);
    QCOMPARE(data.value(u"comments"_s).toInteger(), 10);
    QCOMPARE(data.value(u"timestamp"_s).toInteger(), 1738000000);
    QCOMPARE(data.value(u"caption"_s).toString(), u"Post DFp17y5MymE #tagDFp17y5MymE @friend"_s);
    QCOMPARE(data.value(u"hashtags"_s).toArray(), QJsonArray{u"#tagDFp17y5MymE"_s});
    QCOMPARE(data.value(u"mentions"_s).toArray(), QJsonArray{u"@friend"_s});
    QCOMPARE(data.value(u"comments_stored"_s).toInt(), 14);
    const QJsonArray top = data.value(u"top_comments"_s).toArray();
    QCOMPARE(top.size(), 10);
    const QJsonObject first = top.first().toObject();
    QCOMPARE(first.value(u"text"_s).toString(), u"ok 11"_s); // most liked first
    QCOMPARE(first.value(u"owner_username"_s).toString(), u"fan11"_s);
    QCOMPARE(first.value(u"likes_count"_s).toInt(), 11);
    QCOMPARE(first.value(u"timestamp"_s).toInteger(), 1700000000 + 11 * 60);
    QVERIFY(first.value(u"sentiment"_s).isNull()); // not scored yet
    const QJsonObject sentiment = data.value(u"sentiment_analysis"_s).toObject();
    QVERIFY(sentiment.value(u"positive"_s).isNull());
    QVERIFY(sentiment.value(u"overall_sentiment"_s).isNull());
    QCOMPARE(sentiment.value(u"unscored"_s).toInt(), 14);
    QCOMPARE(task.value(u"last_scraped"_s).toInteger(), 1750003600);
}

void TestScrapedJson::testReelSentimentFromStoredLabels()
{
    auto reel = m_tracking->addReel(u"p"_s, u"DFp17y5MymE"_s);
    QVERIFY(reel.ok());
    ScrapeStore store(*m_db);
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Reel, reel->id};
    o.scrapedAt = fake::at(1750000000);
    o.posts.append(ScrapedPost{fake::post(u"DFp17y5MymE"_s, 1738000000), fake::comments(u"r"_s, 9)});
    QVERIFY(store.recordSuccess(o).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'positive', sentiment_compound = 0.9 WHERE text LIKE "
                   "'love%'"_s));
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'negative', sentiment_compound = -0.5 WHERE text LIKE "
                   "'awful%'"_s));
    QVERIFY(q.exec(u"UPDATE comments SET sentiment_label = 'neutral', sentiment_compound = 0 WHERE text LIKE "
                   "'ok%'"_s));
    ScrapeReader reader(m_db->connection());
    auto summary = reader.summary(o.task, 3);
    QVERIFY(summary.ok() && summary.value());
    const QJsonObject data = json::reelData(*summary.value());
    const QJsonObject sentiment = data.value(u"sentiment_analysis"_s).toObject();
    QCOMPARE(sentiment.value(u"positive"_s).toInt(), 3);
    QCOMPARE(sentiment.value(u"negative"_s).toInt(), 3);
    QCOMPARE(sentiment.value(u"neutral"_s).toInt(), 3);
    QCOMPARE(sentiment.value(u"unscored"_s).toInt(), 1); // the reply
    // A three-way tie: the average compound (slightly positive) decides.
    QCOMPARE(sentiment.value(u"overall_sentiment"_s).toString(), u"positive"_s);
    QCOMPARE(data.value(u"top_comments"_s).toArray().first().toObject().value(u"sentiment"_s).toString(),
             u"neutral"_s); // "ok 8" has the most likes
}

void TestScrapedJson::testProfileScrapedPostsNewestFirst()
{
    auto profile = m_tracking->addProfile(u"natgeo"_s, true);
    QVERIFY(profile.ok());
    ScrapeStore store(*m_db);
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Profile, profile->id};
    o.scrapedAt = fake::at(1750000000);
    ProfileInfo info;
    info.id = u"787132"_s;
    info.username = u"natgeo"_s;
    info.followers = 280000000;
    info.isVerified = true;
    o.profile = info;
    o.posts.append(ScrapedPost{fake::post(u"OLDER000001"_s, 1700000000), {}});
    o.posts.append(ScrapedPost{fake::post(u"NEWER000002"_s, 1710000000, 2), fake::comments(u"n"_s, 7)});
    QVERIFY(store.recordSuccess(o).ok());

    ScrapeReader reader(m_db->connection());
    auto posts = reader.taskPosts(o.task);
    QVERIFY(posts.ok());
    QList<json::PostWithComments> list;
    for (const StoredItem &item : posts.value())
        list.append({item, reader.comments(item.rowId, 0, 5, CommentOrder::MostLiked).value()});
    const QJsonObject task = json::profileTask(m_tracking->profile(profile->id).value(), list,
                                               reader.latestProfileSnapshot(profile->id).value());
    const QJsonArray scraped = task.value(u"scraped_posts"_s).toArray();
    QCOMPARE(scraped.size(), 2);
    const QJsonObject newest = scraped.at(0).toObject();
    QCOMPARE(newest.value(u"post_id"_s).toString(), u"NEWER000002"_s);
    QCOMPARE(newest.value(u"post_url"_s).toString(), u"https://www.instagram.com/p/NEWER000002/"_s);
    QCOMPARE(newest.value(u"type"_s).toString(), u"carousel"_s);
    QCOMPARE(newest.value(u"timestamp"_s).toString(), u"2024-03-09T16:00:00Z"_s);
    QCOMPARE(newest.value(u"likes_count"_s).toInt(), 100);
    QCOMPARE(newest.value(u"comments_count"_s).toInt(), 10);
    QCOMPARE(newest.value(u"video_view_count"_s).toInt(), 1000);
    QCOMPARE(newest.value(u"video_play_count"_s).toInt(), 2000);
    QCOMPARE(newest.value(u"top_comments"_s).toArray().size(), 5);
    QCOMPARE(newest.value(u"top_comments"_s).toArray().first().toObject().value(u"timestamp"_s).toString(),
             u"2023-11-14T22:19:20Z"_s); // n-6: ISO times in get_task
    QCOMPARE(scraped.at(1).toObject().value(u"top_comments"_s).toArray().size(), 0);
    QCOMPARE(task.value(u"profile"_s).toObject().value(u"followers_count"_s).toInteger(), 280000000);
    QCOMPARE(task.value(u"profile"_s).toObject().value(u"is_verified"_s), QJsonValue(true));
    QCOMPARE(task.value(u"last_scraped"_s).toString(), u"2025-06-15T15:06:40Z"_s);
}

void TestScrapedJson::testVideoResponseMetricsAndChildren()
{
    auto video = m_tracking->addVideo(Platform::Instagram, u"CA_ifcxMjFR"_s);
    QVERIFY(video.ok());
    const QJsonObject before = json::videoResponse(video.value(), nullptr, {});
    QVERIFY(before.value(u"like_count"_s).isNull());
    QCOMPARE(before.value(u"tracking"_s).toObject().value(u"comments_stored"_s).toInt(), 0);

    ScrapeStore store(*m_db);
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Video, video->id};
    o.scrapedAt = fake::at(1750000000);
    MediaItem item = fake::post(u"CA_ifcxMjFR"_s, 1710000000, 3);
    item.likes = 1615538;
    item.saves = 12;
    item.shares = 7;
    o.posts.append(ScrapedPost{item, fake::comments(u"v"_s, 5)});
    QVERIFY(store.recordSuccess(o).ok());
    ScrapeReader reader(m_db->connection());
    auto summary = reader.summary(o.task);
    QVERIFY(summary.ok() && summary.value());
    json::VideoTracking tracking;
    tracking.commentsStored = summary.value()->storedComments;
    tracking.snapshots = 1;
    tracking.governor =
        GovernorStatus{u"www.instagram.com#anonymous"_s, u"rate_limited"_s, fake::at(1750000600), 0, u"wait"_s};
    const QJsonObject v = json::videoSingle(m_tracking->video(video->id).value(), &*summary.value(), tracking)
                              .value(u"data"_s)
                              .toObject();
    QCOMPARE(v.value(u"media_type"_s).toString(), u"CAROUSEL"_s);
    QCOMPARE(v.value(u"like_count"_s).toInteger(), 1615538);
    QCOMPARE(v.value(u"view_count"_s).toInt(), 1000);
    QCOMPARE(v.value(u"play_count"_s).toInt(), 2000);
    QCOMPARE(v.value(u"saved_count"_s).toInt(), 12);
    QCOMPARE(v.value(u"share_count"_s).toInt(), 7);
    QCOMPARE(v.value(u"comment_count"_s).toInt(), 10);
    QCOMPARE(v.value(u"description"_s).toString(), u"Post CA_ifcxMjFR #tagCA_ifcxMjFR @friend"_s);
    QCOMPARE(v.value(u"create_time"_s).toString(), u"2024-03-09T16:00:00Z"_s);
    QCOMPARE(v.value(u"account_username"_s).toString(), u"owner"_s);
    QCOMPARE(v.value(u"duration"_s).toDouble(), 12.5);
    QCOMPARE(v.value(u"is_unavailable"_s), QJsonValue(false));
    QCOMPARE(v.value(u"last_scrape_time"_s).toString(), u"2025-06-15T15:06:40Z"_s);
    const QJsonArray children = v.value(u"children"_s).toArray();
    QCOMPARE(children.size(), 3);
    QCOMPARE(children.at(0).toObject().value(u"media_type"_s).toString(), u"IMAGE"_s);
    QCOMPARE(children.at(1).toObject().value(u"media_type"_s).toString(), u"VIDEO"_s);
    QCOMPARE(children.at(2).toObject().value(u"position"_s).toInt(), 2);
    const QJsonObject t = v.value(u"tracking"_s).toObject();
    QCOMPARE(t.value(u"comments_stored"_s).toInt(), 6);
    QCOMPARE(t.value(u"governor"_s).toObject().value(u"state"_s).toString(), u"rate_limited"_s);
    QCOMPARE(t.value(u"governor"_s).toObject().value(u"resumes_at"_s).toString(), u"2025-06-15T15:16:40Z"_s);
}

void TestScrapedJson::testTikTokVideoResponse()
{
    auto video = m_tracking->addVideo(Platform::TikTok, u"https://www.tiktok.com/@someone/video/7603296357641735445"_s);
    QVERIFY(video.ok());
    ScrapeStore store(*m_db);
    QVERIFY(store.recordFailure({TaskKind::Video, video->id}, {FailureClass::Private, u"private"_s, 403, {}}, {}).ok());
    QCOMPARE(json::videoResponse(m_tracking->video(video->id).value(), nullptr, {}).value(u"is_unavailable"_s),
             QJsonValue(true));

    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Video, video->id};
    o.scrapedAt = fake::at(1750000000);
    MediaItem item = fake::post(u"7603296357641735445"_s, 1770000000, 0, Platform::TikTok);
    item.kind = MediaKind::Video;
    item.shares = 33;
    o.posts.append(ScrapedPost{item, {}});
    QVERIFY(store.recordSuccess(o).ok());
    ScrapeReader reader(m_db->connection());
    auto summary = reader.summary(o.task);
    QVERIFY(summary.ok() && summary.value());
    const QJsonObject v = json::videoResponse(m_tracking->video(video->id).value(), &*summary.value(), {});
    QCOMPARE(v.value(u"media_type"_s).toString(), u"VIDEO"_s);
    QCOMPARE(v.value(u"share_count"_s).toInt(), 33);
    QCOMPARE(v.value(u"is_unavailable"_s), QJsonValue(false)); // read again: the error is cleared
    QVERIFY(!v.contains(u"children"_s));
    QVERIFY(v.value(u"tracking"_s).toObject().value(u"governor"_s).isNull());
}

QTEST_GUILESS_MAIN(TestScrapedJson)
#include "testScrapedJson.moc"
