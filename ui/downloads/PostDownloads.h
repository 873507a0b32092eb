#pragma once

#include "storage/ScrapeRecords.h"

#include <QList>

class QWidget;

namespace reelpulse::postdownloads {

/// The "Download" action on posts (task details, dashboards): queues the posts in the default quality and type
/// through the DownloadQueue of the main window `from` is in (the queue its Downloads section shows) and says so
/// in that window's status bar. How many were queued; 0 when the window has no download queue or no post can be
/// downloaded (an Instagram item without shortcode).
int queue(QWidget *from, const QList<StoredItem> &posts);

} // namespace reelpulse::postdownloads
