#include "CommentsModel.h"
#include "ModelFormat.h"
#include "ModelTestHelpers.h"
#include "ProfileTasksModel.h"
#include "ReelTasksModel.h"
#include "SentimentHighlight.h"
#include "TaskItemsModel.h"
#include "TaskSortFilterModel.h"
#include "VideoTasksModel.h"
#include "scheduler/FakeSources.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::fetchAndWait;
using reelpulse::testing::reloadAndWait;
using reelpulse::testing::reloadPagesAndWait;
using reelpulse::testing::reloadTaskAndWait;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

/// The task tables with scraped metrics, busy and error states, and the lazily loaded lists of a
/// task's posts and a post's comments.
class TestScrapeModels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testProfileRowsShowLatestMetricsAndReloadOneTask();
    void testFailuresColourTheStatusAndBusyRowsSaySo();
    void testReelAndVideoRowsShowPostMetrics();
    void testReloadReadsEveryRowsMetricsAtOnce();
    void testTaskItemsModelPagesThroughAProfilesPosts();
    void testCommentsModelLoadsPagesOnDemand();
    void testManualLabelIsStoredAndShown();
    void testLanguageColumnShowsTheLanguageEachCommentWasReadIn();
    void testHighlightEscapesTextAndMarksContributions();
    void testModelsNeedNoConnectionOfTheGuiThread();
    void testNewestCommentPagesEqualTheReadersOrder();

private:
    /// Stores one scrape of a task with the given posts (and profile for profile tasks).
    void store(const TaskRef &task, const QList<ScrapedPost> &posts, std::optional<ProfileInfo> profile = {},
               qint64 epoch = 1735000000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<ScrapeReader> m_reader;
    std::unique_ptr<QueryService> m_queries;
};

void TestScrapeModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
    m_reader = std::make_unique<ScrapeReader>(m_database->connection());
    m_queries = std::make_unique<QueryService>(m_dir->path());
}

void TestScrapeModels::cleanup()
{
    m_queries.reset();
    m_reader.reset();
    m_service.reset();
    m_database.reset();
    m_dir.reset();
}

void TestScrapeModels::store(const TaskRef &task, const QList<ScrapedPost> &posts, std::optional<ProfileInfo> profile,
                             qint64 epoch)
{
    ScrapeOutcome outcome;
    outcome.task = task;
    outcome.scrapedAt = fake::at(epoch);
    outcome.profile = std::move(profile);
    outcome.posts = posts;
    ScrapeStore store(*m_database);
    auto written = store.recordSuccess(outcome);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
}

