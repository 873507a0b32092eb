#include "services/VelocitySchedule.h"

#include <algorithm>

namespace reelpulse::VelocitySchedule {

const QList<qint64> &checkpoints()
{
    static const QList<qint64> ages = {3600,      3 * 3600,  6 * 3600,  12 * 3600,
                                       24 * 3600, 48 * 3600, 72 * 3600, 7 * 24 * 3600};
    return ages;
}

QDateTime nextDue(const std::optional<QDateTime> &postedAt, const QDateTime &scrapedAt, qint64 intervalSeconds,
                  bool enabled)
{
    const QDateTime regular = scrapedAt.addSecs(std::max<qint64>(intervalSeconds, 60));
    if (!enabled || !postedAt || !postedAt->isValid())
        return regular;
    const qint64 age = postedAt->secsTo(scrapedAt);
    for (const qint64 checkpoint : checkpoints()) {
        // Taken already when the scrape fell within a quarter of the checkpoint's age before it (or after it).
        if (age >= checkpoint - checkpoint / 4)
            continue;
        return std::min(postedAt->addSecs(checkpoint), regular);
    }
    return regular;
}

} // namespace reelpulse::VelocitySchedule
