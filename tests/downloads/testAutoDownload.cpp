// "Download new posts": reelpulse-cli profiles add|update --auto-download on|off, and a profile scrape against
// the fake server (the same ScrapeService step the app's scheduler runs) that queues one download job per new
// post, none again at the next scrape, and none with the option off.
#include "FakePlatformServer.h"

#include "services/AutoDownload.h"
#include "storage/AutoDownloadStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestAutoDownload final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testOptionOnQueuesEachNewPostOnce();
    void testOptionOffQueuesNothing();
    void testOptionIsSetAndShown();

private:
    Run cli(const QStringList &args);
    /// The targets (shortcodes) of the jobs in `downloads list --json`.
    QStringList jobTargets();
    /// The shortcodes of the posts the task's scrapes linked to it.
    QSet<QString> taskShortcodes(const QString &taskId);

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutoDownload::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
}

void TestAutoDownload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server->clearRequests();
    QCOMPARE(cli({u"config"_s, u"set"_s, u"governor.jitter_max_ms"_s, u"0"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"downloads.folder"_s, m_dir->path() + u"/out"_s}).exitCode, 0);
}

Run TestAutoDownload::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_INSTAGRAM_URL"_s, m_server->baseUrl());
    env.insert(u"REELPULSE_MEDIA_URL"_s, m_server->baseUrl());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s); // anonymous: no keychain here
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

QStringList TestAutoDownload::jobTargets()
{
    const Run list = cli({u"downloads"_s, u"list"_s, u"--json"_s});
    if (list.exitCode != 0)
        return {u"<downloads list failed>"_s};
    QStringList targets;
    for (const QJsonValue &job : list.json().value(u"jobs"_s).toArray()) {
        targets << job.toObject().value(u"target"_s).toString();
    }
    return targets;
}

QSet<QString> TestAutoDownload::taskShortcodes(const QString &taskId)
{
    auto db = Database::open(m_dir->path());
    if (!db.ok())
        return {};
    auto posts = AutoDownloadStore(db.value()->connection()).posts(taskId);
    QSet<QString> codes;
    if (posts.ok()) {
        for (const AutoDownloadStore::Post &post : posts.value())
            codes.insert(post.shortcode);
    }
    return codes;
}

void TestAutoDownload::testOptionOnQueuesEachNewPostOnce()
{
    const Run added = cli({u"profiles"_s, u"add"_s, u"instagram"_s, u"--auto-download"_s, u"on"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json().value(u"auto_download"_s).toBool(), true);
    const QString task = added.json().value(u"_id"_s).toString();

    const Run first = cli({u"scrape"_s, task});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + QString::fromUtf8(first.out)));
    const QSet<QString> posts = taskShortcodes(task);
    QVERIFY(posts.size() >= 2);
    QVERIFY2(QString::fromUtf8(first.out + first.err.toUtf8())
                 .contains(u"%1 new post(s) queued for download."_s.arg(posts.size())),
             qPrintable(QString::fromUtf8(first.out)));
    // One job per post, pointing at that post, queued (the app or `downloads resume` runs them).
    const QStringList targets = jobTargets();
    QCOMPARE(targets.size(), posts.size());
    QSet<QString> queued;
    for (const QString &code : targets) {
        QVERIFY2(posts.contains(code), qPrintable(code));
        queued.insert(code);
    }
    QCOMPARE(queued, posts);
    QCOMPARE(m_server->requestCount(u"/v/"_s), 0);

    // The next scrape finds no new post: no new job.
    const Run second = cli({u"scrape"_s, task});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(!QString::fromUtf8(second.out).contains(u"queued for download"_s));
    QCOMPARE(jobTargets().size(), posts.size());
}

void TestAutoDownload::testOptionOffQueuesNothing()
{
    const Run added = cli({u"profiles"_s, u"add"_s, u"instagram"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json().value(u"auto_download"_s).toBool(true), false);
    const QString task = added.json().value(u"_id"_s).toString();
    const Run scraped = cli({u"scrape"_s, task});
    QVERIFY2(scraped.exitCode == 0, qPrintable(scraped.err));
    QVERIFY(!taskShortcodes(task).isEmpty());
    QVERIFY(jobTargets().isEmpty());
}

void TestAutoDownload::testOptionIsSetAndShown()
{
    const Run added = cli({u"profiles"_s, u"add"_s, u"instagram"_s, u"--json"_s});
    const QString task = added.json().value(u"_id"_s).toString();
    QVERIFY(!task.isEmpty());
    const Run on = cli({u"profiles"_s, u"update"_s, task.left(8), u"--auto-download"_s, u"on"_s, u"--json"_s});
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QCOMPARE(on.json().value(u"auto_download"_s).toBool(), true);
    const Run shown = cli({u"profiles"_s, u"show"_s, task.left(8)});
    QVERIFY(QString::fromUtf8(shown.out).contains(u"download new posts: on"_s));
    const Run off = cli({u"profiles"_s, u"update"_s, task.left(8), u"--auto-download"_s, u"off"_s, u"--interval-days"_s,
                         u"3"_s, u"--json"_s});
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QCOMPARE(off.json().value(u"auto_download"_s).toBool(true), false);
    QCOMPARE(off.json().value(u"scrape_interval_days"_s).toInt(), 3);
    const Run bad = cli({u"profiles"_s, u"update"_s, task.left(8), u"--auto-download"_s, u"sometimes"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"--auto-download"_s));
}

QTEST_GUILESS_MAIN(TestAutoDownload)
#include "testAutoDownload.moc"
