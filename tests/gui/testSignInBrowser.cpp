#include "InstagramSignInDialog.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

/// The embedded sign-in window with the real browser engine, on a local page (no network): its
/// private profile, its user agent, and the hand-off once Instagram's session cookie appears.
class TestSignInBrowser final : public QObject
{
    Q_OBJECT

private slots:
    void testPrivateProfileHandsOverTheSession();
};

void TestSignInBrowser::testPrivateProfileHandsOverTheSession()
{
    InstagramSignInDialog dialog(QUrl(u"data:text/html,<p>Sign in</p>"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isOffTheRecord());
    QVERIFY2(!dialog.userAgent().contains(u"QtWebEngine"_s), qPrintable(dialog.userAgent()));
    QVERIFY2(dialog.userAgent().contains(u"Chrome/"_s), qPrintable(dialog.userAgent()));

    auto *profile = dialog.findChild<QWebEngineProfile *>();
    QVERIFY(profile);
    QSignalSpy captured(&dialog, &InstagramSignInDialog::sessionCaptured);
    // What Instagram's answer to a successful sign-in stores, plus another site's cookie.
    auto make = [](const QByteArray &name, const QByteArray &value, const QString &domain) {
        QNetworkCookie cookie(name, value);
        cookie.setDomain(domain);
        cookie.setPath(u"/"_s);
        cookie.setSecure(true);
        cookie.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(90));
        return cookie;
    };
    profile->cookieStore()->setCookie(make("csrftoken", "csrfBrowserTest", u".instagram.com"_s),
                                      QUrl(u"https://www.instagram.com/"_s));
    profile->cookieStore()->setCookie(make("sessionid", "11223344%3AbrowserTestValue%3A9", u".instagram.com"_s),
                                      QUrl(u"https://www.instagram.com/"_s));
    profile->cookieStore()->setCookie(make("sessionid", "other", u".example.com"_s), QUrl(u"https://example.com/"_s));
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 10000);
    const auto cookies = captured.first().first().value<QList<QNetworkCookie>>();
    QStringList names;
    for (const QNetworkCookie &cookie : cookies) {
        QVERIFY(cookie.domain().endsWith(u"instagram.com"_s));
        names.append(QString::fromLatin1(cookie.name()));
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"csrftoken"_s, u"sessionid"_s}));

    // Saved: the window says so and closes; sign-out clears its cookies.
    dialog.showResult(true, u"Signed in as account 11223344."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 5000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    dialog.clearCookies();
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSignInBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "testSignInBrowser.moc"
