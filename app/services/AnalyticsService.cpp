#include "services/AnalyticsService.h"

#include "analytics/CommentTerms.h"
#include "platform/Settings.h"
#include "sentiment/CommentSentimentStore.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::AnalyticsService", text);
}

/// The comments the profile dashboard reads for its words and emoji, and the entries of each such chart.
constexpr int CommentSample = 2000;
constexpr int TopTerms = 15;

/// The followers at the snapshot nearest to `at` (points oldest first).
std::optional<qint64> nearestFollowers(const QList<FollowersPoint> &points, const QDateTime &at)
{
    std::optional<qint64> best;
    qint64 distance = std::numeric_limits<qint64>::max();
    for (const FollowersPoint &p : points) {
        const qint64 d = std::abs(p.takenAt.secsTo(at));
        if (d < distance) {
            distance = d;
            best = p.followers;
        }
    }
    return best;
}

PostPoint postPoint(const ItemHistory &h, std::optional<qint64> followers)
{
    PostPoint p;
    p.item = h.item;
    const Counts counts = !h.history.isEmpty() ? countsOf(h.history.last())
                          : h.item.latest      ? countsOf(*h.item.latest)
                                               : Counts{};
    p.engagement = totalEngagement(counts);
    p.engagementRate = engagementRate(counts, followers);
    p.views = counts.views;
    return p;
}

QString number(qint64 value)
{
    return QLocale::system().toString(value);
}

QString signedNumber(qint64 value)
{
    return (value >= 0 ? u"+"_s : QString()) + number(value);
}

} // namespace

AnalyticsService::AnalyticsService(Database &database, QString dataDir)
    : m_database(database)
    , m_dataDir(std::move(dataDir))
{
}

TrendThresholds AnalyticsService::thresholds(const QString &dataDir)
{
    TrendThresholds t;
    if (dataDir.isEmpty())
        return t;
    Settings settings(dataDir);
    t.trending = settings.value(u"analytics.trending_percent"_s).toDouble() / 100.0;
    t.viral = settings.value(u"analytics.viral_percent"_s).toDouble() / 100.0;
    if (t.trending <= 0.0)
        t.trending = TrendThresholds().trending;
    if (t.viral <= 0.0)
        t.viral = TrendThresholds().viral;
    return t;
}

Result<TaskRef> AnalyticsService::resolve(const QString &taskIdOrPrefix)
{
    ScrapeStore store(m_database);
    return store.resolveTask(taskIdOrPrefix);
}

Result<ItemStats> AnalyticsService::itemStats(const QString &urlCodeOrId)
{
    return analytics::itemStats(m_database.connection(), urlCodeOrId, thresholds(m_dataDir));
}

Result<ProfileStats> AnalyticsService::profileStats(const QString &taskIdOrPrefix, const QDateTime &now)
{
    auto dashboard = this->dashboard(taskIdOrPrefix, DateRange::lastDays(30, now));
    if (!dashboard.ok())
        return dashboard.error();
    if (!dashboard->profile)
        return Error::invalid(u"task"_s, tr("Task %1 is not a profile task.").arg(taskIdOrPrefix));
    return *dashboard->profile;
}

Result<Dashboard> AnalyticsService::dashboard(const QString &taskIdOrPrefix, const DateRange &range)
{
    return read(taskIdOrPrefix, range, true);
}

