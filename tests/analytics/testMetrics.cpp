#include "analytics/Metrics.h"

#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(reelpulse::analytics::Counts)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

std::optional<qint64> n(qint64 v)
{
    return v;
}
constexpr std::nullopt_t unknown = std::nullopt;

MetricsSnapshot snap(const QString &iso, std::optional<qint64> views, std::optional<qint64> likes,
                     std::optional<qint64> comments, std::optional<qint64> saves = unknown,
                     std::optional<qint64> shares = unknown)
{
    MetricsSnapshot s;
    s.takenAt = QDateTime::fromString(iso, Qt::ISODate);
    s.views = views;
    s.likes = likes;
    s.comments = comments;
    s.saves = saves;
    s.shares = shares;
    return s;
}

} // namespace

/// The formulas of docs/metrics.md against values worked out by hand.
class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void totalEngagement_data();
    void totalEngagement();
    void rates();
    void breakdown_data();
    void breakdown();
    void playsStandInForViews();
    void lastWindowVelocity();
    void recentVelocityInterpolates();
    void recentVelocityShortHistory();
    void velocityNeedsTwoSnapshots();
    void trimmedMean_data();
    void trimmedMean();
    void valueAtAge();
    void trendScoreAgainstBaseline();
    void trendScoreNeedsHistory();
    void ageSeries();
};

void TestMetrics::totalEngagement_data()
{
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<std::optional<qint64>>("expected");
    QTest::newRow("all known") << Counts{n(1000), n(120), n(30), n(10), n(5)} << n(165);
    QTest::newRow("saves and shares unknown") << Counts{n(1000), n(120), n(30), unknown, unknown} << n(150);
    QTest::newRow("views never count") << Counts{n(1000), unknown, unknown, unknown, unknown}
                                       << std::optional<qint64>();
    QTest::newRow("all unknown is unknown") << Counts{} << std::optional<qint64>();
    QTest::newRow("known zeros are zero") << Counts{unknown, n(0), n(0), unknown, unknown} << n(0);
}

void TestMetrics::totalEngagement()
{
    QFETCH(Counts, counts);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(analytics::totalEngagement(counts), expected);
}

void TestMetrics::rates()
{
    const Counts c{n(2000), n(150), n(50), unknown, unknown}; // engagement 200
    QCOMPARE(*engagementRate(c, n(10000)), 0.02);
    QCOMPARE(*engagementRateByViews(c), 0.1);
    QVERIFY(!engagementRate(c, unknown)); // followers unknown
    QVERIFY(!engagementRate(c, n(0)));    // division by zero
    QVERIFY(!engagementRateByViews(Counts{n(0), n(3), unknown, unknown, unknown}));
    QVERIFY(!engagementRateByViews(Counts{unknown, n(3), unknown, unknown, unknown}));
    QVERIFY(!engagementRate(Counts{n(10), unknown, unknown, unknown, unknown}, n(100))); // engagement unknown
}

void TestMetrics::breakdown_data()
{
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<QList<double>>("expected"); // views, likes, comments, saves, shares; -1 = unknown
    // 234567 + 123456 + 5678 + 23456 + 12345 = 399502 (the hosted example's counts).
    QTest::newRow("hosted example") << Counts{n(234567), n(123456), n(5678), n(23456), n(12345)}
                                    << QList<double>{58.7, 30.9, 1.4, 5.9, 3.1};
    // Thirds: 33.3 each, the tenth left goes to the first (equal remainders keep their order).
    QTest::newRow("thirds") << Counts{n(1), n(1), n(1), unknown, unknown} << QList<double>{33.4, 33.3, 33.3, -1, -1};
    QTest::newRow("one known") << Counts{unknown, n(7), unknown, unknown, unknown}
                               << QList<double>{-1, 100.0, -1, -1, -1};
    QTest::newRow("zero sum") << Counts{n(0), n(0), unknown, unknown, unknown} << QList<double>{-1, -1, -1, -1, -1};
}

