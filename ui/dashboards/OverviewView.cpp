#include "dashboards/OverviewView.h"

#include "WhenReady.h"
#include "dashboards/ChartWidget.h"
#include "services/AnalyticsService.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

constexpr int TaskKindRole = Qt::UserRole + 1;
constexpr int TaskIdRole = Qt::UserRole + 2;

QListWidget *cardList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setSpacing(3);
    list->setUniformItemSizes(false);
    return list;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

OverviewView::OverviewView(AnalyticsQueries &analytics, QWidget *parent)
    : QWidget(parent)
    , m_analytics(analytics)
{
    setObjectName(u"overview"_s);
    auto *layout = new QVBoxLayout(this);
    auto *tiles = new QHBoxLayout;
    m_profiles = tile(u"overviewProfiles"_s, tr("Profiles tracked"));
    m_reels = tile(u"overviewReels"_s, tr("Reels tracked"));
    m_videos = tile(u"overviewVideos"_s, tr("Videos tracked"));
    m_comments = tile(u"overviewComments"_s, tr("Comments analysed"));
    m_sentiment = tile(u"overviewSentiment"_s, tr("Overall sentiment"));
    for (QLabel *label : {m_profiles, m_reels, m_videos, m_comments, m_sentiment})
        tiles->addWidget(label->parentWidget(), 1);
    layout->addLayout(tiles);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *grid = new QGridLayout;
    m_movers = cardList(u"overviewMovers"_s, this);
    m_trending = cardList(u"overviewTrending"_s, this);
    m_alerts = cardList(u"overviewAlerts"_s, this);
    m_sentimentChart = new ChartWidget(this);
    grid->addWidget(titled(tr("This week's biggest movers"), m_movers, this), 0, 0);
    grid->addWidget(titled(tr("Sentiment trend"), m_sentimentChart, this), 0, 1);
    grid->addWidget(titled(tr("Trending and viral"), m_trending, this), 1, 0);
    grid->addWidget(titled(tr("Alerts"), m_alerts, this), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    layout->addLayout(grid, 1);

    for (QListWidget *list : {m_movers, m_trending}) {
        list->setToolTip(tr("Click a card to open its dashboard."));
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const auto kind = taskKindFromName(item->data(TaskKindRole).toString());
            if (kind)
                emit openTask(TaskRef{*kind, item->data(TaskIdRole).toString()});
        });
        connect(list, &QListWidget::itemClicked, list, &QListWidget::itemActivated);
    }
}

QLabel *OverviewView::tile(const QString &name, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *caption = new QLabel(title, frame);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(u"–"_s, frame);
    value->setObjectName(name);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(caption);
    layout->addWidget(value);
    return value;
}

void OverviewView::reload()
{
    whenReady(m_analytics.overview(QDateTime::currentDateTimeUtc()), this, [this](const Result<Overview> &result) {
        if (!result.ok()) {
            m_message->setText(tr("The overview could not be read: %1").arg(result.error().message));
            m_message->setVisible(true);
            return;
        }
        m_message->setVisible(false);
        show(result.value());
    });
}

void OverviewView::show(const Overview &o)
{
    m_data = o;
    const QLocale locale;
    m_profiles->setText(locale.toString(o.profiles));
    m_reels->setText(locale.toString(o.reels));
    m_videos->setText(locale.toString(o.videos));
    m_comments->setText(locale.toString(o.comments));
    if (o.sentiment.isEmpty()) {
        m_sentiment->setText(tr("no comments yet"));
    } else {
        // The trend: the last 7 days' positive share against the 30 days'.
        int positive7 = 0;
        int total7 = 0;
        const qint64 weekStart = QDateTime::currentSecsSinceEpoch() - 7 * 86400;
        for (const auto &day : o.sentimentByDay) {
            if (day.startEpoch >= weekStart) {
                positive7 += day.summary.count(sentiment::Label::Positive);
                total7 += day.summary.total();
            }
        }
        const double all = o.sentiment.percentage(sentiment::Label::Positive);
        QString trend;
        if (total7 > 0) {
            const double week = 100.0 * positive7 / total7;
            trend = week > all + 2.0 ? u" ↗"_s : week < all - 2.0 ? u" ↘"_s : u" →"_s;
            m_sentiment->setToolTip(
                tr("%1 % positive this week, %2 % overall").arg(week, 0, 'f', 1).arg(all, 0, 'f', 1));
        }
        m_sentiment->setText(tr("%1 % positive%2").arg(all, 0, 'f', 0).arg(trend));
    }
    const auto fill = [](QListWidget *list, const QList<OverviewCard> &cards, const QString &empty, bool score) {
        list->clear();
        for (const OverviewCard &card : cards) {
            QString text = card.label;
            if (!card.detail.isEmpty())
                text += u"\n"_s + card.detail;
            if (score && card.trendScore)
                text += tr("\n%1× the account's usual at this age%2")
                            .arg(card.trendScore.value(), 0, 'f', 1)
                            .arg(card.isViral ? tr(" · viral") : tr(" · trending"));
            auto *item = new QListWidgetItem(text, list);
            item->setData(TaskKindRole, taskKindName(card.task.kind));
            item->setData(TaskIdRole, card.task.id);
        }
        if (cards.isEmpty()) {
            auto *item = new QListWidgetItem(empty, list);
            item->setFlags(Qt::NoItemFlags);
        }
    };
    fill(m_movers, o.movers.mid(0, 12), tr("Nothing scraped yet: add a profile or a reel and scrape it now."), false);
    fill(m_trending, o.trending, tr("No item above 1.5× its account's usual yet."), true);
    m_alerts->clear();
    for (const QString &alert : o.alerts)
        new QListWidgetItem(alert, m_alerts);
    if (o.alerts.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No alerts: scrapes are running and sentiment is steady."), m_alerts);
        item->setFlags(Qt::NoItemFlags);
    }
    m_sentimentChart->setChart(
        sentimentChart(o.sentimentByDay, DateRange::lastDays(30, QDateTime::currentDateTimeUtc())));
    m_loaded = true;
    emit loaded();
}

} // namespace reelpulse
