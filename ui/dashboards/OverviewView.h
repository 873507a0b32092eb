#pragma once

#include "analytics/ProfileStats.h"
#include "domain/TaskRef.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace reelpulse {

class AnalyticsQueries;
class ChartWidget;

/// The Overview: what is tracked, comments analysed, overall sentiment with its trend, the week's biggest movers,
/// trending and viral items, and alerts. A card (a mover or a trending item) opens its dashboard.
class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    OverviewView(AnalyticsQueries &analytics, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const analytics::Overview &data() const { return m_data; }

signals:
    void openTask(const reelpulse::TaskRef &task);
    void loaded();

private:
    void show(const analytics::Overview &overview);
    QLabel *tile(const QString &name, const QString &title);

    AnalyticsQueries &m_analytics;
    analytics::Overview m_data;
    bool m_loaded = false;
    QLabel *m_profiles = nullptr;
    QLabel *m_reels = nullptr;
    QLabel *m_videos = nullptr;
    QLabel *m_comments = nullptr;
    QLabel *m_sentiment = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_movers = nullptr;
    QListWidget *m_trending = nullptr;
    QListWidget *m_alerts = nullptr;
    ChartWidget *m_sentimentChart = nullptr;
};

} // namespace reelpulse
