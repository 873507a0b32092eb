#include "analytics/DailySeries.h"

#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;
using namespace Qt::Literals::StringLiterals;

namespace {

using Values = QList<std::optional<qint64>>;
constexpr std::nullopt_t unknown = std::nullopt;

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

TimedValue tv(const char *iso, qint64 value)
{
    return {at(iso), value};
}

} // namespace

/// The daily series builders against tables worked out by hand: carry-forward over gaps, sums over sources that
/// start on different days, deltas, the period-over-period change, the leaderboard's order.
class TestDailySeries final : public QObject
{
    Q_OBJECT

private slots:
    void carryForwardFillsGaps();
    void carryForwardTakesTheLastSampleOfADay();
    void sumAddsTheSourcesThatHaveAValue();
    void deltasNeedBothDays();
    void summedDailyReadsTheDayBefore();
    void summedDailyWithoutSourcesIsAllUnknown();
    void metricSamplesSkipUnknownCounts();
    void periodChangeTable_data();
    void periodChangeTable();
    void growthBetweenFallsBackToTheFirstSampleInside();
    void gainedBetweenCountsNewItemsFromZero();
    void leaderboardOrder();
    void metricNames();
    void followersChartDrawsKnownDays();
};

void TestDailySeries::carryForwardFillsGaps()
{
    // Samples on the 2nd and the 5th: the 1st has none yet; the 3rd and 4th carry the 2nd's value.
    const QList<TimedValue> samples = {tv("2026-03-02T10:00:00Z", 100), tv("2026-03-05T08:00:00Z", 130)};
    const Values v = carryForward(samples, day("2026-03-01"), day("2026-03-06"));
    QCOMPARE(v, (Values{unknown, 100, 100, 100, 130, 130}));
}

void TestDailySeries::carryForwardTakesTheLastSampleOfADay()
{
    // Two samples on one day: the later one; 23:59:59 still belongs to the day, 00:00:00 to the next.
    const QList<TimedValue> samples = {tv("2026-03-01T01:00:00Z", 10), tv("2026-03-01T23:59:59Z", 12),
                                       tv("2026-03-02T00:00:00Z", 15)};
    QCOMPARE(carryForward(samples, day("2026-03-01"), day("2026-03-02")), (Values{12, 15}));
    QCOMPARE(carryForward(samples, day("2026-03-02"), day("2026-03-01")), Values{});
}

void TestDailySeries::sumAddsTheSourcesThatHaveAValue()
{
    // Account A from day 1, account B from day 3: B adds nothing before its first snapshot.
    const Values a{100, 110, 120, 130};
    const Values b{unknown, unknown, 50, 55};
    const Values none{unknown, unknown, unknown, unknown};
    QCOMPARE(sumPerDay({a, b}), (Values{100, 110, 170, 185}));
    QCOMPARE(sumPerDay({none, b}), (Values{unknown, unknown, 50, 55}));
    QCOMPARE(sumPerDay({}), Values{});
}

void TestDailySeries::deltasNeedBothDays()
{
    const QList<DailyPoint> p = withDeltas(day("2026-03-01"), Values{unknown, 100, 100, 130, unknown, 90}, 7);
    QCOMPARE(p.size(), 6);
    QCOMPARE(p.at(0).date, day("2026-03-01"));
    QCOMPARE(p.at(5).date, day("2026-03-06"));
    const Values deltas{p.at(0).delta, p.at(1).delta, p.at(2).delta, p.at(3).delta, p.at(4).delta, p.at(5).delta};
    QCOMPARE(deltas, (Values{unknown, unknown, 0, 30, unknown, unknown}));
    // The first day's delta against the value before the range.
    QCOMPARE(withDeltas(day("2026-03-01"), Values{10}, 7).first().delta, std::optional<qint64>(3));
}

void TestDailySeries::summedDailyReadsTheDayBefore()
{
    // Account A: 1000 on Feb 28, 1010 on Mar 2. Account B (TikTok): 500 on Mar 1 at noon, 520 on Mar 3.
    const QList<TimedValue> a = {tv("2026-02-28T12:00:00Z", 1000), tv("2026-03-02T06:00:00Z", 1010)};
    const QList<TimedValue> b = {tv("2026-03-01T12:00:00Z", 500), tv("2026-03-03T18:00:00Z", 520)};
    const QList<DailyPoint> p = summedDaily({a, b}, day("2026-03-01"), day("2026-03-04"));
    QCOMPARE(p.size(), 4);
    // Mar 1: 1000 + 500 (delta against Feb 28's 1000 alone); Mar 2: 1010 + 500; Mar 3 and 4: 1010 + 520.
    QCOMPARE((Values{p.at(0).value, p.at(1).value, p.at(2).value, p.at(3).value}), (Values{1500, 1510, 1530, 1530}));
    QCOMPARE((Values{p.at(0).delta, p.at(1).delta, p.at(2).delta, p.at(3).delta}), (Values{500, 10, 20, 0}));
}