void TestScrapeModels::testProfileRowsShowLatestMetricsAndReloadOneTask()
{
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    auto nasa = m_service->addProfile(u"nasa"_s, false);
    QVERIFY(natgeo.ok() && nasa.ok());

    ProfileTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.headerData(ProfileTasksModel::FollowersColumn, Qt::Horizontal).toString(), u"Followers"_s);
    QCOMPARE(model.headerData(ProfileTasksModel::PostsColumn, Qt::Horizontal).toString(), u"Posts"_s);
    QCOMPARE(model.index(0, ProfileTasksModel::FollowersColumn).data().toString(), u"–"_s);
    QCOMPARE(model.index(0, ProfileTasksModel::FollowersColumn).data(Qt::ToolTipRole).toString(), u"Not scraped yet"_s);

    // A scrape of natgeo stored meanwhile (by the scheduler's thread): reloadTask re-reads that row only.
    ProfileInfo info;
    info.id = u"787132"_s;
    info.username = u"natgeo"_s;
    info.followers = 283000000;
    info.posts = 31000;
    store(TaskRef{TaskKind::Profile, natgeo->id}, {ScrapedPost{fake::post(u"NATGEOp1"_s, 1734990000), {}}}, info);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(reloadTaskAndWait(model, natgeo->id));
    const int row = model.rowOfId(natgeo->id);
    const int other = model.rowOfId(nasa->id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.index(row, ProfileTasksModel::FollowersColumn).data().toString(), number(283000000));
    QCOMPARE(model.index(row, ProfileTasksModel::PostsColumn).data().toString(), number(31000));
    QCOMPARE(model.index(row, ProfileTasksModel::FollowersColumn).data(TaskTableModel::SortRole).toLongLong(),
             283000000);
    QVERIFY(model.index(row, ProfileTasksModel::FollowersColumn).data(Qt::TextAlignmentRole).isValid());
    QVERIFY(model.index(row, ProfileTasksModel::LastScrapedColumn).data().toString() != u"never"_s);
    QCOMPARE(model.index(row, 0).data(TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Ok));
    QVERIFY(model.index(row, ProfileTasksModel::StatusColumn).data(Qt::DecorationRole).isValid());    // green dot
    QVERIFY(!model.index(other, ProfileTasksModel::StatusColumn).data(Qt::DecorationRole).isValid()); // not scraped
    QCOMPARE(model.index(other, ProfileTasksModel::FollowersColumn).data().toString(), u"–"_s);

    // Sorting by followers: the unscraped profile sorts first ascending.
    proxy.sort(ProfileTasksModel::FollowersColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"@nasa"_s);
    proxy.sort(ProfileTasksModel::FollowersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"@natgeo"_s);

    // A task removed elsewhere disappears from the rows; a new one makes the model reload.
    QVERIFY(m_service->removeProfile(nasa->id).ok());
    QVERIFY(reloadTaskAndWait(model, nasa->id));
    QCOMPARE(model.rowCount(), 1);
    auto nike = m_service->addProfile(u"nike"_s, false);
    QVERIFY(reloadTaskAndWait(model, nike->id));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfId(nike->id) >= 0);
}

void TestScrapeModels::testFailuresColourTheStatusAndBusyRowsSaySo()
{
    auto reel1 = m_service->addProject(u"Launch"_s);
    QVERIFY(reel1.ok());
    auto limited = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    auto gone = m_service->addReel(u"Launch"_s, u"C0ABCdefGHJ"_s);
    QVERIFY(limited.ok() && gone.ok());
    ScrapeStore store(*m_database);
    QVERIFY(store
                .recordFailure(TaskRef{TaskKind::Reel, limited->id},
                               ScrapeFailure{FailureClass::RateLimited, u"Too many requests"_s, 429, 60},
                               QDateTime::currentDateTimeUtc().addSecs(600))
                .ok());
    QVERIFY(store
                .recordFailure(TaskRef{TaskKind::Reel, gone->id},
                               ScrapeFailure{FailureClass::NotFound, u"The post does not exist"_s, 404, {}}, {})
                .ok());

    ReelTasksModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    QVERIFY(reloadAndWait(model));
    const int rowLimited = model.rowOfId(limited->id);
    const int rowGone = model.rowOfId(gone->id);

    // Rate limited: retried by itself (amber); not found: failed for good (red), status Error.
    QCOMPARE(model.index(rowLimited, 0).data(TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Warning));
    QCOMPARE(model.index(rowGone, 0).data(TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Failed));
    QCOMPARE(model.index(rowGone, ReelTasksModel::StatusColumn).data().toString(), u"Error"_s);
    const QString tip = model.index(rowLimited, ReelTasksModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Too many requests"_s) && tip.contains(u"rate limited"_s) && tip.contains(u"again"_s),
             qPrintable(tip));
    QCOMPARE(model.index(rowLimited, ReelTasksModel::LastErrorColumn).data().toString(), u"Too many requests"_s);
    QCOMPARE(model.index(rowGone, ReelTasksModel::LastErrorColumn).data(Qt::ToolTipRole).toString(),
             u"The post does not exist (not found)"_s);
    const auto amber = model.index(rowLimited, ReelTasksModel::LastErrorColumn).data(Qt::ForegroundRole);
    const auto red = model.index(rowGone, ReelTasksModel::LastErrorColumn).data(Qt::ForegroundRole);
    QVERIFY(amber.isValid() && red.isValid());
    QVERIFY(amber != red);
    const auto amberDot = model.index(rowLimited, ReelTasksModel::StatusColumn).data(Qt::DecorationRole);
    const auto redDot = model.index(rowGone, ReelTasksModel::StatusColumn).data(Qt::DecorationRole);
    QVERIFY(amberDot.isValid() && redDot.isValid());

    // A scrape in progress: the status cell says so, with the stage in the tooltip, until cleared.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBusy(limited->id, u"comments 2/5"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(rowLimited, ReelTasksModel::StatusColumn).data().toString(), u"Scraping…"_s);
    QVERIFY(model.index(rowLimited, 0).data(TaskTableModel::BusyRole).toBool());
    QVERIFY(model.index(rowLimited, ReelTasksModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"comments 2/5"_s));
    model.setBusy(limited->id, u"comments 2/5"_s); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
    model.clearBusy(limited->id);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(rowLimited, ReelTasksModel::StatusColumn).data().toString(), u"Active"_s);
    QVERIFY(!model.index(rowLimited, 0).data(TaskTableModel::BusyRole).toBool());
}

