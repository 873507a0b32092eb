#include "InstagramSignInDialog.h"

#include "auth/SignInCookieCollector.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkCookie>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString FallbackUserAgent = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                  "Chrome/120.0.0.0 Safari/537.36"_s;

/// Cookies that arrive together (sessionid, ds_user_id, csrftoken) are collected for this long after
/// the session cookie before they are handed over.
constexpr int SettleMs = 400;

} // namespace

struct InstagramSignInDialog::Private
{
    QWebEngineView *view = nullptr;
    QWebEngineProfile *profile = nullptr;
    QWebEnginePage *page = nullptr;
    QLabel *status = nullptr;
    QTimer settle;
    SignInCookieCollector collector;
    bool handedOver = false;
};

QString InstagramSignInDialog::desktopUserAgent(const QString &engineUserAgent)
{
    static const QRegularExpression engineToken(u"\\s*QtWebEngine/\\S+"_s);
    QString agent = engineUserAgent;
    agent.remove(engineToken);
    agent = agent.simplified();
    if (!agent.contains(u"Chrome/"_s) || !agent.startsWith(u"Mozilla/5.0"_s))
        return FallbackUserAgent;
    return agent;
}

InstagramSignInDialog::InstagramSignInDialog(QWidget *parent)
    : InstagramSignInDialog(QUrl(u"https://www.instagram.com/accounts/login/"_s), parent)
{
}

InstagramSignInDialog::InstagramSignInDialog(const QUrl &start, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(u"instagramSignInDialog"_s);
    setWindowTitle(tr("Sign In to Instagram"));

    auto *intro = new QLabel(tr("Sign in with your Instagram account. ReelPulse keeps only the session it gets, in "
                                "your system keychain, and never sees your password outside this page."),
                             this);
    intro->setWordWrap(true);

    // The view first: its page goes with it, before the profile the page uses.
    d->view = new QWebEngineView(this);
    d->view->setObjectName(u"signInBrowser"_s);
    d->profile = new QWebEngineProfile(this); // no storage name: off the record, nothing on disk
    d->profile->setHttpUserAgent(desktopUserAgent(d->profile->httpUserAgent()));
    d->profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    d->page = new QWebEnginePage(d->profile, d->view);
    d->view->setPage(d->page);

    d->status = new QLabel(this);
    d->status->setObjectName(u"signInStatus"_s);
    d->status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *browser = buttons->addButton(tr("Use &Your Browser Instead…"), QDialogButtonBox::ActionRole);
    browser->setObjectName(u"browserInsteadButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browser, &QPushButton::clicked, this, [this] {
        emit browserInsteadRequested();
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->status);
    layout->addWidget(buttons);
    resize(520, 720);

    QWebEngineCookieStore *cookies = d->profile->cookieStore();
    d->settle.setSingleShot(true);
    d->settle.setInterval(SettleMs);
    connect(&d->settle, &QTimer::timeout, this, [this] {
        if (d->handedOver || !d->collector.hasSession())
            return;
        d->handedOver = true;
        d->status->setText(tr("Signed in. Saving the session…"));
        emit sessionCaptured(d->collector.cookies());
    });
    connect(cookies, &QWebEngineCookieStore::cookieAdded, this, [this](const QNetworkCookie &cookie) {
        if (d->collector.add(cookie) && d->collector.hasSession() && !d->handedOver)
            d->settle.start();
    });
    connect(cookies, &QWebEngineCookieStore::cookieRemoved, this,
            [this](const QNetworkCookie &cookie) { d->collector.remove(cookie); });
    connect(d->page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok && !d->handedOver)
            d->status->setText(tr("The page did not load. Check the network connection, or use your browser "
                                  "instead."));
    });
    d->view->load(start);
}

InstagramSignInDialog::~InstagramSignInDialog()
{
    // The cookie store still reports while its profile goes away: nothing of this window may hear it.
    disconnect(d->profile->cookieStore(), nullptr, this, nullptr);
    d->settle.stop();
    // The page must go before the profile it belongs to.
    delete d->view;
    delete d->profile;
}

QString InstagramSignInDialog::userAgent() const
{
    return d->profile->httpUserAgent();
}

bool InstagramSignInDialog::isOffTheRecord() const
{
    return d->profile->isOffTheRecord();
}

void InstagramSignInDialog::clearCookies()
{
    d->profile->cookieStore()->deleteAllCookies();
    d->collector.clear();
}

void InstagramSignInDialog::showResult(bool saved, const QString &message)
{
    d->status->setText(message);
    if (saved) {
        QTimer::singleShot(600, this, &QDialog::accept);
    } else {
        d->handedOver = false; // let a new sign-in on the page try again
    }
}

} // namespace reelpulse
