#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace reelpulse {

/// The status bar's scraping corner: a busy bar and "Scraping @natgeo — comments 2/5…" while a task
/// runs, "Scraping paused" while paused, the platforms the scheduler waits for ("Instagram waits until
/// 14:05 (rate limited)") and the rate governor's state when it holds requests back.
class ScrapeStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeStatusWidget)

public:
    enum class Pressure { None, Waiting, Blocked };

    explicit ScrapeStatusWidget(QWidget *parent = nullptr);
    ~ScrapeStatusWidget() override;

    /// A task is being scraped; `stage` says what it reads now (may be empty).
    void setScraping(const QString &label, const QString &stage);
    /// No task runs.
    void setIdle();
    void setPaused(bool paused);
    /// The governor's line (empty hides it), coloured by how much it holds back.
    void setGovernor(const QString &summary, Pressure pressure);
    /// The platforms that ask to wait, a line each (ScrapeController::waitsChanged); empty hides them.
    void setWaits(const QStringList &waits);

    QString activityText() const;
    QString governorText() const;
    QString waitsText() const;
    bool isBusy() const;

private:
    void updateActivity();

    QProgressBar *m_busy = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_governor = nullptr;
    QLabel *m_waits = nullptr;
    QString m_label;
    QString m_stage;
    bool m_scraping = false;
    bool m_paused = false;
};

} // namespace reelpulse
