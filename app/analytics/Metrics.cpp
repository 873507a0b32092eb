#include "analytics/Metrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

Counts countsOf(const MetricsSnapshot &snapshot)
{
    Counts c;
    c.views = snapshot.views ? snapshot.views : snapshot.plays;
    c.likes = snapshot.likes;
    c.comments = snapshot.comments;
    c.saves = snapshot.saves;
    c.shares = snapshot.shares;
    return c;
}

std::optional<qint64> totalEngagement(const Counts &counts)
{
    std::optional<qint64> total;
    for (const std::optional<qint64> &part : {counts.likes, counts.comments, counts.saves, counts.shares})
        if (part)
            total = total.value_or(0) + *part;
    return total;
}

std::optional<double> ratio(std::optional<qint64> numerator, std::optional<qint64> denominator)
{
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    return static_cast<double>(*numerator) / static_cast<double>(*denominator);
}

std::optional<double> engagementRate(const Counts &counts, std::optional<qint64> followers)
{
    return ratio(totalEngagement(counts), followers);
}

std::optional<double> engagementRateByViews(const Counts &counts)
{
    return ratio(totalEngagement(counts), counts.views);
}

Breakdown engagementBreakdown(const Counts &counts)
{
    const std::array<std::optional<qint64>, 5> parts = {counts.views, counts.likes, counts.comments, counts.saves,
                                                        counts.shares};
    qint64 sum = 0;
    for (const auto &part : parts)
        if (part)
            sum += std::max<qint64>(*part, 0);
    Breakdown b;
    if (sum <= 0)
        return b;
    // Tenths of a percent: floor each share, then give the tenths left to the largest remainders.
    std::array<qint64, 5> tenths{};
    std::array<double, 5> remainder{};
    qint64 given = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (!parts[i])
            continue;
        const double exact = 1000.0 * static_cast<double>(std::max<qint64>(*parts[i], 0)) / static_cast<double>(sum);
        tenths[i] = static_cast<qint64>(std::floor(exact));
        remainder[i] = exact - static_cast<double>(tenths[i]);
        given += tenths[i];
    }
    std::array<size_t, 5> order = {0, 1, 2, 3, 4};
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (size_t k = 0; given < 1000 && k < order.size(); ++k) {
        if (!parts[order[k]])
            continue;
        ++tenths[order[k]];
        ++given;
    }
    std::array<std::optional<double>, 5> out;
    for (size_t i = 0; i < parts.size(); ++i)
        if (parts[i])
            out[i] = static_cast<double>(tenths[i]) / 10.0;
    b.views = out[0];
    b.likes = out[1];
    b.comments = out[2];
    b.saves = out[3];
    b.shares = out[4];
    return b;
}

namespace {

std::optional<double> viewsOf(const MetricsSnapshot &s)
{
    const Counts c = countsOf(s);
    return c.views ? std::optional<double>(static_cast<double>(*c.views)) : std::nullopt;
}

std::optional<double> engagementOf(const MetricsSnapshot &s)
{
    const auto total = totalEngagement(countsOf(s));
    return total ? std::optional<double>(static_cast<double>(*total)) : std::nullopt;
}

std::optional<double> perHour(std::optional<double> from, std::optional<double> to, double hours)
{
    if (!from || !to || hours <= 0.0)
        return std::nullopt;
    return (*to - *from) / hours;
}

double hoursBetween(const QDateTime &a, const QDateTime &b)
{
    return static_cast<double>(a.msecsTo(b)) / 3600000.0;
}

std::optional<double> lerp(std::optional<double> a, std::optional<double> b, double t)
{
    if (!a || !b)
        return std::nullopt;
    return *a + (*b - *a) * t;
}

} // namespace

Velocity lastWindowVelocity(const QList<MetricsSnapshot> &history)
{
    Velocity v;
    if (history.size() < 2)
        return v;
    const MetricsSnapshot &from = history.at(history.size() - 2);
    const MetricsSnapshot &to = history.last();
    const double hours = hoursBetween(from.takenAt, to.takenAt);
    if (hours <= 0.0)
        return v;
    v.hours = hours;
    v.viewsPerHour = perHour(viewsOf(from), viewsOf(to), hours);
    v.engagementPerHour = perHour(engagementOf(from), engagementOf(to), hours);
    return v;
}

