#include "SeedStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;

/// `reelpulse-cli stats` run as a process on a seeded store: the hosted shapes, with numbers recomputed here from
/// the stored snapshots.
class TestStatsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reelStatsFromStoredSnapshots();
    void postStatsShape();
    void profileStats();
    void unknownItemIsNotFound();

private:
    QJsonObject json(const QStringList &args, int expectedExit = 0);
    QTemporaryDir m_dir;
    seed::Seeded m_seed;
};

void TestStatsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_seed = seed::seedStore(*db.value(), QDateTime::currentDateTimeUtc().addSecs(-60));
}

QJsonObject TestStatsCli::json(const QStringList &args, int expectedExit)
{
    QProcess p;
    p.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dir.path(), u"--json"_s} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        qWarning("reelpulse-cli did not finish");
        return {};
    }
    if (p.exitCode() != expectedExit)
        qWarning("exit %d: %s", p.exitCode(), p.readAllStandardError().constData());
    return p.exitCode() == expectedExit ? QJsonDocument::fromJson(p.readAllStandardOutput()).object()
                                        : QJsonObject{{u"failed"_s, true}};
}

void TestStatsCli::reelStatsFromStoredSnapshots()
{
    const QJsonObject o = json({u"stats"_s, u"reel"_s, seed::ReelCode});
    QCOMPARE(o.value(u"type"_s).toString(), u"reel_statistics"_s);
    QCOMPARE(o.value(u"shortcode"_s).toString(), seed::ReelCode);
    QCOMPARE(o.value(u"owner_username"_s).toString(), u"brand"_s);
    QCOMPARE(o.value(u"duration"_s).toDouble(), 21.5);
    QCOMPARE(o.value(u"snapshots"_s).toInt(), 6);

    // The two latest stored snapshots, read here directly.
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT s.taken_at, s.views, s.likes, s.comments, s.saves, s.shares FROM item_snapshots s "
                   "JOIN media_items m ON m.id = s.item_id WHERE m.shortcode = 'DReelPulse1' "
                   "ORDER BY s.taken_at DESC LIMIT 2"_s));
    QVERIFY(q.next());
    const qint64 t1 = q.value(0).toLongLong();
    const qint64 views1 = q.value(1).toLongLong();
    const qint64 likes1 = q.value(2).toLongLong();
    const qint64 comments1 = q.value(3).toLongLong();
    const qint64 saves1 = q.value(4).toLongLong();
    QVERIFY(q.value(5).isNull()); // shares unknown
    QVERIFY(q.next());
    const qint64 t0 = q.value(0).toLongLong();
    const qint64 views0 = q.value(1).toLongLong();
    const qint64 engagement0 = q.value(2).toLongLong() + q.value(3).toLongLong() + q.value(4).toLongLong();

    const QJsonObject st = o.value(u"statistics"_s).toObject();
    const qint64 engagement = likes1 + comments1 + saves1;
    QCOMPARE(st.value(u"views"_s).toInteger(), views1);
    QVERIFY(st.value(u"shares"_s).isNull());
    QCOMPARE(st.value(u"total_engagement"_s).toInteger(), engagement);
    QVERIFY(qAbs(st.value(u"engagement_rate_by_views"_s).toDouble() - double(engagement) / double(views1)) < 1e-6);
    // By followers: @brand's snapshot nearest to the reel's posting time (the scrape two days before now).
    QVERIFY(qAbs(st.value(u"engagement_rate"_s).toDouble() - double(engagement) / 13827.0) < 1e-6);
    QVERIFY(st.value(u"average_watch_time_seconds"_s).isNull());
    QVERIFY(st.value(u"completion_rate"_s).isNull());

    const QJsonObject b = o.value(u"engagement_breakdown"_s).toObject();
    double sum = 0.0;
    for (const QString &key : {u"views_percent"_s, u"likes_percent"_s, u"comments_percent"_s, u"saves_percent"_s})
        sum += b.value(key).toDouble();
    QVERIFY(b.value(u"shares_percent"_s).isNull());
    QVERIFY2(qAbs(sum - 100.0) <= 0.1 + 1e-9, qPrintable(QString::number(sum)));

    const QJsonObject v = o.value(u"viral_metrics"_s).toObject();
    const double hours = double(t1 - t0) / 3600.0;
    QCOMPARE(v.value(u"velocity_window_hours"_s).toDouble(), hours);
    QVERIFY(qAbs(v.value(u"view_velocity_per_hour"_s).toDouble() - double(views1 - views0) / hours) < 0.01);
    QVERIFY(qAbs(v.value(u"engagement_velocity_per_hour"_s).toDouble() - double(engagement - engagement0) / hours) <
            0.01);
    // Far above @brand's other reels at 48 h.
    QVERIFY2(v.value(u"viral_score"_s).toDouble() >= 3.0, QJsonDocument(v).toJson().constData());
    QVERIFY(v.value(u"is_viral"_s).toBool());
    QVERIFY(v.value(u"baseline_items"_s).toInt() >= 3);
}

