#pragma once

#include <QDialog>

class QPushButton;

namespace reelpulse {

/// The welcome shown at the first start with a data folder: what ReelPulse does, where its data lives, and the
/// first steps (add a profile, optionally sign in to Instagram). It is shown once per data folder: the setting
/// ui.welcome_shown of the folder records that it was (`reelpulse-cli config reset ui.welcome_shown` shows it
/// again).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    explicit FirstRunDialog(const QString &dataDir, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    /// True when the welcome has not been shown for this data folder yet.
    static bool isFirstRun(const QString &dataDir);
    /// Records that the welcome was shown for this data folder.
    static void markShown(const QString &dataDir);
    /// Opens the welcome (window-modal, not blocking) when it was not shown for this folder yet, and records
    /// that it was; nullptr when it had been shown already. The dialog deletes itself when closed.
    static FirstRunDialog *openOnce(const QString &dataDir, QWidget *parent);

    QPushButton *addProfileButton() const { return m_addProfile; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *closeButton() const { return m_close; }

signals:
    /// The person chose to add a first profile (the dialog closes).
    void addProfileRequested();
    /// The person chose to sign in to Instagram (the dialog closes).
    void signInRequested();

private:
    QPushButton *m_addProfile = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace reelpulse
