// The dashboards' data and the client report on a generated store: 50 profiles, 10 000 posts (200 each),
// 100 000 post snapshots (10 each), 3 000 profile snapshots and 1 000 000 comments over 90 days (`--small`: a
// tenth of the posts, snapshots and comments). Figures: a task's sentiment summary, each dashboard's data ready
// (profile, reel, Overview, competitor comparison) and a 6-page report written. Goals: summary < 50 ms, dashboard
// data < 200 ms, report < 3 s.
#include "charts/ReportWriter.h"
#include "sentiment/CommentSentimentStore.h"
#include "services/AnalyticsService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QApplication>
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

constexpr int Profiles = 50;

struct Store
{
    QStringList profileTasks;
    QString reelTask;
};

Store fill(Database &db, int postsPerProfile, int snapshotsPerPost, int comments)
{
    Store store;
    TrackingService tracking(db);
    for (int p = 0; p < Profiles; ++p)
        store.profileTasks.append(tracking.addProfile(u"brand%1"_s.arg(p), p % 3 != 0).value().id);
    (void)tracking.addProject(u"launch"_s);
    store.reelTask = tracking.addReel(u"launch"_s, u"DBench00001"_s).value().id;

    QSqlDatabase c = db.connection();
    c.transaction();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery profile(c);
    profile.prepare(u"INSERT INTO profile_snapshots (task_id, taken_at, username, platform_user_id, followers) "
                    "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery item(c);
    item.prepare(u"INSERT INTO media_items (id, platform, platform_id, shortcode, owner_id, owner_username, "
                 "media_type, taken_at, first_seen, last_seen) VALUES (?, 'instagram', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery link(c);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES (?, ?, ?)"_s);
    QSqlQuery snapshot(c);
    snapshot.prepare(u"INSERT INTO item_snapshots (item_id, taken_at, likes, comments, views, plays) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QRandomGenerator random(7);
    int row = 0;
    for (int p = 0; p < Profiles; ++p) {
        const QString owner = u"brand%1"_s.arg(p);
        for (int s = 0; s < 60; ++s) {
            profile.addBindValue(store.profileTasks.at(p));
            profile.addBindValue(now - (60 - s) * 86400 * 3 / 2);
            profile.addBindValue(owner);
            profile.addBindValue(QString::number(1000 + p));
            profile.addBindValue(10000 + p * 1000 + s * 40);
            profile.exec();
        }
        for (int i = 0; i < postsPerProfile; ++i) {
            ++row;
            const qint64 posted = now - qint64(i) * 90 * 86400 / postsPerProfile - 3600;
            item.addBindValue(row);
            item.addBindValue(QString::number(row));
            item.addBindValue(u"B%1"_s.arg(row));
            item.addBindValue(QString::number(1000 + p));
            item.addBindValue(owner);
            item.addBindValue(i % 2 ? u"image"_s : u"reel"_s);
            item.addBindValue(posted);
            item.addBindValue(posted);
            item.addBindValue(now);
            item.exec();
            link.addBindValue(u"profile"_s);
            link.addBindValue(store.profileTasks.at(p));
            link.addBindValue(row);
            link.exec();
            if (p == 0 && i == 0) {
                link.addBindValue(u"reel"_s);
                link.addBindValue(store.reelTask);
                link.addBindValue(row);
                link.exec();
            }
            for (int s = 0; s < snapshotsPerPost; ++s) {
                const qint64 age = 3600LL * (1 << std::min(s, 10));
                const qint64 base = qint64(random.bounded(400)) + 100;
                snapshot.addBindValue(row);
                snapshot.addBindValue(posted + age);
                snapshot.addBindValue(base * (s + 1));
                snapshot.addBindValue(base * (s + 1) / 10);
                snapshot.addBindValue(i % 2 ? QVariant() : QVariant(base * 20 * (s + 1)));
                snapshot.addBindValue(QVariant());
                snapshot.exec();
            }
        }
    }
    QSqlQuery comment(c);
    comment.prepare(u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen,"
                    " sentiment_label, sentiment_compound, language) VALUES (?, 'instagram', ?, 'nice', ?, 0, 0, ?, ?, "
                    "?)"_s);
    const QString labels[] = {u"positive"_s, u"negative"_s, u"neutral"_s};
    const QString languages[] = {u"en"_s, u"es"_s, u"de"_s};
    for (int i = 0; i < comments; ++i) {
        comment.addBindValue(1 + i % row);
        comment.addBindValue(QString::number(i));
        comment.addBindValue(now - qint64(random.bounded(90 * 86400)));
        const int l = int(random.bounded(3));
        comment.addBindValue(labels[l]);
        comment.addBindValue(l == 0 ? 0.6 : l == 1 ? -0.5 : 0.0);
        comment.addBindValue(languages[i % 7 == 0 ? 1 : i % 11 == 0 ? 2 : 0]);
        comment.exec();
    }
    c.commit();
    return store;
}

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
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    if (!db.ok())
        return 1;
    QElapsedTimer build;
    build.start();
    const Store store = fill(*db.value(), posts, snapshots, comments);
    std::printf("store: %d profiles, %d posts, %d post snapshots, %d comments (built in %.1f s)\n\n", Profiles,
                Profiles * posts, Profiles * posts * snapshots, comments, double(build.elapsed()) / 1000.0);

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
