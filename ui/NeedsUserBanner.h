#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace reelpulse {

/// A non-modal bar across the top of the window for things only the person can fix (Instagram's
/// security check, a sign-in wall, an expired session): the message, "Sign in…", "I've solved it —
/// resume" (once the person passed the check in a browser) and "Dismiss".
class NeedsUserBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedsUserBanner)

public:
    explicit NeedsUserBanner(QWidget *parent = nullptr);
    ~NeedsUserBanner() override;

    /// Shows the banner with this message (replacing an earlier one).
    void showMessage(const QString &message);
    QString message() const;

    /// While a resume is under way the resume button is disabled and says so.
    void setResuming(bool resuming);
    bool isResuming() const;

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void signInRequested();
    /// The person says the check is solved: lift the stop and resume scraping.
    void resumeRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace reelpulse