void TestStatsCli::postStatsShape()
{
    const QJsonObject o = json({u"stats"_s, u"post"_s, u"https://www.instagram.com/p/braP0001/"_s});
    QCOMPARE(o.value(u"type"_s).toString(), u"post_statistics"_s);
    QCOMPARE(o.value(u"shortcode"_s).toString(), u"braP0001"_s);
    const QJsonObject st = o.value(u"statistics"_s).toObject();
    for (const QString &key :
         {u"likes_count"_s, u"comments_count"_s, u"saves_count"_s, u"shares_count"_s, u"view_count"_s,
          u"total_engagement"_s, u"engagement_rate"_s, u"engagement_rate_percent"_s})
        QVERIFY2(st.contains(key), qPrintable(key));
    QVERIFY(st.value(u"view_count"_s).isNull()); // an image: views unknown, not 0
    QCOMPARE(st.value(u"total_engagement"_s).toInteger(),
             st.value(u"likes_count"_s).toInteger() + st.value(u"comments_count"_s).toInteger());
    const QJsonObject t = o.value(u"trending"_s).toObject();
    for (const QString &key :
         {u"is_trending"_s, u"trend_score"_s, u"engagement_velocity"_s, u"engagement_velocity_24h"_s})
        QVERIFY2(t.contains(key), qPrintable(key));
    QVERIFY(!t.value(u"engagement_velocity"_s).isNull());
    QCOMPARE(t.value(u"metric"_s).toString(), u"engagement"_s);
}

void TestStatsCli::profileStats()
{
    const QJsonObject o = json({u"stats"_s, u"profile"_s, m_seed.ownTask.left(8)});
    QCOMPARE(o.value(u"type"_s).toString(), u"profile_statistics"_s);
    QCOMPARE(o.value(u"username"_s).toString(), u"brand"_s);
    QCOMPARE(o.value(u"followers"_s).toInteger(), 12000 + 140 * 14 + (14 % 3) * 7);
    const QJsonArray growth = o.value(u"followers_growth"_s).toArray();
    QCOMPARE(growth.size(), 3);
    // 7 days back from the latest scrape falls on scrape 10 (8 days back, the latest at or before it).
    QCOMPARE(growth.at(0).toObject().value(u"days"_s).toInt(), 7);
    QCOMPARE(growth.at(0).toObject().value(u"followers_gained"_s).toInteger(),
             (140 * 14 + (14 % 3) * 7) - (140 * 10 + (10 % 3) * 7));
    QVERIFY(o.value(u"posts"_s).toInt() > 0);
    QVERIFY(o.value(u"median_engagement_rate"_s).toDouble() > 0.0);
    QVERIFY(!o.value(u"best_posts"_s).toArray().isEmpty());
}

void TestStatsCli::unknownItemIsNotFound()
{
    const QJsonObject o = json({u"stats"_s, u"reel"_s, u"Nope12345"_s}, 3);
    QVERIFY(!o.contains(u"failed"_s));
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "testStatsCli.moc"
