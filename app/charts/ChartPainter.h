#pragma once

#include "analytics/ChartData.h"

#include <QColor>
#include <QList>
#include <QRectF>

class QChart;
class QPainter;

namespace reelpulse::charts {

/// The colours of a chart: light or dark, following the system unless asked.
struct ChartPalette
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QList<QColor> series; ///< one per series, in order
    QColor positive;
    QColor neutral;
    QColor negative;

    static ChartPalette light();
    static ChartPalette darkPalette();
    /// Dark when the application's window colour is dark.
    static ChartPalette system();
};

/// A Qt Charts chart of the data (time series, stacked areas, bars); nullptr for a heatmap, which Qt Charts does
/// not draw (paintHeatmap does). The caller owns it.
QChart *makeChart(const analytics::ChartData &data, const ChartPalette &palette);

/// Paints a weekday × hour heatmap with its colour scale into rect.
void paintHeatmap(QPainter &painter, const QRectF &rect, const analytics::ChartData &data, const ChartPalette &palette);

/// Paints the whole chart into rect: with `header`, its title and date range above it; the chart (Qt Charts or
/// the heatmap) with its legend; the data's empty hint when there is nothing to draw. The same drawing for the
/// app's exports, PNG, SVG, PDF and the report.
void paintChart(QPainter &painter, const QRectF &rect, const analytics::ChartData &data, const ChartPalette &palette,
                bool header = true);

} // namespace reelpulse::charts
