#pragma once

#include "storage/PublishStore.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace reelpulse {

class LoopbackReceiver;
class PublishingJobs;

/// Instagram professional accounts to publish to, and the three ways to connect one: the embedded browser, your
/// own browser (the code comes back to a loopback listener), or a pasted long-lived token. Disconnect asks first.
/// Every call runs on the publishing thread (PublishingJobs); the dialog only shows answers.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(PublishingJobs &jobs, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /// Re-reads the accounts.
    void reload();
    /// Connects the account of the token pasted in the token box.
    void connectPastedToken();
    /// Opens the authorize page in the system browser and listens on 127.0.0.1 for the redirect.
    void connectWithSystemBrowser();
    /// Opens the authorize page in the embedded browser.
    void connectInWindow();
    /// Disconnects the selected account after a confirmation.
    void disconnectSelected();

    /// The redirect of a browser sign-in (from the loopback listener or the embedded browser): the state is checked,
    /// then the code is exchanged and the account connected.
    void handleRedirect(const QUrl &url);

    /// Tests: how the system browser is opened (default: QDesktopServices::openUrl).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    QUrl pendingRedirectUri() const { return m_redirectUri; }
    QString pendingState() const { return m_state; }

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *tokenEdit() const { return m_token; }
    QPushButton *connectTokenButton() const { return m_connectToken; }
    QLabel *statusLabel() const { return m_status; }
    const QList<PublishAccount> &accounts() const { return m_accounts; }

signals:
    /// The accounts changed (connected, disconnected).
    void accountsChanged();

private:
    void showAccounts(const QList<PublishAccount> &accounts);
    void setStatus(const QString &text, bool error = false);
    /// The authorize URL for this redirect URI (a new state), or empty with a message when no app id is set.
    QUrl prepareAuthorize(const QUrl &redirectUri);

    PublishingJobs &m_jobs;
    QTableWidget *m_table;
    QPlainTextEdit *m_token;
    QPushButton *m_connectToken;
    QPushButton *m_disconnect;
    QLabel *m_status;
    LoopbackReceiver *m_loopback = nullptr;
    QList<PublishAccount> m_accounts;
    QUrl m_redirectUri;
    QString m_state;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace reelpulse
