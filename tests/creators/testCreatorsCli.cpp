#include "CreatorSeed.h"
#include "analytics/SeedStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;

/// `reelpulse-cli creators`, `analytics daily` and `overview` run as processes on a seeded store with an Instagram
/// and a TikTok account: the CreatorAudit envelope ({data}, {data, pagination}, {data, meta}), the summed followers
/// of a creator linking both, and the exit codes (2 invalid input, 3 not found, 4 conflict).
class TestCreatorsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addLinkShowAcrossPlatforms();
    void listIsPagedWithCursors();
    void leaderboardEnvelope();
    void analyticsDailyEnvelope();
    void overviewEnvelope();
    void removeKeepsTheAccounts();
    void exitCodes_data();
    void exitCodes();

private:
    struct Run
    {
        int exit = -1;
        QJsonObject json;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, bool json = true);
    /// Each account's latest followers at or before t, summed (read here with SQL).
    qint64 followersAt(const QStringList &tasks, const QDateTime &t);

    QTemporaryDir m_dir;
    seed::Seeded m_seed;
    creatorseed::TikTok m_tiktok;
    QDateTime m_now;
};

void TestCreatorsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_seed = seed::seedStore(*db.value(), m_now);
    m_tiktok = creatorseed::addTikTokAccount(*db.value(), m_now);
}

TestCreatorsCli::Run TestCreatorsCli::run(const QStringList &args, bool json)
{
    QProcess p;
    QStringList all{u"--data-dir"_s, m_dir.path()};
    if (json)
        all.append(u"--json"_s);
    p.start(QStringLiteral(REELPULSE_CLI_PATH), all + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exit = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(out).object();
    return r;
}

qint64 TestCreatorsCli::followersAt(const QStringList &tasks, const QDateTime &t)
{
    auto db = Database::open(m_dir.path());
    qint64 sum = 0;
    for (const QString &task : tasks) {
        QSqlQuery q(db.value()->connection());
        q.prepare(u"SELECT followers FROM profile_snapshots WHERE task_id = ? AND taken_at <= ? "
                  "ORDER BY taken_at DESC LIMIT 1"_s);
        q.addBindValue(task);
        q.addBindValue(t.toSecsSinceEpoch());
        if (q.exec() && q.next())
            sum += q.value(0).toLongLong();
    }
    return sum;
}

void TestCreatorsCli::addLinkShowAcrossPlatforms()
{
    Run added = run({u"creators"_s, u"add"_s, u"Jane Doe"_s});
    QCOMPARE(added.exit, 0);
    const QJsonObject creator = added.json.value(u"data"_s).toObject();
    QCOMPARE(creator.value(u"type"_s).toString(), u"creator"_s);
    QCOMPARE(creator.value(u"name"_s).toString(), u"Jane Doe"_s);
    QCOMPARE(creator.value(u"account_count"_s).toInt(), 0);
    QVERIFY(!creator.value(u"id"_s).toString().isEmpty());

    QCOMPARE(run({u"creators"_s, u"link"_s, u"jane doe"_s, m_seed.ownTask}).exit, 0);
    Run linked = run({u"creators"_s, u"link"_s, creator.value(u"id"_s).toString(), m_tiktok.task});
    QCOMPARE(linked.exit, 0);
    const QJsonArray accounts = linked.json.value(u"data"_s).toObject().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(u"platform"_s).toString(), u"instagram"_s);
    QCOMPARE(accounts.at(1).toObject().value(u"platform"_s).toString(), u"tiktok"_s);
    QCOMPARE(accounts.at(1).toObject().value(u"username"_s).toString(), u"dancer.tt"_s);
    QCOMPARE(accounts.at(1).toObject().value(u"followers_count"_s).toInteger(), 431501);

    Run shown = run({u"creators"_s, u"show"_s, u"JANE DOE"_s, u"--period"_s, u"30d"_s});
    QCOMPARE(shown.exit, 0);
    const QJsonObject data = shown.json.value(u"data"_s).toObject();
    const QJsonObject meta = shown.json.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"timezone"_s).toString(), u"UTC"_s);
    QCOMPARE(data.value(u"platforms"_s).toArray(), (QJsonArray{u"instagram"_s, u"tiktok"_s}));
    const qint64 total = followersAt({m_seed.ownTask, m_tiktok.task}, m_now);
    QCOMPARE(data.value(u"followers_count"_s).toInteger(), total);
    const QJsonArray series = data.value(u"followers_over_time"_s).toArray();
    QCOMPARE(series.size(), 30);
    // Every day: the sum of both accounts' latest snapshots at or before its end.
    for (const QJsonValue &v : series) {
        const QJsonObject point = v.toObject();
        const QDate day = QDate::fromString(point.value(u"date"_s).toString(), Qt::ISODate);
        QVERIFY(day.isValid());
        QCOMPARE(point.value(u"value"_s).toInteger(),
                 followersAt({m_seed.ownTask, m_tiktok.task}, QDateTime(day, QTime(23, 59, 59), Qt::UTC)));
        QVERIFY(point.contains(u"delta"_s));
    }
    QCOMPARE(series.last().toObject().value(u"value"_s).toInteger(), total);
    const QJsonArray top = data.value(u"top_videos"_s).toArray();
    QVERIFY(!top.isEmpty());
    QCOMPARE(top.first().toObject().value(u"platform"_s).toString(), u"tiktok"_s);
    QCOMPARE(top.first().toObject().value(u"view_count"_s).toInteger(), 90000000);
    QCOMPARE(top.first().toObject().value(u"account_id"_s).toString(), m_tiktok.task);
    QCOMPARE(data.value(u"engagement_over_time"_s).toArray().size(), 30);

    // Text output names both accounts.
    Run text = run({u"creators"_s, u"show"_s, u"jane doe"_s}, false);
    QCOMPARE(text.exit, 0);
    QVERIFY(text.out.contains(u"@dancer.tt"_s));
    QVERIFY(text.out.contains(u"@brand"_s));
}