Result<Dashboard> AnalyticsService::read(const QString &taskIdOrPrefix, const DateRange &range, bool chartsToo)
{
    auto task = resolve(taskIdOrPrefix);
    if (!task.ok())
        return task.error();
    QSqlDatabase db = m_database.connection();
    AnalyticsReader reader(db);
    ScrapeStore store(m_database);
    sentiment::CommentSentimentStore sentimentStore(db);

    Dashboard d;
    d.task = task.value();
    d.range = range;
    auto label = store.taskLabel(d.task);
    if (!label.ok())
        return label.error();
    d.label = label.value();

    // A profile's figures alone (the comparison) need each post of the range with its latest metrics only.
    auto histories =
        chartsToo || d.task.kind != TaskKind::Profile ? reader.taskHistories(d.task) : reader.taskLatest(d.task, range);
    if (!histories.ok())
        return histories.error();
    auto summary = sentimentStore.taskSummary(d.task);
    if (!summary.ok())
        return summary.error();
    d.sentiment = summary.value();
    // Sentiment per day (of the range only) and the language mix: for the charts.
    QList<sentiment::SentimentBucketSummary> days;
    if (chartsToo) {
        auto read = reader.taskSentimentByDay(d.task, range);
        if (!read.ok())
            return read.error();
        days = read.value();
        auto languages = sentimentStore.taskLanguages(d.task);
        if (!languages.ok())
            return languages.error();
        d.languages = languages.value();
    }

    if (d.task.kind == TaskKind::Profile) {
        auto followers = reader.followers(d.task.id);
        if (!followers.ok())
            return followers.error();
        for (const ItemHistory &h : histories.value())
            d.posts.append(
                postPoint(h, nearestFollowers(followers.value(), h.item.takenAt.value_or(h.item.firstSeen))));
        ProfileStats stats = computeProfileStats(followers.value(), d.posts, range);
        stats.taskId = d.task.id;
        stats.username = d.label.startsWith(u'@') ? d.label.mid(1) : d.label;
        TrackingService tracking(m_database);
        if (auto profile = tracking.profile(d.task.id); profile.ok())
            stats.isCompetitor = profile->isCompetitor;
        if (!d.sentiment.isEmpty()) {
            stats.positiveShare = d.sentiment.percentage(sentiment::Label::Positive);
            stats.negativeShare = d.sentiment.percentage(sentiment::Label::Negative);
        }
        d.profile = stats;
        if (!chartsToo)
            return d;
        d.charts = {followersChart(followers.value(), range), engagementChart(d.posts, range),
                    postsPerWeekChart(d.posts, range), heatmapChart(d.posts, range)};
        // The velocity of the newest post seen at least twice.
        const ItemHistory *newest = nullptr;
        for (const ItemHistory &h : histories.value()) {
            if (h.history.size() >= 2) {
                newest = &h;
                break;
            }
        }
        ChartData velocity = velocityChart(newest ? newest->history : QList<MetricsSnapshot>(), range);
        if (newest)
            velocity.title =
                tr("Velocity of the newest post (%1)")
                    .arg(newest->item.shortcode.isEmpty() ? newest->item.platformId : newest->item.shortcode);
        d.charts.append(velocity);
    } else {
        QList<MetricsSnapshot> history;
        if (!histories->isEmpty()) {
            auto stats = analytics::itemStats(db, histories->first(), thresholds(m_dataDir));
            if (!stats.ok())
                return stats.error();
            d.item = stats.value();
            history = d.item->history;
            d.posts.append(postPoint(histories->first(), d.item->followers));
        }
        d.charts = {viewsChart(history, range), velocityChart(history, range)};
        const bool views = !d.item || d.item->trendMetric == TrendMetric::Views;
        d.charts.append(trendChart(views ? tr("views") : tr("engagement"),
                                   d.item ? d.item->trendSeries : QList<ChartPoint>(),
                                   d.item ? d.item->expectedSeries : QList<ChartPoint>(), range));
    }
    d.charts.append(sentimentChart(days, range));
    d.charts.append(languagesChart(d.languages));
    if (d.task.kind == TaskKind::Profile) {
        // The words and emoji of a bounded sample (the newest comments of the range), and the posts' hashtags.
        auto texts = reader.taskCommentTexts(d.task, range, CommentSample);
        if (!texts.ok())
            return texts.error();
        const QString note = tr("From the newest %1 comments of the range (at most %2): a word counts once per "
                                "comment, an emoji every time.")
                                 .arg(texts->size())
                                 .arg(CommentSample);
        ChartData words = wordsChart(topWords(texts.value(), TopTerms), note);
        ChartData emoji = emojiChart(topEmoji(texts.value(), TopTerms), note);
        words.rangeText = emoji.rangeText = range.describe();
        d.charts.append(words);
        d.charts.append(emoji);
        d.charts.append(hashtagsChart(rankHashtags(d.posts, range, 1, TopTerms), range));
    }
    return d;
}

Result<Dashboard> AnalyticsService::projectDashboard(const QString &projectIdOrName, const DateRange &range)
{
    TrackingService tracking(m_database);
    auto projects = tracking.projects();
    if (!projects.ok())
        return projects.error();
    const auto project = std::find_if(projects->cbegin(), projects->cend(), [&](const Project &p) {
        return p.id == projectIdOrName || p.name == projectIdOrName;
    });
    if (project == projects->cend())
        return Error::notFound(tr("No project \"%1\" exists.").arg(projectIdOrName));
    auto reels = tracking.reels(project->name);
    if (!reels.ok())
        return reels.error();

    QSqlDatabase db = m_database.connection();
    AnalyticsReader reader(db);
    Dashboard d;
    d.projectId = project->id;
    d.label = project->name;
    d.range = range;
    QList<QList<MetricsSnapshot>> histories;
    for (const ReelTask &reel : reels.value()) {
        auto read = reader.taskHistories({TaskKind::Reel, reel.id});
        if (!read.ok())
            return read.error();
        if (read->isEmpty())
            continue;
        const ItemHistory &h = read->first();
        auto followers = reader.followersNear(h.item, h.item.takenAt.value_or(h.item.firstSeen));
        if (!followers.ok())
            return followers.error();
        d.posts.append(postPoint(h, followers.value()));
        histories.append(h.history);
    }
    std::stable_sort(d.posts.begin(), d.posts.end(), [](const PostPoint &a, const PostPoint &b) {
        return a.item.takenAt.value_or(a.item.firstSeen) > b.item.takenAt.value_or(b.item.firstSeen);
    });
    auto summary = reader.projectSentiment(project->id);
    if (!summary.ok())
        return summary.error();
    d.sentiment = summary.value();
    auto days = reader.projectSentimentByDay(project->id, range);
    if (!days.ok())
        return days.error();
    d.charts = {projectTotalsChart(histories, range), engagementChart(d.posts, range),
                sentimentChart(days.value(), range)};
    return d;
}

