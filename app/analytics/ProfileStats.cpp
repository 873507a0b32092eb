#include "analytics/ProfileStats.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

QJsonValue json(std::optional<double> v, int decimals)
{
    return v ? QJsonValue(roundTo(*v, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject postJson(const PostPoint &p)
{
    return {{u"shortcode"_s, p.item.shortcode.isEmpty() ? p.item.platformId : p.item.shortcode},
            {u"media_type"_s, mediaKindName(p.item.kind)},
            {u"timestamp"_s,
             p.item.takenAt ? QJsonValue(p.item.takenAt->toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null)},
            {u"total_engagement"_s, json(p.engagement)},
            {u"engagement_rate"_s, json(p.engagementRate, 6)},
            {u"engagement_rate_percent"_s, p.engagementRate ? json(*p.engagementRate * 100.0, 2) : QJsonValue()}};
}

} // namespace

Growth growthOver(const QList<FollowersPoint> &followers, const QDateTime &end, int days)
{
    Growth g;
    g.days = days;
    // The latest snapshot up to `end`, and the latest one at or before end − days (else the first after it).
    std::optional<FollowersPoint> last;
    for (const FollowersPoint &p : followers)
        if (p.takenAt <= end)
            last = p;
    if (!last)
        return g;
    const QDateTime start = end.addDays(-days);
    std::optional<FollowersPoint> first;
    for (const FollowersPoint &p : followers) {
        if (p.takenAt <= start)
            first = p;
        else if (!first) {
            first = p;
            break;
        }
    }
    if (!first || first->takenAt >= last->takenAt)
        return g;
    g.absolute = last->followers - first->followers;
    if (first->followers > 0)
        g.percent = 100.0 * static_cast<double>(*g.absolute) / static_cast<double>(first->followers);
    const double span = static_cast<double>(first->takenAt.secsTo(last->takenAt)) / 86400.0;
    if (span > 0.0)
        g.perDay = static_cast<double>(*g.absolute) / span;
    return g;
}

ProfileStats computeProfileStats(const QList<FollowersPoint> &followers, const QList<PostPoint> &posts,
                                 const DateRange &range, const QList<int> &growthDays)
{
    ProfileStats s;
    std::optional<FollowersPoint> latest;
    for (const FollowersPoint &p : followers)
        if (range.contains(p.takenAt) || (!range.to || p.takenAt <= *range.to))
            latest = p;
    if (latest)
        s.followers = latest->followers;
    const QDateTime end = range.to ? *range.to : (latest ? latest->takenAt : QDateTime::currentDateTimeUtc());
    for (int days : growthDays)
        s.growth.append(growthOver(followers, end, days));

    QList<PostPoint> inRange;
    QList<double> rates;
    int videos = 0;
    std::optional<QDateTime> oldest;
    for (const PostPoint &p : posts) {
        if (!p.item.takenAt || !range.contains(*p.item.takenAt))
            continue;
        inRange.append(p);
        if (isVideoLike(p.item))
            ++videos;
        if (p.engagementRate)
            rates.append(*p.engagementRate);
        if (!oldest || *p.item.takenAt < *oldest)
            oldest = *p.item.takenAt;
    }
    s.posts = static_cast<int>(inRange.size());
    if (s.posts > 0) {
        s.reelsShare = 100.0 * videos / s.posts;
        const QDateTime from = range.from ? *range.from : *oldest;
        const double weeks = static_cast<double>(from.secsTo(end)) / (7.0 * 86400.0);
        if (weeks > 0.0)
            s.postsPerWeek = s.posts / std::max(weeks, 1.0);
    }
    s.medianEngagementRate = median(rates);
    if (!rates.isEmpty()) {
        double sum = 0.0;
        for (double r : rates)
            sum += r;
        s.meanEngagementRate = sum / static_cast<double>(rates.size());
    }
    QList<PostPoint> ranked;
    for (const PostPoint &p : inRange)
        if (p.engagementRate)
            ranked.append(p);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const PostPoint &a, const PostPoint &b) { return *a.engagementRate > *b.engagementRate; });
    s.best = ranked.mid(0, 5);
    std::reverse(ranked.begin(), ranked.end());
    s.worst = ranked.mid(0, 5);
    return s;
}

