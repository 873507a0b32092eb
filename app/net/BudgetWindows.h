#pragma once

#include "net/GovernorConfig.h"
#include "storage/GovernorStore.h"

#include <QHash>
#include <QList>
#include <QString>

/// The arithmetic of sliding-window request budgets, shared by every decision of the rate governor: pure functions
/// of the logged request times.
namespace reelpulse::budget {

/// The identity's request times by query type, ascending (the snapshot lists them oldest first).
QHash<QString, QList<qint64>> timesByQueryType(const QList<LoggedRequest> &requests);
/// How long until one more request fits budget, given the times of the requests it counts (sorted); `used`, when
/// given, receives how many of them fall in the window now.
qint64 waitFor(const RateBudget &budget, QList<qint64> times, qint64 now, int *used = nullptr);
/// The times of every query type that starts with prefix, merged and sorted (a group budget counts them together).
QList<qint64> groupTimes(const QHash<QString, QList<qint64>> &times, const QString &prefix);
/// The wait the budgets of queryType (its own and its groups') impose now.
qint64 budgetWait(const QHash<QString, QList<qint64>> &times, const QString &queryType, qint64 now,
                  const GovernorConfig &config);

} // namespace reelpulse::budget
