#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

/// reelpulse-cli run as a process: exit codes, --json shapes, messages on bad input.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testProfilesAcceptance();
    void testBadProfileNameNamesTheRule();
    void testReelsNeedAProject();
    void testVideoIntervalAndDuplicate();
    void testShowUpdateRemoveByPrefix();
    void testUsageErrors();
    void testVersionAndHelp();
    void testNewerStoreIsRefused();
    void testSigkillLeavesWholeRows();
    void testEndpointsReportsTheProfileInUse();
    void testWorksThroughASymlinkFromAnotherFolder();

private:
    Run cli(const QStringList &args);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCli::cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p.setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.start();
    Run run;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestCli::testProfilesAcceptance()
{
    const Run add = cli({u"profiles"_s, u"add"_s, u"@natgeo"_s, u"--competitor"_s});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains("natgeo"));

    const Run list = cli({u"profiles"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject doc = list.json();
    QCOMPARE(doc.value(u"total_tasks"_s).toInt(), 1);
    const QJsonObject task = doc.value(u"tasks"_s).toArray().at(0).toObject();
    for (const QString &key : {u"_id"_s, u"target_profile"_s, u"is_competitor"_s, u"created_at"_s, u"last_scraped"_s,
                               u"next_scrape_due"_s, u"status"_s})
        QVERIFY2(task.contains(key), qPrintable(key));
    QCOMPARE(task.value(u"target_profile"_s).toString(), u"natgeo"_s);
    QCOMPARE(task.value(u"is_competitor"_s), QJsonValue(true));
    QCOMPARE(task.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(task.value(u"last_scraped"_s).isNull());
    const QDateTime created = QDateTime::fromString(task.value(u"created_at"_s).toString(), Qt::ISODate);
    const QDateTime due = QDateTime::fromString(task.value(u"next_scrape_due"_s).toString(), Qt::ISODate);
    QVERIFY(created.isValid() && due.isValid());
    QVERIFY(task.value(u"created_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(created.secsTo(due), 2 * 86400);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // add --json prints the created task in the same shape as show.
    const Run addJson = cli({u"profiles"_s, u"add"_s, u"https://www.instagram.com/foodxtaste/"_s, u"--json"_s});
    QCOMPARE(addJson.exitCode, 0);
    const QString id = addJson.json().value(u"_id"_s).toString();
    const Run show = cli({u"profiles"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().keys(), addJson.json().keys());
    QCOMPARE(show.json().value(u"is_competitor"_s), QJsonValue(false));
}

void TestCli::testBadProfileNameNamesTheRule()
{
    const Run bad = cli({u"profiles"_s, u"add"_s, u"bad..name"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"'..'"_s), qPrintable(bad.err));
    QVERIFY(bad.err.contains(u"target_profile"_s));
    QVERIFY(bad.out.isEmpty());
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"@"_s + QString(31, u'a')}).exitCode, 2);
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"natgeo"_s, u"--interval-days"_s, u"zero"_s}).exitCode, 2);

    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"natgeo"_s}).exitCode, 0);
    const Run dup = cli({u"profiles"_s, u"add"_s, u"@NatGeo"_s});
    QCOMPARE(dup.exitCode, 4);
    QVERIFY(dup.err.contains(u"already tracked"_s));
    QCOMPARE(cli({u"profiles"_s, u"list"_s, u"--json"_s}).json().value(u"total_tasks"_s).toInt(), 1);
}

