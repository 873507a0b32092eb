#include "analytics/ChartData.h"
#include "analytics/ProfileStats.h"

#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

/// RFC 4180 rows.
QList<QStringList> parse(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && text.mid(i, 2) == u"\r\n"_s) {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

PostPoint postAt(const QString &iso, qint64 engagement, std::optional<double> rate, MediaKind kind = MediaKind::Reel)
{
    PostPoint p;
    p.item.takenAt = at(iso);
    p.item.kind = kind;
    p.item.shortcode = u"P"_s + iso.left(10);
    p.engagement = engagement;
    p.engagementRate = rate;
    return p;
}

} // namespace

/// Chart data builders and their CSV, as pure functions of stored values.
class TestChartData final : public QObject
{
    Q_OBJECT

private slots:
    void followersWithGainedPerDay();
    void rangeKeepsOnlyItsPoints();
    void csvParsesBackToTheSameNumbers();
    void csvQuotesFields();
    void engagementMedianAndHeatmap();
    void postsPerWeek();
    void emptyChartsSayWhatToDo();
    void growthAndProfileStats();
    void chartNames();
};

void TestChartData::followersWithGainedPerDay()
{
    const QList<FollowersPoint> points = {{at(u"2026-03-01T00:00:00Z"_s), 1000},
                                          {at(u"2026-03-03T00:00:00Z"_s), 1100},
                                          {at(u"2026-03-04T12:00:00Z"_s), 1040}};
    const ChartData c = followersChart(points, {});
    QCOMPARE(c.series.size(), 2);
    QCOMPARE(c.series.at(0).points.size(), 3);
    QCOMPARE(c.series.at(0).points.at(2).value, 1040.0);
    QCOMPARE(c.series.at(1).points.size(), 2);
    QCOMPARE(c.series.at(1).points.at(0).value, 50.0);  // +100 in 2 days
    QCOMPARE(c.series.at(1).points.at(1).value, -40.0); // −60 in 1.5 days
}

void TestChartData::rangeKeepsOnlyItsPoints()
{
    const QList<FollowersPoint> points = {{at(u"2026-03-01T00:00:00Z"_s), 1000},
                                          {at(u"2026-03-10T00:00:00Z"_s), 1100},
                                          {at(u"2026-03-20T00:00:00Z"_s), 1300}};
    DateRange range;
    range.from = at(u"2026-03-05T00:00:00Z"_s);
    range.to = at(u"2026-03-15T00:00:00Z"_s);
    const ChartData c = followersChart(points, range);
    QCOMPARE(c.series.at(0).points.size(), 1);
    // The gain is still measured from the snapshot before the range.
    QCOMPARE(c.series.at(1).points.size(), 1);
    QCOMPARE(c.series.at(1).points.first().value, 11.1); // +100 over 9 days, one decimal
    QCOMPARE(c.rangeText, u"2026-03-05 – 2026-03-15"_s);
    QVERIFY(range.contains(at(u"2026-03-05T00:00:00Z"_s)));
    QVERIFY(!range.contains(at(u"2026-03-15T00:00:01Z"_s)));
}

void TestChartData::csvParsesBackToTheSameNumbers()
{
    QList<MetricsSnapshot> history;
    for (int h : {1, 3, 6}) {
        MetricsSnapshot s;
        s.takenAt = at(u"2026-03-01T00:00:00Z"_s).addSecs(3600 * h);
        s.views = 1000 * h;
        s.likes = 10 * h + 1;
        if (h != 3)
            s.comments = h;
        history.append(s);
    }
    const ChartData c = viewsChart(history, {});
    const QByteArray csv = chartCsv(c);
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{u"time"_s, u"views"_s, u"likes"_s, u"comments"_s, u"shares"_s}));
    QCOMPARE(rows.at(1).at(0), u"2026-03-01T01:00:00Z"_s);
    for (int r = 1; r < 4; ++r) {
        const MetricsSnapshot &s = history.at(r - 1);
        QCOMPARE(rows.at(r).at(1).toLongLong(), *s.views);
        QCOMPARE(rows.at(r).at(2).toLongLong(), *s.likes);
        QCOMPARE(rows.at(r).at(3), s.comments ? QString::number(*s.comments) : QString()); // unknown stays empty
        QCOMPARE(rows.at(r).at(4), QString());
    }
}

void TestChartData::csvQuotesFields()
{
    ChartData c;
    c.categories = {u"en (3)"_s, u"say \"hi\", twice"_s};
    c.bars = {{u"share, %"_s, {60.0, 40.5}}};
    const QList<QStringList> rows = parse(chartCsv(c));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(1), u"share, %"_s);
    QCOMPARE(rows.at(2).at(0), u"say \"hi\", twice"_s);
    QCOMPARE(rows.at(2).at(1).toDouble(), 40.5);
}

