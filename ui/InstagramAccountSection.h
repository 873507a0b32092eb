#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;

namespace reelpulse {

class FieldMessageLabel;
class InstagramSignInDialog;
class ScrapeController;

/// The "Instagram account" part of the Settings: who is signed in, signing in through the embedded
/// browser or by pasting the session cookie from one's own browser, and signing out. Says which data
/// needs a session.
class InstagramAccountSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstagramAccountSection)

public:
    explicit InstagramAccountSection(ScrapeController &scrape, QWidget *parent = nullptr);
    ~InstagramAccountSection() override;

    /// Opens the embedded sign-in window.
    void signIn();
    /// Opens the "paste your browser's session cookie" dialog.
    void signInWithBrowser();
    /// Asks, then removes the saved session and the sign-in window's cookies.
    void signOut();

    QLabel *statusLabel() const { return m_status; }
    FieldMessageLabel *messageLabel() const { return m_message; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *browserButton() const { return m_browser; }
    QPushButton *signOutButton() const { return m_signOut; }

signals:
    /// Something for the activity log (never a secret).
    void activity(const QString &message, bool error);

private:
    void showAccount(const QString &account);

    ScrapeController &m_scrape;
    QPointer<InstagramSignInDialog> m_dialog;
    QLabel *m_status = nullptr;
    FieldMessageLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_browser = nullptr;
    QPushButton *m_signOut = nullptr;
    bool m_signingIn = false;
};

} // namespace reelpulse
