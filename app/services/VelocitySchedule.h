#pragma once

#include <QDateTime>
#include <QList>
#include <optional>

namespace reelpulse::VelocitySchedule {

/// The ages after posting at which a tracked reel or video is scraped while it is young (1 h, 3 h, 6 h, 12 h,
/// 24 h, 48 h, 72 h and 7 d, in seconds): velocity and trending need snapshots where the numbers move.
const QList<qint64> &checkpoints();

/// When a reel or video task is due again after a scrape at `scrapedAt` of an item posted at `postedAt`, with the
/// task's interval: the next checkpoint still ahead (a checkpoint counts as taken by a scrape within a quarter of
/// its age before it, so two scrapes do not fall minutes apart), when it comes before scrapedAt + interval; else
/// scrapedAt + interval. Without a posting time, or when `enabled` is false (setting scrape.velocity_schedule),
/// always scrapedAt + interval. The scheduler's rate budget still paces the requests.
QDateTime nextDue(const std::optional<QDateTime> &postedAt, const QDateTime &scrapedAt, qint64 intervalSeconds,
                  bool enabled = true);

} // namespace reelpulse::VelocitySchedule