void TestScrapeModels::testReelAndVideoRowsShowPostMetrics()
{
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    auto tiktok = m_service->addVideo(Platform::TikTok, u"7234567890123456789"_s);
    QVERIFY(reel.ok() && tiktok.ok());

    MediaItem reelPost = fake::post(u"C0ABCdefGHI"_s, 1734000000);
    reelPost.likes = 4321;
    reelPost.comments = 87;
    reelPost.views = std::nullopt;
    reelPost.plays = 99000;
    store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{reelPost, {}}});
    MediaItem video = fake::post(u"7234567890123456789"_s, 1734000000, 0, Platform::TikTok);
    video.views = 1500000;
    store(TaskRef{TaskKind::Video, tiktok->id}, {ScrapedPost{video, {}}});

    ReelTasksModel reels(*m_queries);
    QAbstractItemModelTester reelTester(&reels, Fatal);
    QCOMPARE(reels.rowCount(), 0); // nothing before a reload answered
    QVERIFY(reloadAndWait(reels));
    QCOMPARE(reels.columnCount(), int(ReelTasksModel::ColumnCount));
    QCOMPARE(reels.headerData(ReelTasksModel::ViewsColumn, Qt::Horizontal).toString(), u"Views"_s);
    QCOMPARE(reels.index(0, ReelTasksModel::LikesColumn).data().toString(), number(4321));
    QCOMPARE(reels.index(0, ReelTasksModel::CommentsColumn).data().toString(), number(87));
    // No view count: the plays stand in, and the tooltip tells both.
    QCOMPARE(reels.index(0, ReelTasksModel::ViewsColumn).data().toString(), number(99000));
    QVERIFY(reels.index(0, ReelTasksModel::ViewsColumn).data(Qt::ToolTipRole).toString().contains(number(99000)));
    QVERIFY(reels.latestMetrics(reel->id).has_value());

    VideoTasksModel videos(*m_queries);
    QAbstractItemModelTester videoTester(&videos, Fatal);
    QVERIFY(reloadAndWait(videos));
    QCOMPARE(videos.index(0, VideoTasksModel::ViewsColumn).data().toString(), number(1500000));
    QCOMPARE(videos.index(0, VideoTasksModel::LikesColumn).data().toString(), number(100));
    QCOMPARE(videos.index(0, VideoTasksModel::LikesColumn).data(TaskTableModel::SortRole).toLongLong(), 100);
    QCOMPARE(videos.index(0, VideoTasksModel::ActiveColumn).data(TaskTableModel::HealthRole).toInt(),
             int(modelformat::Health::Ok));
}

