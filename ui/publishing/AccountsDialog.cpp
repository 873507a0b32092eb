#include "AccountsDialog.h"

#include "MessageBox.h"
#include "OAuthBrowserDialog.h"
#include "PublishingJobs.h"
#include "auth/InstagramOAuth.h"
#include "platform/Settings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

AccountsDialog::AccountsDialog(PublishingJobs &jobs, QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_table(new QTableWidget(0, 5, this))
    , m_token(new QPlainTextEdit(this))
    , m_connectToken(new QPushButton(tr("Connect &Token"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect…"), this))
    , m_status(new QLabel(this))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Instagram Accounts for Publishing"));

    m_table->setObjectName(u"accountsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Type"), tr("Followers"), tr("Token until"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *connectBox = new QGroupBox(tr("Connect a professional account"), this);
    auto *window = new QPushButton(tr("Sign In in a &Window…"), connectBox);
    window->setObjectName(u"connectInWindowButton"_s);
    window->setToolTip(tr("Instagram's sign-in page in a private browser window of ReelPulse."));
    auto *browser = new QPushButton(tr("Sign In with Your &Browser…"), connectBox);
    browser->setObjectName(u"connectWithBrowserButton"_s);
    browser->setToolTip(tr("Opens Instagram's sign-in page in your browser; ReelPulse receives the answer on this "
                           "computer (127.0.0.1)."));
    auto *browsers = new QHBoxLayout;
    browsers->addWidget(window);
    browsers->addWidget(browser);
    browsers->addStretch(1);
    auto *pasteHelp = new QLabel(tr("Or paste a long-lived access token generated in Meta's App Dashboard "
                                    "(Instagram › API setup with Instagram login › Generate token):"),
                                 connectBox);
    pasteHelp->setWordWrap(true);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setPlaceholderText(u"IGAA…"_s);
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().lineSpacing() * 3 + 12);
    m_connectToken->setObjectName(u"connectTokenButton"_s);
    m_connectToken->setEnabled(false);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_connectToken, 0, Qt::AlignTop);
    auto *note = new QLabel(tr("Tokens are kept in your system keychain only. Browser sign-in needs your Meta app's "
                               "Instagram app id and its secret, or a token broker: Composer › Settings…"),
                            connectBox);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid);"_s);
    auto *boxLayout = new QVBoxLayout(connectBox);
    boxLayout->addLayout(browsers);
    boxLayout->addWidget(pasteHelp);
    boxLayout->addLayout(tokenRow);
    boxLayout->addWidget(note);

    m_status->setObjectName(u"accountsStatus"_s);
    m_status->setWordWrap(true);
    m_disconnect->setObjectName(u"disconnectButton"_s);
    m_disconnect->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_disconnect, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(connectBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_token, &QPlainTextEdit::textChanged, this,
            [this] { m_connectToken->setEnabled(!m_token->toPlainText().trimmed().isEmpty()); });
    connect(m_connectToken, &QPushButton::clicked, this, &AccountsDialog::connectPastedToken);
    connect(window, &QPushButton::clicked, this, &AccountsDialog::connectInWindow);
    connect(browser, &QPushButton::clicked, this, &AccountsDialog::connectWithSystemBrowser);
    connect(m_disconnect, &QPushButton::clicked, this, &AccountsDialog::disconnectSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_disconnect->setEnabled(!m_table->selectedItems().isEmpty()); });
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c93a3a;"_s : QString());
}

void AccountsDialog::reload()
{
    m_jobs.call<QList<PublishAccount>>(
        this, [](PublishingService &s) { return s.accounts(); },
        [this](Result<QList<PublishAccount>> result) {
            if (!result.ok()) {
                setStatus(result.error().message, true);
                return;
            }
            showAccounts(result.value());
        });
}

void AccountsDialog::showAccounts(const QList<PublishAccount> &accounts)
{
    m_accounts = accounts;
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const PublishAccount &a = accounts.at(row);
        const QStringList cells{u"@"_s + a.username + (a.name.isEmpty() ? QString() : u"  ("_s + a.name + u")"_s),
                                a.accountType == u"MEDIA_CREATOR"_s ? tr("Creator") : tr("Business"),
                                a.followers ? QLocale().toString(*a.followers) : u"–"_s,
                                a.tokenExpiresAt
                                    ? QLocale().toString(a.tokenExpiresAt->toLocalTime().date(), QLocale::ShortFormat)
                                    : u"–"_s,
                                a.needsReconnect() ? tr("Reconnect") : tr("Connected")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 4 && a.needsReconnect()) {
                item->setForeground(QColor(0xc9, 0x3a, 0x3a));
                item->setToolTip(a.statusReason);
            }
            m_table->setItem(row, column, item);
        }
    }
    if (accounts.isEmpty() && m_status->text().isEmpty())
        setStatus(tr("No account connected yet."));
}

