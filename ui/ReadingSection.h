#pragma once

#include "domain/TaskTypes.h"

#include <QGroupBox>
#include <QHash>
#include <QList>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace reelpulse {

class ScrapeController;
struct GovernorIdentityStatus;

/// The "Reading" part of the Settings: what the rate governor holds back, per identity (a platform's
/// host read anonymously or with a session) as every process on the data folder recorded it, and a
/// Resume button for each platform that is paused or stopped (a security check, a sign-in wall, a soft
/// block, a rate limit) once the person dealt with it. Read on a pool thread when the section is shown
/// and after a resume; a resume runs there too (the store may be locked a moment).
class ReadingSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingSection)

public:
    explicit ReadingSection(ScrapeController &scrape, QWidget *parent = nullptr);
    ~ReadingSection() override;

    /// Reads the identities' states again (in the background).
    void refresh();
    /// Lifts the pauses and stops of a platform (every platform when none) in the background, then reads the
    /// states again.
    void resume(std::optional<Platform> platform);
    /// True while the states are being read or a resume runs.
    bool isBusy() const { return m_reading || m_resuming; }

    /// The Resume button of a platform, or nullptr when nothing of it is paused or stopped.
    QPushButton *resumeButton(Platform platform) const;
    /// The line under the list ("Every platform reads normally.", an error, what a resume did).
    QLabel *statusLabel() const { return m_status; }
    /// The state shown for an identity ("www.instagram.com#anonymous"), empty when it is not listed.
    QString stateTextOf(const QString &identity) const;

signals:
    /// Something for the activity log.
    void activity(const QString &message, bool error);
    /// The states were read and are shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showIdentities(const QList<GovernorIdentityStatus> &identities);
    void clearRows();

    ScrapeController &m_scrape;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_status = nullptr;
    QHash<int, QPushButton *> m_resumeButtons; ///< by Platform
    QHash<QString, QLabel *> m_stateLabels;    ///< by identity
    int m_generation = 0;
    bool m_reading = false;
    bool m_resuming = false;
};

} // namespace reelpulse
