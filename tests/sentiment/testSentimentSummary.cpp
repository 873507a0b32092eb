#include "sentiment/SentimentSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

class TestSentimentSummary final : public QObject
{
    Q_OBJECT

private slots:
    void testReferenceExample();
    void testPercentagesSumTo100_data();
    void testPercentagesSumTo100();
    void testEmpty();
    void testTies_data();
    void testTies();
    void testAverageCompound();
    void testBucketsByDay();
    void testBucketsByWeek();
    void testSentimentAnalysisShape();

private:
    static QList<SentimentSample> samples(int positive, int negative, int neutral, double compound = 0.0);
};

QList<SentimentSample> TestSentimentSummary::samples(int positive, int negative, int neutral, double compound)
{
    QList<SentimentSample> list;
    for (int i = 0; i < positive; ++i)
        list.append({Label::Positive, compound, 0});
    for (int i = 0; i < negative; ++i)
        list.append({Label::Negative, compound, 0});
    for (int i = 0; i < neutral; ++i)
        list.append({Label::Neutral, compound, 0});
    return list;
}

void TestSentimentSummary::testReferenceExample()
{
    // profile-tracking-api.md section 7: 28/5/12 of 45 -> 62.2/11.1/26.7, positive.
    const SentimentSummary summary = SentimentSummary::fromSamples(samples(28, 5, 12, 0.3));
    QCOMPARE(summary.total(), 45);
    QCOMPARE(summary.percentage(Label::Positive), 62.2);
    QCOMPARE(summary.percentage(Label::Negative), 11.1);
    QCOMPARE(summary.percentage(Label::Neutral), 26.7);
    QCOMPARE(summary.overallName(), u"positive"_s);
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(u"total_comments"_s).toInt(), 45);
    QCOMPARE(json.value(u"sentiment_distribution"_s).toObject().value(u"negative"_s).toInt(), 5);
    QCOMPARE(json.value(u"sentiment_percentages"_s).toObject().value(u"neutral"_s).toDouble(), 26.7);
    QCOMPARE(json.value(u"overall_sentiment"_s).toString(), u"positive"_s);
    QCOMPARE(json.value(u"average_compound"_s).toDouble(), 0.3);
}

void TestSentimentSummary::testPercentagesSumTo100_data()
{
    QTest::addColumn<int>("positive");
    QTest::addColumn<int>("negative");
    QTest::addColumn<int>("neutral");
    QTest::newRow("thirds") << 1 << 1 << 1;
    QTest::newRow("sevenths") << 1 << 2 << 4;
    QTest::newRow("one") << 1 << 0 << 0;
    QTest::newRow("large") << 33333 << 33333 << 33334;
    QTest::newRow("skewed") << 998 << 1 << 1;
    QTest::newRow("elevenths") << 3 << 3 << 5;
}

void TestSentimentSummary::testPercentagesSumTo100()
{
    QFETCH(int, positive);
    QFETCH(int, negative);
    QFETCH(int, neutral);
    const SentimentSummary summary = SentimentSummary::fromCounts(positive, negative, neutral, std::nullopt);
    const double p = summary.percentage(Label::Positive);
    const double n = summary.percentage(Label::Negative);
    const double u = summary.percentage(Label::Neutral);
    QCOMPARE(qRound(p * 10) + qRound(n * 10) + qRound(u * 10), 1000);
    // Each share is its exact value rounded down or up to the tenth.
    for (const auto &[count, percent] : {std::pair{positive, p}, std::pair{negative, n}, std::pair{neutral, u}}) {
        const double exact = 100.0 * count / summary.total();
        QVERIFY(std::abs(exact - percent) < 0.1 + 1e-9);
    }
    // One decimal: the value printed with one decimal reads back unchanged.
    QCOMPARE(QString::number(p, 'f', 1).toDouble(), p);
}

void TestSentimentSummary::testEmpty()
{
    const SentimentSummary summary = SentimentSummary::fromSamples({});
    QVERIFY(summary.isEmpty());
    QVERIFY(!summary.overall().has_value());
    QVERIFY(!summary.averageCompound().has_value());
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(u"total_comments"_s).toInt(), 0);
    QCOMPARE(json.value(u"overall_sentiment"_s).toString(), u"no_comments"_s);
    QVERIFY(json.value(u"average_compound"_s).isNull());
    QCOMPARE(json.value(u"sentiment_percentages"_s).toObject().value(u"positive"_s).toDouble(), 0.0);
}