void TestDailySeries::summedDailyWithoutSourcesIsAllUnknown()
{
    const QList<DailyPoint> p = summedDaily({}, day("2026-03-01"), day("2026-03-03"));
    QCOMPARE(p.size(), 3);
    for (const DailyPoint &point : p) {
        QVERIFY(!point.value);
        QVERIFY(!point.delta);
    }
}

void TestDailySeries::metricSamplesSkipUnknownCounts()
{
    MetricsSnapshot a;
    a.takenAt = at("2026-03-01T00:00:00Z");
    a.likes = 10;
    a.comments = 2;
    a.plays = 300; // a reel's plays stand for its views
    MetricsSnapshot b;
    b.takenAt = at("2026-03-02T00:00:00Z");
    b.likes = 12;
    b.shares = 4;
    const QList<MetricsSnapshot> s{a, b};
    QCOMPARE(metricSamples(s, DailyMetric::Views).size(), 1);
    QCOMPARE(metricSamples(s, DailyMetric::Views).first().value, 300);
    QCOMPARE(metricSamples(s, DailyMetric::Likes).size(), 2);
    QCOMPARE(metricSamples(s, DailyMetric::Comments).size(), 1);
    QCOMPARE(metricSamples(s, DailyMetric::Shares).first().value, 4);
    const QList<TimedValue> e = metricSamples(s, DailyMetric::Engagement);
    QCOMPARE(e.size(), 2);
    QCOMPARE(e.at(0).value, 12); // 10 + 2
    QCOMPARE(e.at(1).value, 16); // 12 + 4
    QVERIFY(metricSamples(s, DailyMetric::Followers).isEmpty());
}

void TestDailySeries::periodChangeTable_data()
{
    QTest::addColumn<std::optional<qint64>>("value");
    QTest::addColumn<std::optional<qint64>>("previous");
    QTest::addColumn<std::optional<qint64>>("change");
    QTest::addColumn<std::optional<double>>("percent");
    QTest::newRow("growth") << std::optional<qint64>(150) << std::optional<qint64>(120) << std::optional<qint64>(30)
                            << std::optional<double>(25.0);
    QTest::newRow("fall") << std::optional<qint64>(90) << std::optional<qint64>(120) << std::optional<qint64>(-30)
                          << std::optional<double>(-25.0);
    QTest::newRow("one decimal") << std::optional<qint64>(4) << std::optional<qint64>(3) << std::optional<qint64>(1)
                                 << std::optional<double>(33.3);
    QTest::newRow("zero before: no percent")
        << std::optional<qint64>(5) << std::optional<qint64>(0) << std::optional<qint64>(5) << std::optional<double>();
    QTest::newRow("unknown before") << std::optional<qint64>(5) << std::optional<qint64>() << std::optional<qint64>()
                                    << std::optional<double>();
    QTest::newRow("unknown now") << std::optional<qint64>() << std::optional<qint64>(5) << std::optional<qint64>()
                                 << std::optional<double>();
}

void TestDailySeries::periodChangeTable()
{
    QFETCH(std::optional<qint64>, value);
    QFETCH(std::optional<qint64>, previous);
    QFETCH(std::optional<qint64>, change);
    QFETCH(std::optional<double>, percent);
    const PeriodChange c = periodChange(value, previous);
    QCOMPARE(c.value, value);
    QCOMPARE(c.previous, previous);
    QCOMPARE(c.change, change);
    QCOMPARE(c.changePercent, percent);
}

