#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace reelpulse {

class Settings;

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

    qint64 rateLimitMinWaitMs = 60 * 1000; ///< after a 429, unless Retry-After asks for more
    int rateLimitRetries = 2; ///< 429s whose wait fits maxInlineWaitMs that are waited out and retried in one call
    qint64 softBlockBaseMs = 15 * 60 * 1000;     ///< first soft-block pause; doubles each time
    qint64 softBlockMaxMs = 24 * 60 * 60 * 1000; ///< cap of the soft-block pause
    qint64 loginWallCooldownMs = 30 * 60 * 1000; ///< pause after Instagram asks to sign in
    /// One retry per entry after network failures; a delay longer than maxInlineWaitMs ends the retries.
    QList<qint64> networkRetryDelaysMs{1000, 4000};

    /// The longest the governor sleeps in the caller's thread (jitter, a budget window about to free a
    /// slot, a short 429 pause). A longer wait is never slept: run() returns the failure at once with
    /// retryAfterSeconds, and the caller reports it and moves on.
    qint64 maxInlineWaitMs = 5 * 1000;
    qint64 logRetentionMs = 24 * 60 * 60 * 1000; ///< request-log rows older than this are pruned

    /// No waits at all (tests): no jitter, short failure pauses still recorded by the governor.
    static GovernorConfig withoutJitter()
    {
        GovernorConfig config;
        config.jitterMinMs = 0;
        config.jitterMaxMs = 0;
        return config;
    }

    /// The configuration the settings of a data folder ask for: governor.requests_per_window and
    /// governor.window_minutes (the budget of each query type; 0 requests: no budgets at all),
    /// governor.jitter_max_ms (the jitter's minimum is a fifth of it). The inline limit is at least the
    /// longest jitter.
    static GovernorConfig fromSettings(const Settings &settings);

    /// The longest window of any budget (how far back the request log matters).
    qint64 longestWindowMs() const;

    /// The budget of one query type.
    RateBudget budgetFor(const QString &queryType) const { return queryTypeBudgets.value(queryType, perQueryType); }
};

} // namespace reelpulse