void TestCli::testReelsNeedAProject()
{
    const QString url = u"https://www.instagram.com/reel/DFp17y5MymE/"_s;
    const Run missing = cli({u"reels"_s, u"add"_s, u"nonexistent"_s, url});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
    QVERIFY(missing.err.contains(u"nonexistent"_s));

    QCOMPARE(cli({u"projects"_s, u"add"_s, u"campaign"_s}).exitCode, 0);
    QCOMPARE(cli({u"projects"_s, u"add"_s, u"campaign"_s}).exitCode, 4);
    const Run add = cli({u"reels"_s, u"add"_s, u"campaign"_s, url, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    QJsonObject task = add.json();
    QCOMPARE(task.value(u"reel_id"_s).toString(), u"DFp17y5MymE"_s);
    QCOMPARE(task.value(u"media_id"_s).toString(), u"3560614185974049156"_s);
    QCOMPARE(task.value(u"scrape_interval_days"_s).toInt(), 2);
    QVERIFY(task.value(u"created_at"_s).isDouble());
    QCOMPARE(qint64(task.value(u"next_scrape_due"_s).toDouble() - task.value(u"created_at"_s).toDouble()),
             qint64(2 * 86400));
    QVERIFY(task.contains(u"reel_data"_s));

    const Run list = cli({u"reels"_s, u"list"_s, u"campaign"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"total_tasks"_s).toInt(), 1);
    QCOMPARE(list.json().value(u"tasks"_s).toArray().at(0).toObject().value(u"reel_url"_s).toString(), url);

    QCOMPARE(cli({u"reels"_s, u"add"_s, u"campaign"_s, u"https://www.instagram.com/natgeo/"_s}).exitCode, 2);
    QCOMPARE(cli({u"reels"_s, u"add"_s, u"campaign"_s, url, u"--interval-days"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(cli({u"reels"_s, u"list"_s, u"nothere"_s}).exitCode, 3);

    const Run removed = cli({u"projects"_s, u"remove"_s, u"campaign"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(cli({u"reels"_s, u"list"_s, u"--json"_s}).json().value(u"total_tasks"_s).toInt(), 0);
}

void TestCli::testVideoIntervalAndDuplicate()
{
    const QString url = u"https://www.tiktok.com/@user/video/7603296357641735445"_s;
    const Run tooOften = cli({u"videos"_s, u"add"_s, u"tiktok"_s, url, u"--interval-hours"_s, u"5"_s});
    QCOMPARE(tooOften.exitCode, 2);
    QVERIFY2(tooOften.err.contains(u"6"_s) && tooOften.err.contains(u"720"_s), qPrintable(tooOften.err));

    const Run add = cli({u"videos"_s, u"add"_s, u"tiktok"_s, url, u"--meta"_s, u"campaign=spring"_s, u"--json"_s});
    QCOMPARE(add.exitCode, 0);
    const QJsonObject video = add.json().value(u"data"_s).toObject();
    QCOMPARE(video.value(u"platform"_s).toString(), u"tiktok"_s);
    QCOMPARE(video.value(u"external_id"_s).toString(), u"7603296357641735445"_s);
    QVERIFY(video.value(u"shortcode"_s).isNull());
    QCOMPARE(video.value(u"is_active"_s), QJsonValue(true));
    QCOMPARE(video.value(u"scrape_interval_hours"_s).toInt(), 24);
    QCOMPARE(video.value(u"metadata"_s).toObject().value(u"campaign"_s).toString(), u"spring"_s);
    for (const QString &key : {u"view_count"_s, u"like_count"_s, u"comment_count"_s, u"share_count"_s, u"play_count"_s,
                               u"saved_count"_s, u"media_type"_s, u"account_username"_s})
        QVERIFY2(video.contains(key) && video.value(key).isNull(), qPrintable(key));

    const Run dup = cli({u"videos"_s, u"add"_s, u"tiktok"_s, url});
    QCOMPARE(dup.exitCode, 4);
    QCOMPARE(cli({u"videos"_s, u"add"_s, u"tiktok"_s, u"7603296357641735445"_s}).exitCode, 4);
    QCOMPARE(cli({u"videos"_s, u"add"_s, u"youtube"_s, url}).exitCode, 2);
    QCOMPARE(cli({u"videos"_s, u"add"_s, u"instagram"_s, u"DFp17y5MymE"_s, u"--inactive"_s}).exitCode, 0);

    const Run list = cli({u"videos"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray data = list.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    const QJsonObject ig =
        data.at(0).toObject().value(u"platform"_s) == u"instagram"_s ? data.at(0).toObject() : data.at(1).toObject();
    QCOMPARE(ig.value(u"shortcode"_s).toString(), u"DFp17y5MymE"_s);
    QCOMPARE(ig.value(u"external_id"_s).toString(), u"3560614185974049156"_s);
    QCOMPARE(ig.value(u"is_active"_s), QJsonValue(false));
}

void TestCli::testShowUpdateRemoveByPrefix()
{
    const Run add = cli({u"videos"_s, u"add"_s, u"tiktok"_s, u"7603296357641735445"_s, u"--json"_s});
    const QString id = add.json().value(u"data"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(id.size(), 36);
    const QString prefix = id.left(6);

    QCOMPARE(
        cli({u"videos"_s, u"show"_s, prefix, u"--json"_s}).json().value(u"data"_s).toObject().value(u"id"_s).toString(),
        id);
    const Run none = cli({u"videos"_s, u"update"_s, prefix});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(u"No updatable fields"_s));
    const Run upd =
        cli({u"videos"_s, u"update"_s, prefix, u"--interval-hours"_s, u"48"_s, u"--inactive"_s, u"--json"_s});
    QCOMPARE(upd.exitCode, 0);
    QCOMPARE(upd.json().value(u"data"_s).toObject().value(u"scrape_interval_hours"_s).toInt(), 48);
    QCOMPARE(upd.json().value(u"data"_s).toObject().value(u"is_active"_s), QJsonValue(false));
    QCOMPARE(cli({u"videos"_s, u"update"_s, prefix, u"--interval-hours"_s, u"721"_s}).exitCode, 2);
    QCOMPARE(cli({u"videos"_s, u"show"_s, id.left(3)}).exitCode, 2);
    QCOMPARE(cli({u"videos"_s, u"remove"_s, prefix}).exitCode, 0);
    QCOMPARE(cli({u"videos"_s, u"show"_s, id}).exitCode, 3);

    const Run p = cli({u"profiles"_s, u"add"_s, u"natgeo"_s, u"--json"_s});
    const QString pid = p.json().value(u"_id"_s).toString();
    QCOMPARE(cli({u"profiles"_s, u"update"_s, pid.left(5)}).exitCode, 2);
    const Run paused = cli({u"profiles"_s, u"update"_s, pid.left(5), u"--pause"_s, u"--competitor"_s, u"--json"_s});
    QCOMPARE(paused.exitCode, 0);
    QCOMPARE(paused.json().value(u"status"_s).toString(), u"paused"_s);
    QCOMPARE(paused.json().value(u"is_competitor"_s), QJsonValue(true));
    QCOMPARE(cli({u"profiles"_s, u"remove"_s, pid}).exitCode, 0);
    QCOMPARE(cli({u"profiles"_s, u"show"_s, pid}).exitCode, 3);
}

void TestCli::testUsageErrors()
{
    const Run unknown = cli({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"frobnicate"_s));
    const Run badOption = cli({u"profiles"_s, u"add"_s, u"natgeo"_s, u"--rival"_s});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains(u"--rival"_s));
    QCOMPARE(cli({u"profiles"_s, u"add"_s}).exitCode, 2);
    QCOMPARE(cli({u"profiles"_s, u"frob"_s}).exitCode, 2);
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"natgeo"_s, u"--own"_s, u"--competitor"_s}).exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
}

void TestCli::testVersionAndHelp()
{
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("reelpulse-cli "));
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"profiles", "projects", "reels", "videos"})
        QVERIFY2(help.out.contains(command), command);
    for (const QString &group : {u"profiles"_s, u"projects"_s, u"reels"_s, u"videos"_s}) {
        const Run groupHelp = cli({group, u"--help"_s});
        QCOMPARE(groupHelp.exitCode, 0);
        const QByteArray expected = QByteArray("Usage: reelpulse-cli ").append(group.toUtf8());
        QVERIFY(groupHelp.out.contains(expected));
    }
}

void TestCli::testNewerStoreIsRefused()
{
    QCOMPARE(cli({u"profiles"_s, u"add"_s, u"natgeo"_s}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(m_dir->filePath(u"reelpulse.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    const Run refused = cli({u"profiles"_s, u"list"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"newer ReelPulse"_s), qPrintable(refused.err));
}

void TestCli::testSigkillLeavesWholeRows()
{
    // A loop of adds in which every CLI process is killed (SIGKILL) at a random moment of its run. How long a run
    // takes depends on the machine and its load: one whole add (into a store of its own, created by that run)
    // measures it, so the kills fall anywhere from the start to the end of a run, store creation included.
    int wholeRunMs = 0;
    {
        QTemporaryDir calibration;
        QVERIFY(calibration.isValid());
        QProcess p;
        p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
        p.setArguments(
            {u"--data-dir"_s, calibration.path(), u"videos"_s, u"add"_s, u"tiktok"_s, u"7603296357641734999"_s});
        QElapsedTimer timer;
        timer.start();
        p.start();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        wholeRunMs = std::max(10, int(timer.elapsed()));
    }
    QRandomGenerator rng(20261122);
    int finished = 0;
    for (int i = 0; i < 60; ++i) {
        QProcess p;
        p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
        p.setArguments({u"--data-dir"_s, m_dir->path(), u"videos"_s, u"add"_s, u"tiktok"_s,
                        QString::number(Q_INT64_C(7603296357641735000) + i), u"--meta"_s, u"run=%1"_s.arg(i)});
        p.start();
        QVERIFY(p.waitForStarted());
        QTest::qWait(static_cast<int>(rng.bounded(wholeRunMs + wholeRunMs / 4)));
        p.kill();
        p.waitForFinished(10000);
        if (p.exitStatus() == QProcess::NormalExit)
            ++finished;
    }
    qInfo() << finished << "of 60 adds finished before the kill; a whole add took" << wholeRunMs << "ms";

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(m_dir->filePath(u"reelpulse.sqlite"_s));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        // Every row is whole: all fields written, metadata is the JSON of its own run.
        QVERIFY(q.exec(u"SELECT external_id, metadata, added_at, next_scrape_due, interval_hours FROM video_tasks"_s));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 run = q.value(0).toLongLong() - Q_INT64_C(7603296357641735000);
            QCOMPARE(QJsonDocument::fromJson(q.value(1).toByteArray()).object().value(u"run"_s).toString(),
                     QString::number(run));
            QVERIFY(q.value(2).toLongLong() > 0);
            QVERIFY(!q.value(3).isNull());
            QCOMPARE(q.value(4).toInt(), 24);
        }
        QVERIFY(rows >= finished);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);

    // The store still works afterwards.
    QCOMPARE(cli({u"videos"_s, u"list"_s, u"--json"_s}).exitCode, 0);
}

void TestCli::testEndpointsReportsTheProfileInUse()
{
    const Run builtIn = cli({u"endpoints"_s, u"--json"_s});
    QCOMPARE(builtIn.exitCode, 0);
    const QJsonArray profiles = builtIn.json().value(u"endpoint_profiles"_s).toArray();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject instagram = profiles.at(0).toObject();
    QCOMPARE(instagram.value(u"platform"_s).toString(), u"instagram"_s);
    QCOMPARE(instagram.value(u"source"_s).toString(), u"built-in"_s);
    const int version = instagram.value(u"version"_s).toInt();
    QVERIFY(version >= 1);
    QVERIFY(instagram.value(u"operations"_s).toObject().value(u"profile"_s).toArray().size() >= 2);
    QVERIFY(instagram.value(u"override_problem"_s).isNull());

    // A newer copy in the data folder overrides the built-in profile, and the CLI says so.
    QFile builtInFile(QStringLiteral(REELPULSE_SOURCE_DIR "/resources/endpoints/instagram.json"));
    QVERIFY(builtInFile.open(QIODevice::ReadOnly));
    QJsonObject newer = QJsonDocument::fromJson(builtInFile.readAll()).object();
    newer.insert(u"version"_s, version + 1);
    QVERIFY(QDir(m_dir->path()).mkpath(u"endpoints"_s));
    const QString overridePath = m_dir->filePath(u"endpoints/instagram.json"_s);
    QFile overrideFile(overridePath);
    QVERIFY(overrideFile.open(QIODevice::WriteOnly));
    overrideFile.write(QJsonDocument(newer).toJson());
    overrideFile.close();
    const QJsonObject overridden =
        cli({u"endpoints"_s, u"--json"_s}).json().value(u"endpoint_profiles"_s).toArray().at(0).toObject();
    QCOMPARE(overridden.value(u"version"_s).toInt(), version + 1);
    QCOMPARE(overridden.value(u"source"_s).toString(), overridePath);
    const Run human = cli({u"endpoints"_s});
    QVERIFY(human.out.contains(QString::number(version + 1).toUtf8()));
    QVERIFY(human.out.contains(overridePath.toUtf8()));

    // A broken copy is reported and the built-in profile stays in use.
    QVERIFY(overrideFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    overrideFile.write("{ not json");
    overrideFile.close();
    const QJsonObject broken =
        cli({u"endpoints"_s, u"--json"_s}).json().value(u"endpoint_profiles"_s).toArray().at(0).toObject();
    QCOMPARE(broken.value(u"source"_s).toString(), u"built-in"_s);
    QVERIFY(!broken.value(u"override_problem"_s).toString().isEmpty());
}

void TestCli::testWorksThroughASymlinkFromAnotherFolder()
{
    // One executable: called through a link (as /usr/bin may hold it) and from any working directory, every kind
    // of command works the same — file scoring, the store, the built-in endpoint profiles and settings.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString link = elsewhere.filePath(u"rp"_s);
    QVERIFY(QFile::link(QStringLiteral(REELPULSE_CLI_PATH), link));
    QFile texts(elsewhere.filePath(u"comments.txt"_s));
    QVERIFY(texts.open(QIODevice::WriteOnly));
    texts.write("love it \xe2\x9d\xa4\xef\xb8\x8f\nworst service\n");
    texts.close();
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(elsewhere.path());
        p.start(link, QStringList{u"--data-dir"_s, m_dir->path()} + args);
        p.waitForFinished(30000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    const auto version = run({u"--version"_s});
    QCOMPARE(version.first, 0);
    QVERIFY(version.second.startsWith(u"reelpulse-cli "_s));
    const auto scored = run({u"sentiment"_s, u"file"_s, u"comments.txt"_s});
    QCOMPARE(scored.first, 0);
    QVERIFY2(scored.second.contains(u"\tpositive"_s) && scored.second.contains(u"\tnegative"_s),
             qPrintable(scored.second));
    QCOMPARE(run({u"profiles"_s, u"add"_s, u"@natgeo"_s}).first, 0);
    const auto listed = run({u"profiles"_s, u"list"_s});
    QCOMPARE(listed.first, 0);
    QVERIFY(listed.second.contains(u"natgeo"_s));
    const auto endpoints = run({u"--json"_s, u"endpoints"_s});
    QCOMPARE(endpoints.first, 0);
    QVERIFY(endpoints.second.contains(u"\"instagram\""_s));
    QCOMPARE(run({u"config"_s, u"set"_s, u"sentiment.mode"_s, u"reference"_s}).first, 0);
    QCOMPARE(run({u"config"_s, u"get"_s, u"sentiment.mode"_s}).second.trimmed(), u"reference"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "testCli.moc"
