#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace reelpulse::downloads {

/// One line of a batch: what to download and as what.
struct BatchItem
{
    int line = 0; ///< 1-based line in the file
    QString url;  ///< URL or shortcode
    QString kind; ///< post, reel, carousel, story, video
};

/// At most this many items in one batch.
constexpr int MaxBatchItems = 500;

/// The items of a batch file: one URL (or shortcode) per line, or a CSV with `url,type` columns (the hosted
/// `items[]`, a header line is skipped). Empty lines and lines starting with `#` are left out. Without a
/// type, TikTok URLs are videos, `/reel/` URLs reels, anything else a post. An Invalid error names the
/// line of an unknown type, and says so when there are more than MaxBatchItems items.
Result<QList<BatchItem>> parseBatchFile(const QString &text);

} // namespace reelpulse::downloads
