#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace reelpulse {

/// At most maxRequests requests in any window of windowMs milliseconds.
struct RateBudget
{
    int maxRequests = 0; ///< 0 or less: unlimited
    qint64 windowMs = 0;
};

/// A budget shared by every query type whose name starts with prefix (e.g. all "graphql…" queries).
struct GroupBudget
{
    QString prefix;
    RateBudget budget;
};

/// How hard the rate governor lets ReelPulse read a platform. Defaults follow Instaloader's
/// RateController; the scheduler may lift the budgets (benchmarks) and tests shorten the waits.
struct GovernorConfig
{
    RateBudget perQueryType{200, 11 * 60 * 1000}; ///< each query type on its own
    QHash<QString, RateBudget> queryTypeBudgets;  ///< overrides of perQueryType by query type
    QList<GroupBudget> groupBudgets{{QStringLiteral("graphql"), {275, 10 * 60 * 1000}}};

    qint64 jitterMinMs = 500; ///< random pause before every request, between min and max
    qint64 jitterMaxMs = 2500;

    qint64 rateLimitMinWaitMs = 60 * 1000;                 ///< after a 429, unless Retry-After asks for more
    int rateLimitRetries = 2;                              ///< 429s waited out and retried within one call
    qint64 softBlockBaseMs = 15 * 60 * 1000;               ///< first soft-block pause; doubles each time
    qint64 softBlockMaxMs = 24 * 60 * 60 * 1000;           ///< cap of the soft-block pause
    qint64 loginWallCooldownMs = 30 * 60 * 1000;           ///< pause after Instagram asks to sign in
    QList<qint64> networkRetryDelaysMs{2000, 8000, 30000}; ///< one retry per entry after network failures

    /// Waits longer than this are not slept in the worker: the call fails with the state's failure and
    /// retryAfterSeconds, and the caller reschedules.
    qint64 maxInlineWaitMs = 12 * 60 * 1000;
    qint64 logRetentionMs = 24 * 60 * 60 * 1000; ///< request-log rows older than this are pruned

    /// No waits at all (tests): no jitter, short failure pauses still recorded by the governor.
    static GovernorConfig withoutJitter()
    {
        GovernorConfig config;
        config.jitterMinMs = 0;
        config.jitterMaxMs = 0;
        return config;
    }

    /// The budget of one query type.
    RateBudget budgetFor(const QString &queryType) const { return queryTypeBudgets.value(queryType, perQueryType); }
};

} // namespace reelpulse
