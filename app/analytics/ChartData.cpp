#include "analytics/ChartData.h"

#include "analytics/Metrics.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

const char *const KindNames[] = {"followers", "engagement", "velocity", "sentiment", "heatmap", "views",
                                 "posts",     "languages",  "trend",    "words",     "emoji",   "hashtags"};

ChartData make(ChartKind kind, const QString &title, const QString &valueTitle, const DateRange &range,
               const QString &emptyHint)
{
    ChartData c;
    c.kind = kind;
    c.title = title;
    c.valueTitle = valueTitle;
    c.rangeText = range.describe();
    c.emptyHint = emptyHint;
    return c;
}

QString scrapeHint()
{
    return QCoreApplication::translate("reelpulse::analytics::ChartData",
                                       "No stored snapshot in this range yet: scrape now to see the first point.");
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString number(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

DateRange DateRange::lastDays(int days, const QDateTime &now)
{
    DateRange r;
    if (days > 0)
        r.from = now.addDays(-days);
    r.to = now;
    return r;
}

bool DateRange::contains(const QDateTime &time) const
{
    return (!from || time >= *from) && (!to || time <= *to);
}

QString DateRange::describe() const
{
    const auto day = [](const QDateTime &t) {
        return t.toUTC().date().toString(Qt::ISODate);
    };
    if (from && to)
        return u"%1 – %2"_s.arg(day(*from), day(*to));
    if (from)
        return QCoreApplication::translate("reelpulse::analytics::ChartData", "from %1").arg(day(*from));
    if (to)
        return QCoreApplication::translate("reelpulse::analytics::ChartData", "all dates to %1").arg(day(*to));
    return QCoreApplication::translate("reelpulse::analytics::ChartData", "all dates");
}

QString chartKindName(ChartKind kind)
{
    return QString::fromLatin1(KindNames[static_cast<int>(kind)]);
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (int i = 0; i < static_cast<int>(std::size(KindNames)); ++i)
        if (name == QLatin1String(KindNames[i]))
            return static_cast<ChartKind>(i);
    return std::nullopt;
}

QStringList chartKindNames()
{
    QStringList names;
    for (const char *name : KindNames)
        names.append(QString::fromLatin1(name));
    return names;
}

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series)
        if (!s.points.isEmpty())
            return false;
    if (!categories.isEmpty() && !bars.isEmpty())
        return false;
    for (const auto &row : cells)
        for (const auto &cell : row)
            if (cell)
                return false;
    return true;
}

QByteArray chartCsv(const ChartData &chart)
{
    QStringList lines;
    if (!chart.cells.isEmpty()) {
        lines.append(u"row,column,"_s + csvField(chart.valueTitle));
        for (qsizetype r = 0; r < chart.cells.size(); ++r)
            for (qsizetype c = 0; c < chart.cells.at(r).size(); ++c)
                lines.append(u"%1,%2,%3"_s.arg(csvField(chart.rowLabels.value(r)),
                                               csvField(chart.columnLabels.value(c)),
                                               chart.cells.at(r).at(c) ? number(*chart.cells.at(r).at(c)) : QString()));
    } else if (!chart.categories.isEmpty()) {
        QStringList header{u"category"_s};
        for (const CategorySeries &s : chart.bars)
            header.append(csvField(s.name));
        lines.append(header.join(u','));
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            QStringList row{csvField(chart.categories.at(i))};
            for (const CategorySeries &s : chart.bars)
                row.append(i < s.values.size() ? number(s.values.at(i)) : QString());
            lines.append(row.join(u','));
        }
    } else {
        QStringList header{u"time"_s};
        bool labels = false;
        for (const ChartSeries &s : chart.series) {
            header.append(csvField(s.name));
            for (const ChartPoint &p : s.points)
                labels = labels || !p.label.isEmpty();
        }
        if (labels)
            header.append(u"item"_s);
        lines.append(header.join(u','));
        // One row per time (in order), each series' value at it.
        QMap<qint64, QStringList> rows;
        QMap<qint64, QString> rowLabels;
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            for (const ChartPoint &p : chart.series.at(s).points) {
                const qint64 key = p.time.toMSecsSinceEpoch();
                QStringList &row = rows[key];
                if (row.isEmpty())
                    row = QStringList(chart.series.size(), QString());
                row[s] = number(p.value);
                if (!p.label.isEmpty())
                    rowLabels[key] = p.label;
            }
        }
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            QString line = isoUtc(QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC)) + u',' + it.value().join(u',');
            if (labels)
                line += u',' + csvField(rowLabels.value(it.key()));
            lines.append(line);
        }
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