Result<Overview> AnalyticsService::overview(const QDateTime &now)
{
    QSqlDatabase db = m_database.connection();
    TrackingService tracking(m_database);
    ScrapeStore store(m_database);
    AnalyticsReader reader(db);
    Overview o;

    auto profiles = tracking.profiles();
    if (!profiles.ok())
        return profiles.error();
    auto reels = tracking.reels();
    if (!reels.ok())
        return reels.error();
    auto videos = tracking.videos();
    if (!videos.ok())
        return videos.error();
    o.profiles = static_cast<int>(profiles->size());
    o.reels = static_cast<int>(reels->size());
    o.videos = static_cast<int>(videos->size());

    auto sentimentDays = reader.taskSentimentDays(now.addDays(-31));
    if (!sentimentDays.ok())
        return sentimentDays.error();
    const QHash<QString, TaskSentimentDays> &sentimentByTask = sentimentDays.value();
    int positive = 0;
    int negative = 0;
    int neutral = 0;
    const auto alertOn = [&](const TaskRef &ref, const QString &label, const QString &error,
                             const QString &errorClass) -> Status {
        if (errorClass == u"checkpoint"_s || errorClass == u"login_wall"_s)
            o.alerts.append(tr("%1: the platform needs you (sign in or confirm it is you): %2").arg(label, error));
        else if (!error.isEmpty())
            o.alerts.append(tr("%1: the last scrape failed: %2").arg(label, error));
        const TaskSentimentDays counts = sentimentByTask.value(taskKindName(ref.kind) + u':' + ref.id);
        positive += counts.positive;
        negative += counts.negative;
        neutral += counts.neutral;
        o.comments += counts.positive + counts.negative + counts.neutral + counts.unscored;
        // Sentiment turning negative: the latest day's negative share ≥ 2× its 30-day mean, with ≥ 20 comments.
        const auto negativeShare = [](const TaskSentimentDays::Day &day) {
            const int total = day.positive + day.negative + day.neutral;
            return total > 0 ? 100.0 * day.negative / total : -1.0;
        };
        if (!counts.days.isEmpty()) {
            const TaskSentimentDays::Day &last = counts.days.last();
            double sum = 0.0;
            int n = 0;
            for (const TaskSentimentDays::Day &day : counts.days) {
                if (day.day >= last.day - 30 * 86400 && day.day < last.day && negativeShare(day) >= 0.0) {
                    sum += negativeShare(day);
                    ++n;
                }
            }
            const double share = negativeShare(last);
            if (last.positive + last.negative + last.neutral >= 20 && n > 0 && sum / n > 0.0 && share >= 2.0 * sum / n)
                o.alerts.append(tr("%1: sentiment is turning negative (%2 % negative on %3, the 30-day mean is "
                                   "%4 %)")
                                    .arg(label)
                                    .arg(share, 0, 'f', 1)
                                    .arg(QDateTime::fromSecsSinceEpoch(last.day, Qt::UTC).date().toString(Qt::ISODate))
                                    .arg(sum / n, 0, 'f', 1));
        }
        return Ok{};
    };

    for (const ProfileTask &p : profiles.value()) {
        const TaskRef ref{TaskKind::Profile, p.id};
        const QString label = u"@"_s + p.targetProfile;
        if (auto s = alertOn(ref, label, p.lastError, p.lastErrorClass); !s.ok())
            return s.error();
        auto followers = reader.followers(p.id);
        if (!followers.ok())
            return followers.error();
        if (followers->isEmpty())
            continue;
        OverviewCard card{ref, label, {}, 0.0, {}, false, false};
        const Growth week = growthOver(followers.value(), now, 7);
        card.detail = tr("%1 followers").arg(number(followers->last().followers));
        if (week.absolute) {
            card.detail += tr(" (%1 this week)").arg(signedNumber(*week.absolute));
            card.movement = static_cast<double>(std::abs(*week.absolute));
        }
        o.movers.append(card);
    }
    const auto itemCard = [&](const TaskRef &ref, const QString &fallback, const QString &error,
                              const QString &errorClass) -> Status {
        auto label = store.taskLabel(ref);
        const QString name = label.ok() ? label.value() : fallback;
        if (auto s = alertOn(ref, name, error, errorClass); !s.ok())
            return s.error();
        auto histories = reader.taskHistories(ref);
        if (!histories.ok())
            return histories.error();
        if (histories->isEmpty())
            return Ok{};
        auto stats = analytics::itemStats(db, histories->first(), thresholds(m_dataDir));
        if (!stats.ok())
            return stats.error();
        OverviewCard card{ref, name, {}, 0.0, stats->trend.score, stats->trend.isTrending, stats->trend.isViral};
        if (stats->counts.views) {
            card.detail = tr("%1 views").arg(number(*stats->counts.views));
            const Velocity week = recentVelocity(stats->history, 24.0 * 7);
            if (week.viewsPerHour && week.hours) {
                const auto gained = static_cast<qint64>(*week.viewsPerHour * *week.hours);
                card.detail += tr(" (%1 this week)").arg(signedNumber(gained));
                card.movement = static_cast<double>(gained);
            }
        } else if (stats->engagement) {
            card.detail = tr("%1 likes and comments").arg(number(*stats->engagement));
        }
        o.movers.append(card);
        if (card.isTrending || card.isViral)
            o.trending.append(card);
        return Ok{};
    };
    for (const ReelTask &r : reels.value())
        if (auto s = itemCard({TaskKind::Reel, r.id}, r.shortcode, r.lastError, r.lastErrorClass); !s.ok())
            return s.error();
    for (const VideoTask &v : videos.value())
        if (auto s = itemCard({TaskKind::Video, v.id}, v.externalId, v.lastError, v.lastErrorClass); !s.ok())
            return s.error();
    std::stable_sort(o.movers.begin(), o.movers.end(),
                     [](const OverviewCard &a, const OverviewCard &b) { return a.movement > b.movement; });
    std::stable_sort(o.trending.begin(), o.trending.end(), [](const OverviewCard &a, const OverviewCard &b) {
        return a.trendScore.value_or(0.0) > b.trendScore.value_or(0.0);
    });
    o.sentiment = sentiment::SentimentSummary::fromCounts(positive, negative, neutral, std::nullopt);
    auto byDay = reader.sentimentByDay(now.addDays(-30));
    if (!byDay.ok())
        return byDay.error();
    o.sentimentByDay = byDay.value();
    return o;
}

