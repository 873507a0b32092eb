#pragma once

#include "domain/Result.h"
#include "services/CreatorService.h"
#include "services/DailyAnalyticsService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace reelpulse::cli {

// The CreatorAudit shapes of creators, accounts, daily series and the overview (field names as the reference's
// VideoResponse: snake_case, `type` as discriminator, `*_count` for counts, ISO-8601 UTC times); wrapped by the
// commands in its envelope: { "data": … } for one resource, { "data": [ … ], "pagination": { … } } for a list,
// { "data": …, "meta": { … } } for analytics.
namespace json {

QJsonObject account(const CreatorAccount &account);
QJsonObject creator(const Creator &creator);
QJsonArray dailyPoints(const QList<analytics::DailyPoint> &points);
QJsonObject topItem(const TopItem &item);
/// The creator with its roll-ups (followers_over_time, engagement_over_time, top_videos).
QJsonObject creatorRollup(const CreatorRollup &rollup);
QJsonObject leaderboardRow(const analytics::LeaderboardRow &row);
QJsonObject periodChange(const analytics::PeriodChange &change);

} // namespace json

/// "7d", "30d" or "90d" → days; Invalid otherwise.
Result<int> parsePeriod(const QString &text);
/// "YYYY-MM-DD" → a date; Invalid naming the option otherwise.
Result<QDate> parseDay(const QString &text, const QString &option);

} // namespace reelpulse::cli