void TestScrapeModels::testReloadReadsEveryRowsMetricsAtOnce()
{
    // Several reels and profiles, scraped twice each: a reload shows every row's latest values, the
    // same as a single-row reload reads.
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    QStringList reelIds;
    QStringList profileIds;
    for (int i = 0; i < 8; ++i) {
        const QString shortcode = u"C0ABCdef%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        auto reel = m_service->addReel(u"Launch"_s, shortcode);
        auto profile = m_service->addProfile(u"brand%1"_s.arg(i), i % 2 == 0);
        QVERIFY(reel.ok() && profile.ok());
        reelIds.append(reel->id);
        profileIds.append(profile->id);
        for (int run = 0; run < 2; ++run) {
            MediaItem item = fake::post(shortcode, 1734000000);
            item.likes = 100 * i + run;
            store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{item, {}}}, {}, 1735000000 + run * 600);
            ProfileInfo info;
            info.id = QString::number(500 + i);
            info.username = u"brand%1"_s.arg(i);
            info.followers = 1000 * i + run;
            store(TaskRef{TaskKind::Profile, profile->id}, {}, info, 1735000000 + run * 600);
        }
    }
    ReelTasksModel reels(*m_queries);
    ProfileTasksModel profiles(*m_queries);
    QAbstractItemModelTester reelTester(&reels, Fatal);
    QAbstractItemModelTester profileTester(&profiles, Fatal);
    QVERIFY(reloadAndWait(reels));
    QVERIFY(reloadAndWait(profiles));
    for (int i = 0; i < 8; ++i) {
        const int reelRow = reels.rowOfId(reelIds.at(i));
        const int profileRow = profiles.rowOfId(profileIds.at(i));
        QCOMPARE(reels.index(reelRow, ReelTasksModel::LikesColumn).data(TaskTableModel::SortRole).toLongLong(),
                 100 * i + 1);
        QCOMPARE(
            profiles.index(profileRow, ProfileTasksModel::FollowersColumn).data(TaskTableModel::SortRole).toLongLong(),
            1000 * i + 1);
        const auto before = reels.latestMetrics(reelIds.at(i));
        QVERIFY(reloadTaskAndWait(reels, reelIds.at(i)));
        QCOMPARE(reels.latestMetrics(reelIds.at(i))->likes, before->likes);
        QCOMPARE(reels.latestMetrics(reelIds.at(i))->takenAt, before->takenAt);
    }
}

