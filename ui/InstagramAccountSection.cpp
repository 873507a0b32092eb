#include "InstagramAccountSection.h"

#include "FieldMessageLabel.h"
#include "InstagramSignInDialog.h"
#include "MessageBox.h"
#include "PasteSessionDialog.h"
#include "ScrapeController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkCookie>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

InstagramAccountSection::InstagramAccountSection(ScrapeController &scrape, QWidget *parent)
    : QGroupBox(tr("Instagram account"), parent)
    , m_scrape(scrape)
    , m_status(new QLabel(this))
    , m_message(new FieldMessageLabel(this))
    , m_signIn(new QPushButton(tr("Sign In to &Instagram…"), this))
    , m_browser(new QPushButton(tr("Sign In with Your &Browser Instead…"), this))
    , m_signOut(new QPushButton(tr("Sign O&ut"), this))
{
    setObjectName(u"instagramAccountSection"_s);
    m_status->setObjectName(u"instagramAccountStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_message->setObjectName(u"instagramAccountMessage"_s);
    m_signIn->setObjectName(u"instagramSignInButton"_s);
    m_browser->setObjectName(u"instagramBrowserSignInButton"_s);
    m_signOut->setObjectName(u"instagramSignOutButton"_s);
    for (QPushButton *button : {m_signIn, m_browser, m_signOut})
        button->setAutoDefault(false);

    auto *needs = new QLabel(tr("Stories need a signed-in session. Profiles, posts, reels, comments and TikTok "
                                "videos are read without one, as far as the platforms show them to visitors; "
                                "a session also helps when Instagram asks visitors to sign in. The session is "
                                "kept in your system keychain only — never in ReelPulse's database, settings or "
                                "logs."),
                             this);
    needs->setWordWrap(true);
    needs->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_browser);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(needs);

    connect(m_signIn, &QPushButton::clicked, this, &InstagramAccountSection::signIn);
    connect(m_browser, &QPushButton::clicked, this, &InstagramAccountSection::signInWithBrowser);
    connect(m_signOut, &QPushButton::clicked, this, &InstagramAccountSection::signOut);
    connect(&m_scrape, &ScrapeController::sessionChanged, this, [this](const QString &account) {
        showAccount(account);
        if (!m_signingIn)
            return;
        m_signingIn = false;
        if (account.isEmpty())
            return;
        m_message->clearMessage();
        emit activity(tr("Signed in to Instagram as %1.").arg(account), false);
        if (m_dialog)
            m_dialog->showResult(true, tr("Signed in as %1.").arg(account));
    });
    connect(&m_scrape, &ScrapeController::sessionFailed, this, [this](const QString &message) {
        m_signingIn = false;
        m_message->setError(message);
        emit activity(message, true);
        if (m_dialog)
            m_dialog->showResult(false, message);
    });
    showAccount(m_scrape.signedInAccount());
}

InstagramAccountSection::~InstagramAccountSection() = default;

void InstagramAccountSection::showAccount(const QString &account)
{
    m_status->setText(account.isEmpty() ? tr("Not signed in: ReelPulse reads Instagram as a visitor.")
                                        : tr("Signed in as %1.").arg(account));
    m_signOut->setEnabled(!account.isEmpty());
}

void InstagramAccountSection::signIn()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new InstagramSignInDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &InstagramSignInDialog::sessionCaptured, this, [this](const QList<QNetworkCookie> &cookies) {
        m_signingIn = true;
        m_scrape.signInWithCookies(cookies);
    });
    connect(dialog, &InstagramSignInDialog::browserInsteadRequested, this, &InstagramAccountSection::signInWithBrowser,
            Qt::QueuedConnection);
    dialog->open();
}

void InstagramAccountSection::signInWithBrowser()
{
    PasteSessionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_signingIn = true;
    m_message->setHint(tr("Saving the session…"));
    m_scrape.signInWithSession(dialog.session());
}

void InstagramAccountSection::signOut()
{
    const QString account = m_scrape.signedInAccount();
    if (account.isEmpty())
        return;
    if (!MessageBox::confirm(this, tr("Sign Out of Instagram"),
                             tr("Sign out %1?\n\nReelPulse forgets the session and reads Instagram as a visitor "
                                "again. Stories cannot be read without a session.")
                                 .arg(account),
                             tr("Sign Out")))
        return;
    if (m_dialog)
        m_dialog->clearCookies();
    m_message->clearMessage();
    m_scrape.signOut();
    emit activity(tr("Signed out of Instagram (%1).").arg(account), false);
}

} // namespace reelpulse
