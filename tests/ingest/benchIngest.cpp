#include "FakePlatformServer.h"
#include "instagram/MediaParser.h"
#include "net/RateGovernor.h"
#include "scheduler/FakeSources.h"
#include "services/PlatformSourceFactory.h"
#include "services/ScrapeRunner.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

// Ingestion throughput: captured Instagram post answers (with their comments) parsed and stored in a
// real SQLite store, in items and comments per second; and the platform reads one scrape makes.
namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA) + u"/fixtures/instagram/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Gives an item and its comments ids of their own, as if it were another post.
void renumber(ScrapedPost &post, int n)
{
    const QString suffix = u"%1"_s.arg(n, 6, 10, QLatin1Char('0'));
    post.item.id += suffix;
    post.item.shortcode += suffix;
    for (MediaItem &child : post.item.children)
        child.id += suffix;
    std::function<void(QList<Comment> &)> fix = [&](QList<Comment> &list) {
        for (Comment &c : list) {
            c.id += suffix;
            fix(c.replies);
        }
    };
    fix(post.comments);
}

int flat(const QList<Comment> &list)
{
    int n = 0;
    for (const Comment &c : list)
        n += 1 + flat(c.replies);
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    TrackingService tracking(db);
    (void)tracking.addProject(u"bench"_s);

    const QList<QByteArray> bodies{
        fixture(u"graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json"_s),
        fixture(u"graphql_shortcode_media__reel_clips__DFp17y5MymE__2025-02.json"_s),
        fixture(u"graphql_shortcode_media__sidecar__CA_ifcxMjFR__2024-03.json"_s),
    };
    for (const QByteArray &body : bodies) {
        if (body.isEmpty() || !instagram::parsePost(body).ok()) {
            std::fprintf(stderr, "a fixture is missing or does not parse\n");
            return 1;
        }
    }

    // 1. Parse + store: 600 posts as 50 profile scrapes of 12 posts each, every post parsed from its answer.
    constexpr int Scrapes = 50;
    constexpr int PostsPerScrape = 12;
    QList<TaskRef> tasks;
    for (int i = 0; i < Scrapes; ++i) {
        auto profile = tracking.addProfile(u"bench%1"_s.arg(i), false);
        tasks.append(TaskRef{TaskKind::Profile, profile.ok() ? profile->id : QString()});
    }
    ScrapeStore store(db);
    qint64 parseNs = 0;
    qint64 storeNs = 0;
    int items = 0;
    int comments = 0;
    QElapsedTimer timer;
    for (int round = 0; round < 2; ++round) { // the second round updates every row in place
        for (int s = 0; s < Scrapes; ++s) {
            ScrapeOutcome outcome;
            outcome.task = tasks.at(s);
            outcome.scrapedAt = fake::at(1750000000 + round * 86400);
            ProfileInfo profile;
            profile.id = QString::number(s);
            profile.username = u"bench%1"_s.arg(s);
            profile.followers = 1000 + round;
            outcome.profile = profile;
            timer.start();
            for (int p = 0; p < PostsPerScrape; ++p) {
                auto parsed = instagram::parsePost(bodies.at(p % bodies.size()));
                ScrapedPost post{parsed.value(), parsed->embeddedComments.comments};
                renumber(post, s * PostsPerScrape + p);
                items += 1 + static_cast<int>(post.item.children.size());
                comments += flat(post.comments);
                outcome.posts.append(post);
            }
            parseNs += timer.nsecsElapsed();
            timer.start();
            auto stored = store.recordSuccess(outcome);
            storeNs += timer.nsecsElapsed();
            if (!stored.ok()) {
                std::fprintf(stderr, "store failed: %s\n", qPrintable(stored.error().message));
                return 1;
            }
        }
    }
    const double seconds = static_cast<double>(parseNs + storeNs) / 1e9;
    std::printf("ingest (parse + store, %d scrapes x %d posts, twice): %d items, %d comments in %.3f s\n", Scrapes,
                PostsPerScrape, items, comments, seconds);
    std::printf("  %.0f items/s and %.0f comments/s (parse %.1f ms, store %.1f ms, %.2f ms per scrape transaction)\n",
                items / seconds, comments / seconds, parseNs / 1e6, storeNs / 1e6, storeNs / 1e6 / (2 * Scrapes));

    // 2. Platform reads per scrape with the default options (12 posts, comments of the 5 newest, up to 200 each).
    struct Case
    {
        const char *what;
        int embeddedPosts;
        int commentsPerPost;
    };
    const Case cases[] = {{"profile, 12 posts in the profile answer, 40 comments per post", 12, 40},
                          {"profile, 12 posts in the profile answer, 200+ comments per post", 12, 260},
                          {"profile, posts in pages of 6, 120 comments per post", 6, 120}};
    for (const Case &c : cases) {
        auto world = std::make_shared<fake::World>();
        const QString name = u"reads%1"_s.arg(c.embeddedPosts * 1000 + c.commentsPerPost);
        world->addProfile(name, 30, c.embeddedPosts, c.commentsPerPost, 1735000000);
        world->commentPageSize = 50; // Instagram's web comment pages hold up to 50
        auto profile = tracking.addProfile(name, false);
        fake::FakeInstagram ig(world);
        ScrapeRunner runner(db, &ig, nullptr);
        timer.start();
        const ScrapeReport report = runner.runOnce(TaskRef{TaskKind::Profile, profile.ok() ? profile->id : QString()});
        std::printf("requests per profile scrape (%s): %d (%d posts, %d comments stored, %.1f ms without network)\n",
                    c.what, report.requests, report.stored.postsProcessed, report.stored.commentsStored,
                    timer.nsecsElapsed() / 1e6);
    }

    // 3. The real clients against the local fake server (captured answers): HTTP requests per scrape.
    reelpulse::test::FakePlatformServer server(QStringLiteral(REELPULSE_TEST_DATA) + u"/fixtures"_s);
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the fake server\n");
        return 1;
    }
    server.installInstagramRoutes();
    server.installTikTokRoutes();
    qputenv("REELPULSE_INSTAGRAM_URL", server.baseUrl().toUtf8());
    qputenv("REELPULSE_TIKTOK_URL", server.baseUrl().toUtf8());
    ScrapeSources sources =
        platformSourceFactory(dir.path(), std::make_shared<RateGovernor>(GovernorConfig::withoutJitter()))(db);
    ScrapeRunner runner(db, sources.instagram.get(), sources.tiktok.get());
    auto profile = tracking.addProfile(u"instagram"_s, true);
    auto reel = tracking.addReel(u"bench"_s, u"DFp17y5MymE"_s);
    auto video = tracking.addVideo(Platform::TikTok, u"7603296357641735445"_s);
    const QList<QPair<const char *, TaskRef>> real{
        {"profile @instagram", TaskRef{TaskKind::Profile, profile.ok() ? profile->id : QString()}},
        {"reel DFp17y5MymE", TaskRef{TaskKind::Reel, reel.ok() ? reel->id : QString()}},
        {"TikTok video", TaskRef{TaskKind::Video, video.ok() ? video->id : QString()}}};
    for (const auto &[what, task] : real) {
        server.clearRequests();
        timer.start();
        const ScrapeReport report = runner.runOnce(task);
        std::printf("HTTP requests per scrape (%s, real client, fake server): %d (%s; %d posts, %d comments, "
                    "%.1f ms without jitter)\n",
                    what, server.requestCount(), report.ok() ? "stored" : qPrintable(report.summaryLine()),
                    report.stored.postsProcessed, report.stored.commentsStored, timer.nsecsElapsed() / 1e6);
    }
    return 0;
}
