// First run: the welcome shows once per data folder; Help › Report a Problem copies a report without secrets;
// Help › Open Data Folder is there.
#include "GuiTestHelpers.h"

#include "ActivityLogModel.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProblemReport.h"
#include "ProfileDialog.h"
#include "domain/AppInfo.h"
#include "platform/Settings.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestFirstRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testWelcomeShowsOncePerDataFolder();
    void testWelcomeNamesTheDataFolderAndLeadsToTheFirstProfile();
    void testStripSecrets_data();
    void testStripSecrets();
    void testStripSecretsKeepsOrdinaryText();
    void testReportCarriesVersionsAndTheLast200Lines();
    void testHelpMenuCopiesTheReport();

private:
    void openStore(const QString &dir);
    std::unique_ptr<MainWindow> makeWindow(const QString &dir);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
};

void TestFirstRun::initTestCase()
{
    applyApplicationIdentity();
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestFirstRun::init()
{
    QSettings().clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    MessageBox::setNextAnswer(MessageBox::Answer::None);
}

void TestFirstRun::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    m_service.reset();
    m_database.reset();
    m_dataDir.reset();
}

void TestFirstRun::openStore(const QString &dir)
{
    m_service.reset();
    m_database.reset();
    auto opened = Database::open(dir);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
}

std::unique_ptr<MainWindow> TestFirstRun::makeWindow(const QString &dir)
{
    openStore(dir);
    auto window = std::make_unique<MainWindow>(*m_service, dir);
    window->show();
    return window;
}

void TestFirstRun::testWelcomeShowsOncePerDataFolder()
{
    const QString dir = m_dataDir->path();
    QVERIFY(FirstRunDialog::isFirstRun(dir));
    {
        auto window = makeWindow(dir);
        QPointer<FirstRunDialog> dialog = window->showWelcomeIfFirstRun();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->parentWidget(), window.get());
        // Recorded as soon as it is shown, in the folder's settings (what reelpulse-cli config shows too).
        QCOMPARE(Settings(dir).value(u"ui.welcome_shown"_s).toBool(), true);
        QVERIFY(!FirstRunDialog::isFirstRun(dir));
        // Asking again in the same session does not open a second one.
        QVERIFY(!window->showWelcomeIfFirstRun());
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // deletes itself when closed
    }
    {
        // The next start with the same folder: no welcome.
        auto window = makeWindow(dir);
        QVERIFY(!window->showWelcomeIfFirstRun());
    }
    {
        // Another data folder is a first run of its own.
        QTemporaryDir other;
        QVERIFY(other.isValid());
        auto window = makeWindow(other.path());
        QPointer<FirstRunDialog> dialog = window->showWelcomeIfFirstRun();
        QVERIFY(dialog);
        dialog->close();
    }
    {
        // Resetting the setting shows it again.
        QVERIFY(Settings(dir).reset(u"ui.welcome_shown"_s).ok());
        auto window = makeWindow(dir);
        QPointer<FirstRunDialog> dialog = window->showWelcomeIfFirstRun();
        QVERIFY(dialog);
        dialog->close();
    }
}

void TestFirstRun::testWelcomeNamesTheDataFolderAndLeadsToTheFirstProfile()
{
    const QString dir = m_dataDir->path();
    auto window = makeWindow(dir);
    window->setCurrentSection(MainWindow::Section::ActivityLog);
    QPointer<FirstRunDialog> dialog = window->showWelcomeIfFirstRun();
    QVERIFY(dialog);
    auto *folder = dialog->findChild<QLabel *>(u"dataFolderText"_s);
    QVERIFY(folder);
    QVERIFY2(folder->text().contains(dir.toHtmlEscaped()), qPrintable(folder->text()));
    QVERIFY(dialog->signInButton()->isVisible());

    // "Add your first profile" closes the welcome, goes to Profiles and opens the new-profile dialog.
    QString failure;
    reelpulse::testing::onNextModal<ProfileDialog>(failure,
                                                   [](ProfileDialog *profileDialog) { profileDialog->reject(); });
    QTest::mouseClick(dialog->addProfileButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(window->currentSection(), MainWindow::Section::Profiles);
}

void TestFirstRun::testStripSecrets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("secrets");

    QTest::newRow("cookie header") << u"Cookie: sessionid=123456%3AabcDEF%3A27; csrftoken=Zx9Kq; mid=Y2abc"_s
                                   << QStringList{u"123456%3AabcDEF"_s, u"Zx9Kq"_s, u"Y2abc"_s};
    QTest::newRow("set-cookie") << u"Set-Cookie: sessionid=998877%3Aqwe; Path=/; HttpOnly"_s
                                << QStringList{u"998877%3Aqwe"_s};
    QTest::newRow("cookie pairs") << u"signed in with sessionid=4455%3Aabc; ds_user_id=4455 and csrftoken=tok3n"_s
                                  << QStringList{u"4455%3Aabc"_s, u"ds_user_id=4455"_s, u"tok3n"_s};
    QTest::newRow("query access_token")
        << u"GET https://graph.instagram.com/v23.0/me?fields=id&access_token=IGQVJabc123secret&x=1"_s
        << QStringList{u"IGQVJabc123secret"_s};
    QTest::newRow("json fields") << u"{\"access_token\": \"EAAG1x2y3\", \"refresh_token\":\"r3fr3sh\"}"_s
                                 << QStringList{u"EAAG1x2y3"_s, u"r3fr3sh"_s};
    QTest::newRow("bearer") << u"Authorization: Bearer abc.def.ghi"_s << QStringList{u"abc.def.ghi"_s};
    QTest::newRow("bearer alone") << u"sent bearer xyz987 to the host"_s << QStringList{u"xyz987"_s};
    QTest::newRow("token key") << u"token: 5up3r-s3cr3t, password=hunter2"_s
                               << QStringList{u"5up3r-s3cr3t"_s, u"hunter2"_s};
    QTest::newRow("oauth code") << u"redirect to http://127.0.0.1:8080/cb?code=AQBx99zz&state=s1"_s
                                << QStringList{u"AQBx99zz"_s};
    QTest::newRow("opaque token") << u"pasted IGAAR0b3rtXyZ0123456789abcdefghijklmnopqrstuv0123 into the field"_s
                                  << QStringList{u"IGAAR0b3rtXyZ0123456789abcdefghijklmnopqrstuv0123"_s};
}