void TestScrapeModels::testTaskItemsModelPagesThroughAProfilesPosts()
{
    auto profile = m_service->addProfile(u"brand"_s, false);
    QVERIFY(profile.ok());
    QList<ScrapedPost> posts;
    for (int i = 0; i < 120; ++i) {
        MediaItem item =
            fake::post(u"BRANDp%1"_s.arg(i, 3, 10, QLatin1Char('0')), 1735000000 - i * 3600, i == 1 ? 3 : 0);
        item.likes = 1000 + i;
        posts.append(ScrapedPost{item, {}});
    }
    ProfileInfo info;
    info.id = u"42"_s;
    info.username = u"brand"_s;
    store(TaskRef{TaskKind::Profile, profile->id}, posts, info);

    TaskItemsModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    QVERIFY(!model.canFetchMore({}));
    model.setTask(TaskRef{TaskKind::Profile, profile->id});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    // A page is asked for and arrives later; no second read while one is under way.
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), TaskItemsModel::PageSize);
    // Newest first, with the latest metrics and the carousel's size.
    QCOMPARE(model.index(0, TaskItemsModel::PostColumn).data().toString(), u"BRANDp000"_s);
    QCOMPARE(model.index(0, TaskItemsModel::LikesColumn).data().toString(), number(1000));
    QCOMPARE(model.index(1, TaskItemsModel::KindColumn).data().toString(), u"Carousel (3 items)"_s);
    QCOMPARE(model.index(0, TaskItemsModel::KindColumn).data().toString(), u"Reel"_s);
    QCOMPARE(model.index(0, TaskItemsModel::PlaysColumn).data().toString(), number(2000));
    QVERIFY(model.index(0, TaskItemsModel::CaptionColumn).data().toString().startsWith(u"Post BRANDp000"_s));
    QVERIFY(model.index(0, TaskItemsModel::PostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"https://www.instagram.com/p/"_s));
    QVERIFY(model.index(0, 0).data(TaskItemsModel::ItemRowIdRole).toLongLong() > 0);

    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 2 * TaskItemsModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(119, 0).data().toString(), u"BRANDp119"_s);
    // No duplicates across pages.
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.index(row, 0).data().toString());
    QCOMPARE(seen.size(), 120);

    // A reload keeps as many rows as shown, in place; another task starts from its first page again.
    const QPersistentModelIndex seventh(model.index(7, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reloadPagesAndWait(model));
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(reset.size(), 0);
    QVERIFY(seventh.isValid());
    QCOMPARE(seventh.row(), 7);
    QCOMPARE(model.rowOfItem(model.itemAt(7).rowId), 7);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestScrapeModels::testCommentsModelLoadsPagesOnDemand()
{
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QVERIFY(reel.ok());
    QList<Comment> comments = fake::comments(u"c"_s, 250);
    for (Comment &c : comments)
        c.replies.clear();
    store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{fake::post(u"C0ABCdefGHI"_s, 1734000000), comments}});
    auto item = m_reader->taskItem(TaskRef{TaskKind::Reel, reel->id});
    QVERIFY(item.ok() && item.value());

    CommentsModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy overview(&model, &CommentsModel::overviewChanged);
    model.setItem(item.value()->rowId);
    QCOMPARE(model.totalCount(), 0); // not read yet
    QTRY_COMPARE(overview.size(), 1);
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.overview()->unscored, 250);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), CommentsModel::PageSize);
    // Newest first: fake comments are a minute apart, the last one is the newest.
    QCOMPARE(model.index(0, CommentsModel::AuthorColumn).data().toString(), u"@fan249"_s);
    QCOMPARE(model.index(0, CommentsModel::LikesColumn).data().toString(), number(249));
    QCOMPARE(model.index(0, CommentsModel::SentimentColumn).data().toString(), u"not scored yet"_s);
    QCOMPARE(model.headerData(CommentsModel::TextColumn, Qt::Horizontal).toString(), u"Comment"_s);
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(249, CommentsModel::AuthorColumn).data().toString(), u"@fan0"_s);

    // Replies are marked as such.
    auto other = m_service->addReel(u"Launch"_s, u"C0ABCdefGHJ"_s);
    store(TaskRef{TaskKind::Reel, other->id},
          {ScrapedPost{fake::post(u"C0ABCdefGHJ"_s, 1734000000), fake::comments(u"r"_s, 3)}});
    auto otherItem = m_reader->taskItem(TaskRef{TaskKind::Reel, other->id});
    model.setItem(otherItem.value()->rowId);
    QTRY_COMPARE(model.totalCount(), 4); // the first comment has a reply
    QVERIFY(fetchAndWait(model));
    int replies = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CommentsModel::IsReplyRole).toBool()) {
            ++replies;
            QVERIFY(model.index(row, CommentsModel::TextColumn).data().toString().startsWith(u"↳ "_s));
        }
    }
    QCOMPARE(replies, 1);
    model.clear();
    QVERIFY(!model.canFetchMore({}));
}