void AccountsDialog::connectPastedToken()
{
    const QString token = m_token->toPlainText().trimmed();
    if (token.isEmpty())
        return;
    m_connectToken->setEnabled(false);
    setStatus(tr("Checking the token with Instagram…"));
    m_jobs.call<PublishAccount>(
        this, [token](PublishingService &s) { return s.addAccountWithToken(token); },
        [this](Result<PublishAccount> result) {
            m_connectToken->setEnabled(true);
            if (!result.ok()) {
                setStatus(result.error().message, true);
                return;
            }
            m_token->clear();
            setStatus(tr("Connected @%1. Its token is in the system keychain.").arg(result->username));
            reload();
            emit accountsChanged();
        });
}

QUrl AccountsDialog::prepareAuthorize(const QUrl &redirectUri)
{
    const Settings settings(m_jobs.dataDir());
    const QString appId = settings.value(u"publish.app_id"_s).toString();
    if (appId.isEmpty()) {
        setStatus(tr("Browser sign-in needs your Meta app's Instagram app id: set it in Composer › Settings…, or "
                     "paste a token instead."),
                  true);
        return {};
    }
    m_redirectUri = redirectUri;
    m_state = oauth::newState();
    oauth::AuthorizeRequest request;
    request.clientId = appId;
    request.redirectUri = redirectUri;
    request.state = m_state;
    return oauth::authorizeUrl(request);
}

void AccountsDialog::connectWithSystemBrowser()
{
    if (!m_loopback) {
        m_loopback = new LoopbackReceiver(this);
        connect(m_loopback, &LoopbackReceiver::redirected, this, &AccountsDialog::handleRedirect);
    }
    if (!m_loopback->listen()) {
        setStatus(tr("ReelPulse could not listen on 127.0.0.1 for the browser's answer."), true);
        return;
    }
    const QUrl authorize = prepareAuthorize(m_loopback->redirectUri());
    if (authorize.isEmpty())
        return;
    setStatus(tr("Finish the sign-in in your browser; ReelPulse waits for its answer."));
    m_openUrl(authorize);
}

void AccountsDialog::connectInWindow()
{
    const QUrl redirect(u"https://localhost/reelpulse/oauth"_s);
    const QUrl authorize = prepareAuthorize(redirect);
    if (authorize.isEmpty())
        return;
    OAuthBrowserDialog dialog(authorize, redirect, m_state, this);
    connect(&dialog, &OAuthBrowserDialog::browserInsteadRequested, this, &AccountsDialog::connectWithSystemBrowser,
            Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted && dialog.result().kind == oauth::RedirectCheck::Kind::Code) {
        QUrl url = redirect;
        QUrlQuery query;
        query.addQueryItem(u"code"_s, dialog.result().code);
        query.addQueryItem(u"state"_s, m_state);
        url.setQuery(query);
        handleRedirect(url);
    }
}

void AccountsDialog::handleRedirect(const QUrl &url)
{
    const oauth::RedirectCheck check = oauth::checkRedirect(url, m_redirectUri, m_state);
    if (check.kind == oauth::RedirectCheck::Kind::NotRedirect)
        return;
    if (check.kind != oauth::RedirectCheck::Kind::Code) {
        setStatus(check.message, true);
        return;
    }
    m_state.clear(); // a code is used once
    if (m_loopback)
        m_loopback->close();
    setStatus(tr("Signed in. Exchanging the code for a long-lived token…"));
    const QString code = check.code;
    const QUrl redirectUri = m_redirectUri;
    m_jobs.call<PublishAccount>(
        this, [code, redirectUri](PublishingService &s) { return s.connectWithCode(code, redirectUri); },
        [this](Result<PublishAccount> result) {
            if (!result.ok()) {
                setStatus(result.error().message, true);
                return;
            }
            setStatus(tr("Connected @%1. Its token is in the system keychain.").arg(result->username));
            reload();
            emit accountsChanged();
        });
}

void AccountsDialog::disconnectSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    const PublishAccount account = m_accounts.at(row);
    if (!MessageBox::confirm(this, tr("Disconnect @%1?").arg(account.username),
                             tr("ReelPulse deletes the account's token from the keychain and forgets the account "
                                "with its drafts and scheduled posts. Posts already on Instagram stay there."),
                             tr("Disconnect")))
        return;
    const QString userId = account.userId;
    m_jobs.call<PublishAccount>(
        this, [userId](PublishingService &s) { return s.removeAccount(userId); },
        [this](Result<PublishAccount> result) {
            if (!result.ok()) {
                setStatus(result.error().message, true);
                return;
            }
            setStatus(tr("Disconnected @%1.").arg(result->username));
            reload();
            emit accountsChanged();
        });
}

} // namespace reelpulse