void TestChartData::engagementMedianAndHeatmap()
{
    const QList<PostPoint> posts = {postAt(u"2026-03-02T10:15:00Z"_s, 100, 0.01), // Monday 10 h
                                    postAt(u"2026-03-09T10:45:00Z"_s, 300, 0.03), // Monday 10 h
                                    postAt(u"2026-03-04T18:00:00Z"_s, 50, 0.005), // Wednesday 18 h
                                    postAt(u"2026-03-05T18:00:00Z"_s, 70, std::nullopt)};
    const ChartData e = engagementChart(posts, {});
    QCOMPARE(e.series.at(0).points.size(), 3);
    QCOMPARE(e.series.at(1).points.first().value, 1.0); // median of 0.5, 1, 3 %
    const ChartData h = heatmapChart(posts, {});
    QCOMPARE(h.cells.size(), 7);
    QCOMPARE(h.cells.at(0).size(), 24);
    QCOMPARE(*h.cells.at(0).at(10), 200.0); // mean of 100 and 300
    QCOMPARE(*h.cells.at(2).at(18), 50.0);
    QCOMPARE(*h.cells.at(3).at(18), 70.0); // engagement known, rate not: still in the heatmap
    QVERIFY(!h.cells.at(6).at(0));
    const QList<QStringList> rows = parse(chartCsv(h));
    QCOMPARE(rows.size(), 1 + 7 * 24);
    QCOMPARE(rows.at(1 + 10), (QStringList{u"Mon"_s, u"10"_s, u"200"_s}));
}

void TestChartData::postsPerWeek()
{
    const QList<PostPoint> posts = {postAt(u"2026-03-02T10:00:00Z"_s, 1, {}), postAt(u"2026-03-08T23:00:00Z"_s, 1, {}),
                                    postAt(u"2026-03-09T00:30:00Z"_s, 1, {})};
    const ChartData c = postsPerWeekChart(posts, {});
    QCOMPARE(c.series.at(0).points.size(), 2);
    QCOMPARE(c.series.at(0).points.at(0).time, at(u"2026-03-02T00:00:00Z"_s));
    QCOMPARE(c.series.at(0).points.at(0).value, 2.0);
    QCOMPARE(c.series.at(0).points.at(1).value, 1.0);
}

void TestChartData::emptyChartsSayWhatToDo()
{
    for (const ChartData &c : {followersChart({}, {}), velocityChart({}, {}), heatmapChart({}, {}),
                               sentimentChart({}, {}), languagesChart({})}) {
        QVERIFY(c.isEmpty());
        QVERIFY(!c.emptyHint.isEmpty());
    }
    QVERIFY(followersChart({}, {}).emptyHint.contains(u"scrape now"_s, Qt::CaseInsensitive));
}

void TestChartData::growthAndProfileStats()
{
    const QList<FollowersPoint> points = {{at(u"2026-03-01T00:00:00Z"_s), 12000},
                                          {at(u"2026-03-05T00:00:00Z"_s), 12300},
                                          {at(u"2026-03-08T00:00:00Z"_s), 12700}};
    const Growth week = growthOver(points, at(u"2026-03-08T00:00:00Z"_s), 7);
    QCOMPARE(*week.absolute, qint64(700));
    QCOMPARE(*week.perDay, 100.0);
    QVERIFY(qAbs(*week.percent - 5.8333) < 1e-3);
    QVERIFY(!growthOver(points.mid(0, 1), at(u"2026-03-08T00:00:00Z"_s), 7).absolute); // one snapshot: no growth

    DateRange range;
    range.from = at(u"2026-02-22T00:00:00Z"_s);
    range.to = at(u"2026-03-08T00:00:00Z"_s); // two weeks
    const QList<PostPoint> posts = {
        postAt(u"2026-03-02T10:00:00Z"_s, 100, 0.01), postAt(u"2026-03-03T10:00:00Z"_s, 300, 0.03, MediaKind::Image),
        postAt(u"2026-03-04T10:00:00Z"_s, 200, 0.02), postAt(u"2026-01-01T10:00:00Z"_s, 999, 0.5)}; // outside the range
    const ProfileStats s = computeProfileStats(points, posts, range);
    QCOMPARE(s.posts, 3);
    QCOMPARE(*s.postsPerWeek, 1.5);
    QCOMPARE(*s.medianEngagementRate, 0.02);
    QCOMPARE(*s.meanEngagementRate, 0.02);
    QVERIFY(qAbs(*s.reelsShare - 200.0 / 3.0) < 1e-9);
    QCOMPARE(s.best.first().engagementRate, std::optional<double>(0.03));
    QCOMPARE(s.worst.first().engagementRate, std::optional<double>(0.01));
    QCOMPARE(*s.followers, qint64(12700));
}

void TestChartData::chartNames()
{
    for (const QString &name : chartKindNames())
        QCOMPARE(chartKindName(*chartKindFromName(name)), name);
    QVERIFY(!chartKindFromName(u"pie"_s));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "testChartData.moc"