void TestCreatorsCli::listIsPagedWithCursors()
{
    for (const char *name : {"Zed", "Amy"})
        QCOMPARE(run({u"creators"_s, u"add"_s, QString::fromLatin1(name)}).exit, 0);
    Run first = run({u"creators"_s, u"list"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(first.exit, 0);
    QCOMPARE(first.json.value(u"data"_s).toArray().size(), 2);
    const QJsonObject pagination = first.json.value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"has_next"_s).toBool(), true);
    QCOMPARE(pagination.value(u"limit"_s).toInt(), 2);
    QCOMPARE(first.json.value(u"data"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Amy"_s);
    Run second = run(
        {u"creators"_s, u"list"_s, u"--limit"_s, u"2"_s, u"--cursor"_s, pagination.value(u"next_cursor"_s).toString()});
    QCOMPARE(second.exit, 0);
    QCOMPARE(second.json.value(u"data"_s).toArray().size(), 1);
    QCOMPARE(second.json.value(u"data"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Zed"_s);
    QCOMPARE(second.json.value(u"pagination"_s).toObject().value(u"has_next"_s).toBool(), false);
    QVERIFY(second.json.value(u"pagination"_s).toObject().value(u"next_cursor"_s).isNull());
    for (const char *name : {"Zed", "Amy"})
        QCOMPARE(run({u"creators"_s, u"remove"_s, QString::fromLatin1(name)}).exit, 0);
}

void TestCreatorsCli::leaderboardEnvelope()
{
    QCOMPARE(run({u"creators"_s, u"add"_s, u"Rival Co"_s}).exit, 0);
    QCOMPARE(run({u"creators"_s, u"link"_s, u"rival co"_s, m_seed.rivalTask}).exit, 0);
    Run board = run({u"creators"_s, u"leaderboard"_s, u"--by"_s, u"growth"_s, u"--period"_s, u"7d"_s});
    QCOMPARE(board.exit, 0);
    const QJsonArray rows = board.json.value(u"data"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"Jane Doe"_s);
    QCOMPARE(rows.at(0).toObject().value(u"rank"_s).toInt(), 1);
    QVERIFY(rows.at(0).toObject().value(u"follower_growth"_s).toInteger() >
            rows.at(1).toObject().value(u"follower_growth"_s).toInteger());
    QCOMPARE(board.json.value(u"meta"_s).toObject().value(u"by"_s).toString(), u"growth"_s);
    QCOMPARE(board.json.value(u"meta"_s).toObject().value(u"period"_s).toString(), u"7d"_s);
    Run engagement = run({u"creators"_s, u"leaderboard"_s, u"--by"_s, u"engagement"_s});
    QCOMPARE(engagement.exit, 0);
    const QJsonArray byEngagement = engagement.json.value(u"data"_s).toArray();
    QVERIFY(byEngagement.at(0).toObject().value(u"engagement"_s).toInteger() >=
            byEngagement.at(1).toObject().value(u"engagement"_s).toInteger());
    QCOMPARE(run({u"creators"_s, u"remove"_s, u"rival co"_s}).exit, 0);
}

void TestCreatorsCli::analyticsDailyEnvelope()
{
    const QDate to = m_now.date();
    const QDate from = to.addDays(-6);
    Run r = run({u"analytics"_s, u"daily"_s, u"jane doe"_s, u"--metric"_s, u"followers"_s, u"--from"_s,
                 from.toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate)});
    QCOMPARE(r.exit, 0);
    const QJsonArray data = r.json.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 7);
    const QJsonObject meta = r.json.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"metric"_s).toString(), u"followers"_s);
    QCOMPARE(meta.value(u"subject"_s).toObject().value(u"type"_s).toString(), u"creator"_s);
    QCOMPARE(meta.value(u"from"_s).toString(), from.toString(Qt::ISODate));
    QCOMPARE(meta.value(u"to"_s).toString(), to.toString(Qt::ISODate));
    qint64 previous =
        followersAt({m_seed.ownTask, m_tiktok.task}, QDateTime(from.addDays(-1), QTime(23, 59, 59), Qt::UTC));
    for (const QJsonValue &v : data) {
        const QJsonObject p = v.toObject();
        const qint64 value = p.value(u"value"_s).toInteger();
        QCOMPARE(p.value(u"delta"_s).toInteger(), value - previous);
        previous = value;
    }
    // A video by its platform id; an account by its task id.
    Run video = run({u"analytics"_s, u"daily"_s, u"7300000000000000002"_s, u"--metric"_s, u"views"_s});
    QCOMPARE(video.exit, 0);
    QCOMPARE(video.json.value(u"data"_s).toArray().size(), 30);
    QCOMPARE(video.json.value(u"data"_s).toArray().last().toObject().value(u"value"_s).toInteger(), 90000000);
    QCOMPARE(video.json.value(u"meta"_s).toObject().value(u"subject"_s).toObject().value(u"type"_s).toString(),
             u"video"_s);
    Run account = run({u"analytics"_s, u"daily"_s, m_tiktok.task, u"--metric"_s, u"likes"_s});
    QCOMPARE(account.exit, 0);
    QCOMPARE(account.json.value(u"meta"_s).toObject().value(u"subject"_s).toObject().value(u"platform"_s).toString(),
             u"tiktok"_s);
    // Days before any snapshot are null, not 0.
    Run early = run({u"analytics"_s, u"daily"_s, m_tiktok.task, u"--metric"_s, u"followers"_s, u"--from"_s,
                     to.addDays(-25).toString(Qt::ISODate), u"--to"_s, to.addDays(-21).toString(Qt::ISODate)});
    QCOMPARE(early.exit, 0);
    QVERIFY(early.json.value(u"data"_s).toArray().first().toObject().value(u"value"_s).isNull());
}