void TestScrapeModels::testManualLabelIsStoredAndShown()
{
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QList<Comment> comments;
    Comment loved;
    loved.id = u"c1"_s;
    loved.text = u"I love this so much, wonderful!"_s;
    loved.authorUsername = u"fan"_s;
    loved.createdAt = fake::at(1734000100);
    comments.append(loved);
    store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{fake::post(u"C0ABCdefGHI"_s, 1734000000), comments}});
    auto item = m_reader->taskItem(TaskRef{TaskKind::Reel, reel->id});
    QVERIFY(item.ok() && item.value());
    const qint64 itemRow = item.value()->rowId;

    CommentsModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setItem(itemRow);
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 1);
    QTRY_VERIFY(model.overview().has_value());
    QCOMPARE(model.overview()->unscored, 1);
    QSignalSpy labels(&model, &CommentsModel::labelChanged);
    QSignalSpy overview(&model, &CommentsModel::overviewChanged);

    // Written by the query thread: the row shows it when the store answered.
    QVERIFY(model.setManualLabel(0, CommentsModel::ManualLabel::Negative).ok());
    QTRY_COMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first().toLongLong(), model.commentAt(0).rowId);
    QCOMPARE(model.index(0, CommentsModel::SentimentColumn).data().toString(), u"negative (manual)"_s);
    QVERIFY(model.index(0, 0).data(CommentsModel::ManualRole).toBool());

    // The label is in the store: the item's overview (read again), a fresh model and the summary read it.
    QTRY_COMPARE(overview.size(), 1);
    QCOMPARE(model.overview()->summary.count(sentiment::Label::Negative), 1);
    QCOMPARE(model.overview()->unscored, 0);
    CommentsModel fresh(*m_queries);
    fresh.setItem(itemRow);
    QVERIFY(fetchAndWait(fresh));
    QCOMPARE(fresh.index(0, CommentsModel::SentimentColumn).data().toString(), u"negative (manual)"_s);
    sentiment::CommentSentimentStore sentimentStore(m_database->connection());
    auto summary = sentimentStore.itemSummary(itemRow);
    QVERIFY(summary.ok());
    QCOMPARE(summary->count(sentiment::Label::Negative), 1);

    // Back to automatic: scored now (in the mode given), and the engine finds it positive.
    model.setSentimentMode(sentiment::Mode::Reference);
    QVERIFY(model.setAutomaticLabel(0).ok());
    QTRY_COMPARE(labels.size(), 2);
    QCOMPARE(model.index(0, CommentsModel::SentimentColumn).data().toString(), u"positive"_s);
    QVERIFY(!model.index(0, 0).data(CommentsModel::ManualRole).toBool());
    QVERIFY(reloadPagesAndWait(model));
    QCOMPARE(model.index(0, CommentsModel::SentimentColumn).data().toString(), u"positive"_s);
    QSqlQuery engine(m_database->connection());
    QVERIFY(engine.exec(u"SELECT sentiment_engine FROM comments"_s) && engine.next());
    QCOMPARE(engine.value(0).toString(), sentiment::SentimentAnalyzer::engineVersion(sentiment::Mode::Reference));
    QVERIFY(model.index(0, CommentsModel::SentimentColumn).data(Qt::ToolTipRole).toString().contains(u"0."_s));
    QVERIFY(!model.setManualLabel(5, CommentsModel::ManualLabel::Neutral).ok());
}