Velocity recentVelocity(const QList<MetricsSnapshot> &history, double hours)
{
    Velocity v;
    if (history.size() < 2 || hours <= 0.0)
        return v;
    const MetricsSnapshot &latest = history.last();
    const QDateTime start = latest.takenAt.addMSecs(-static_cast<qint64>(hours * 3600000.0));
    std::optional<double> views;
    std::optional<double> engagement;
    double span = hours;
    if (history.first().takenAt >= start) {
        span = hoursBetween(history.first().takenAt, latest.takenAt);
        views = viewsOf(history.first());
        engagement = engagementOf(history.first());
    } else {
        for (qsizetype i = history.size() - 1; i > 0; --i) {
            const MetricsSnapshot &a = history.at(i - 1);
            const MetricsSnapshot &b = history.at(i);
            if (a.takenAt <= start && start <= b.takenAt) {
                const double whole = hoursBetween(a.takenAt, b.takenAt);
                const double t = whole > 0.0 ? hoursBetween(a.takenAt, start) / whole : 1.0;
                views = lerp(viewsOf(a), viewsOf(b), t);
                engagement = lerp(engagementOf(a), engagementOf(b), t);
                break;
            }
        }
    }
    if (span <= 0.0)
        return v;
    v.hours = span;
    v.viewsPerHour = perHour(views, viewsOf(latest), span);
    v.engagementPerHour = perHour(engagement, engagementOf(latest), span);
    return v;
}

std::optional<double> valueAtAge(const QList<AgePoint> &points, double ageHours)
{
    if (points.isEmpty() || ageHours < 0.0 || ageHours > points.last().ageHours)
        return std::nullopt;
    AgePoint before{0.0, 0.0};
    for (const AgePoint &p : points) {
        if (p.ageHours >= ageHours) {
            const double whole = p.ageHours - before.ageHours;
            if (whole <= 0.0)
                return p.value;
            return before.value + (p.value - before.value) * (ageHours - before.ageHours) / whole;
        }
        before = p;
    }
    return points.last().value;
}

std::optional<double> trimmedMean(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype cut = values.size() / 4;
    double sum = 0.0;
    qsizetype n = 0;
    for (qsizetype i = cut; i < values.size() - cut; ++i, ++n)
        sum += values.at(i);
    return sum / static_cast<double>(n);
}

TrendScore trendScore(const QList<AgePoint> &item, const QList<QList<AgePoint>> &baseline,
                      const TrendThresholds &thresholds)
{
    TrendScore t;
    if (item.isEmpty()) {
        t.note = QCoreApplication::translate("reelpulse::analytics", "not enough history: no snapshot of the item");
        return t;
    }
    const AgePoint now = item.last();
    t.value = now.value;
    QList<double> atAge;
    for (const QList<AgePoint> &other : baseline)
        if (const auto v = valueAtAge(other, now.ageHours))
            atAge.append(*v);
    t.baselineItems = static_cast<int>(atAge.size());
    if (t.baselineItems < thresholds.minimumBaseline) {
        t.note = QCoreApplication::translate("reelpulse::analytics",
                                             "not enough history: %1 of the account's items of this kind were seen "
                                             "at this age (%2 h), %3 needed")
                     .arg(t.baselineItems)
                     .arg(roundTo(now.ageHours, 1))
                     .arg(thresholds.minimumBaseline);
        return t;
    }
    t.expected = trimmedMean(atAge);
    if (!t.expected || *t.expected <= 0.0) {
        t.note = QCoreApplication::translate("reelpulse::analytics",
                                             "the account's items had nothing at this age: no ratio");
        return t;
    }
    t.score = now.value / *t.expected;
    t.isTrending = *t.score >= thresholds.trending;
    t.isViral = *t.score >= thresholds.viral;
    return t;
}

QList<AgePoint> ageSeries(const QList<MetricsSnapshot> &history, const QDateTime &postedAt, TrendMetric metric)
{
    QList<AgePoint> points;
    if (!postedAt.isValid())
        return points;
    for (const MetricsSnapshot &s : history) {
        const double age = hoursBetween(postedAt, s.takenAt);
        const auto value = metric == TrendMetric::Views ? viewsOf(s) : engagementOf(s);
        if (age < 0.0 || !value)
            continue;
        points.append({age, *value});
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const AgePoint &a, const AgePoint &b) { return a.ageHours < b.ageHours; });
    return points;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace reelpulse::analytics
