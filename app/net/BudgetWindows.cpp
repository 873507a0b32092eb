#include "net/BudgetWindows.h"

#include <algorithm>

namespace reelpulse::budget {

/// The identity's request times by query type, ascending (the snapshot lists them oldest first).
QHash<QString, QList<qint64>> timesByQueryType(const QList<LoggedRequest> &requests)
{
    QHash<QString, QList<qint64>> times;
    for (const LoggedRequest &request : requests)
        times[request.queryType].append(request.atMs);
    return times;
}

/// How long until one more request fits budget, given the times of the requests it counts (sorted).
qint64 waitFor(const RateBudget &budget, QList<qint64> times, qint64 now, int *used)
{
    if (used)
        *used = 0;
    if (budget.windowMs <= 0)
        return 0;
    const qint64 windowStart = now - budget.windowMs + 1;
    times.erase(times.begin(), std::lower_bound(times.begin(), times.end(), windowStart));
    if (used)
        *used = static_cast<int>(times.size());
    if (budget.maxRequests <= 0 || times.size() < budget.maxRequests)
        return 0;
    // The request may go when the oldest of the newest maxRequests leaves the window.
    const qint64 freeAt = times.at(times.size() - budget.maxRequests) + budget.windowMs;
    return std::max<qint64>(0, freeAt - now);
}

QList<qint64> groupTimes(const QHash<QString, QList<qint64>> &times, const QString &prefix)
{
    QList<qint64> merged;
    for (auto it = times.constBegin(); it != times.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            merged += it.value();
    }
    std::sort(merged.begin(), merged.end());
    return merged;
}

/// The wait the budgets of queryType impose now.
qint64 budgetWait(const QHash<QString, QList<qint64>> &times, const QString &queryType, qint64 now,
                  const GovernorConfig &config)
{
    qint64 wait = waitFor(config.budgetFor(queryType), times.value(queryType), now);
    for (const GroupBudget &group : config.groupBudgets) {
        if (queryType.startsWith(group.prefix))
            wait = std::max(wait, waitFor(group.budget, groupTimes(times, group.prefix), now));
    }
    return wait;
}

} // namespace reelpulse::budget