ChartData followersChart(const QList<FollowersPoint> &points, const DateRange &range)
{
    ChartData c =
        make(ChartKind::Followers, QCoreApplication::translate("reelpulse::analytics::ChartData", "Followers"),
             QCoreApplication::translate("reelpulse::analytics::ChartData", "followers"), range, scrapeHint());
    ChartSeries followers{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "followers"), ChartSeries::Style::Line, {}};
    ChartSeries gained{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "gained per day"), ChartSeries::Style::Bars, {}};
    std::optional<FollowersPoint> previous;
    for (const FollowersPoint &p : points) {
        if (range.contains(p.takenAt)) {
            followers.points.append({p.takenAt, static_cast<double>(p.followers), {}});
            if (previous) {
                const double days = static_cast<double>(previous->takenAt.secsTo(p.takenAt)) / 86400.0;
                if (days > 0.0)
                    gained.points.append(
                        {p.takenAt, roundTo(static_cast<double>(p.followers - previous->followers) / days, 1), {}});
            }
        }
        previous = p;
    }
    c.series = {followers, gained};
    return c;
}

ChartData engagementChart(const QList<PostPoint> &posts, const DateRange &range)
{
    ChartData c = make(ChartKind::Engagement,
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "Engagement rate per post"),
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "engagement rate (%)"), range,
                       QCoreApplication::translate(
                           "reelpulse::analytics::ChartData",
                           "No post with a known engagement rate in this range: track the profile and scrape it."));
    ChartSeries scatter{QCoreApplication::translate("reelpulse::analytics::ChartData", "engagement rate"),
                        ChartSeries::Style::Scatter,
                        {}};
    QList<double> rates;
    for (const PostPoint &p : posts) {
        if (!p.engagementRate || !p.item.takenAt || !range.contains(*p.item.takenAt))
            continue;
        const double percent = roundTo(*p.engagementRate * 100.0, 3);
        scatter.points.append(
            {*p.item.takenAt, percent, p.item.shortcode.isEmpty() ? p.item.platformId : p.item.shortcode});
        rates.append(percent);
    }
    std::sort(scatter.points.begin(), scatter.points.end(),
              [](const ChartPoint &a, const ChartPoint &b) { return a.time < b.time; });
    c.series = {scatter};
    if (const auto m = median(rates); m && scatter.points.size() >= 2)
        c.series.append({QCoreApplication::translate("reelpulse::analytics::ChartData", "median"),
                         ChartSeries::Style::Line,
                         {{scatter.points.first().time, *m, {}}, {scatter.points.last().time, *m, {}}}});
    return c;
}

ChartData velocityChart(const QList<MetricsSnapshot> &history, const DateRange &range)
{
    ChartData c = make(ChartKind::Velocity, QCoreApplication::translate("reelpulse::analytics::ChartData", "Velocity"),
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "per hour"), range,
                       QCoreApplication::translate("reelpulse::analytics::ChartData",
                                                   "Velocity needs two snapshots: scrape again later to see it."));
    ChartSeries views{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "views per hour"), ChartSeries::Style::Line, {}};
    ChartSeries engagement{QCoreApplication::translate("reelpulse::analytics::ChartData", "engagement per hour"),
                           ChartSeries::Style::Line,
                           {}};
    for (qsizetype i = 1; i < history.size(); ++i) {
        if (!range.contains(history.at(i).takenAt))
            continue;
        const Velocity v = lastWindowVelocity(history.mid(i - 1, 2));
        if (v.viewsPerHour)
            views.points.append({history.at(i).takenAt, roundTo(*v.viewsPerHour, 2), {}});
        if (v.engagementPerHour)
            engagement.points.append({history.at(i).takenAt, roundTo(*v.engagementPerHour, 2), {}});
    }
    c.series = {views, engagement};
    return c;
}

