#include "SeedStore.h"
#include "services/AnalyticsService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;

namespace {

MetricsSnapshot snapshot(qint64 at, std::optional<qint64> views, std::optional<qint64> likes,
                         std::optional<qint64> comments)
{
    MetricsSnapshot s;
    s.takenAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    s.views = views;
    s.likes = likes;
    s.comments = comments;
    return s;
}

QList<double> values(const ChartSeries &series)
{
    QList<double> list;
    for (const ChartPoint &p : series.points)
        list.append(p.value);
    return list;
}

} // namespace

/// All reels of a project together: the summed history (a pure builder, hand-computed) and the project's
/// dashboard on a seeded store.
class TestProjectDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void totalsCarryEachReelsLatestValue()
    {
        // Reel A seen at 100 and 300, reel B at 200 and 300 (B's views unknown at 300: its 200 value stays).
        const QList<QList<MetricsSnapshot>> histories = {
            {snapshot(100, 1000, 50, 5), snapshot(300, 1500, 80, 9)},
            {snapshot(200, 400, 20, std::nullopt), snapshot(300, std::nullopt, 30, 2)},
        };
        const ChartData all = projectTotalsChart(histories, DateRange());
        QCOMPARE(all.kind, ChartKind::Views);
        QCOMPARE(all.series.size(), 3);
        QCOMPARE(all.series.at(0).points.size(), 3); // times 100, 200, 300
        QCOMPARE(values(all.series.at(0)), (QList<double>{1000, 1400, 1900}));
        QCOMPARE(values(all.series.at(1)), (QList<double>{50, 70, 110}));
        // B's comments are unknown until 300: nothing added before.
        QCOMPARE(values(all.series.at(2)), (QList<double>{5, 5, 11}));

        // A range keeps its points, the values still count what came before it.
        DateRange late;
        late.from = QDateTime::fromSecsSinceEpoch(250, Qt::UTC);
        const ChartData ranged = projectTotalsChart(histories, late);
        QCOMPARE(values(ranged.series.at(0)), (QList<double>{1900}));
        QVERIFY(projectTotalsChart({}, DateRange()).isEmpty());
    }

    void projectDashboardOfTheSeededStore()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        const seed::Seeded seeded = seed::seedStore(*db.value(), QDateTime::currentDateTimeUtc().addSecs(-60));
        AnalyticsService service(*db.value(), dir.path());
        const DateRange range = DateRange::lastDays(0, QDateTime::currentDateTimeUtc());

        auto project = service.projectDashboard(u"launch"_s, range);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().message));
        QCOMPARE(project->label, u"launch"_s);
        QVERIFY(!project->projectId.isEmpty());
        QCOMPARE(project->posts.size(), 1);
        QCOMPARE(project->posts.first().item.shortcode, seed::ReelCode);

        // With one reel, the totals are the reel's own views at each snapshot.
        auto reel = service.dashboard(seeded.reelTask, range);
        QVERIFY(reel.ok());
        const ChartData *own = reel->chart(ChartKind::Views);
        QVERIFY(own);
        const ChartData *together = project->chart(ChartKind::Views);
        QVERIFY(together);
        QCOMPARE(values(together->series.at(0)), values(own->series.at(0)));
        QVERIFY(!together->series.at(0).points.isEmpty());

        // Its sentiment is the reel task's.
        QCOMPARE(project->sentiment.total(), reel->sentiment.total());
        QVERIFY(project->sentiment.total() > 0);
        const ChartData *sentiment = project->chart(ChartKind::Sentiment);
        QVERIFY(sentiment && !sentiment->isEmpty());

        // By id too; an unknown project says so.
        QVERIFY(service.projectDashboard(project->projectId, range).ok());
        auto missing = service.projectDashboard(u"nope"_s, range);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProjectDashboard)
#include "testProjectDashboard.moc"