void TestScrapeModels::testLanguageColumnShowsTheLanguageEachCommentWasReadIn()
{
    QVERIFY(m_service->addProject(u"Lima"_s).ok());
    auto reel = m_service->addReel(u"Lima"_s, u"C0ABCdefGHI"_s);
    const QStringList texts{u"Me encanta este lugar, la comida es buenísima y la atención muy amable"_s,
                            u"I really love this place, the food is great"_s, u"😍😍🔥"_s};
    QList<Comment> comments;
    for (int i = 0; i < texts.size(); ++i) {
        Comment c;
        c.id = u"c%1"_s.arg(i);
        c.text = texts.at(i);
        c.authorUsername = u"fan%1"_s.arg(i);
        c.createdAt = fake::at(1734000300 - i * 100); // newest first: the rows keep this order
        comments.append(c);
    }
    store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{fake::post(u"C0ABCdefGHI"_s, 1734000000), comments}});
    auto item = m_reader->taskItem(TaskRef{TaskKind::Reel, reel->id});
    QVERIFY(item.ok() && item.value());

    CommentsModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    model.setItem(item.value()->rowId);
    QVERIFY(fetchAndWait(model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(CommentsModel::LanguageColumn, Qt::Horizontal).toString(), u"Language"_s);
    QVERIFY(model.index(0, CommentsModel::LanguageColumn).data().toString().isEmpty()); // not read yet

    // Scored now in social mode: each comment is read in its language, and the row and the store say which.
    model.setSentimentMode(sentiment::Mode::Social);
    QSignalSpy labels(&model, &CommentsModel::labelChanged);
    for (int row = 0; row < 3; ++row)
        QVERIFY(model.setAutomaticLabel(row).ok());
    QTRY_COMPARE(labels.size(), 3);
    QCOMPARE(model.index(0, CommentsModel::LanguageColumn).data().toString(), u"Spanish"_s);
    QCOMPARE(model.index(1, CommentsModel::LanguageColumn).data().toString(), u"English"_s);
    QCOMPARE(model.index(2, CommentsModel::LanguageColumn).data().toString(), u"undetermined"_s);
    QVERIFY(model.index(2, CommentsModel::LanguageColumn).data(Qt::ToolTipRole).toString().contains(u"emoji"_s));
    QCOMPARE(model.index(0, CommentsModel::SentimentColumn).data().toString(), u"positive"_s);
    QVERIFY(reloadPagesAndWait(model));
    QCOMPARE(model.commentAt(0).language, u"es"_s);
    QCOMPARE(model.commentAt(1).language, u"en"_s);
    QCOMPARE(model.commentAt(2).language, u"und"_s);

    // The stored language is kept when the label is given back to the engine again.
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(u"UPDATE comments SET language = 'pt' WHERE platform_id = 'c0'"_s));
    QVERIFY(reloadPagesAndWait(model));
    QCOMPARE(model.index(0, CommentsModel::LanguageColumn).data().toString(), u"Portuguese"_s);
    QVERIFY(model.setAutomaticLabel(0).ok());
    QTRY_COMPARE(labels.size(), 4);
    QCOMPARE(model.commentAt(0).language, u"pt"_s);
    QCOMPARE(modelformat::displayLanguage(u"ar"_s), u"AR"_s);
}