QJsonObject profileStatisticsJson(const ProfileStats &s, const DateRange &range)
{
    QJsonArray growth;
    for (const Growth &g : s.growth)
        growth.append(QJsonObject{{u"days"_s, g.days},
                                  {u"followers_gained"_s, json(g.absolute)},
                                  {u"growth_percent"_s, json(g.percent, 2)},
                                  {u"gained_per_day"_s, json(g.perDay, 2)}});
    QJsonArray best;
    for (const PostPoint &p : s.best)
        best.append(postJson(p));
    QJsonArray worst;
    for (const PostPoint &p : s.worst)
        worst.append(postJson(p));
    return {{u"type"_s, u"profile_statistics"_s},
            {u"task_id"_s, s.taskId},
            {u"username"_s, s.username},
            {u"is_competitor"_s, s.isCompetitor},
            {u"range"_s, QJsonObject{{u"from"_s, range.from ? QJsonValue(range.from->toUTC().toString(Qt::ISODate))
                                                            : QJsonValue(QJsonValue::Null)},
                                     {u"to"_s, range.to ? QJsonValue(range.to->toUTC().toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null)}}},
            {u"followers"_s, json(s.followers)},
            {u"followers_growth"_s, growth},
            {u"posts"_s, s.posts},
            {u"posts_per_week"_s, json(s.postsPerWeek, 2)},
            {u"median_engagement_rate"_s, json(s.medianEngagementRate, 6)},
            {u"mean_engagement_rate"_s, json(s.meanEngagementRate, 6)},
            {u"reels_share_percent"_s, json(s.reelsShare, 1)},
            {u"positive_comment_percent"_s, json(s.positiveShare, 1)},
            {u"negative_comment_percent"_s, json(s.negativeShare, 1)},
            {u"best_posts"_s, best},
            {u"worst_posts"_s, worst}};
}

ChartData comparisonChart(const QList<ProfileStats> &profiles, const DateRange &range)
{
    ChartData c;
    c.kind = ChartKind::Engagement;
    c.title = QCoreApplication::translate("reelpulse::analytics::ChartData", "Profiles side by side");
    c.valueTitle = QCoreApplication::translate("reelpulse::analytics::ChartData", "percent, posts per week");
    c.rangeText = range.describe();
    c.emptyHint = QCoreApplication::translate("reelpulse::analytics::ChartData",
                                              "Track your profiles and competitors and scrape them to compare.");
    c.categories = {QCoreApplication::translate("reelpulse::analytics::ChartData", "growth % (90 d)"),
                    QCoreApplication::translate("reelpulse::analytics::ChartData", "posts / week"),
                    QCoreApplication::translate("reelpulse::analytics::ChartData", "median ER %"),
                    QCoreApplication::translate("reelpulse::analytics::ChartData", "reels %"),
                    QCoreApplication::translate("reelpulse::analytics::ChartData", "positive %"),
                    QCoreApplication::translate("reelpulse::analytics::ChartData", "negative %")};
    for (const ProfileStats &p : profiles) {
        // Growth over the range: the last growth period asked for.
        const double growth = p.growth.isEmpty() ? 0.0 : p.growth.last().percent.value_or(0.0);
        c.bars.append(
            {u"@"_s + p.username,
             {roundTo(growth, 2), roundTo(p.postsPerWeek.value_or(0.0), 2),
              roundTo(p.medianEngagementRate.value_or(0.0) * 100.0, 2), roundTo(p.reelsShare.value_or(0.0), 1),
              roundTo(p.positiveShare.value_or(0.0), 1), roundTo(p.negativeShare.value_or(0.0), 1)}});
    }
    if (profiles.isEmpty())
        c.categories.clear();
    return c;
}

const ChartData *Dashboard::chart(ChartKind kind) const
{
    for (const ChartData &c : charts)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

} // namespace reelpulse::analytics