void TestMetrics::breakdown()
{
    QFETCH(Counts, counts);
    QFETCH(QList<double>, expected);
    const Breakdown b = engagementBreakdown(counts);
    const QList<std::optional<double>> got = {b.views, b.likes, b.comments, b.saves, b.shares};
    double sum = 0.0;
    bool any = false;
    for (int i = 0; i < 5; ++i) {
        if (expected.at(i) < 0) {
            QVERIFY2(!got.at(i), qPrintable(QString::number(i)));
            continue;
        }
        QVERIFY(got.at(i));
        QCOMPARE(*got.at(i), expected.at(i));
        sum += *got.at(i);
        any = true;
    }
    if (any)
        QVERIFY(qAbs(sum - 100.0) < 1e-9);
}

void TestMetrics::playsStandInForViews()
{
    MetricsSnapshot s;
    s.plays = 500;
    s.likes = 50;
    QCOMPARE(countsOf(s).views, n(500));
    s.views = 400;
    QCOMPARE(countsOf(s).views, n(400));
}

void TestMetrics::lastWindowVelocity()
{
    const QList<MetricsSnapshot> h = {snap(u"2026-01-01T00:00:00Z"_s, n(100), n(10), n(1)),
                                      snap(u"2026-01-01T10:00:00Z"_s, n(1100), n(60), n(11)),
                                      snap(u"2026-01-01T14:00:00Z"_s, n(2300), n(100), n(19))};
    const Velocity v = analytics::lastWindowVelocity(h);
    QCOMPARE(*v.hours, 4.0);
    QCOMPARE(*v.viewsPerHour, 300.0);     // (2300 − 1100) / 4
    QCOMPARE(*v.engagementPerHour, 12.0); // (119 − 71) / 4
}

void TestMetrics::recentVelocityInterpolates()
{
    // 24 h before the latest (day 2, 12:00) falls halfway between day 1 00:00 and day 2 00:00.
    const QList<MetricsSnapshot> h = {snap(u"2026-01-01T00:00:00Z"_s, n(0), n(0), n(0)),
                                      snap(u"2026-01-02T00:00:00Z"_s, n(2400), n(240), n(0)),
                                      snap(u"2026-01-02T12:00:00Z"_s, n(6000), n(600), n(0))};
    const Velocity v = recentVelocity(h, 24.0);
    QCOMPARE(*v.hours, 24.0);
    QCOMPARE(*v.viewsPerHour, 200.0);     // views 24 h before: 1200 (interpolated); (6000 − 1200) / 24
    QCOMPARE(*v.engagementPerHour, 20.0); // (600 − 120) / 24
}

void TestMetrics::recentVelocityShortHistory()
{
    const QList<MetricsSnapshot> h = {snap(u"2026-01-01T00:00:00Z"_s, n(100), n(10), unknown),
                                      snap(u"2026-01-01T05:00:00Z"_s, n(600), n(20), unknown)};
    const Velocity v = recentVelocity(h, 24.0);
    QCOMPARE(*v.hours, 5.0);
    QCOMPARE(*v.viewsPerHour, 100.0);
    QCOMPARE(*v.engagementPerHour, 2.0);
}

void TestMetrics::velocityNeedsTwoSnapshots()
{
    const QList<MetricsSnapshot> one = {snap(u"2026-01-01T00:00:00Z"_s, n(100), n(10), n(1))};
    QVERIFY(!analytics::lastWindowVelocity(one).viewsPerHour);
    QVERIFY(!recentVelocity(one).viewsPerHour);
    // Two snapshots at one time: no rate (no division by zero).
    QVERIFY(!analytics::lastWindowVelocity({one.first(), one.first()}).viewsPerHour);
    // Views unknown in one of them: the views rate is unknown, the engagement rate is not.
    const QList<MetricsSnapshot> partly = {snap(u"2026-01-01T00:00:00Z"_s, unknown, n(10), n(0)),
                                           snap(u"2026-01-01T02:00:00Z"_s, n(50), n(20), n(0))};
    const Velocity v = analytics::lastWindowVelocity(partly);
    QVERIFY(!v.viewsPerHour);
    QCOMPARE(*v.engagementPerHour, 5.0);
}