void TestSentimentSummary::testTies_data()
{
    QTest::addColumn<int>("positive");
    QTest::addColumn<int>("negative");
    QTest::addColumn<int>("neutral");
    QTest::addColumn<double>("average");
    QTest::addColumn<QString>("overall");
    QTest::newRow("pos=neg, average positive") << 5 << 5 << 1 << 0.2 << u"positive"_s;
    QTest::newRow("pos=neg, average negative") << 5 << 5 << 1 << -0.2 << u"negative"_s;
    QTest::newRow("pos=neg, average neutral") << 5 << 5 << 1 << 0.0 << u"neutral"_s;
    QTest::newRow("pos=neu, average neutral") << 4 << 1 << 4 << 0.01 << u"neutral"_s;
    QTest::newRow("neg=neu, average negative") << 1 << 4 << 4 << -0.3 << u"negative"_s;
    QTest::newRow("pos=neu, average negative") << 4 << 1 << 4 << -0.3 << u"neutral"_s;
    QTest::newRow("three-way, average positive") << 3 << 3 << 3 << 0.4 << u"positive"_s;
    QTest::newRow("no tie") << 2 << 7 << 3 << 0.9 << u"negative"_s;
}

void TestSentimentSummary::testTies()
{
    QFETCH(int, positive);
    QFETCH(int, negative);
    QFETCH(int, neutral);
    QFETCH(double, average);
    QFETCH(QString, overall);
    QCOMPARE(SentimentSummary::fromCounts(positive, negative, neutral, average).overallName(), overall);
    QCOMPARE(SentimentSummary::fromSamples(samples(positive, negative, neutral, average)).overallName(), overall);
}

void TestSentimentSummary::testAverageCompound()
{
    QList<SentimentSample> list = {{Label::Positive, 0.5, 0}, {Label::Negative, -0.1, 0}, {Label::Positive, {}, 0}};
    const SentimentSummary summary = SentimentSummary::fromSamples(list);
    QCOMPARE(summary.total(), 3);
    QCOMPARE(summary.count(Label::Positive), 2);
    QCOMPARE(*summary.averageCompound(), 0.2); // the manual label without a compound is not averaged
}

void TestSentimentSummary::testBucketsByDay()
{
    const qint64 day1 = 1754006400; // 2025-08-01 00:00:00 UTC
    const QList<SentimentSample> list = {{Label::Positive, 0.5, day1 + 3600},
                                         {Label::Negative, -0.5, day1 + 86399},
                                         {Label::Positive, 0.7, day1 + 2 * 86400 + 10}};
    const QList<SentimentBucketSummary> buckets = summarizeByBucket(list, SummaryBucket::Day);
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets.at(0).start, QDate(2025, 8, 1));
    QCOMPARE(buckets.at(0).startEpoch, day1);
    QCOMPARE(buckets.at(0).summary.total(), 2);
    QCOMPARE(buckets.at(0).summary.overallName(), u"neutral"_s); // 1-1 tie, average 0.0
    QVERIFY(buckets.at(1).summary.isEmpty());                    // the gap is "no comments", not 0 %
    QCOMPARE(buckets.at(1).summary.overallName(), u"no_comments"_s);
    QCOMPARE(buckets.at(2).summary.overallName(), u"positive"_s);
    const QJsonArray json = bucketsToJson(buckets, SummaryBucket::Day);
    QCOMPARE(json.at(1).toObject().value(u"bucket_start"_s).toString(), u"2025-08-02"_s);
}

void TestSentimentSummary::testBucketsByWeek()
{
    // 2025-08-03 is a Sunday, 2025-08-04 a Monday: ISO weeks start on Monday (UTC).
    const qint64 sunday = QDateTime(QDate(2025, 8, 3), QTime(23, 59), Qt::UTC).toSecsSinceEpoch();
    const qint64 monday = QDateTime(QDate(2025, 8, 4), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(bucketStart(sunday, SummaryBucket::Week), QDate(2025, 7, 28));
    QCOMPARE(bucketStart(monday, SummaryBucket::Week), QDate(2025, 8, 4));
    const QList<SentimentBucketSummary> buckets =
        summarizeByBucket({{Label::Positive, 0.1, sunday}, {Label::Negative, -0.1, monday}}, SummaryBucket::Week);
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets.at(0).summary.overallName(), u"positive"_s);
    QCOMPARE(buckets.at(1).summary.overallName(), u"negative"_s);
    QVERIFY(summarizeByBucket({}, SummaryBucket::Week).isEmpty());
}

void TestSentimentSummary::testSentimentAnalysisShape()
{
    const QJsonObject json = SentimentSummary::fromCounts(19, 54, 24, -0.2).toSentimentAnalysisJson();
    QCOMPARE(json.value(u"positive"_s).toInt(), 19);
    QCOMPARE(json.value(u"negative"_s).toInt(), 54);
    QCOMPARE(json.value(u"neutral"_s).toInt(), 24);
    QCOMPARE(json.value(u"overall_sentiment"_s).toString(), u"negative"_s);
}

QTEST_GUILESS_MAIN(TestSentimentSummary)
#include "testSentimentSummary.moc"
