#include "FakePlatformServer.h"
#include "TestSigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakePlatformServer;
using reelpulse::test::FakeResponse;
using reelpulse::test::profileJson;
using reelpulse::test::TestSigner;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// The fixture signed with the maintainers' key the program has built in (tests/data/endpoints/README.md).
QString signedFixture()
{
    return QStringLiteral(REELPULSE_TEST_DATA "/endpoints/instagram-v1.json");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

int builtInInstagramVersion()
{
    const QByteArray json = readAll(QStringLiteral(REELPULSE_SOURCE_DIR "/resources/endpoints/instagram.json"));
    return QJsonDocument::fromJson(json).object().value(u"version"_s).toInt();
}

} // namespace

/// `reelpulse-cli endpoints update` as a process: it trusts only the built-in key, so every profile a test
/// signs itself is refused; the one fixture signed with the real key checks the accepting path.
class TestEndpointsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testBuiltInKeyVerifiesTheSignedFixture();
    void testRefusalsFromFiles_data();
    void testRefusalsFromFiles();
    void testUsageErrors();
    void testUnreachableUrlIsANetworkError();
    void testDefaultUrlOverHttp();
    void testShowsWhetherTheCopyIsSigned();

private:
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    bool nothingWritten() const { return !QFileInfo::exists(m_dir->filePath(u"endpoints"_s)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestEndpointsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_files->isValid());
}

Run TestEndpointsCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p.setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.setProcessEnvironment(env);
    p.start();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void TestEndpointsCli::testBuiltInKeyVerifiesTheSignedFixture()
{
    QVERIFY(QFileInfo::exists(signedFixture()));
    const bool sameAsBuiltIn = builtInInstagramVersion() == 1;
    const Run run = cli({u"endpoints"_s, u"update"_s, u"--from"_s, signedFixture()});
    if (sameAsBuiltIn) {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("already up to date"), run.out.constData());
        const Run json = cli({u"--json"_s, u"endpoints"_s, u"update"_s, u"--from"_s, signedFixture()});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject update = json.json().value(u"endpoint_updates"_s).toArray().at(0).toObject();
        QCOMPARE(update.value(u"outcome"_s).toString(), u"up_to_date"_s);
        QCOMPARE(update.value(u"platform"_s).toString(), u"instagram"_s);
        QCOMPARE(update.value(u"key_id"_s).toString(), u"e1809fea7f23e8bc"_s);
        QVERIFY(json.json().value(u"errors"_s).toArray().isEmpty());
    } else {
        // Once the built-in profile is newer, the (verified) fixture is older.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is older than"_s), qPrintable(run.err));
    }
    QVERIFY(nothingWritten());
}

void TestEndpointsCli::testRefusalsFromFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unsigned") << u"unsigned"_s << QStringList() << u"it is not signed"_s;
    QTest::newRow("signed by a key the program does not trust")
        << u"test key"_s << QStringList() << u"does not trust"_s;
    QTest::newRow("a byte changed after signing") << u"tampered"_s << QStringList() << u"does not match"_s;
    QTest::newRow("wrong platform") << u"real"_s << QStringList{u"--platform"_s, u"tiktok"_s}
                                    << u"the profile for instagram, not for tiktok"_s;
    QTest::newRow("invalid JSON, unsigned") << u"not json"_s << QStringList() << u"it is not signed"_s;
    QTest::newRow("empty signature file") << u"empty signature"_s << QStringList() << u"it is not signed"_s;
    QTest::newRow("no such file") << u"missing"_s << QStringList() << u"There is no endpoint profile"_s;
}

void TestEndpointsCli::testRefusalsFromFiles()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, reason);
    const QString file = m_files->filePath(u"instagram.json"_s);
    const QString signature = file + u".sig"_s;
    TestSigner signer;
    const QByteArray v2 = profileJson(u"instagram"_s, 2);
    if (kind == u"unsigned"_s) {
        writeFile(file, v2);
    } else if (kind == u"test key"_s) {
        writeFile(file, v2);
        writeFile(signature, signer.signatureFile(v2));
    } else if (kind == u"tampered"_s) {
        QByteArray bytes = readAll(signedFixture());
        bytes.replace("\"version\": 1", "\"version\": 9");
        QVERIFY(bytes != readAll(signedFixture()));
        writeFile(file, bytes);
        writeFile(signature, readAll(signedFixture() + u".sig"_s));
    } else if (kind == u"real"_s) {
        writeFile(file, readAll(signedFixture()));
        writeFile(signature, readAll(signedFixture() + u".sig"_s));
    } else if (kind == u"not json"_s) {
        writeFile(file, "{ not json");
    } else if (kind == u"empty signature"_s) {
        writeFile(file, v2);
        writeFile(signature, QByteArray());
    }

    const Run run = cli(QStringList{u"endpoints"_s, u"update"_s, u"--from"_s, file} + extraArgs);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(nothingWritten());

    const Run json = cli(QStringList{u"--json"_s, u"endpoints"_s, u"update"_s, u"--from"_s, file} + extraArgs);
    QCOMPARE(json.exitCode, 2);
    QVERIFY(json.json().value(u"endpoint_updates"_s).toArray().isEmpty());
    const QJsonObject error = json.json().value(u"errors"_s).toArray().at(0).toObject();
    QVERIFY2(error.value(u"message"_s).toString().contains(reason), json.out.constData());
    QCOMPARE(error.value(u"exit_code"_s).toInt(), 2);
}