Result<QList<ProfileStats>> AnalyticsService::comparison(const QStringList &taskIds, const DateRange &range)
{
    QStringList ids = taskIds;
    if (ids.isEmpty()) {
        TrackingService tracking(m_database);
        auto profiles = tracking.profiles();
        if (!profiles.ok())
            return profiles.error();
        // The user's own profiles first, then the competitors.
        for (bool competitors : {false, true})
            for (const ProfileTask &p : profiles.value())
                if (p.isCompetitor == competitors)
                    ids.append(p.id);
    }
    QList<ProfileStats> result;
    for (const QString &id : std::as_const(ids)) {
        auto d = read(id, range, false);
        if (!d.ok())
            return d.error();
        if (d->profile)
            result.append(*d->profile);
    }
    return result;
}

AnalyticsQueries::AnalyticsQueries(QueryService &queries, QString dataDir)
    : m_queries(queries)
    , m_dataDir(std::move(dataDir))
{
}

QFuture<Result<ItemStats>> AnalyticsQueries::itemStats(const QString &urlCodeOrId)
{
    return m_queries.run<ItemStats>([dataDir = m_dataDir, urlCodeOrId](Database &db) {
        return AnalyticsService(db, dataDir).itemStats(urlCodeOrId);
    });
}

QFuture<Result<Dashboard>> AnalyticsQueries::dashboard(const QString &taskId, const DateRange &range)
{
    return m_queries.run<Dashboard>([dataDir = m_dataDir, taskId, range](Database &db) {
        return AnalyticsService(db, dataDir).dashboard(taskId, range);
    });
}

QFuture<Result<Dashboard>> AnalyticsQueries::projectDashboard(const QString &projectId, const DateRange &range)
{
    return m_queries.run<Dashboard>([dataDir = m_dataDir, projectId, range](Database &db) {
        return AnalyticsService(db, dataDir).projectDashboard(projectId, range);
    });
}

QFuture<Result<Overview>> AnalyticsQueries::overview(const QDateTime &now)
{
    return m_queries.run<Overview>(
        [dataDir = m_dataDir, now](Database &db) { return AnalyticsService(db, dataDir).overview(now); });
}

QFuture<Result<QList<ProfileStats>>> AnalyticsQueries::comparison(const QStringList &taskIds, const DateRange &range)
{
    return m_queries.run<QList<ProfileStats>>([dataDir = m_dataDir, taskIds, range](Database &db) {
        return AnalyticsService(db, dataDir).comparison(taskIds, range);
    });
}

} // namespace reelpulse
