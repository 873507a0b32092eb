#include "platform/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QStringList &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"REELPULSE_INSTAGRAM_URL"_s);
        for (const QString &pair : env)
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dir.path()} + args);
        process.waitForFinished(30000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFile::remove(Settings::filePath(m_dir.path()));
        qunsetenv("REELPULSE_INSTAGRAM_URL");
    }

    void testDefaultsWithoutAFile()
    {
        Settings settings(m_dir.path());
        QCOMPARE(settings.sentimentMode(), u"social"_s);
        QCOMPARE(settings.schedulerPaused(), false);
        QCOMPARE(settings.maxBodyBytes(), qint64(16) * 1024 * 1024);
        QCOMPARE(settings.graphUrl(), u"https://graph.instagram.com"_s);
        QVERIFY(settings.sessionHosts().isEmpty());
        QVERIFY(!settings.storedText(u"sentiment.mode"_s));
        QVERIFY(!QFile::exists(Settings::filePath(m_dir.path())));
    }

    void testValuesAreTypedAndValidated_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown");
        QTest::newRow("mode") << u"sentiment.mode"_s << u"Reference"_s << true << u"reference"_s;
        QTest::newRow("mode unknown") << u"sentiment.mode"_s << u"vader"_s << false << QString();
        QTest::newRow("bool yes") << u"scheduler.paused"_s << u"yes"_s << true << u"true"_s;
        QTest::newRow("bool junk") << u"scheduler.paused"_s << u"maybe"_s << false << QString();
        QTest::newRow("int") << u"net.max_body_mib"_s << u" 32 "_s << true << u"32"_s;
        QTest::newRow("int zero") << u"net.max_body_mib"_s << u"0"_s << false << QString();
        QTest::newRow("int too big") << u"net.max_body_mib"_s << u"4096"_s << false << QString();
        QTest::newRow("int text") << u"governor.window_minutes"_s << u"ten"_s << false << QString();
        QTest::newRow("url") << u"instagram.url"_s << u"http://127.0.0.1:8080/"_s << true
                             << u"http://127.0.0.1:8080"_s;
        QTest::newRow("url empty") << u"instagram.url"_s << u""_s << true << u""_s;
        QTest::newRow("url ftp") << u"instagram.url"_s << u"ftp://example.com"_s << false << QString();
        QTest::newRow("url no host") << u"tiktok.url"_s << u"https://"_s << false << QString();
        QTest::newRow("hosts") << u"net.session_hosts"_s << u"Proxy.Example.com;b.example.com"_s << true
                               << u"proxy.example.com, b.example.com"_s;
        QTest::newRow("hosts bad") << u"net.session_hosts"_s << u"a b/c"_s << false << QString();
    }

    void testValuesAreTypedAndValidated()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        Settings settings(m_dir.path());
        const QVariant before = settings.value(key);
        const Status status = settings.set(key, text);
        QCOMPARE(status.ok(), accepted);
        const Settings::Key *k = Settings::find(key);
        QVERIFY(k);
        if (accepted) {
            QCOMPARE(Settings::toText(*k, settings.value(key)), shown);
        } else {
            QCOMPARE(status.error().kind, ErrorKind::Invalid);
            QVERIFY2(status.error().message.contains(key), qPrintable(status.error().message));
            QCOMPARE(settings.value(key), before);
        }
    }

    void testUnknownKeyIsRefused()
    {
        Settings settings(m_dir.path());
        QVERIFY(!settings.set(u"no.such"_s, u"1"_s).ok());
        QVERIFY(!settings.value(u"no.such"_s).isValid());
    }

    void testAnotherInstanceSeesAChange()
    {
        Settings reader(m_dir.path());
        QCOMPARE(reader.sentimentMode(), u"social"_s);
        {
            Settings writer(m_dir.path());
            QVERIFY(writer.set(u"sentiment.mode"_s, u"reference"_s).ok());
        }
        QCOMPARE(reader.sentimentMode(), u"reference"_s);
        {
            Settings writer(m_dir.path());
            QVERIFY(writer.reset(u"sentiment.mode"_s).ok());
        }
        QCOMPARE(reader.sentimentMode(), u"social"_s);
    }

    void testEnvironmentWinsOverTheFile()
    {
        Settings settings(m_dir.path());
        QVERIFY(settings.set(u"instagram.url"_s, u"https://proxy.example.com"_s).ok());
        QCOMPARE(settings.instagramUrl(), u"https://proxy.example.com"_s);
        qputenv("REELPULSE_INSTAGRAM_URL", "http://127.0.0.1:9");
        QCOMPARE(settings.instagramUrl(), u"http://127.0.0.1:9"_s);
        QCOMPARE(settings.environmentOverride(u"instagram.url"_s).value_or(QString()), u"http://127.0.0.1:9"_s);
        qunsetenv("REELPULSE_INSTAGRAM_URL");
        QCOMPARE(settings.instagramUrl(), u"https://proxy.example.com"_s);
    }

    void testConfigCommandRoundTrip()
    {
        Run set = cli({u"config"_s, u"set"_s, u"sentiment.mode"_s, u"reference"_s});
        QCOMPARE(set.code, 0);
        QCOMPARE(Settings(m_dir.path()).sentimentMode(), u"reference"_s);

        Run get = cli({u"config"_s, u"get"_s, u"sentiment.mode"_s});
        QCOMPARE(get.code, 0);
        QCOMPARE(get.out.trimmed(), QByteArray("reference"));

        Run list = cli({u"--json"_s, u"config"_s, u"list"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).object().value(u"settings"_s).toArray();
        QCOMPARE(rows.size(), Settings::keys().size());
        bool seen = false;
        for (const QJsonValue &row : rows) {
            if (row[u"key"_s].toString() == u"sentiment.mode") {
                seen = true;
                QCOMPARE(row[u"value"_s].toString(), u"reference"_s);
                QCOMPARE(row[u"source"_s].toString(), u"file"_s);
                QCOMPARE(row[u"default"_s].toString(), u"social"_s);
            }
        }
        QVERIFY(seen);

        Run bad = cli({u"config"_s, u"set"_s, u"net.max_body_mib"_s, u"-3"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("net.max_body_mib"));
        Run unknown = cli({u"config"_s, u"get"_s, u"nope"_s});
        QCOMPARE(unknown.code, 2);

        Run env = cli({u"--json"_s, u"config"_s, u"get"_s, u"instagram.url"_s},
                      {u"REELPULSE_INSTAGRAM_URL=http://127.0.0.1:7"_s});
        const QJsonObject o = QJsonDocument::fromJson(env.out).object();
        QCOMPARE(o[u"value"_s].toString(), u"http://127.0.0.1:7"_s);
        QCOMPARE(o[u"source"_s].toString(), u"environment"_s);

        Run reset = cli({u"config"_s, u"reset"_s, u"sentiment.mode"_s});
        QCOMPARE(reset.code, 0);
        QCOMPARE(Settings(m_dir.path()).sentimentMode(), u"social"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "testSettings.moc"