void TestMetrics::trimmedMean_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::newRow("one") << QList<double>{7} << 7.0;
    QTest::newRow("three: nothing cut") << QList<double>{1, 2, 9} << 4.0;
    QTest::newRow("four: one cut each side") << QList<double>{100, 1, 3, 5} << 4.0;
    // 8 values sorted 0 1 2 3 4 5 6 1000: 2 cut each side, mean of 2, 3, 4, 5.
    QTest::newRow("outliers cut") << QList<double>{1000, 4, 3, 6, 5, 2, 1, 0} << 3.5;
}

void TestMetrics::trimmedMean()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(*analytics::trimmedMean(values), expected);
    QVERIFY(!analytics::trimmedMean({}));
}

void TestMetrics::valueAtAge()
{
    const QList<AgePoint> points = {{2.0, 100.0}, {10.0, 500.0}};
    QCOMPARE(*analytics::valueAtAge(points, 1.0), 50.0);  // from 0 at posting
    QCOMPARE(*analytics::valueAtAge(points, 6.0), 300.0); // between the two
    QCOMPARE(*analytics::valueAtAge(points, 10.0), 500.0);
    QVERIFY(!analytics::valueAtAge(points, 11.0)); // never extrapolated
    QVERIFY(!analytics::valueAtAge({}, 1.0));
}

void TestMetrics::trendScoreAgainstBaseline()
{
    // The item: 3000 views at 10 h. Baseline at 10 h: 400, 800, 1000, 1200 (an outlier 9000 and a low 100 are cut
    // with 6 values: ⌊6/4⌋ = 1 each side) → expected (400 + 800 + 1000 + 1200) / 4 = 850.
    const QList<AgePoint> item = {{5.0, 1000.0}, {10.0, 3000.0}};
    QList<QList<AgePoint>> baseline;
    for (double v : {400.0, 800.0, 1000.0, 1200.0, 9000.0, 100.0})
        baseline.append({{20.0, 2.0 * v}}); // v at 10 h by interpolation from posting
    baseline.append({{5.0, 50.0}});         // never seen at 10 h: left out
    const TrendScore t = trendScore(item, baseline);
    QCOMPARE(t.baselineItems, 6);
    QCOMPARE(*t.expected, 850.0);
    QCOMPARE(*t.score, 3000.0 / 850.0);
    QVERIFY(t.isTrending);
    QVERIFY(t.isViral);
    QVERIFY(t.note.isEmpty());

    TrendThresholds strict;
    strict.viral = 4.0;
    const TrendScore s = trendScore(item, baseline, strict);
    QVERIFY(s.isTrending);
    QVERIFY(!s.isViral);
}

void TestMetrics::trendScoreNeedsHistory()
{
    const QList<AgePoint> item = {{10.0, 3000.0}};
    const TrendScore t = trendScore(item, {{{20.0, 10.0}}, {{20.0, 20.0}}});
    QVERIFY(!t.score);
    QCOMPARE(t.baselineItems, 2);
    QVERIFY(t.note.contains(u"not enough history"_s));
    QVERIFY(!t.isTrending);
    // A baseline of zeros gives no ratio.
    const TrendScore z = trendScore(item, {{{20.0, 0.0}}, {{20.0, 0.0}}, {{20.0, 0.0}}});
    QVERIFY(!z.score);
    QVERIFY(!z.note.isEmpty());
}

void TestMetrics::ageSeries()
{
    const QDateTime posted = QDateTime::fromString(u"2026-01-01T00:00:00Z"_s, Qt::ISODate);
    const QList<MetricsSnapshot> h = {snap(u"2026-01-01T03:00:00Z"_s, n(300), n(10), n(2)),
                                      snap(u"2026-01-01T06:00:00Z"_s, unknown, n(20), n(4))};
    const QList<AgePoint> views = analytics::ageSeries(h, posted, TrendMetric::Views);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().ageHours, 3.0);
    QCOMPARE(views.first().value, 300.0);
    const QList<AgePoint> engagement = analytics::ageSeries(h, posted, TrendMetric::Engagement);
    QCOMPARE(engagement.size(), 2);
    QCOMPARE(engagement.last().value, 24.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "testMetrics.moc"
