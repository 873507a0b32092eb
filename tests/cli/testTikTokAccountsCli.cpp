#include "FakePlatformServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakePlatformServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject fixtureObject(const QString &relative)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

/// `profiles add|show` and `scrape` for TikTok accounts as processes against the fake TikTok server; the cap on
/// tracked accounts; the auto-track options.
class TestTikTokAccountsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testAddScrapeShowGivesExactCounts();
    void testPlatformForms();
    void testAutoTrackOptions();
    void testCapIsRefusedWithExitCode4();

private:
    Run cli(const QStringList &args);
    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTikTokAccountsCli::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installTikTokRoutes();
    // @someone is the captured account (zg.520) under that name; its video comes from the item list.
    QJsonObject detail = fixtureObject(u"tiktok/user_detail__zg.520__2025-10.json"_s);
    QJsonObject info = detail.value(u"userInfo"_s).toObject();
    QJsonObject user = info.value(u"user"_s).toObject();
    user.insert(u"uniqueId"_s, u"someone"_s);
    info.insert(u"user"_s, user);
    detail.insert(u"userInfo"_s, info);
    m_server->setTikTokAccount(
        u"someone"_s, detail,
        fixtureObject(u"tiktok/user_item_list__zg.520__2025-10.json"_s).value(u"itemList"_s).toArray());
}

void TestTikTokAccountsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server->clearInjections();
    m_server->clearRequests();
}

Run TestTikTokAccountsCli::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_TIKTOK_URL"_s, m_server->baseUrl());
    env.insert(u"LANGUAGE"_s, u"en"_s);
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

