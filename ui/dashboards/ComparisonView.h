#pragma once

#include "analytics/ProfileStats.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace reelpulse {

class AnalyticsQueries;
class ChartWidget;
class ComparisonModel;

/// The user's own profiles against the competitors, side by side over the chosen dates: followers, growth,
/// posts per week, median engagement rate, reels share and the positive / negative comment share, as a table and
/// as grouped bars.
class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    ComparisonView(AnalyticsQueries &analytics, QWidget *parent = nullptr);

    void reload(const analytics::DateRange &range);
    bool isLoaded() const { return m_loaded; }
    ComparisonModel *model() const { return m_model; }
    ChartWidget *chart() const { return m_chart; }

signals:
    void loaded();

private:
    AnalyticsQueries &m_analytics;
    bool m_loaded = false;
    ComparisonModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ChartWidget *m_chart = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace reelpulse
