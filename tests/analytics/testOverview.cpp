#include "SeedStore.h"
#include "services/AnalyticsService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;

/// The Overview on a seeded store: counts, movers, trending, and the alerts (sentiment turning negative, a failing
/// scrape, a stop needing the user).
class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsMoversAndTrending();
    void sentimentTurningNegativeIsAnAlert();
    void failingScrapesAreAlerts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    seed::Seeded m_seed;
};

void TestOverview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_seed = seed::seedStore(*m_db, QDateTime::currentDateTimeUtc().addSecs(-60));
}

void TestOverview::countsMoversAndTrending()
{
    AnalyticsService service(*m_db, m_dir->path());
    auto o = service.overview(QDateTime::currentDateTimeUtc());
    QVERIFY(o.ok());
    QCOMPARE(o->profiles, 2);
    QCOMPARE(o->reels, 1);
    QCOMPARE(o->videos, 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM comments"_s) && q.next());
    // The reel's post is the tracked reel's only: every comment counted once.
    QCOMPARE(o->comments, q.value(0).toInt());
    QCOMPARE(o->sentiment.total(), o->comments);
    QCOMPARE(o->movers.size(), 3);
    QCOMPARE(o->movers.first().label, u"reel DReelPulse1"_s); // the most views gained this week
    QCOMPARE(o->trending.size(), 1);
    QVERIFY(o->alerts.isEmpty());
}

void TestOverview::sentimentTurningNegativeIsAnAlert()
{
    // 30 negative comments today on @brand's newest post: the day's negative share is far above its 30-day mean.
    QSqlQuery item(m_db->connection());
    QVERIFY(item.exec(u"SELECT id FROM media_items WHERE shortcode = 'braP0000'"_s) && item.next());
    const qint64 itemId = item.value(0).toLongLong();
    QSqlQuery insert(m_db->connection());
    insert.prepare(u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen, "
                   "sentiment_label, sentiment_compound, language) VALUES (?, 'instagram', ?, 'awful', ?, ?, ?, "
                   "'negative', -0.6, 'en')"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 30; ++i) {
        insert.addBindValue(itemId);
        insert.addBindValue(u"angry%1"_s.arg(i));
        insert.addBindValue(now - 30);
        insert.addBindValue(now);
        insert.addBindValue(now);
        QVERIFY(insert.exec());
    }
    AnalyticsService service(*m_db, m_dir->path());
    auto o = service.overview(QDateTime::currentDateTimeUtc());
    QVERIFY(o.ok());
    QCOMPARE(o->alerts.size(), 1);
    QVERIFY2(o->alerts.first().startsWith(u"@brand: sentiment is turning negative"_s), qPrintable(o->alerts.first()));
}

void TestOverview::failingScrapesAreAlerts()
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE profile_tasks SET last_error = 'Instagram asked to confirm it is you', "
              "last_error_class = 'checkpoint' WHERE id = ?"_s);
    q.addBindValue(m_seed.rivalTask);
    QVERIFY(q.exec());
    q.prepare(u"UPDATE reel_tasks SET last_error = 'timed out', last_error_class = 'network' WHERE id = ?"_s);
    q.addBindValue(m_seed.reelTask);
    QVERIFY(q.exec());
    AnalyticsService service(*m_db, m_dir->path());
    auto o = service.overview(QDateTime::currentDateTimeUtc());
    QVERIFY(o.ok());
    QCOMPARE(o->alerts.size(), 2);
    QVERIFY(o->alerts.at(0).startsWith(u"@rival: the platform needs you"_s));
    QVERIFY(o->alerts.at(1).contains(u"the last scrape failed: timed out"_s));
}

QTEST_GUILESS_MAIN(TestOverview)
#include "testOverview.moc"
