#include "analytics/ItemStats.h"

#include "storage/ScrapeReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

QJsonValue json(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(std::optional<double> v, int decimals)
{
    return v ? QJsonValue(roundTo(*v, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonValue percent(std::optional<double> rate)
{
    return rate ? QJsonValue(roundTo(*rate * 100.0, 2)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestamp(const StoredItem &item)
{
    return item.takenAt ? QJsonValue(item.takenAt->toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

QJsonObject trendDetails(const ItemStats &s)
{
    return {{u"metric"_s, s.trendMetric == TrendMetric::Views ? u"views"_s : u"engagement"_s},
            {u"value_at_age"_s, json(s.trend.value, 1)},
            {u"expected_at_age"_s, json(s.trend.expected, 1)},
            {u"baseline_items"_s, s.trend.baselineItems},
            {u"note"_s, s.trend.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.trend.note)}};
}

QJsonObject common(const ItemStats &s)
{
    QJsonObject o;
    o.insert(u"snapshots"_s, static_cast<int>(s.history.size()));
    o.insert(u"as_of"_s, s.history.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(s.history.last().takenAt.toUTC().toString(Qt::ISODate)));
    o.insert(u"followers_at_post_time"_s, json(s.followers));
    return o;
}

} // namespace

Result<ItemStats> itemStats(QSqlDatabase db, const QString &urlCodeOrId, const TrendThresholds &thresholds)
{
    AnalyticsReader reader(db);
    auto found = reader.findItem(urlCodeOrId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(QCoreApplication::translate("reelpulse::analytics",
                                                           "No stored post, reel or video \"%1\": track it and "
                                                           "scrape it first.")
                                   .arg(urlCodeOrId));
    ItemHistory item{*found.value(), {}};
    ScrapeReader scrapeReader(db);
    auto history = scrapeReader.snapshotHistory(item.item.rowId);
    if (!history.ok())
        return history.error();
    item.history = history.value();
    return itemStats(db, item, thresholds);
}

Result<ItemStats> itemStats(QSqlDatabase db, const ItemHistory &item, const TrendThresholds &thresholds)
{
    AnalyticsReader reader(db);
    ItemStats s;
    s.item = item.item;
    s.history = item.history;
    if (!s.history.isEmpty())
        s.counts = countsOf(s.history.last());
    else if (s.item.latest)
        s.counts = countsOf(*s.item.latest);
    s.engagement = totalEngagement(s.counts);
    const QDateTime postedAt = s.item.takenAt.value_or(s.item.firstSeen);
    auto followers = reader.followersNear(s.item, postedAt);
    if (!followers.ok())
        return followers.error();
    s.followers = followers.value();
    s.engagementRate = engagementRate(s.counts, s.followers);
    s.engagementRateByViews = engagementRateByViews(s.counts);
    s.breakdown = engagementBreakdown(s.counts);
    s.window = lastWindowVelocity(s.history);
    s.day = recentVelocity(s.history, 24.0);

    s.trendMetric = isVideoLike(s.item) ? TrendMetric::Views : TrendMetric::Engagement;
    auto baseline = reader.baseline(s.item, 30);
    if (!baseline.ok())
        return baseline.error();
    QList<QList<AgePoint>> series;
    for (const ItemHistory &other : baseline.value())
        if (other.item.takenAt)
            series.append(ageSeries(other.history, *other.item.takenAt, s.trendMetric));
    if (s.item.takenAt) {
        const QList<AgePoint> own = ageSeries(s.history, *s.item.takenAt, s.trendMetric);
        s.trend = trendScore(own, series, thresholds);
        for (const AgePoint &point : own) {
            const QDateTime at = s.item.takenAt->addMSecs(static_cast<qint64>(point.ageHours * 3600000.0));
            s.trendSeries.append({at, point.value, {}});
            QList<double> atAge;
            for (const QList<AgePoint> &other : std::as_const(series))
                if (const auto v = valueAtAge(other, point.ageHours))
                    atAge.append(*v);
            if (atAge.size() >= thresholds.minimumBaseline)
                s.expectedSeries.append({at, roundTo(trimmedMean(atAge).value_or(0.0), 1), {}});
        }
    } else {
        s.trend.note =
            QCoreApplication::translate("reelpulse::analytics", "not enough history: the post's time is unknown");
    }
    return s;
}

QJsonObject postStatisticsJson(const ItemStats &s)
{
    const QString code = s.item.shortcode.isEmpty() ? s.item.platformId : s.item.shortcode;
    QJsonObject o = common(s);
    o.insert(u"type"_s, u"post_statistics"_s);
    o.insert(u"post_id"_s, s.item.platformId);
    o.insert(u"shortcode"_s, code);
    o.insert(u"owner_username"_s, s.item.ownerUsername);
    o.insert(u"timestamp"_s, timestamp(s.item));
    o.insert(u"statistics"_s, QJsonObject{{u"likes_count"_s, json(s.counts.likes)},
                                          {u"comments_count"_s, json(s.counts.comments)},
                                          {u"saves_count"_s, json(s.counts.saves)},
                                          {u"shares_count"_s, json(s.counts.shares)},
                                          {u"view_count"_s, json(s.counts.views)},
                                          {u"total_engagement"_s, json(s.engagement)},
                                          {u"engagement_rate"_s, json(s.engagementRate, 6)},
                                          {u"engagement_rate_percent"_s, percent(s.engagementRate)},
                                          {u"engagement_rate_by_views"_s, json(s.engagementRateByViews, 6)},
                                          {u"engagement_rate_by_views_percent"_s, percent(s.engagementRateByViews)}});
    o.insert(u"engagement_breakdown"_s, QJsonObject{{u"likes_percent"_s, json(s.breakdown.likes, 1)},
                                                    {u"comments_percent"_s, json(s.breakdown.comments, 1)},
                                                    {u"saves_percent"_s, json(s.breakdown.saves, 1)},
                                                    {u"shares_percent"_s, json(s.breakdown.shares, 1)},
                                                    {u"views_percent"_s, json(s.breakdown.views, 1)}});
    QJsonObject trending{{u"is_trending"_s, s.trend.isTrending},
                         {u"trend_score"_s, json(s.trend.score, 2)},
                         {u"engagement_velocity"_s, json(s.window.engagementPerHour, 2)},
                         {u"engagement_velocity_24h"_s, json(s.day.engagementPerHour, 2)}};
    const QJsonObject details = trendDetails(s);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        trending.insert(it.key(), it.value());
    o.insert(u"trending"_s, trending);
    return o;
}

QJsonObject reelStatisticsJson(const ItemStats &s)
{
    const QString code = s.item.shortcode.isEmpty() ? s.item.platformId : s.item.shortcode;
    QJsonObject o = common(s);
    o.insert(u"type"_s, u"reel_statistics"_s);
    o.insert(u"reel_id"_s, s.item.platformId);
    o.insert(u"shortcode"_s, code);
    o.insert(u"owner_username"_s, s.item.ownerUsername);
    o.insert(u"duration"_s, json(s.item.durationSeconds, 2));
    o.insert(u"timestamp"_s, timestamp(s.item));
    o.insert(u"statistics"_s, QJsonObject{{u"views"_s, json(s.counts.views)},
                                          {u"likes"_s, json(s.counts.likes)},
                                          {u"comments"_s, json(s.counts.comments)},
                                          {u"shares"_s, json(s.counts.shares)},
                                          {u"saves"_s, json(s.counts.saves)},
                                          {u"total_engagement"_s, json(s.engagement)},
                                          {u"engagement_rate"_s, json(s.engagementRate, 6)},
                                          {u"engagement_rate_percent"_s, percent(s.engagementRate)},
                                          {u"engagement_rate_by_views"_s, json(s.engagementRateByViews, 6)},
                                          {u"engagement_rate_by_views_percent"_s, percent(s.engagementRateByViews)},
                                          {u"average_watch_time_seconds"_s, QJsonValue(QJsonValue::Null)},
                                          {u"average_watch_percent"_s, QJsonValue(QJsonValue::Null)},
                                          {u"completion_rate"_s, QJsonValue(QJsonValue::Null)}});
    o.insert(u"engagement_breakdown"_s, QJsonObject{{u"views_percent"_s, json(s.breakdown.views, 1)},
                                                    {u"likes_percent"_s, json(s.breakdown.likes, 1)},
                                                    {u"comments_percent"_s, json(s.breakdown.comments, 1)},
                                                    {u"shares_percent"_s, json(s.breakdown.shares, 1)},
                                                    {u"saves_percent"_s, json(s.breakdown.saves, 1)}});
    QJsonObject viral{{u"is_viral"_s, s.trend.isViral},
                      {u"viral_score"_s, json(s.trend.score, 2)},
                      {u"is_trending"_s, s.trend.isTrending},
                      {u"view_velocity_per_hour"_s, json(s.window.viewsPerHour, 2)},
                      {u"engagement_velocity_per_hour"_s, json(s.window.engagementPerHour, 2)},
                      {u"view_velocity_per_hour_24h"_s, json(s.day.viewsPerHour, 2)},
                      {u"engagement_velocity_per_hour_24h"_s, json(s.day.engagementPerHour, 2)},
                      {u"velocity_window_hours"_s, json(s.window.hours, 2)}};
    const QJsonObject details = trendDetails(s);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        viral.insert(it.key(), it.value());
    o.insert(u"viral_metrics"_s, viral);
    return o;
}

} // namespace reelpulse::analytics
