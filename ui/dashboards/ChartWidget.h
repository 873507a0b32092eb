#pragma once

#include "analytics/ChartData.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedLayout;

namespace reelpulse {

/// One chart of a dashboard: its title and date range, the chart (Qt Charts, or the heatmap) with hover tooltips
/// of exact values, or what to do when there is nothing to draw. Right-click (or exportTo) writes it as PNG (2×
/// device pixels), SVG, PDF or its data as CSV, with the same drawing as `reelpulse-cli export chart`.
class ChartWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setChart(const analytics::ChartData &data);
    const analytics::ChartData &chart() const { return m_data; }
    /// Writes the chart to path in the format of its suffix (png, svg, pdf, csv); false when it could not.
    bool exportTo(const QString &path);

    QSize sizeHint() const override { return {520, 300}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

public slots:
    /// Asks for a file and writes the chart there.
    void exportWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    analytics::ChartData m_data;
    QLabel *m_title = nullptr;
    QLabel *m_range = nullptr;
    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QWidget *m_heatmap = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace reelpulse
