#include "ScrapeStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ScrapeStatusWidget::ScrapeStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_activity(new QLabel(this))
    , m_governor(new QLabel(this))
    , m_waits(new QLabel(this))
{
    setObjectName(u"scrapeStatus"_s);
    m_busy->setObjectName(u"scrapeBusy"_s);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(fontMetrics().averageCharWidth() * 10);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->hide();
    m_activity->setObjectName(u"scrapeActivity"_s);
    m_activity->setTextFormat(Qt::PlainText);
    m_governor->setObjectName(u"governorStatus"_s);
    m_governor->setTextFormat(Qt::PlainText);
    m_governor->setToolTip(tr("ReelPulse paces its requests and waits when a platform asks it to."));
    m_governor->hide();
    m_waits->setObjectName(u"scrapeWaits"_s);
    m_waits->setTextFormat(Qt::PlainText);
    m_waits->setStyleSheet(u"color: #b26a00;"_s);
    m_waits->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_busy);
    layout->addWidget(m_activity);
    layout->addWidget(m_waits);
    layout->addWidget(m_governor);
    updateActivity();
}

ScrapeStatusWidget::~ScrapeStatusWidget() = default;

void ScrapeStatusWidget::setScraping(const QString &label, const QString &stage)
{
    m_scraping = true;
    m_label = label;
    m_stage = stage;
    updateActivity();
}

void ScrapeStatusWidget::setIdle()
{
    m_scraping = false;
    m_label.clear();
    m_stage.clear();
    updateActivity();
}

void ScrapeStatusWidget::setPaused(bool paused)
{
    m_paused = paused;
    updateActivity();
}

void ScrapeStatusWidget::setGovernor(const QString &summary, Pressure pressure)
{
    m_governor->setText(summary);
    m_governor->setVisible(!summary.isEmpty());
    switch (pressure) {
    case Pressure::Blocked:
        m_governor->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
        break;
    case Pressure::Waiting:
        m_governor->setStyleSheet(u"color: #b26a00;"_s);
        break;
    case Pressure::None:
        m_governor->setStyleSheet({});
        break;
    }
}

void ScrapeStatusWidget::setWaits(const QStringList &waits)
{
    m_waits->setText(waits.join(u" · "_s));
    m_waits->setToolTip(
        waits.isEmpty()
            ? QString()
            : tr("Tasks of these platforms stay due and are scraped when the wait ends:\n%1").arg(waits.join(u'\n')));
    m_waits->setVisible(!waits.isEmpty());
}

QString ScrapeStatusWidget::waitsText() const
{
    return m_waits->text();
}

QString ScrapeStatusWidget::activityText() const
{
    return m_activity->text();
}

QString ScrapeStatusWidget::governorText() const
{
    return m_governor->isVisible() || !m_governor->text().isEmpty() ? m_governor->text() : QString();
}

bool ScrapeStatusWidget::isBusy() const
{
    return m_scraping;
}

void ScrapeStatusWidget::updateActivity()
{
    m_busy->setVisible(m_scraping);
    if (m_scraping) {
        m_activity->setText(m_stage.isEmpty() ? tr("Scraping %1…").arg(m_label)
                                              : tr("Scraping %1 — %2…").arg(m_label, m_stage));
    } else if (m_paused) {
        m_activity->setText(tr("Scraping paused"));
    } else {
        m_activity->setText({});
    }
    m_activity->setVisible(!m_activity->text().isEmpty());
}

} // namespace reelpulse
