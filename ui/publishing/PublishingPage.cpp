#include "PublishingPage.h"

#include "AccountsDialog.h"
#include "CalendarWidget.h"
#include "ComposerWidget.h"
#include "PublishingJobs.h"
#include "PublishingSettingsDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

PublishingPage::PublishingPage(const QString &dataDir, std::shared_ptr<SecretStore> secrets, bool runScheduler,
                               QWidget *parent)
    : QWidget(parent)
    , m_jobs(new PublishingJobs(dataDir, secrets, this))
    , m_schedulerJobs(new PublishingJobs(dataDir, secrets, this))
    , m_accountsLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_lateBanner(new QWidget(this))
    , m_lateText(new QLabel(m_lateBanner))
    , m_timer(new QTimer(this))
{
    setObjectName(u"publishingPage"_s);
    m_composer = new ComposerWidget(*m_jobs, m_tabs);
    m_calendar = new CalendarWidget(*m_jobs, m_tabs);
    m_tabs->addTab(m_composer, tr("Compose"));
    m_tabs->addTab(m_calendar, tr("Calendar and Queue"));

    m_accountsLabel->setObjectName(u"publishingAccounts"_s);
    auto *accounts = new QPushButton(tr("&Accounts…"), this);
    accounts->setObjectName(u"accountsButton"_s);
    auto *settings = new QPushButton(tr("Se&ttings…"), this);
    settings->setObjectName(u"publishingSettingsButton"_s);
    settings->setToolTip(tr("Browser sign-in (app id or token broker) and the media host for files"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_accountsLabel, 1);
    top->addWidget(settings);
    top->addWidget(accounts);

    m_lateBanner->setObjectName(u"lateBanner"_s);
    m_lateBanner->setStyleSheet(u"QWidget#lateBanner { background: #fff4d6; border: 1px solid #e0c36a; "
                                "border-radius: 4px; }"_s);
    m_lateText->setWordWrap(true);
    auto *now = new QPushButton(tr("Publish Now"), m_lateBanner);
    now->setObjectName(u"latePublishNow"_s);
    auto *later = new QPushButton(tr("Reschedule in 1 Hour"), m_lateBanner);
    later->setObjectName(u"lateReschedule"_s);
    auto *draft = new QPushButton(tr("Keep as Draft"), m_lateBanner);
    draft->setObjectName(u"lateDraft"_s);
    auto *bannerLayout = new QHBoxLayout(m_lateBanner);
    bannerLayout->addWidget(m_lateText, 1);
    bannerLayout->addWidget(now);
    bannerLayout->addWidget(later);
    bannerLayout->addWidget(draft);
    m_lateBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_lateBanner);
    layout->addWidget(m_tabs, 1);

    connect(accounts, &QPushButton::clicked, this, [this] { showAccounts(); });
    connect(settings, &QPushButton::clicked, this, [this] { showSettings()->open(); });
    connect(m_composer, &ComposerWidget::postSaved, this, [this](const PublishPost &post) {
        m_calendar->reload();
        emit logMessage(
            tr("Post %1 for @%2 saved (%3).").arg(post.id).arg(post.accountUsername, postStateName(post.state)));
    });
    connect(now, &QPushButton::clicked, this, [this] { actOnLate(0); });
    connect(later, &QPushButton::clicked, this, [this] { actOnLate(1); });
    connect(draft, &QPushButton::clicked, this, [this] { actOnLate(2); });
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &PublishingPage::runSchedulerPass);
    if (runScheduler) {
        m_timer->start();
        QTimer::singleShot(5000, this, &PublishingPage::runSchedulerPass);
    }
    reloadAccounts();
}

PublishingPage::~PublishingPage() = default;

void PublishingPage::reloadAccounts()
{
    m_jobs->call<QList<PublishAccount>>(
        this, [](PublishingService &s) { return s.accounts(); },
        [this](Result<QList<PublishAccount>> result) {
            const QList<PublishAccount> accounts = result.ok() ? result.value() : QList<PublishAccount>();
            m_composer->setAccounts(accounts);
            QStringList names;
            int reconnect = 0;
            for (const PublishAccount &a : accounts) {
                names << u"@"_s + a.username;
                reconnect += a.needsReconnect();
            }
            QString text = accounts.isEmpty() ? tr("No Instagram account connected for publishing yet.")
                                              : tr("Publishing to %1").arg(names.join(u", "_s));
            if (reconnect > 0)
                text += u" — <span style='color:#c93a3a'>"_s +
                        tr("%n account(s) must be reconnected", nullptr, reconnect) + u"</span>"_s;
            m_accountsLabel->setText(text);
        });
}

AccountsDialog *PublishingPage::showAccounts()
{
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(*m_jobs, this);
        connect(m_accountsDialog, &AccountsDialog::accountsChanged, this, [this] {
            reloadAccounts();
            m_calendar->reload();
        });
    } else {
        m_accountsDialog->reload();
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    return m_accountsDialog;
}

PublishingSettingsDialog *PublishingPage::showSettings()
{
    auto *dialog = new PublishingSettingsDialog(*m_jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void PublishingPage::runSchedulerPass()
{
    if (m_passRunning)
        return;
    m_passRunning = true;
    m_schedulerJobs->call<QList<DueResult>>(
        this,
        [](PublishingService &s) -> Result<QList<DueResult>> {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            (void)s.refreshExpiringTokens(now);
            return s.publishDue(now, false);
        },
        [this](Result<QList<DueResult>> result) {
            m_passRunning = false;
            if (!result.ok()) {
                emit logMessage(result.error().message);
                return;
            }
            QList<PublishPost> late;
            for (const DueResult &r : result.value()) {
                if (r.skipped && r.post.state == PostState::Scheduled && r.skipReason.contains(u"--late-ok"_s))
                    late << r.post;
                else if (!r.skipped)
                    emit logMessage(r.outcome.published()
                                        ? tr("Post %1 published on @%2.").arg(r.post.id).arg(r.post.accountUsername)
                                        : tr("Post %1 not published: %2").arg(r.post.id).arg(r.outcome.message));
            }
            showLate(late);
            if (!result->isEmpty()) {
                m_calendar->reload();
                reloadAccounts();
            }
        });
}

void PublishingPage::showLate(const QList<PublishPost> &late)
{
    m_late = late;
    m_lateBanner->setVisible(!late.isEmpty());
    if (late.isEmpty())
        return;
    QStringList what;
    for (const PublishPost &p : late)
        what << tr("%1 for @%2 at %3")
                    .arg(postKindName(p.kind), p.accountUsername,
                         p.scheduledAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    m_lateText->setText(tr("%n post(s) missed their time while ReelPulse was not running: %1. ReelPulse does not "
                           "publish late without asking.",
                           nullptr, int(late.size()))
                            .arg(what.join(u"; "_s)));
}

void PublishingPage::actOnLate(int choice)
{
    const QList<PublishPost> late = m_late;
    showLate({});
    for (PublishPost post : late) {
        if (choice == 0) {
            post.scheduledAt = QDateTime::currentDateTimeUtc();
        } else if (choice == 1) {
            post.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        } else {
            post.state = PostState::Draft;
        }
        m_jobs->call<PublishPost>(
            this, [post](PublishingService &s) { return s.updatePost(post); },
            [this, choice](Result<PublishPost> result) {
                if (!result.ok())
                    emit logMessage(result.error().message);
                if (choice == 0)
                    runSchedulerPass();
                else
                    m_calendar->reload();
            });
    }
}

} // namespace reelpulse