ChartData viewsChart(const QList<MetricsSnapshot> &history, const DateRange &range)
{
    ChartData c =
        make(ChartKind::Views,
             QCoreApplication::translate("reelpulse::analytics::ChartData", "Views, likes, comments and shares"),
             QCoreApplication::translate("reelpulse::analytics::ChartData", "count"), range, scrapeHint());
    ChartSeries views{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "views"), ChartSeries::Style::Line, {}};
    ChartSeries likes{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "likes"), ChartSeries::Style::Line, {}};
    ChartSeries comments{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "comments"), ChartSeries::Style::Line, {}};
    ChartSeries shares{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "shares"), ChartSeries::Style::Line, {}};
    for (const MetricsSnapshot &s : history) {
        if (!range.contains(s.takenAt))
            continue;
        const Counts counts = countsOf(s);
        const auto add = [&s](ChartSeries &series, std::optional<qint64> v) {
            if (v)
                series.points.append({s.takenAt, static_cast<double>(*v), {}});
        };
        add(views, counts.views);
        add(likes, counts.likes);
        add(comments, counts.comments);
        add(shares, counts.shares);
    }
    c.series = {views, likes, comments, shares};
    return c;
}

ChartData projectTotalsChart(const QList<QList<MetricsSnapshot>> &histories, const DateRange &range)
{
    ChartData c = make(ChartKind::Views,
                       QCoreApplication::translate("reelpulse::analytics::ChartData",
                                                   "Views, likes and comments of the project's reels together"),
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "count"), range, scrapeHint());
    QList<QDateTime> times;
    for (const QList<MetricsSnapshot> &history : histories)
        for (const MetricsSnapshot &s : history)
            times.append(s.takenAt);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    using Pick = std::optional<qint64> (*)(const Counts &);
    const std::pair<QString, Pick> metrics[] = {
        {QCoreApplication::translate("reelpulse::analytics::ChartData", "views"),
         [](const Counts &k) {
             return k.views;
         }},
        {QCoreApplication::translate("reelpulse::analytics::ChartData", "likes"),
         [](const Counts &k) {
             return k.likes;
         }},
        {QCoreApplication::translate("reelpulse::analytics::ChartData", "comments"),
         [](const Counts &k) {
             return k.comments;
         }},
    };
    for (const auto &[name, pick] : metrics) {
        ChartSeries series{name, ChartSeries::Style::Line, {}};
        // Per reel: the next snapshot to look at and its latest known value so far.
        QList<qsizetype> next(histories.size(), 0);
        QList<std::optional<qint64>> latest(histories.size());
        for (const QDateTime &t : std::as_const(times)) {
            std::optional<qint64> sum;
            for (qsizetype r = 0; r < histories.size(); ++r) {
                const QList<MetricsSnapshot> &history = histories.at(r);
                while (next[r] < history.size() && history.at(next[r]).takenAt <= t) {
                    if (const auto v = pick(countsOf(history.at(next[r]))))
                        latest[r] = v;
                    ++next[r];
                }
                if (latest[r])
                    sum = sum.value_or(0) + *latest[r];
            }
            if (sum && range.contains(t))
                series.points.append({t, static_cast<double>(*sum), {}});
        }
        c.series.append(series);
    }
    return c;
}

ChartData sentimentChart(const QList<sentiment::SentimentBucketSummary> &days, const DateRange &range)
{
    using sentiment::Label;
    ChartData c = make(ChartKind::Sentiment,
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "Comment sentiment per day"),
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "comments"), range,
                       QCoreApplication::translate(
                           "reelpulse::analytics::ChartData",
                           "No scored comment in this range: scrape comments and score them (sentiment rescore)."));
    ChartSeries positive{QCoreApplication::translate("reelpulse::analytics::ChartData", "positive"),
                         ChartSeries::Style::StackedArea,
                         {}};
    ChartSeries neutral{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "neutral"), ChartSeries::Style::StackedArea, {}};
    ChartSeries negative{QCoreApplication::translate("reelpulse::analytics::ChartData", "negative"),
                         ChartSeries::Style::StackedArea,
                         {}};
    for (const auto &day : days) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(day.startEpoch, Qt::UTC);
        if (!range.contains(at) && !range.contains(at.addDays(1).addSecs(-1)))
            continue;
        positive.points.append({at, static_cast<double>(day.summary.count(Label::Positive)), {}});
        neutral.points.append({at, static_cast<double>(day.summary.count(Label::Neutral)), {}});
        negative.points.append({at, static_cast<double>(day.summary.count(Label::Negative)), {}});
    }
    c.series = {positive, neutral, negative};
    return c;
}

