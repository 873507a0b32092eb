#pragma once

#include "analytics/ChartData.h"
#include "charts/ChartPainter.h"
#include "domain/Result.h"

#include <QSize>

namespace reelpulse::charts {

enum class ExportFormat { Png, Svg, Pdf, Csv };
QString exportFormatName(ExportFormat format); ///< "png", "svg", "pdf", "csv"
std::optional<ExportFormat> exportFormatFromName(const QString &name);
/// The format a file name's suffix asks for.
std::optional<ExportFormat> exportFormatForFile(const QString &path);

/// The default size of an exported chart, in logical pixels (PNG has twice as many device pixels).
inline constexpr QSize DefaultChartSize{960, 540};

/// Writes one chart with its title, date range and legend: PNG at 2× device pixels, SVG (text as text), PDF
/// (vector, one page sized to the chart), or its data as CSV (analytics::chartCsv).
Status exportChart(const analytics::ChartData &chart, ExportFormat format, const QString &path,
                   const ChartPalette &palette = ChartPalette::light(), QSize size = DefaultChartSize);

} // namespace reelpulse::charts