void TestScrapeModels::testHighlightEscapesTextAndMarksContributions()
{
    const QString text = u"<b>I love this</b> & it is awful"_s;
    const auto &analyzer = sentiment::SentimentAnalyzer::instance(sentiment::Mode::Social);
    const sentiment::SentimentExplanation explanation = analyzer.explain(text);
    QVERIFY(explanation.contributions.size() >= 2);
    const QString html = sentimentHighlightHtml(text, explanation);
    // The comment's own markup is text, never markup.
    QVERIFY2(html.startsWith(u"&lt;b&gt;I "_s), qPrintable(html));
    QVERIFY(html.contains(u"&amp;"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    // Positive words green, negative red.
    QVERIFY2(html.contains(u"color:#1b5e20;\" title=\"+"_s) && html.contains(u">love</span>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"color:#b71c1c;"_s) && html.contains(u">awful</span>"_s), qPrintable(html));
    const QString list = sentimentContributionList(explanation);
    QVERIFY2(list.contains(u"love +"_s) && list.contains(u"awful −"_s), qPrintable(list));

    // Contributions outside the text or overlapping are skipped, not misplaced.
    sentiment::SentimentExplanation broken = explanation;
    broken.contributions.append({u"x"_s, u"x"_s, text.size() - 1, 10, 2.0, false, 1});
    QCOMPARE(sentimentHighlightHtml(text, broken), html);
    QCOMPARE(sentimentHighlightHtml(u"plain"_s, {}), u"plain"_s);
}

void TestScrapeModels::testModelsNeedNoConnectionOfTheGuiThread()
{
    auto profile = m_service->addProfile(u"brand"_s, false);
    QVERIFY(profile.ok());
    QList<Comment> comments = fake::comments(u"c"_s, 30);
    ProfileInfo info;
    info.id = u"42"_s;
    info.username = u"brand"_s;
    store(TaskRef{TaskKind::Profile, profile->id},
          {ScrapedPost{fake::post(u"BRANDp000"_s, 1735000000), comments},
           ScrapedPost{fake::post(u"BRANDp001"_s, 1734000000), {}}},
          info);
    // The GUI thread's own connection goes: from here on only the query service's thread has one.
    m_reader.reset();
    m_service.reset();
    m_database.reset();
    const QString queryConnection = m_queries
                                        ->run<QString>([](Database &db) -> Result<QString> {
                                            if (QThread::currentThread() == QCoreApplication::instance()->thread())
                                                return Error::invalid(u"thread"_s, u"the job ran on the GUI thread"_s);
                                            return db.connection().connectionName();
                                        })
                                        .result()
                                        .value();
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList{queryConnection});

    ProfileTasksModel profiles(*m_queries);
    TaskItemsModel items(*m_queries);
    CommentsModel commentsModel(*m_queries);
    QVERIFY(reloadAndWait(profiles));
    QCOMPARE(profiles.rowCount(), 1);
    items.setTask(TaskRef{TaskKind::Profile, profile->id});
    QVERIFY(fetchAndWait(items));
    QCOMPARE(items.rowCount(), 2);
    commentsModel.setItem(items.itemAt(0).rowId);
    QVERIFY(fetchAndWait(commentsModel));
    QCOMPARE(commentsModel.rowCount(), fake::flatCount(comments));
    QTRY_COMPARE(commentsModel.totalCount(), fake::flatCount(comments));
    QSignalSpy labels(&commentsModel, &CommentsModel::labelChanged);
    QVERIFY(commentsModel.setManualLabel(0, CommentsModel::ManualLabel::Positive).ok());
    QTRY_COMPARE(labels.size(), 1);
    // Nobody opened a connection of their own on the way.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList{queryConnection});
}

void TestScrapeModels::testNewestCommentPagesEqualTheReadersOrder()
{
    // Comments with equal times, and without a time (they come last): the pages the comments list reads
    // along the index are the reader's pages, row for row.
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QVERIFY(reel.ok());
    QList<Comment> comments = fake::comments(u"n"_s, 150);
    for (int i = 0; i < comments.size(); ++i) {
        if (i % 7 == 0)
            comments[i].createdAt = std::nullopt;
        else if (i % 5 == 0)
            comments[i].createdAt = fake::at(1734000500);
    }
    store(TaskRef{TaskKind::Reel, reel->id}, {ScrapedPost{fake::post(u"C0ABCdefGHI"_s, 1734000000), comments}});
    auto item = m_reader->taskItem(TaskRef{TaskKind::Reel, reel->id});
    QVERIFY(item.ok() && item.value());
    const qint64 itemRow = item.value()->rowId;
    auto idsOf = [](const QList<StoredComment> &page) {
        QList<qint64> ids;
        for (const StoredComment &c : page)
            ids.append(c.rowId);
        return ids;
    };
    for (const auto &[offset, limit] : {std::pair{0, 100}, std::pair{100, 100}, std::pair{37, 25}, std::pair{0, -1}}) {
        auto expected = m_reader->comments(itemRow, offset, limit, CommentOrder::Newest);
        QVERIFY(expected.ok());
        auto page = m_queries->comments(itemRow, offset, limit, CommentOrder::Newest).result();
        QVERIFY(page.ok());
        QCOMPARE(idsOf(page.value()), idsOf(expected.value()));
        if (!page->isEmpty()) {
            QCOMPARE(page->first().text, expected->first().text);
            QCOMPARE(page->first().createdAt, expected->first().createdAt);
            QCOMPARE(page->last().sentimentManual, expected->last().sentimentManual);
        }
    }
    auto all = m_queries->comments(itemRow, 0, -1, CommentOrder::Newest).result();
    QVERIFY(all.ok());
    QVERIFY(!all->last().createdAt.has_value()); // the undated last
}

QTEST_MAIN(TestScrapeModels)
#include "testScrapeModels.moc"
