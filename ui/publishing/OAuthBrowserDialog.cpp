#include "OAuthBrowserDialog.h"

#include "InstagramSignInDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// Runs on the engine's IO thread: blocks every request for the redirect URI and hands its URL to the dialog.
class RedirectInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    RedirectInterceptor(QUrl redirectUri, QPointer<OAuthBrowserDialog> dialog,
                        std::function<void(const QUrl &)> deliver, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_redirect(std::move(redirectUri))
        , m_dialog(std::move(dialog))
        , m_deliver(std::move(deliver))
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() != m_redirect.scheme() || url.host() != m_redirect.host() || url.path() != m_redirect.path() ||
            url.port(-1) != m_redirect.port(-1))
            return;
        info.block(true); // the code never leaves the machine
        if (m_dialog)
            QMetaObject::invokeMethod(
                m_dialog, [deliver = m_deliver, url] { deliver(url); }, Qt::QueuedConnection);
    }

private:
    QUrl m_redirect;
    QPointer<OAuthBrowserDialog> m_dialog;
    std::function<void(const QUrl &)> m_deliver;
};

} // namespace

struct OAuthBrowserDialog::Private
{
    QWebEngineView *view = nullptr;
    QWebEngineProfile *profile = nullptr;
    QWebEnginePage *page = nullptr;
    QLabel *status = nullptr;
    QUrl redirectUri;
    QString state;
    oauth::RedirectCheck result;
};

OAuthBrowserDialog::OAuthBrowserDialog(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &state,
                                       QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(u"oauthBrowserDialog"_s);
    setWindowTitle(tr("Connect an Instagram Professional Account"));
    d->redirectUri = redirectUri;
    d->state = state;

    auto *intro = new QLabel(tr("Sign in to Instagram and allow ReelPulse to publish for your professional account. "
                                "The token goes to your system keychain; this window keeps nothing on disk."),
                             this);
    intro->setWordWrap(true);
    d->view = new QWebEngineView(this);
    d->view->setObjectName(u"oauthBrowser"_s);
    d->profile = new QWebEngineProfile(this); // off the record
    d->profile->setHttpUserAgent(InstagramSignInDialog::desktopUserAgent(d->profile->httpUserAgent()));
    d->profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QPointer<OAuthBrowserDialog> self(this);
    d->profile->setUrlRequestInterceptor(new RedirectInterceptor(
        redirectUri, self,
        [self](const QUrl &url) {
            if (self)
                self->onRedirect(url);
        },
        d->profile));
    d->page = new QWebEnginePage(d->profile, d->view);
    d->view->setPage(d->page);
    d->status = new QLabel(this);
    d->status->setObjectName(u"oauthStatus"_s);
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
    d->view->load(authorizeUrl);
}

OAuthBrowserDialog::~OAuthBrowserDialog()
{
    delete d->view; // the page before its profile
    delete d->profile;
}

QString OAuthBrowserDialog::userAgent() const
{
    return d->profile->httpUserAgent();
}

bool OAuthBrowserDialog::isOffTheRecord() const
{
    return d->profile->isOffTheRecord();
}

oauth::RedirectCheck OAuthBrowserDialog::result() const
{
    return d->result;
}

void OAuthBrowserDialog::onRedirect(const QUrl &url)
{
    const oauth::RedirectCheck check = oauth::checkRedirect(url, d->redirectUri, d->state);
    if (check.kind == oauth::RedirectCheck::Kind::NotRedirect)
        return;
    d->result = check;
    emit redirected(check);
    if (check.kind == oauth::RedirectCheck::Kind::Code) {
        accept();
        return;
    }
    d->status->setText(check.message);
}

} // namespace reelpulse
