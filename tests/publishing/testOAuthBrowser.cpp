#include "auth/InstagramOAuth.h"
#include "publishing/OAuthBrowserDialog.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

/// Business Login in the real browser engine (QtWebEngine, on an X server) against a local authorize page that
/// redirects like Instagram's: the redirect is caught before it loads and its state checked.
class TestOAuthBrowser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRedirectIsCaughtWithItsCode();
    void testForgedStateIsRefused();

private:
    /// The authorize page: answers with a redirect to redirect_uri carrying a code and the state it was given
    /// (or m_forgedState when set).
    void serve(QTcpSocket *socket);
    QUrl authorizeUrl(const QString &state) const;

    QTcpServer m_server;
    QString m_forgedState;
    int m_pages = 0;
    const QUrl m_redirect{u"https://localhost/reelpulse/oauth"_s};
};

void TestOAuthBrowser::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestOAuthBrowser::serve(QTcpSocket *socket)
{
    const QByteArray head = socket->readAll();
    const QByteArray target = head.left(head.indexOf("\r\n")).split(' ').value(1);
    const QUrlQuery query(QUrl::fromEncoded("http://x" + target));
    if (!target.startsWith("/oauth/authorize")) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    ++m_pages;
    QUrl back(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    const QString state = m_forgedState.isEmpty() ? query.queryItemValue(u"state"_s) : m_forgedState;
    back.setQuery(u"code=AQDlocalcode&state=%1"_s.arg(state));
    socket->write("HTTP/1.1 302 Found\r\nLocation: " + back.toEncoded() + "#_" +
                  "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

QUrl TestOAuthBrowser::authorizeUrl(const QString &state) const
{
    oauth::AuthorizeRequest request;
    request.clientId = u"990602627938098"_s;
    request.redirectUri = m_redirect;
    request.state = state;
    request.authorizeBase = QUrl(u"http://127.0.0.1:%1/oauth/authorize"_s.arg(m_server.serverPort()));
    return oauth::authorizeUrl(request);
}

void TestOAuthBrowser::testRedirectIsCaughtWithItsCode()
{
    const QString state = oauth::newState();
    OAuthBrowserDialog dialog(authorizeUrl(state), m_redirect, state);
    QVERIFY(dialog.isOffTheRecord());
    QVERIFY2(!dialog.userAgent().contains(u"QtWebEngine"_s), qPrintable(dialog.userAgent()));
    QVERIFY2(dialog.userAgent().contains(u"Chrome/"_s), qPrintable(dialog.userAgent()));
    QSignalSpy redirected(&dialog, &OAuthBrowserDialog::redirected);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(redirected.size(), 1, 30000);
    QCOMPARE(dialog.result().kind, oauth::RedirectCheck::Kind::Code);
    QCOMPARE(dialog.result().code, u"AQDlocalcode"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 5000);
    QCOMPARE(static_cast<QDialog &>(dialog).result(), int(QDialog::Accepted));
    QVERIFY(m_pages >= 1);
}

void TestOAuthBrowser::testForgedStateIsRefused()
{
    m_forgedState = u"someone-elses-state"_s;
    const QString state = oauth::newState();
    OAuthBrowserDialog dialog(authorizeUrl(state), m_redirect, state);
    QSignalSpy redirected(&dialog, &OAuthBrowserDialog::redirected);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(redirected.size(), 1, 30000);
    QCOMPARE(dialog.result().kind, oauth::RedirectCheck::Kind::StateMismatch);
    QVERIFY(dialog.result().code.isEmpty());
    QVERIFY(dialog.isVisible()); // stays open and says why
    auto *status = dialog.findChild<QLabel *>(u"oauthStatus"_s);
    QVERIFY(status && status->text().contains(u"state"_s));
    m_forgedState.clear();
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestOAuthBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "testOAuthBrowser.moc"