void TestEndpointsCli::testUsageErrors()
{
    Run run = cli({u"endpoints"_s, u"update"_s, u"--platform"_s, u"youtube"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"instagram or tiktok"_s), qPrintable(run.err));
    run = cli({u"endpoints"_s, u"upgrade"_s});
    QCOMPARE(run.exitCode, 2);
    run = cli({u"endpoints"_s, u"--from"_s, signedFixture()});
    QCOMPARE(run.exitCode, 2);
    run = cli({u"endpoints"_s, u"update"_s, u"--from"_s, u"ftp://example.com/instagram.json"_s});
    QCOMPARE(run.exitCode, 2);
    run = cli({u"endpoints"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("endpoints update [--from URL|FILE]"));
    QVERIFY(nothingWritten());
}

void TestEndpointsCli::testUnreachableUrlIsANetworkError()
{
    auto server = std::make_unique<FakePlatformServer>();
    QVERIFY(server->start());
    const QString url = server->baseUrl() + u"/endpoints/instagram.json"_s;
    server.reset(); // nobody listens there any more
    const Run run = cli({u"endpoints"_s, u"update"_s, u"--from"_s, url});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Cannot fetch the endpoint profile"_s), qPrintable(run.err));
    QVERIFY(nothingWritten());
}

void TestEndpointsCli::testDefaultUrlOverHttp()
{
    FakePlatformServer server;
    QVERIFY(server.start());
    server.serveFile(u"/published/instagram.json"_s, signedFixture());
    server.serveFile(u"/published/instagram.json.sig"_s, signedFixture() + u".sig"_s, "text/plain");
    TestSigner signer;
    const QByteArray tiktok = profileJson(u"tiktok"_s, 5);
    server.serveResponse(u"/published/tiktok.json"_s, FakeResponse::json(tiktok));
    server.serveResponse(u"/published/tiktok.json.sig"_s, FakeResponse::json(signer.signatureFile(tiktok)));

    // The endpoints.update_url setting, here through its environment variable.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_ENDPOINTS_URL"_s, server.baseUrl() + u"/published"_s);
    const Run run = cli({u"endpoints"_s, u"update"_s}, env);
    // Instagram: verified with the built-in key; TikTok: signed by a key the program does not trust.
    QCOMPARE(run.exitCode, 2);
    if (builtInInstagramVersion() == 1)
        QVERIFY2(run.out.contains("instagram: already up to date"), run.out.constData());
    QVERIFY2(run.err.contains(u"/published/tiktok.json was refused"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"does not trust"_s), qPrintable(run.err));
    QCOMPARE(server.requestCount(u"/published/"_s), 4);
    QVERIFY(nothingWritten());
}

void TestEndpointsCli::testShowsWhetherTheCopyIsSigned()
{
    writeFile(m_dir->filePath(u"endpoints/tiktok.json"_s), profileJson(u"tiktok"_s, 3));
    Run run = cli({u"endpoints"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("tiktok: endpoint profile version 3") && run.out.contains("unsigned local copy"),
             run.out.constData());
    QJsonObject tiktok =
        cli({u"--json"_s, u"endpoints"_s}).json().value(u"endpoint_profiles"_s).toArray().at(1).toObject();
    QCOMPARE(tiktok.value(u"version"_s).toInt(), 3);
    QVERIFY(tiktok.value(u"signed_by"_s).isNull());
    QVERIFY(!tiktok.value(u"installed_at"_s).toString().isEmpty());

    // A signature that does not verify against the built-in key: the copy is no longer used.
    TestSigner signer;
    writeFile(m_dir->filePath(u"endpoints/tiktok.json.sig"_s), signer.signatureFile(profileJson(u"tiktok"_s, 3)));
    tiktok = cli({u"--json"_s, u"endpoints"_s}).json().value(u"endpoint_profiles"_s).toArray().at(1).toObject();
    QCOMPARE(tiktok.value(u"source"_s).toString(), u"built-in"_s);
    QVERIFY(tiktok.value(u"override_problem"_s).toString().contains(u"does not verify"_s));
}

QTEST_GUILESS_MAIN(TestEndpointsCli)
#include "testEndpointsCli.moc"
