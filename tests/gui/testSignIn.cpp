#include "ActivityLogModel.h"
#include "FieldMessageLabel.h"
#include "GuiTestHelpers.h"
#include "InstagramAccountSection.h"
#include "InstagramSignInDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasteSessionDialog.h"
#include "ScrapeController.h"
#include "SettingsPage.h"
#include "auth/InMemorySecretStore.h"
#include "auth/SessionManager.h"
#include "auth/SignInCookieCollector.h"
#include "domain/AppInfo.h"
#include "scheduler/FakeSources.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::clickOrReject;
using reelpulse::testing::onNextModal;

namespace {

// Every message any part of ReelPulse or Qt logs while the test runs (debug included).
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}

QNetworkCookie cookie(const QByteArray &name, const QByteArray &value, const QString &domain = u".instagram.com"_s)
{
    QNetworkCookie c(name, value);
    c.setDomain(domain);
    c.setPath(u"/"_s);
    return c;
}

/// Files under `dir` (recursively) whose bytes contain any of `needles`.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles)
            if (bytes.contains(needle))
                hits.append(path);
    }
    return hits;
}

} // namespace

/// Signing in to Instagram: the cookie hand-off without a browser, the paste-your-cookie dialog,
/// sign-out, and that no session value reaches the data folder, the settings or the logs.
class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testCollectorKeepsOnlyInstagramSessionCookies();
    void testCollectorFollowsExpiryAndRemoval();
    void testPastedSessionIdIsCheckedAndExplained();
    void testDesktopUserAgentDropsTheEngineToken();
    void testSignInAndOutLeaveNoSecretBehind();

private:
    QTemporaryDir m_settingsDir;
};