void TestCreatorsCli::overviewEnvelope()
{
    Run r = run({u"overview"_s, u"--period"_s, u"30d"_s});
    QCOMPARE(r.exit, 0);
    const QJsonObject data = r.json.value(u"data"_s).toObject();
    for (const char *key :
         {"tracked_accounts", "creators", "videos", "followers", "views", "engagement", "comments_analysed"}) {
        const QJsonObject figure = data.value(QString::fromLatin1(key)).toObject();
        QVERIFY2(figure.contains(u"value"_s) && figure.contains(u"previous"_s) && figure.contains(u"change"_s) &&
                     figure.contains(u"change_percent"_s),
                 key);
    }
    QCOMPARE(data.value(u"tracked_accounts"_s).toObject().value(u"value"_s).toInt(), 3);
    QCOMPARE(data.value(u"creators"_s).toObject().value(u"value"_s).toInt(), 1);
    QCOMPARE(data.value(u"creators"_s).toObject().value(u"previous"_s).toInt(), 0);
    QVERIFY(data.value(u"creators"_s).toObject().value(u"change_percent"_s).isNull());
    QCOMPARE(r.json.value(u"meta"_s).toObject().value(u"period"_s).toString(), u"30d"_s);
    Run text = run({u"overview"_s}, false);
    QCOMPARE(text.exit, 0);
    QVERIFY(text.out.contains(u"7"_s));
}

