#pragma once

#include "services/PublishingService.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace reelpulse {

class AccountsDialog;
class PublishingSettingsDialog;
class CalendarWidget;
class ComposerWidget;
class PublishingJobs;
class SecretStore;

/// The Composer section: connected accounts, the composer and the calendar with the queue. While the app runs, its
/// scheduler publishes the posts whose time came (and refreshes tokens that expire within 15 days); a post whose
/// time passed while nothing ran is never published late silently: the page asks what to do with it.
class PublishingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingPage)

public:
    /// secrets: the keychain in the app. runScheduler: publish due posts every minute.
    PublishingPage(const QString &dataDir, std::shared_ptr<SecretStore> secrets, bool runScheduler,
                   QWidget *parent = nullptr);
    ~PublishingPage() override;

    /// Opens the accounts dialog (modeless; the same one each time).
    AccountsDialog *showAccounts();
    /// Opens the publishing settings (browser sign-in, media host), modal.
    PublishingSettingsDialog *showSettings();
    /// One pass of the scheduler now: refresh expiring tokens, publish what is due.
    void runSchedulerPass();
    void reloadAccounts();

    ComposerWidget *composer() const { return m_composer; }
    CalendarWidget *calendar() const { return m_calendar; }
    QTabWidget *tabs() const { return m_tabs; }
    PublishingJobs *jobs() const { return m_jobs; }
    QWidget *lateBanner() const { return m_lateBanner; }

signals:
    /// Something for the activity log.
    void logMessage(const QString &text);

private:
    void showLate(const QList<PublishPost> &late);
    void actOnLate(int choice);

    PublishingJobs *m_jobs;
    /// The scheduler's passes have a thread of their own: a video can take Instagram minutes to process, and the
    /// composer's saves must not wait for it.
    PublishingJobs *m_schedulerJobs;
    QLabel *m_accountsLabel;
    QTabWidget *m_tabs;
    ComposerWidget *m_composer;
    CalendarWidget *m_calendar;
    AccountsDialog *m_accountsDialog = nullptr;
    QWidget *m_lateBanner;
    QLabel *m_lateText;
    QList<PublishPost> m_late;
    QTimer *m_timer;
    bool m_passRunning = false;
};

} // namespace reelpulse
