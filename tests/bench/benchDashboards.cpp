// The dashboards' data and the client report on a generated store (tests/bench/BenchStore.h): 50 profiles,
// 10 000 posts (200 each), 100 000 post snapshots (10 each), 3 000 profile snapshots and 1 000 000 comments over
// 90 days (`--small`: a tenth of the posts, snapshots and comments; `--keep DIR`: the store is built in DIR and
// kept, or read again when DIR has one). Figures: a task's sentiment summary, each dashboard's data ready (profile,
// reel, project, Overview, competitor comparison) and the report written. Goals: summary < 50 ms, dashboard data
// < 200 ms, report < 3 s.
#include "BenchStore.h"
#include "charts/ReportWriter.h"
#include "sentiment/CommentSentimentStore.h"
#include "services/AnalyticsService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

using benchstore::fill;
using benchstore::Profiles;
using benchstore::Store;

template <typename Read> double medianMillis(const Read &read, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!read())
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void line(const char *what, double ms, double goal)
{
    std::printf("%-44s %10.1f ms   goal < %.0f ms %s\n", what, ms, goal, ms >= 0 && ms < goal ? "" : "  MISSED");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool small = app.arguments().contains(u"--small"_s);
    const int posts = small ? 20 : 200;
    const int snapshots = 10;
    const int comments = small ? 100'000 : 1'000'000;
    // --keep DIR: the store is built in DIR and left there (to look at its queries with sqlite3), or read again
    // when DIR has one.
    QTemporaryDir temporary;
    const qsizetype keep = app.arguments().indexOf(u"--keep"_s);
    const QString dirPath =
        keep > 0 && keep + 1 < app.arguments().size() ? app.arguments().at(keep + 1) : temporary.path();
    const QDir dir(dirPath);
    auto db = Database::open(dir.path());
    if (!db.ok())
        return 1;
    QElapsedTimer build;
    build.start();
    // A store kept by an earlier run is read again as it is.
    Store store = benchstore::existing(*db.value());
    if (store.profileTasks.isEmpty()) {
        store = fill(*db.value(), posts, snapshots, comments);
        std::printf("store: %d profiles, %d posts, %d post snapshots, %d comments (built in %.1f s)\n\n", Profiles,
                    Profiles * posts, Profiles * posts * snapshots, comments, double(build.elapsed()) / 1000.0);
    } else {
        std::printf("store: the one in %s\n\n", qPrintable(dir.path()));
    }

    AnalyticsService service(*db.value(), dir.path());
    sentiment::CommentSentimentStore sentimentStore(db.value()->connection());
    const auto range = analytics::DateRange::lastDays(30, QDateTime::currentDateTimeUtc());
    line("sentiment summary of a task",
         medianMillis(
             [&] {
                 return sentimentStore.taskSummary({TaskKind::Profile, store.profileTasks.first()}).ok();
             },
             50),
         50);
    line("profile dashboard data (30 d)",
         medianMillis([&] { return service.dashboard(store.profileTasks.first(), range).ok(); }, 10), 200);
    line("reel dashboard data (30 d)", medianMillis([&] { return service.dashboard(store.reelTask, range).ok(); }, 10),
         200);
    line("project dashboard data (30 d)",
         medianMillis([&] { return service.projectDashboard(u"launch"_s, range).ok(); }, 10), 200);
    line("overview data", medianMillis([&] { return service.overview(QDateTime::currentDateTimeUtc()).ok(); }, 5), 200);
    line("competitor comparison data (50 profiles)",
         medianMillis([&] { return service.comparison({}, range).ok(); }, 3), 200 * Profiles);
    auto dashboard = service.dashboard(store.profileTasks.first(), range);
    if (!dashboard.ok())
        return 1;
    int pages = 0;
    const double report = medianMillis(
        [&] {
            auto written = charts::writeReport(dashboard.value(), dir.filePath(u"report.pdf"_s));
            pages = written.ok() ? written.value() : 0;
            return written.ok();
        },
        3);
    std::printf("(report of %d pages)\n", pages);
    line("report export, after its data", report, 3000);
    return 0;
}
