#include "EndpointProfilesSection.h"
#include "TestSigner.h"
#include "services/EndpointUpdater.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::profileJson;
using reelpulse::test::TestSigner;

namespace {

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

QString today()
{
    return QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
}

} // namespace

/// Settings › Endpoint profiles: which profile each platform uses, read-only.
class TestEndpointProfilesSection final : public QObject
{
    Q_OBJECT

private slots:
    void testBuiltInProfiles();
    void testUpdatedAndLocalCopies();
    void testRefusedCopyIsExplained();
};

void TestEndpointProfilesSection::testBuiltInProfiles()
{
    QTemporaryDir dir;
    EndpointProfilesSection section(dir.path());
    QCOMPARE(section.summaryLabel()->text(),
             u"Endpoint profiles: Instagram version 1 (built-in), TikTok version 1 (built-in)"_s);
    QVERIFY(section.problemLabel()->isHidden());
}

void TestEndpointProfilesSection::testUpdatedAndLocalCopies()
{
    QTemporaryDir dir;
    EndpointProfilesSection section(dir.path());
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));

    // An update signed with the built-in key (the fixture of tests/data/endpoints), and a hand-made copy.
    const QString fixture = QStringLiteral(REELPULSE_TEST_DATA "/endpoints/instagram-v1.json");
    writeFile(dir.filePath(u"endpoints/instagram.json"_s), readAll(fixture));
    writeFile(dir.filePath(u"endpoints/instagram.json.sig"_s), readAll(fixture + u".sig"_s));
    writeFile(dir.filePath(u"endpoints/tiktok.json"_s), profileJson(u"tiktok"_s, 2));

    // Read again when shown.
    section.hide();
    section.show();
    QCOMPARE(section.summaryLabel()->text(),
             u"Endpoint profiles: Instagram version 1 (updated %1, signed), TikTok version 2 (local copy from %1, "
             "unsigned)"_s.arg(today()));
    QVERIFY(section.summaryLabel()->toolTip().contains(dir.filePath(u"endpoints/tiktok.json"_s)));
    QVERIFY(section.problemLabel()->isHidden());
}

void TestEndpointProfilesSection::testRefusedCopyIsExplained()
{
    QTemporaryDir dir;
    TestSigner stranger; // a key the program does not trust
    const QByteArray json = profileJson(u"tiktok"_s, 4);
    writeFile(dir.filePath(u"endpoints/tiktok.json"_s), json);
    writeFile(dir.filePath(u"endpoints/tiktok.json.sig"_s), stranger.signatureFile(json));
    EndpointProfilesSection section(dir.path());
    section.show();
    QVERIFY(section.summaryLabel()->text().endsWith(u"TikTok version 1 (built-in)"_s));
    QVERIFY(section.problemLabel()->isVisible());
    QVERIFY2(section.problemLabel()->text().contains(u"tiktok.json.sig does not verify"_s),
             qPrintable(section.problemLabel()->text()));
}

QTEST_MAIN(TestEndpointProfilesSection)
#include "testEndpointProfilesSection.moc"
