#pragma once

#include "analytics/ProfileStats.h"
#include "charts/ChartPainter.h"
#include "domain/Result.h"

#include <QPageSize>

namespace reelpulse::charts {

struct ReportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
    QString logoPath;                               ///< an image for the cover's logo slot; empty: the slot is shown
};

/// A client report as a multi-page PDF: a cover (logo slot, the task, the date range) with the KPI summary, the
/// dashboard's charts two per page (drawn by paintChart, as in the app), the top posts, and the comment sentiment
/// with its language mix. Returns the number of pages written.
Result<int> writeReport(const analytics::Dashboard &dashboard, const QString &path, const ReportOptions &options = {});

} // namespace reelpulse::charts