void TestFirstRun::testStripSecrets()
{
    QFETCH(QString, line);
    QFETCH(QStringList, secrets);
    const QString stripped = ProblemReport::stripSecrets(line);
    for (const QString &secret : secrets)
        QVERIFY2(!stripped.contains(secret), qPrintable(stripped));
    QVERIFY2(stripped.contains(u"<removed>"_s), qPrintable(stripped));
}

void TestFirstRun::testStripSecretsKeepsOrdinaryText()
{
    const QStringList lines = {
        u"Scraped @natgeo: 12 posts, 200 comments"_s,
        u"Instagram asked to wait until 10:42 (rate limit, HTTP 429)"_s,
        u"Task 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b added"_s,
        u"Sign in with the session cookie from your browser"_s,
        u"https://www.instagram.com/reel/DFp17y5MymE/ scraped"_s,
    };
    for (const QString &line : lines)
        QCOMPARE(ProblemReport::stripSecrets(line), line);
}

void TestFirstRun::testReportCarriesVersionsAndTheLast200Lines()
{
    ActivityLogModel log;
    for (int i = 0; i < 250; ++i)
        log.addInfo(u"line %1 sessionid=secret%1value"_s.arg(i, 3, 10, QLatin1Char('0')));
    log.addError(u"Instagram refused: Cookie: csrftoken=abcdef; sessionid=777%3Axyz"_s);

    const QString home = QDir::homePath() + u"/.local/share/ReelPulse/ReelPulse"_s;
    const QString report = ProblemReport::text(log, home);
    QVERIFY(report.contains(u"ReelPulse: "_s + appVersion()));
    QVERIFY(report.contains(u"Qt: "_s + QString::fromLatin1(qVersion())));
    QVERIFY(report.contains(u"System: "_s + QSysInfo::prettyProductName()));
    // The home folder is shown as ~.
    QVERIFY2(report.contains(u"Data folder: ~/.local/share/ReelPulse/ReelPulse"_s), qPrintable(report));
    // The newest 200 entries: 51..249 and the error, none older.
    QVERIFY(report.contains(u"last 200 of 251 lines"_s));
    QVERIFY(!report.contains(u"line 050 "_s));
    QVERIFY(report.contains(u"line 051 "_s));
    QVERIFY(report.contains(u"line 249 "_s));
    QVERIFY(report.contains(u" error Instagram refused"_s));
    // No secret of any line survives.
    QVERIFY(!report.contains(QRegularExpression(u"secret\\d"_s)));
    QVERIFY(!report.contains(u"abcdef"_s));
    QVERIFY(!report.contains(u"777%3Axyz"_s));
    QCOMPARE(report.count(u"<removed>"_s), 200);
}

void TestFirstRun::testHelpMenuCopiesTheReport()
{
    FirstRunDialog::markShown(m_dataDir->path());
    auto window = makeWindow(m_dataDir->path());
    window->activityLog()->addError(u"login failed with access_token=IGQVJzzz999"_s);

    auto *openFolder = window->findChild<QAction *>(u"openDataFolderAction"_s);
    QVERIFY(openFolder);
    QVERIFY(!openFolder->text().isEmpty());
    auto *report = window->findChild<QAction *>(u"reportProblemAction"_s);
    QVERIFY(report);
    QGuiApplication::clipboard()->clear();
    report->trigger();

    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"ReelPulse problem report"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"login failed with access_token=<removed>"_s));
    QVERIFY(!copied.contains(u"IGQVJzzz999"_s));
    // The started line of the window is there too.
    QVERIFY(copied.contains(u"started with the data folder"_s));

    auto *box = window->findChild<QMessageBox *>(u"problemReportBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->detailedText(), copied);
    box->accept();
}

QTEST_MAIN(TestFirstRun)
#include "testFirstRun.moc"
