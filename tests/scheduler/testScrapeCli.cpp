#include "FakePlatformServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakeFault;
using reelpulse::test::FakePlatformServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

/// reelpulse-cli scrape and info as processes against the fake Instagram/TikTok server
/// (REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL point at it).
class TestScrapeCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testReelScrapeStoresTheCapture();
    void testScrapeDueRunsEveryDueTask();
    void testFailureNamesTheRemedy();
    void testWalledTikTokCommentsKeepTheCounts();
    void testInfoPrintsWithoutStoring();
    void testUsageErrors();

private:
    Run cli(const QStringList &args);
    qint64 count(const QString &sql);
    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScrapeCli::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
}

void TestScrapeCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server->clearInjections();
    m_server->clearRequests();
}

Run TestScrapeCli::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_INSTAGRAM_URL"_s, m_server->baseUrl());
    env.insert(u"REELPULSE_TIKTOK_URL"_s, m_server->baseUrl());
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p.setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.start();
    Run run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

qint64 TestScrapeCli::count(const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_dir->path() + u"/reelpulse.sqlite"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

void TestScrapeCli::testReelScrapeStoresTheCapture()
{
    QCOMPARE(cli({u"projects"_s, u"add"_s, u"p"_s}).exitCode, 0);
    const Run add = cli({u"reels"_s, u"add"_s, u"p"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    const QString id = add.json().value(u"_id"_s).toString();
    QVERIFY(!id.isEmpty());

    const Run first = cli({u"scrape"_s, id.left(8), u"--json"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + QString::fromUtf8(first.out)));
    const QJsonObject doc = first.json();
    QCOMPARE(doc.value(u"result"_s), QJsonValue(true));
    const QJsonObject response = doc.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"message"_s).toString(), u"Task scraping completed successfully"_s);
    QCOMPARE(response.value(u"posts_processed"_s).toInt(), 1);
    const int comments = response.value(u"comments_analyzed"_s).toInt();
    // The capture's first page: 6 comments with 3 threaded replies.
    QCOMPARE(comments, 9);
    QCOMPARE(count(u"SELECT likes FROM item_snapshots"_s), 256);
    QCOMPARE(count(u"SELECT views FROM item_snapshots"_s), 539);
    QCOMPARE(count(u"SELECT plays FROM item_snapshots"_s), 2387);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), comments);
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE platform_id = '3560614185974049156'"_s), 1);
    qInfo("first scrape: %d platform request(s)", response.value(u"requests"_s).toInt());

    const Run second = cli({u"scrape"_s, id});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains("1 post(s) processed"), second.out.constData());
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), comments);
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 1);

    // The task JSON shows what was stored.
    const Run list = cli({u"reels"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject reel = list.json().value(u"tasks"_s).toArray().first().toObject();
    const QJsonObject data = reel.value(u"reel_data"_s).toObject();
    QCOMPARE(data.value(u"likes"_s).toInt(), 256);
    QCOMPARE(data.value(u"views"_s).toInt(), 539);
    QCOMPARE(data.value(u"plays"_s).toInt(), 2387);
    QCOMPARE(data.value(u"comments_stored"_s).toInt(), comments);
    QVERIFY(!data.value(u"top_comments"_s).toArray().isEmpty());
    // The stored comments were scored right after the scrape.
    const QJsonObject sentiment = data.value(u"sentiment_analysis"_s).toObject();
    QCOMPARE(sentiment.value(u"positive"_s).toInt() + sentiment.value(u"negative"_s).toInt() +
                 sentiment.value(u"neutral"_s).toInt(),
             comments);
    QVERIFY(sentiment.value(u"overall_sentiment"_s).isString());
    QVERIFY(data.value(u"top_comments"_s).toArray().first().toObject().value(u"sentiment"_s).isString());
    QVERIFY(reel.value(u"last_scraped"_s).isDouble());
    QCOMPARE(reel.value(u"media_id"_s).toString(), u"3560614185974049156"_s);
    const Run show = cli({u"reels"_s, u"show"_s, id});
    QVERIFY(show.out.contains("256 likes"));
}

void TestScrapeCli::testScrapeDueRunsEveryDueTask()
{
    QCOMPARE(cli({u"projects"_s, u"add"_s, u"p"_s}).exitCode, 0);
    const QString reel =
        cli({u"reels"_s, u"add"_s, u"p"_s, u"DFp17y5MymE"_s, u"--json"_s}).json().value(u"_id"_s).toString();
    const QString video = cli({u"videos"_s, u"add"_s, u"tiktok"_s, u"7603296357641735445"_s, u"--json"_s})
                              .json()
                              .value(u"data"_s)
                              .toObject()
                              .value(u"id"_s)
                              .toString();
    QVERIFY(!reel.isEmpty() && !video.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"due"_s);
        db.setDatabaseName(m_dir->path() + u"/reelpulse.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE reel_tasks SET next_scrape_due = 1"_s));
        QVERIFY(q.exec(u"UPDATE video_tasks SET next_scrape_due = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"due"_s);

    const Run due = cli({u"scrape"_s, u"--due"_s, u"--json"_s});
    QVERIFY2(due.exitCode == 0, qPrintable(due.err + QString::fromUtf8(due.out)));
    const QJsonObject response = due.json().value(u"response"_s).toObject();
    const QJsonArray tasks = response.value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).toObject().value(u"task_id"_s).toString(), reel); // due first
    QCOMPARE(tasks.at(1).toObject().value(u"task_kind"_s).toString(), u"video"_s);
    QCOMPARE(tasks.at(1).toObject().value(u"result"_s).toString(), u"stored"_s);
    QCOMPARE(response.value(u"posts_processed"_s).toInt(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM media_items WHERE platform = 'tiktok'"_s), 1);
    QVERIFY(count(u"SELECT count(*) FROM comments WHERE platform = 'tiktok'"_s) > 0);

    const Run again = cli({u"scrape"_s, u"--due"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("Nothing is due"));

    const Run shown = cli({u"videos"_s, u"show"_s, video, u"--json"_s});
    const QJsonObject data = shown.json().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"media_type"_s).toString(), u"VIDEO"_s);
    QVERIFY(data.value(u"play_count"_s).isDouble());
    QVERIFY(data.value(u"tracking"_s).toObject().value(u"comments_stored"_s).toInt() > 0);
    QCOMPARE(data.value(u"tracking"_s).toObject().value(u"snapshots"_s).toInt(), 1);
}

void TestScrapeCli::testWalledTikTokCommentsKeepTheCounts()
{
    const Run add = cli({u"videos"_s, u"add"_s, u"tiktok"_s,
                         u"https://www.tiktok.com/@someone/video/7603296357641735445"_s, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    const QString id = add.json().value(u"data"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    // The comment list answers a web page (TikTok walls it for anonymous visitors at times).
    m_server->injectFault(FakeFault::HtmlInsteadOfJson, u"/api/comment/list/"_s, 5);
    const Run walled = cli({u"scrape"_s, id, u"--json"_s});
    QVERIFY2(walled.exitCode == 0, qPrintable(walled.err + QString::fromUtf8(walled.out)));
    const QJsonObject response = walled.json().value(u"response"_s).toObject();
    QCOMPARE(response.value(u"posts_processed"_s).toInt(), 1);
    QCOMPARE(response.value(u"comments_analyzed"_s).toInt(), 0);
    const QJsonObject comments = response.value(u"comments"_s).toObject();
    QCOMPARE(comments.value(u"available"_s), QJsonValue(false));
    QVERIFY(!comments.value(u"message"_s).toString().isEmpty());

    // The counts were stored and are shown; the task says why comments are missing.
    const Run shown = cli({u"videos"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject video = shown.json().value(u"data"_s).toObject();
    const QJsonObject fixtureStats =
        QJsonDocument::fromJson([] {
            QFile f(QStringLiteral(REELPULSE_TEST_DATA
                                   "/fixtures/tiktok/web_item_struct__7603296357641735445__2026-02.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }())
            .object()
            .value(u"stats"_s)
            .toObject();
    QVERIFY(!fixtureStats.isEmpty());
    for (const auto &[field, stat] : {std::pair{u"play_count"_s, u"playCount"_s},
                                      {u"like_count"_s, u"diggCount"_s},
                                      {u"comment_count"_s, u"commentCount"_s},
                                      {u"share_count"_s, u"shareCount"_s},
                                      {u"saved_count"_s, u"collectCount"_s}}) {
        QVERIFY2(video.contains(field), qPrintable(field + u" missing in "_s + QString::fromUtf8(shown.out)));
        QVERIFY(fixtureStats.value(stat).toDouble() > 0);
        QCOMPARE(video.value(field).toDouble(), fixtureStats.value(stat).toDouble());
    }
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE last_error_class = 'comments_unavailable' AND "
                   "last_error LIKE 'Comments unavailable:%'"_s),
             1);
    const Run human = cli({u"scrape"_s, id});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(QString::fromUtf8(human.out).contains(u"could not all be read"_s), human.out.constData());

    // Later the list answers: the comments are read and the note goes away.
    m_server->clearInjections();
    const Run open = cli({u"scrape"_s, id, u"--json"_s});
    QCOMPARE(open.exitCode, 0);
    QVERIFY(open.json().value(u"response"_s).toObject().value(u"comments_analyzed"_s).toInt() > 0);
    QCOMPARE(count(u"SELECT count(*) FROM video_tasks WHERE last_error IS NULL"_s), 1);
}

void TestScrapeCli::testFailureNamesTheRemedy()
{
    QCOMPARE(cli({u"projects"_s, u"add"_s, u"p"_s}).exitCode, 0);
    const QString gone =
        cli({u"reels"_s, u"add"_s, u"p"_s, u"AAAAAAAAAAA"_s, u"--json"_s}).json().value(u"_id"_s).toString();
    m_server->injectResponse(
        reelpulse::test::FakeResponse::json(R"({"message": "Media not found or unavailable", "status": "fail"})", 404),
        {}, 20);
    const Run failed = cli({u"scrape"_s, gone});
    m_server->clearInjections();
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(u"not_found"_s), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"marked as error"_s), qPrintable(failed.err));
    const Run shown = cli({u"reels"_s, u"show"_s, gone, u"--json"_s});
    QCOMPARE(shown.json().value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(shown.json().value(u"last_error"_s).toObject().value(u"class"_s).toString(), u"not_found"_s);

    const QString limited =
        cli({u"reels"_s, u"add"_s, u"p"_s, u"DFp17y5MymE"_s, u"--json"_s}).json().value(u"_id"_s).toString();
    const QString video = cli({u"videos"_s, u"add"_s, u"instagram"_s, u"CA_ifcxMjFR"_s, u"--json"_s})
                              .json()
                              .value(u"data"_s)
                              .toObject()
                              .value(u"id"_s)
                              .toString();
    QCOMPARE(cli({u"scrape"_s, video}).exitCode, 0);
    m_server->injectFault(FakeFault::SoftBlock, {}, 20);
    const Run blocked = cli({u"scrape"_s, limited, u"--json"_s});
    QCOMPARE(blocked.exitCode, 1);
    const QJsonObject doc = blocked.json();
    QCOMPARE(doc.value(u"result"_s), QJsonValue(false));
    QCOMPARE(doc.value(u"class"_s).toString(), u"soft_block"_s);
    QVERIFY2(doc.value(u"advice"_s).toString().contains(u"retries after"_s), blocked.out.constData());
    QVERIFY(doc.value(u"retry_at"_s).isString());
    m_server->clearInjections();

    // The Instagram video shows the governor's pause of its platform, and keeps its last stored values.
    const QJsonObject after = cli({u"videos"_s, u"show"_s, video, u"--json"_s}).json().value(u"data"_s).toObject();
    const QJsonObject governor = after.value(u"tracking"_s).toObject().value(u"governor"_s).toObject();
    QCOMPARE(governor.value(u"state"_s).toString(), u"soft_block"_s);
    QVERIFY(governor.value(u"resumes_at"_s).isString());
    QCOMPARE(after.value(u"media_type"_s).toString(), u"CAROUSEL"_s);
    QCOMPARE(after.value(u"children"_s).toArray().size(), 3);
    QVERIFY(after.value(u"like_count"_s).toInteger() > 0);

    const Run unknown = cli({u"scrape"_s, u"ffffffff"_s});
    QCOMPARE(unknown.exitCode, 3);
}

void TestScrapeCli::testInfoPrintsWithoutStoring()
{
    const Run reel = cli({u"info"_s, u"reel"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s, u"--json"_s});
    QVERIFY2(reel.exitCode == 0, qPrintable(reel.err));
    const QJsonObject r = reel.json();
    QCOMPARE(r.value(u"type"_s).toString(), u"reel"_s);
    QCOMPARE(r.value(u"shortcode"_s).toString(), u"DFp17y5MymE"_s);
    QCOMPARE(r.value(u"like_count"_s).toInt(), 256);
    QCOMPARE(r.value(u"view_count"_s).toInt(), 539);
    QCOMPARE(r.value(u"play_count"_s).toInt(), 2387);

    const Run profile = cli({u"info"_s, u"profile"_s, u"@instagram"_s, u"--json"_s});
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
    const QJsonObject p = profile.json();
    QCOMPARE(p.value(u"type"_s).toString(), u"profile"_s);
    QCOMPARE(p.value(u"username"_s).toString(), u"instagram"_s);
    QVERIFY(p.value(u"followers_count"_s).toInteger() > 600000000);
    QCOMPARE(p.value(u"posts"_s).toArray().size(), 12);

    const Run post = cli({u"info"_s, u"post"_s, u"CA_ifcxMjFR"_s});
    QVERIFY2(post.exitCode == 0, qPrintable(post.err));
    QVERIFY2(post.out.contains("carousel"), post.out.constData());

    const Run missing = cli({u"info"_s, u"profile"_s, u"nobody_here_123"_s});
    QCOMPARE(missing.exitCode, 3);
    // Nothing about posts was stored.
    QCOMPARE(count(u"SELECT count(*) FROM media_items"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 0);
}

void TestScrapeCli::testUsageErrors()
{
    QCOMPARE(cli({u"scrape"_s}).exitCode, 0); // usage
    QCOMPARE(cli({u"scrape"_s, u"--due"_s, u"abcd1234"_s}).exitCode, 2);
    QCOMPARE(cli({u"scrape"_s, u"ab"_s}).exitCode, 2);
    QCOMPARE(cli({u"scrape"_s, u"abcd1234"_s, u"--posts"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"info"_s, u"reel"_s, u"https://example.com/nope"_s}).exitCode, 2);
    QCOMPARE(cli({u"info"_s, u"highlights"_s, u"x"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestScrapeCli)
#include "testScrapeCli.moc"