ChartData heatmapChart(const QList<PostPoint> &posts, const DateRange &range)
{
    ChartData c = make(
        ChartKind::Heatmap, QCoreApplication::translate("reelpulse::analytics::ChartData", "When posts do best (UTC)"),
        QCoreApplication::translate("reelpulse::analytics::ChartData", "mean engagement"), range,
        QCoreApplication::translate("reelpulse::analytics::ChartData",
                                    "No post with known engagement in this range: scrape the profile first."));
    const QStringList days = {QCoreApplication::translate("reelpulse::analytics::ChartData", "Mon"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Tue"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Wed"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Thu"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Fri"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Sat"),
                              QCoreApplication::translate("reelpulse::analytics::ChartData", "Sun")};
    c.rowLabels = days;
    for (int h = 0; h < 24; ++h)
        c.columnLabels.append(u"%1"_s.arg(h, 2, 10, QChar(u'0')));
    double sums[7][24] = {};
    int counts[7][24] = {};
    for (const PostPoint &p : posts) {
        if (!p.engagement || !p.item.takenAt || !range.contains(*p.item.takenAt))
            continue;
        const QDateTime utc = p.item.takenAt->toUTC();
        const int d = utc.date().dayOfWeek() - 1;
        const int h = utc.time().hour();
        sums[d][h] += static_cast<double>(*p.engagement);
        ++counts[d][h];
    }
    for (int d = 0; d < 7; ++d) {
        QList<std::optional<double>> row;
        for (int h = 0; h < 24; ++h)
            row.append(counts[d][h] ? std::optional<double>(roundTo(sums[d][h] / counts[d][h], 1)) : std::nullopt);
        c.cells.append(row);
    }
    return c;
}

ChartData postsPerWeekChart(const QList<PostPoint> &posts, const DateRange &range)
{
    ChartData c =
        make(ChartKind::PostsPerWeek, QCoreApplication::translate("reelpulse::analytics::ChartData", "Posts per week"),
             QCoreApplication::translate("reelpulse::analytics::ChartData", "posts"), range,
             QCoreApplication::translate("reelpulse::analytics::ChartData",
                                         "No post in this range: scrape the profile first."));
    QMap<qint64, int> weeks; // Monday 00:00 UTC, epoch seconds
    for (const PostPoint &p : posts) {
        if (!p.item.takenAt || !range.contains(*p.item.takenAt))
            continue;
        const QDate day = p.item.takenAt->toUTC().date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        ++weeks[QDateTime(monday, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()];
    }
    ChartSeries series{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "posts"), ChartSeries::Style::Bars, {}};
    for (auto it = weeks.constBegin(); it != weeks.constEnd(); ++it)
        series.points.append({QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC), static_cast<double>(it.value()), {}});
    c.series = {series};
    return c;
}

ChartData languagesChart(const QList<sentiment::LanguageSummary> &languages)
{
    ChartData c = make(ChartKind::Languages,
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "Languages of the comments"),
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "comments"), {},
                       QCoreApplication::translate("reelpulse::analytics::ChartData",
                                                   "No comment read yet: scrape comments and score them."));
    c.valueTitle = QCoreApplication::translate("reelpulse::analytics::ChartData", "share of the comments (%)");
    CategorySeries share{QCoreApplication::translate("reelpulse::analytics::ChartData", "share (%)"), {}};
    for (const auto &l : languages) {
        c.categories.append(QCoreApplication::translate("reelpulse::analytics::ChartData", "%1 (%2)")
                                .arg(l.language.isEmpty() ? QCoreApplication::translate(
                                                                "reelpulse::analytics::ChartData", "not read yet")
                                                          : l.language)
                                .arg(l.comments));
        share.values.append(l.share);
    }
    c.bars = {share};
    return c;
}

ChartData trendChart(const QString &metricName, const QList<ChartPoint> &item, const QList<ChartPoint> &expected,
                     const DateRange &range)
{
    ChartData c = make(ChartKind::Trend,
                       QCoreApplication::translate("reelpulse::analytics::ChartData", "Against the account's usual"),
                       metricName, range,
                       QCoreApplication::translate(
                           "reelpulse::analytics::ChartData",
                           "Not enough history: the account's items of this kind must be seen at this age first."));
    ChartSeries own{
        QCoreApplication::translate("reelpulse::analytics::ChartData", "this item"), ChartSeries::Style::Line, {}};
    ChartSeries usual{QCoreApplication::translate("reelpulse::analytics::ChartData", "usual at the same age"),
                      ChartSeries::Style::Line,
                      {}};
    for (const ChartPoint &p : item)
        if (range.contains(p.time))
            own.points.append(p);
    for (const ChartPoint &p : expected)
        if (range.contains(p.time))
            usual.points.append(p);
    if (usual.points.isEmpty())
        own.points.clear();
    c.series = {own, usual};
    return c;
}

} // namespace reelpulse::analytics
