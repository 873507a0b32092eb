// Best times to post and hashtags ranked by the engagement of the account's own posts.
#include "publishing/PostingAdvice.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

GraphMedia post(const QString &when, std::optional<qint64> likes, std::optional<qint64> comments,
                const QString &caption = {}, const QString &product = u"FEED"_s)
{
    GraphMedia m;
    m.id = when;
    m.timestamp = QDateTime::fromString(when, Qt::ISODate);
    m.likeCount = likes;
    m.commentsCount = comments;
    m.caption = caption;
    m.mediaProductType = product;
    return m;
}

} // namespace

class TestPostingAdvice : public QObject
{
    Q_OBJECT

private slots:
    void testEngagement();
    void testBestTimesAreMediansOfSupportedCells();
    void testHashtagsRankedByMeanEngagement();
    void testZoneDecidesTheHour();
    void testNextOccurrence_data();
    void testNextOccurrence();
};

void TestPostingAdvice::testEngagement()
{
    QCOMPARE(advice::engagement(post(u"2026-12-01T18:00:00Z"_s, 10, 2)), 12);
    QCOMPARE(advice::engagement(post(u"2026-12-01T18:00:00Z"_s, std::nullopt, 4)), 4); // likes hidden
    QVERIFY(!advice::engagement(post(u"2026-12-01T18:00:00Z"_s, std::nullopt, std::nullopt)));
}

void TestPostingAdvice::testBestTimesAreMediansOfSupportedCells()
{
    // 2026-12-01 is a Tuesday, 2026-12-03 a Thursday, 2026-12-05 a Saturday.
    const QList<GraphMedia> media{
        post(u"2026-12-01T18:05:00Z"_s, 90, 10),                     // Tue 18h: 100
        post(u"2026-11-24T18:40:00Z"_s, 280, 20),                    // Tue 18h: 300
        post(u"2026-11-17T18:59:00Z"_s, 190, 10),                    // Tue 18h: 200 → median 200
        post(u"2026-12-03T12:00:00Z"_s, 480, 20),                    // Thu 12h: 500
        post(u"2026-11-26T12:30:00Z"_s, 100, 0),                     // Thu 12h: 100 → median 300
        post(u"2026-12-05T09:00:00Z"_s, 5000, 0),                    // Sat 9h: one post only, not enough
        post(u"2026-11-28T09:00:00Z"_s, std::nullopt, std::nullopt), // no counts: not read
        post(u"2026-12-01T18:10:00Z"_s, 9000, 0, {}, u"STORY"_s),    // stories are left out
    };
    const auto a = advice::advise(media, QTimeZone::utc());
    QCOMPARE(a.postsRead, 6);
    QCOMPARE(a.bestTimes.size(), 2);
    QCOMPARE(a.bestTimes.at(0).weekday, 4);
    QCOMPARE(a.bestTimes.at(0).hour, 12);
    QCOMPARE(a.bestTimes.at(0).medianEngagement, 300.0);
    QCOMPARE(a.bestTimes.at(0).posts, 2);
    QCOMPARE(a.bestTimes.at(1).weekday, 2);
    QCOMPARE(a.bestTimes.at(1).hour, 18);
    QCOMPARE(a.bestTimes.at(1).medianEngagement, 200.0);
    QCOMPARE(a.bestTimes.at(1).posts, 3);
    // With one post enough, the Saturday stands first.
    QCOMPARE(advice::advise(media, QTimeZone::utc(), 1).bestTimes.first().weekday, 6);
    QCOMPARE(advice::advise(media, QTimeZone::utc(), 1, 1).bestTimes.size(), 1);
}

void TestPostingAdvice::testHashtagsRankedByMeanEngagement()
{
    const QList<GraphMedia> media{
        post(u"2026-12-01T10:00:00Z"_s, 100, 0, u"New in #Spring #sale"_s),
        post(u"2026-12-02T10:00:00Z"_s, 300, 0, u"#spring is here"_s),
        post(u"2026-12-03T10:00:00Z"_s, 1000, 0, u"Last chance #SALE"_s),
        post(u"2026-12-04T10:00:00Z"_s, 50, 0, u"#once"_s),
    };
    const auto a = advice::advise(media, QTimeZone::utc());
    QCOMPARE(a.hashtags.size(), 2);             // #once is on one post only
    QCOMPARE(a.hashtags.at(0).tag, u"#sale"_s); // as first written; case does not split it
    QCOMPARE(a.hashtags.at(0).meanEngagement, 550.0);
    QCOMPARE(a.hashtags.at(0).posts, 2);
    QCOMPARE(a.hashtags.at(1).tag, u"#Spring"_s);
    QCOMPARE(a.hashtags.at(1).meanEngagement, 200.0);
}

void TestPostingAdvice::testZoneDecidesTheHour()
{
    // 23:30 UTC on a Monday is Tuesday 00:30 in Berlin (UTC+1 in December).
    const QList<GraphMedia> media{post(u"2026-11-30T23:30:00Z"_s, 10, 0), post(u"2026-11-23T23:10:00Z"_s, 30, 0)};
    const auto berlin = advice::advise(media, QTimeZone("Europe/Berlin"));
    QCOMPARE(berlin.bestTimes.size(), 1);
    QCOMPARE(berlin.bestTimes.first().weekday, 2);
    QCOMPARE(berlin.bestTimes.first().hour, 0);
    QCOMPARE(berlin.bestTimes.first().medianEngagement, 20.0);
    const auto utc = advice::advise(media, QTimeZone::utc());
    QCOMPARE(utc.bestTimes.first().weekday, 1);
    QCOMPARE(utc.bestTimes.first().hour, 23);
}

void TestPostingAdvice::testNextOccurrence_data()
{
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("hour");
    QTest::addColumn<QString>("expected");
    // From Wednesday 2026-12-02 10:00 UTC.
    QTest::newRow("later this week") << 2 << 18 << u"2026-12-08T18:00:00Z"_s;
    QTest::newRow("later today") << 3 << 11 << u"2026-12-02T11:00:00Z"_s;
    QTest::newRow("earlier today: next week") << 3 << 9 << u"2026-12-09T09:00:00Z"_s;
    QTest::newRow("this very hour has begun: next week") << 3 << 10 << u"2026-12-09T10:00:00Z"_s;
    QTest::newRow("tomorrow") << 4 << 0 << u"2026-12-03T00:00:00Z"_s;
}

void TestPostingAdvice::testNextOccurrence()
{
    QFETCH(int, weekday);
    QFETCH(int, hour);
    QFETCH(QString, expected);
    const QDateTime from = QDateTime::fromString(u"2026-12-02T10:00:00Z"_s, Qt::ISODate);
    const QDateTime next = advice::nextOccurrence({weekday, hour, 0, 0}, from, QTimeZone::utc());
    QCOMPARE(next.toUTC(), QDateTime::fromString(expected, Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestPostingAdvice)
#include "testPostingAdvice.moc"
