#include "net/GovernorConfig.h"

#include "platform/Settings.h"

#include <algorithm>

namespace reelpulse {

GovernorConfig GovernorConfig::fromSettings(const Settings &settings)
{
    GovernorConfig config;
    const int perWindow = settings.governorRequestsPerWindow();
    const qint64 windowMs = qint64(settings.governorWindowMinutes()) * 60 * 1000;
    config.perQueryType = {perWindow, windowMs};
    if (perWindow <= 0)
        config.groupBudgets.clear(); // "0: no limit" lifts the GraphQL group budget as well
    config.jitterMaxMs = std::max(0, settings.governorJitterMaxMs());
    config.jitterMinMs = config.jitterMaxMs / 5;
    config.maxInlineWaitMs = std::max(config.maxInlineWaitMs, config.jitterMaxMs);
    return config;
}

qint64 GovernorConfig::longestWindowMs() const
{
    qint64 longest = perQueryType.windowMs;
    for (const RateBudget &budget : queryTypeBudgets)
        longest = std::max(longest, budget.windowMs);
    for (const GroupBudget &group : groupBudgets)
        longest = std::max(longest, group.budget.windowMs);
    return longest;
}

} // namespace reelpulse