void TestCreatorsCli::removeKeepsTheAccounts()
{
    Run removed = run({u"creators"_s, u"remove"_s, u"jane doe"_s});
    QCOMPARE(removed.exit, 0);
    QCOMPARE(removed.json.value(u"data"_s).toObject().value(u"account_count"_s).toInt(), 2);
    QCOMPARE(run({u"creators"_s, u"show"_s, u"jane doe"_s}).exit, 3);
    // Both accounts are still tracked, with their history.
    Run daily = run({u"analytics"_s, u"daily"_s, m_tiktok.task, u"--metric"_s, u"followers"_s});
    QCOMPARE(daily.exit, 0);
    QCOMPARE(daily.json.value(u"data"_s).toArray().last().toObject().value(u"value"_s).toInteger(), 431501);
    Run profile = run({u"profiles"_s, u"show"_s, m_seed.ownTask});
    QCOMPARE(profile.exit, 0);
}

void TestCreatorsCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("add without name") << QStringList{u"creators"_s, u"add"_s} << 2 << u"one name"_s;
    QTest::newRow("blank name") << QStringList{u"creators"_s, u"add"_s, u"  "_s} << 2 << u"needs a name"_s;
    QTest::newRow("duplicate any case") << QStringList{u"creators"_s, u"add"_s, u"DUPLICATE"_s} << 4
                                        << u"exists already"_s;
    QTest::newRow("unknown creator") << QStringList{u"creators"_s, u"show"_s, u"nobody"_s} << 3 << u"nobody"_s;
    QTest::newRow("link twice") << QStringList{u"creators"_s, u"link"_s, u"duplicate"_s, u"@TASK@"_s} << 4
                                << u"linked"_s;
    QTest::newRow("link bad id") << QStringList{u"creators"_s, u"link"_s, u"duplicate"_s, u"not an id"_s} << 2
                                 << u"not a profile task id"_s;
    QTest::newRow("unlink not linked") << QStringList{u"creators"_s, u"unlink"_s, u"duplicate"_s, u"@RIVAL@"_s} << 3
                                       << u"not linked"_s;
    QTest::newRow("leaderboard by") << QStringList{u"creators"_s, u"leaderboard"_s, u"--by"_s, u"likes"_s} << 2
                                    << u"--by"_s;
    QTest::newRow("leaderboard period") << QStringList{u"creators"_s, u"leaderboard"_s, u"--period"_s, u"14d"_s} << 2
                                        << u"--period"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"creators"_s, u"merge"_s} << 2 << u"merge"_s;
    QTest::newRow("daily metric") << QStringList{u"analytics"_s, u"daily"_s, u"duplicate"_s, u"--metric"_s, u"saves"_s}
                                  << 2 << u"--metric"_s;
    QTest::newRow("daily date") << QStringList{u"analytics"_s, u"daily"_s, u"duplicate"_s, u"--from"_s, u"3/1/2026"_s}
                                << 2 << u"YYYY-MM-DD"_s;
    QTest::newRow("daily reversed") << QStringList{u"analytics"_s,  u"daily"_s, u"duplicate"_s, u"--from"_s,
                                                   u"2026-03-05"_s, u"--to"_s,  u"2026-03-01"_s}
                                    << 2 << u"comes after"_s;
    QTest::newRow("daily unknown") << QStringList{u"analytics"_s, u"daily"_s, u"nothing-here"_s} << 3
                                   << u"nothing-here"_s;
    QTest::newRow("daily video followers")
        << QStringList{u"analytics"_s, u"daily"_s, u"7300000000000000001"_s, u"--metric"_s, u"followers"_s} << 2
        << u"Followers"_s;
    QTest::newRow("overview period") << QStringList{u"overview"_s, u"--period"_s, u"1y"_s} << 2 << u"--period"_s;
}

void TestCreatorsCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    if (run({u"creators"_s, u"show"_s, u"duplicate"_s}).exit != 0) {
        QCOMPARE(run({u"creators"_s, u"add"_s, u"Duplicate"_s}).exit, 0);
        QCOMPARE(run({u"creators"_s, u"link"_s, u"duplicate"_s, m_seed.ownTask}).exit, 0);
    }
    args.replaceInStrings(u"@TASK@"_s, m_seed.ownTask);
    args.replaceInStrings(u"@RIVAL@"_s, m_seed.rivalTask);
    const Run r = run(args, false);
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCreatorsCli)
#include "testCreatorsCli.moc"
