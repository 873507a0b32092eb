// Benchmark: a 100-task scheduler run with the real clients against the fake platform server, budgets
// lifted and no jitter. Prints requests per scrape, items and comments ingested per second, the longest
// stall of the owning thread's event loop during the run, and the peak memory of the process.
#include "FakePlatformServer.h"

#include "net/GovernorConfig.h"
#include "net/RateGovernor.h"
#include "services/PlatformSourceFactory.h"
#include "services/Scheduler.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakePlatformServer;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"reelpulse.*.debug=false\nreelpulse.*.info=false"_s);
    qRegisterMetaType<reelpulse::TaskKind>("reelpulse::TaskKind");
    qRegisterMetaType<reelpulse::FailureClass>("reelpulse::FailureClass");

    FakePlatformServer server(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    if (!server.start()) {
        std::fprintf(stderr, "fake server did not start\n");
        return 1;
    }
    server.installInstagramRoutes();
    server.installTikTokRoutes();
    qputenv("REELPULSE_INSTAGRAM_URL", server.baseUrl().toUtf8());
    qputenv("REELPULSE_TIKTOK_URL", server.baseUrl().toUtf8());

    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    TrackingService tracking(db);

    // 100 tasks over the captures: 2 profiles, 96 reel tasks in 32 projects, 2 videos.
    bool added = tracking.addProfile(u"instagram"_s, true).ok() && tracking.addProfile(u"robertdowneyjr"_s, false).ok();
    const QStringList posts{u"DFp17y5MymE"_s, u"CSTg-0FH89e"_s, u"CA_ifcxMjFR"_s};
    for (int p = 0; p < 32; ++p) {
        added = added && tracking.addProject(u"campaign %1"_s.arg(p)).ok();
        for (const QString &shortcode : posts)
            added = added && tracking.addReel(u"campaign %1"_s.arg(p), shortcode).ok();
    }
    added = added && tracking.addVideo(Platform::Instagram, u"CA_ifcxMjFR"_s).ok() &&
            tracking.addVideo(Platform::TikTok, u"7603296357641735445"_s).ok();
    if (!added) {
        std::fprintf(stderr, "could not create the tasks\n");
        return 1;
    }
    QSqlQuery due(db.connection());
    due.exec(u"UPDATE profile_tasks SET next_scrape_due = 0"_s);
    due.exec(u"UPDATE reel_tasks SET next_scrape_due = 0"_s);
    due.exec(u"UPDATE video_tasks SET next_scrape_due = 0"_s);
    const qint64 tasks = scalar(db, u"SELECT (SELECT count(*) FROM profile_tasks) + (SELECT count(*) FROM reel_tasks) "
                                    "+ (SELECT count(*) FROM video_tasks)"_s);

    GovernorConfig lifted = GovernorConfig::withoutJitter();
    lifted.perQueryType = {0, 0};
    lifted.groupBudgets.clear();
    ScrapeWorker::Config config;
    config.databaseFile = db.filePath();
    config.sources = platformSourceFactory(dir.path(), std::make_shared<RateGovernor>(lifted));

    Scheduler scheduler(config);
    int done = 0;
    int failedCount = 0;
    QElapsedTimer run;
    qint64 longestStallMs = 0;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        longestStallMs = std::max(longestStallMs, sinceTick.elapsed() - 5);
        sinceTick.restart();
    });
    auto finishOne = [&] {
        if (++done == tasks) {
            tick.stop();
            app.quit();
        }
    };
    QObject::connect(&scheduler, &Scheduler::taskFinished, &app, finishOne);
    QObject::connect(&scheduler, &Scheduler::taskFailed, &app, [&] {
        ++failedCount;
        finishOne();
    });
    QObject::connect(&scheduler, &Scheduler::taskError, &app, [&] {
        ++failedCount;
        finishOne();
    });
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);

    run.start();
    sinceTick.start();
    tick.start();
    scheduler.start();
    app.exec();
    const double seconds = run.elapsed() / 1000.0;
    scheduler.stop();

    const qint64 items = scalar(db, u"SELECT count(*) FROM media_items"_s);
    const qint64 comments = scalar(db, u"SELECT count(*) FROM comments"_s);
    const qint64 snapshots = scalar(db, u"SELECT count(*) FROM item_snapshots"_s);
    std::printf("benchSchedulerRun: %lld tasks (%d failed) in %.2f s against the fake server, budgets lifted\n",
                static_cast<long long>(tasks), failedCount, seconds);
    std::printf("  requests: %lld in all, %.1f per task\n", static_cast<long long>(server.requestCount()),
                double(server.requestCount()) / double(std::max<qint64>(1, tasks)));
    std::printf("  ingested: %lld items (%lld snapshots) and %lld comments; %.0f item snapshots/s, %.0f tasks/s\n",
                static_cast<long long>(items), static_cast<long long>(snapshots), static_cast<long long>(comments),
                double(snapshots) / seconds, double(tasks) / seconds);
    std::printf("  longest event-loop stall of the owning thread during the run: %lld ms\n",
                static_cast<long long>(longestStallMs));
    std::printf("  peak memory (max RSS of the process, server included): %.1f MiB\n", peakRssKb() / 1024.0);
    return failedCount == 0 && done == tasks ? 0 : 1;
}
