#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace reelpulse {

/// A non-modal bar across the top of the window for things only the person can fix (Instagram's
/// security check, a sign-in wall, an expired session): the message, "Sign in…" and "Dismiss".
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

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void signInRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace reelpulse