void TestTikTokAccountsCli::testAddScrapeShowGivesExactCounts()
{
    const Run add = cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    const QJsonObject task = add.json();
    QCOMPARE(task.value(u"platform"_s).toString(), u"tiktok"_s);
    QCOMPARE(task.value(u"target_profile"_s).toString(), u"someone"_s);
    QCOMPARE(task.value(u"auto_track"_s).toString(), u"off"_s);
    const QString id = task.value(u"_id"_s).toString();
    QVERIFY(!id.isEmpty());

    const Run scrape = cli({u"scrape"_s, id});
    QVERIFY2(scrape.exitCode == 0, qPrintable(scrape.err));
    QCOMPARE(m_server->requestCount(u"/@someone"_s), 1);

    const Run show = cli({u"profiles"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject shown = show.json();
    QCOMPARE(shown.value(u"platform"_s).toString(), u"tiktok"_s);
    const QJsonObject profile = shown.value(u"profile"_s).toObject();
    // As the page states them, exact (statsV2) rather than rounded (stats: 427700, 6800000).
    QCOMPARE(profile.value(u"followers_count"_s).toInteger(), 427682);
    QCOMPARE(profile.value(u"following_count"_s).toInteger(), 176);
    QCOMPARE(profile.value(u"likes_count"_s).toInteger(), 6764096);
    QCOMPARE(profile.value(u"total_posts"_s).toInteger(), 1605);
    QCOMPARE(profile.value(u"username"_s).toString(), u"someone"_s);
    QCOMPARE(shown.value(u"scraped_posts"_s).toArray().size(), 1);
    QVERIFY(shown.value(u"discovered_videos"_s).isArray());
    QCOMPARE(shown.value(u"discovered_videos"_s).toArray().size(), 0);

    // The list names the platform too.
    const Run list = cli({u"profiles"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.json().value(u"tasks"_s).toArray().first().toObject().value(u"platform"_s).toString(), u"tiktok"_s);
}

void TestTikTokAccountsCli::testPlatformForms()
{
    const Run at = cli({u"profiles"_s, u"add"_s, u"@someone"_s, u"--platform"_s, u"tiktok"_s, u"--json"_s});
    QCOMPARE(at.exitCode, 0);
    QCOMPARE(at.json().value(u"platform"_s).toString(), u"tiktok"_s);
    // The same name on Instagram is another account.
    const Run ig = cli({u"profiles"_s, u"add"_s, u"someone"_s, u"--json"_s});
    QCOMPARE(ig.exitCode, 0);
    QCOMPARE(ig.json().value(u"platform"_s).toString(), u"instagram"_s);
    // The same TikTok account again, by name: a conflict.
    const Run again = cli({u"profiles"_s, u"add"_s, u"someone"_s, u"--platform"_s, u"tiktok"_s});
    QCOMPARE(again.exitCode, 4);
    // Bad forms: exit 2 with the rule.
    const Run dot = cli({u"profiles"_s, u"add"_s, u"someone."_s, u"--platform"_s, u"tiktok"_s});
    QCOMPARE(dot.exitCode, 2);
    QVERIFY2(dot.err.contains(u"cannot end with '.'"_s), qPrintable(dot.err));
    const Run mixed =
        cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s, u"--platform"_s, u"instagram"_s});
    QCOMPARE(mixed.exitCode, 2);
    const Run unknown = cli({u"profiles"_s, u"add"_s, u"x1"_s, u"--platform"_s, u"myspace"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestTikTokAccountsCli::testAutoTrackOptions()
{
    const Run add = cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s, u"--auto-track"_s, u"latest"_s,
                         u"--auto-track-latest"_s, u"3"_s, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.json().value(u"auto_track"_s).toString(), u"latest"_s);
    QCOMPARE(add.json().value(u"auto_track_latest"_s).toInt(), 3);
    const QString id = add.json().value(u"_id"_s).toString();
    QCOMPARE(cli({u"scrape"_s, id}).exitCode, 0);
    QCOMPARE(cli({u"scrape"_s, id}).exitCode, 0);
    const QJsonObject shown = cli({u"profiles"_s, u"show"_s, id, u"--json"_s}).json();
    const QJsonArray discovered = shown.value(u"discovered_videos"_s).toArray();
    QCOMPARE(discovered.size(), 1);
    QCOMPARE(discovered.first().toObject().value(u"profile_task_id"_s).toString(), id);
    const Run videos = cli({u"videos"_s, u"list"_s, u"--json"_s});
    QCOMPARE(videos.json().value(u"data"_s).toArray().size(), 1);

    const Run off = cli({u"profiles"_s, u"update"_s, id, u"--auto-track"_s, u"off"_s, u"--json"_s});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(off.json().value(u"auto_track"_s).toString(), u"off"_s);
    const Run bad = cli({u"profiles"_s, u"update"_s, id, u"--auto-track"_s, u"sometimes"_s});
    QCOMPARE(bad.exitCode, 2);
    // Back to the latest N: the number chosen before is kept.
    const Run back = cli({u"profiles"_s, u"update"_s, id, u"--auto-track"_s, u"latest"_s, u"--json"_s});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.json().value(u"auto_track_latest"_s).toInt(), 3);
    // The latest N without a number, or with too large a one: refused with the rule.
    const Run noNumber =
        cli({u"profiles"_s, u"add"_s, u"other.one"_s, u"--platform"_s, u"tiktok"_s, u"--auto-track"_s, u"latest"_s});
    QCOMPARE(noNumber.exitCode, 2);
    QVERIFY2(noNumber.err.contains(u"--auto-track-latest"_s), qPrintable(noNumber.err));
    const Run tooMany = cli({u"profiles"_s, u"update"_s, id, u"--auto-track-latest"_s, u"51"_s});
    QCOMPARE(tooMany.exitCode, 2);
}

void TestTikTokAccountsCli::testCapIsRefusedWithExitCode4()
{
    QCOMPARE(cli({u"config"_s, u"set"_s, u"tracking.max_accounts"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"natgeo"_s}).exitCode, 0);
    const Run refused = cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"tracking.max_accounts"_s), qPrintable(refused.err));
    const Run asJson = cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s, u"--json"_s});
    QCOMPARE(asJson.exitCode, 4);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"tracking.max_accounts"_s, u"0"_s}).exitCode, 0);
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"https://www.tiktok.com/@someone"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestTikTokAccountsCli)
#include "testTikTokAccountsCli.moc"