void TestDailySeries::growthBetweenFallsBackToTheFirstSampleInside()
{
    const QList<TimedValue> s = {tv("2026-03-01T00:00:00Z", 100), tv("2026-03-05T00:00:00Z", 140),
                                 tv("2026-03-09T00:00:00Z", 180)};
    // Start covered: 180 − 140 (value at Mar 6 is Mar 5's).
    QCOMPARE(growthBetween(s, at("2026-03-06T00:00:00Z"), at("2026-03-10T00:00:00Z")), std::optional<qint64>(40));
    // Start before the first sample: from the first sample inside the period.
    QCOMPARE(growthBetween(s, at("2026-02-01T00:00:00Z"), at("2026-03-06T00:00:00Z")), std::optional<qint64>(40));
    // Nothing by the end: unknown.
    QCOMPARE(growthBetween(s, at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")), std::optional<qint64>());
}

void TestDailySeries::gainedBetweenCountsNewItemsFromZero()
{
    const QList<TimedValue> old = {tv("2026-03-01T00:00:00Z", 100), tv("2026-03-08T00:00:00Z", 160)};
    const QList<TimedValue> fresh = {tv("2026-03-06T00:00:00Z", 40)};
    const QList<TimedValue> later = {tv("2026-03-20T00:00:00Z", 999)};
    // (160 − 100) + (40 − 0); the item first seen after the end adds nothing.
    QCOMPARE(gainedBetween({old, fresh, later}, at("2026-03-02T00:00:00Z"), at("2026-03-09T00:00:00Z")),
             std::optional<qint64>(100));
    QCOMPARE(gainedBetween({later}, at("2026-03-02T00:00:00Z"), at("2026-03-09T00:00:00Z")), std::optional<qint64>());
}

void TestDailySeries::leaderboardOrder()
{
    const auto row = [](const char *id, const char *name, std::optional<qint64> growth,
                        std::optional<qint64> engagement) {
        LeaderboardRow r;
        r.creatorId = QString::fromLatin1(id);
        r.name = QString::fromLatin1(name);
        r.growth = growth;
        r.engagement = engagement;
        return r;
    };
    QList<LeaderboardRow> rows = {row("1", "delta", 50, 10), row("2", "Alpha", std::nullopt, 900),
                                  row("3", "charlie", 50, 300), row("4", "bravo", 120, std::nullopt),
                                  row("5", "echo", -20, 5)};
    rankLeaderboard(rows, LeaderboardBy::Growth);
    QStringList order;
    QList<int> ranks;
    for (const LeaderboardRow &r : rows) {
        order.append(r.name);
        ranks.append(r.rank);
    }
    // Highest growth first; equal growth by name (any case); unknown last.
    QCOMPARE(order, (QStringList{u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s, u"Alpha"_s}));
    QCOMPARE(ranks, (QList<int>{1, 2, 2, 4, 5}));

    rankLeaderboard(rows, LeaderboardBy::Engagement);
    order.clear();
    for (const LeaderboardRow &r : rows)
        order.append(r.name);
    QCOMPARE(order, (QStringList{u"Alpha"_s, u"charlie"_s, u"delta"_s, u"echo"_s, u"bravo"_s}));
}

void TestDailySeries::metricNames()
{
    for (const char *name : {"views", "likes", "comments", "shares", "engagement", "followers"}) {
        const auto metric = dailyMetricFromName(QString::fromLatin1(name));
        QVERIFY(metric);
        QCOMPARE(dailyMetricName(*metric), QString::fromLatin1(name));
    }
    QVERIFY(!dailyMetricFromName(u"saves"_s));
    QCOMPARE(dailyMetricFromName(u"Views"_s), std::optional<DailyMetric>(DailyMetric::Views));
}

void TestDailySeries::followersChartDrawsKnownDays()
{
    const QList<DailyPoint> points = withDeltas(day("2026-03-01"), Values{unknown, 100, 130}, unknown);
    const ChartData c = creatorFollowersChart(points);
    QCOMPARE(c.kind, ChartKind::Followers);
    QCOMPARE(c.series.size(), 1);
    QCOMPARE(c.series.at(0).points.size(), 2); // the unknown first day is left out
    QCOMPARE(c.series.at(0).points.at(0).time, at("2026-03-02T12:00:00Z"));
    QCOMPARE(c.series.at(0).points.at(1).value, 130.0);
    const ChartData e = creatorEngagementChart(points);
    QCOMPARE(e.kind, ChartKind::Engagement);
    QCOMPARE(e.series.size(), 2);
    QCOMPARE(e.series.at(1).points.size(), 1); // one day with a change: +30
    QCOMPARE(e.series.at(1).points.at(0).value, 30.0);
    QVERIFY(!c.isEmpty());
    QVERIFY(creatorFollowersChart({}).isEmpty());
    QVERIFY(!creatorFollowersChart({}).emptyHint.isEmpty());
}

QTEST_GUILESS_MAIN(TestDailySeries)
#include "testDailySeries.moc"