void TestSignIn::initTestCase()
{
    applyApplicationIdentity();
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"reelpulse.*.debug=true\nreelpulse.*.info=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSignIn::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSignIn::testCollectorKeepsOnlyInstagramSessionCookies()
{
    SignInCookieCollector collector;
    QVERIFY(!collector.hasSession());
    // Other sites' cookies, and look-alike domains, are ignored.
    QVERIFY(!collector.add(cookie("sessionid", "evil", u".facebook.com"_s)));
    QVERIFY(!collector.add(cookie("sessionid", "evil", u"notinstagram.com"_s)));
    QVERIFY(!collector.add(cookie("sessionid", "evil", u"instagram.com.evil.example"_s)));
    QVERIFY(!collector.hasSession());

    // Visitor cookies come first; no session yet.
    QVERIFY(collector.add(cookie("csrftoken", "csrf123")));
    QVERIFY(collector.add(cookie("mid", "mid456", u"www.instagram.com"_s)));
    QVERIFY(!collector.hasSession());
    QCOMPARE(collector.cookies().size(), 2);

    QVERIFY(collector.add(cookie("sessionid", "1234567%3AabcdefGHIJ%3A12")));
    QVERIFY(collector.hasSession());
    InstagramSession session = collector.session();
    QCOMPARE(session.sessionId, u"1234567%3AabcdefGHIJ%3A12"_s);
    QCOMPARE(session.csrfToken, u"csrf123"_s);
    QCOMPARE(session.mid, u"mid456"_s);
    QCOMPARE(session.dsUserId, u"1234567"_s); // read from the session id until ds_user_id arrives
    QVERIFY(collector.add(cookie("ds_user_id", "7654321")));
    QCOMPARE(collector.session().dsUserId, u"7654321"_s);

    // A newer value replaces the older one of the same cookie.
    QVERIFY(collector.add(cookie("csrftoken", "csrf999")));
    QCOMPARE(collector.session().csrfToken, u"csrf999"_s);
    QCOMPARE(collector.cookies().size(), 4);

    QCOMPARE(SignInCookieCollector::accountIdOf(u"42%3Ax"_s), u"42"_s);
    QCOMPARE(SignInCookieCollector::accountIdOf(u"42:x"_s), u"42"_s);
    QCOMPARE(SignInCookieCollector::accountIdOf(u"42x"_s), QString());
    QCOMPARE(SignInCookieCollector::accountIdOf(u"abc%3A"_s), QString());
}

void TestSignIn::testCollectorFollowsExpiryAndRemoval()
{
    SignInCookieCollector collector;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QNetworkCookie session = cookie("sessionid", "1234567%3AabcdefGHIJ%3A12");
    session.setExpirationDate(now.addDays(365));
    QVERIFY(collector.add(session, now));
    QVERIFY(collector.hasSession());

    // Instagram signs out by setting the cookie again, empty and expired: the session is gone.
    QNetworkCookie expired = cookie("sessionid", "\"\"");
    expired.setExpirationDate(now.addDays(-1));
    QVERIFY(collector.add(expired, now));
    QVERIFY(!collector.hasSession());

    QVERIFY(collector.add(session, now));
    collector.remove(cookie("sessionid", {}));
    QVERIFY(!collector.hasSession());

    QVERIFY(collector.add(session, now));
    collector.clear();
    QVERIFY(collector.cookies().isEmpty());
}

void TestSignIn::testPastedSessionIdIsCheckedAndExplained()
{
    const QString value = u"1234567890%3AAbCdEfGhIjKlMn%3A12%3AAYdZ"_s;
    const QStringList variants{value, u"  "_s + value + u"  "_s, u"sessionid="_s + value + u";"_s,
                               u"\""_s + value + u"\""_s, u"SessionID = "_s + value};
    for (const QString &pasted : variants) {
        auto session = SignInCookieCollector::fromPastedSessionId(pasted);
        QVERIFY2(session.ok(), qPrintable(pasted));
        QCOMPARE(session->sessionId, value);
        QCOMPARE(session->dsUserId, u"1234567890"_s);
    }
    const QStringList refused{QString(), u"   "_s, u"short%3A1"_s, u"1234567890 %3A AbCdEfGhIjKlMn"_s,
                              u"1234567890%3AAbCdEfGh,IjKlMn"_s};
    for (const QString &bad : refused) {
        auto session = SignInCookieCollector::fromPastedSessionId(bad);
        QVERIFY2(!session.ok(), qPrintable(bad));
        QVERIFY2(session.error().message.contains(u"sessionid"_s), qPrintable(session.error().message));
        QVERIFY(session.error().message.contains(u"developer tools"_s));
    }
}

void TestSignIn::testDesktopUserAgentDropsTheEngineToken()
{
    const QString engine = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "QtWebEngine/6.4.2 Chrome/102.0.5005.177 Safari/537.36"_s;
    const QString agent = InstagramSignInDialog::desktopUserAgent(engine);
    QCOMPARE(agent, u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/102.0.5005.177 Safari/537.36"_s);
    QVERIFY(!agent.contains(u"QtWebEngine"_s));
    // Something that is no desktop Chrome gets a plain Chrome user agent.
    const QString fallback = InstagramSignInDialog::desktopUserAgent(u"QtWebEngine/6.4.2"_s);
    QVERIFY(fallback.startsWith(u"Mozilla/5.0"_s) && fallback.contains(u"Chrome/"_s));
    QVERIFY(!fallback.contains(u"QtWebEngine"_s));
}

void TestSignIn::testSignInAndOutLeaveNoSecretBehind()
{
    const QByteArray pastedSecret = "9876543210%3APastedSecretValueXYZ%3A27%3AAYfK";
    const QByteArray browserSecret = "5551234%3ABrowserSecretValueQRS%3A3%3AAYzz";
    const QByteArray csrfSecret = "CsrfSecretValue0123456789";
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    {
        auto opened = Database::open(dataDir.path());
        QVERIFY(opened.ok());
        TrackingService service(*opened.value());
        QVERIFY(service.addProfile(u"natgeo"_s, true).ok());
        auto world = std::make_shared<fake::World>();
        world->addProfile(u"natgeo"_s, 2, 2, 3, 1735000000);
        auto secrets = std::make_shared<InMemorySecretStore>();
        ScrapeSetup setup;
        setup.sources = fake::factory(world);
        setup.secrets = secrets;
        MainWindow window(service, dataDir.path(), std::move(setup));
        window.show();
        ScrapeController *scrape = window.scrapeController();
        QSignalSpy started(scrape, &ScrapeController::started);
        scrape->start();
        QTRY_COMPARE(started.size(), 1);

        window.setCurrentSection(MainWindow::Section::Settings);
        InstagramAccountSection *account = window.settingsPage()->accountSection();
        QVERIFY(account->isVisible());
        QCOMPARE(account->statusLabel()->text(), u"Not signed in: ReelPulse reads Instagram as a visitor."_s);
        QVERIFY(!account->signOutButton()->isEnabled());
        QVERIFY(account->findChildren<QLabel *>().size() > 1);
        bool explainsStories = false;
        for (QLabel *label : account->findChildren<QLabel *>())
            explainsStories = explainsStories || label->text().contains(u"Stories need a signed-in session"_s);
        QVERIFY(explainsStories);

        // "Sign in with your browser instead": a password field that refuses what is no session id.
        QString failure;
        QString refusal;
        bool hidden = false;
        onNextModal<PasteSessionDialog>(failure, [&](PasteSessionDialog *dialog) {
            hidden = dialog->sessionIdEdit()->echoMode() == QLineEdit::Password;
            QTest::keyClicks(dialog->sessionIdEdit(), u"not a cookie"_s);
            refusal = dialog->sessionIdMessage()->text();
            if (dialog->okButton()->isEnabled()) {
                failure = u"a bad value was accepted"_s;
                dialog->reject();
                return;
            }
            dialog->sessionIdEdit()->clear();
            QTest::keyClicks(dialog->sessionIdEdit(), QString::fromLatin1("sessionid=" + pastedSecret));
            clickOrReject(dialog, dialog->okButton(), failure, u"paste"_s);
        });
        QTest::mouseClick(account->browserButton(), Qt::LeftButton);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(hidden);
        QVERIFY2(refusal.contains(u"sessionid"_s), qPrintable(refusal));
        QTRY_COMPARE(account->statusLabel()->text(), u"Signed in as account 9876543210."_s);
        QVERIFY(account->signOutButton()->isEnabled());
        auto stored = secrets->read(QString::fromLatin1(SessionManager::SecretKey));
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(stored.value()->contains(QString::fromLatin1(pastedSecret))); // in the secret store, and only there

        // The embedded browser's hand-off: Instagram's cookies, other sites' ignored.
        QSignalSpy changed(scrape, &ScrapeController::sessionChanged);
        scrape->signInWithCookies({cookie("sessionid", browserSecret), cookie("csrftoken", csrfSecret),
                                   cookie("ds_user_id", "5551234"), cookie("sessionid", "x", u".example.com"_s)});
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(account->statusLabel()->text(), u"Signed in as account 5551234."_s);
        QCOMPARE(scrape->sessionManager()->current()->csrfToken, QString::fromLatin1(csrfSecret));

        // A scrape with the session runs meanwhile (the data folder gets real content).
        QSignalSpy finished(scrape, &ScrapeController::taskFinished);
        auto profiles = service.profiles();
        scrape->scrapeNow({TaskRef{TaskKind::Profile, profiles->first().id}});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);

        // Sign out: asked first, then the session is gone from the store.
        MessageBox::setNextAnswer(MessageBox::Answer::Accept);
        QTest::mouseClick(account->signOutButton(), Qt::LeftButton);
        QTRY_COMPARE(account->statusLabel()->text(), u"Not signed in: ReelPulse reads Instagram as a visitor."_s);
        auto removed = secrets->read(QString::fromLatin1(SessionManager::SecretKey));
        QVERIFY(removed.ok() && !removed.value());
        QVERIFY(!scrape->sessionManager()->hasSession());

        QStringList activity;
        for (int row = 0; row < window.activityLog()->rowCount(); ++row)
            activity.append(window.activityLog()->index(row).data(ActivityLogModel::MessageRole).toString());
        QVERIFY(activity.filter(u"Signed in to Instagram as account 9876543210"_s).size() == 1);
        QVERIFY(activity.filter(u"Signed out of Instagram"_s).size() == 1);
        for (const QByteArray &secret : {pastedSecret, browserSecret, csrfSecret})
            QVERIFY(!activity.join(u'\n').contains(QString::fromLatin1(secret)));
        window.close();
    }
    QSettings().sync();

    // The acceptance check: no cookie or token value in the database files, the settings or the logs.
    QList<QByteArray> needles;
    for (const QByteArray &secret : {pastedSecret, browserSecret, csrfSecret}) {
        needles << secret << QUrl::fromPercentEncoding(secret).toUtf8();
        if (secret.contains('%'))
            needles << secret.split('%').value(1).mid(2); // the random middle part alone
    }
    const QStringList dataFiles = QDir(dataDir.path()).entryList(QDir::Files);
    QVERIFY2(dataFiles.contains(u"reelpulse.sqlite"_s) || !dataFiles.isEmpty(), qPrintable(dataFiles.join(u", "_s)));
    QCOMPARE(filesContaining(dataDir.path(), needles), QStringList());
    QVERIFY(!QDir(m_settingsDir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort).isEmpty() ||
            QDirIterator(m_settingsDir.path(), QDirIterator::Subdirectories).hasNext());
    QCOMPARE(filesContaining(m_settingsDir.path(), needles), QStringList());
    const QMutexLocker lock(&logMutex);
    QVERIFY(capturedLog.size() > 5); // the logs were captured (debug messages included)
    for (const QByteArray &needle : std::as_const(needles))
        QVERIFY2(!capturedLog.join(u'\n').contains(QString::fromLatin1(needle)), needle.constData());
}

QTEST_MAIN(TestSignIn)
#include "testSignIn.moc"
