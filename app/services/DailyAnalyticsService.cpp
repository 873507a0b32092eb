#include "services/DailyAnalyticsService.h"

#include "analytics/AnalyticsReader.h"
#include "services/QueryService.h"
#include "storage/CreatorStore.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

/// Longest range of one daily series (ten years).
constexpr qint64 MaxDays = 3660;

QList<QList<TimedValue>> itemSources(const QList<ItemSnapshots> &items, DailyMetric metric)
{
    QList<QList<TimedValue>> sources;
    sources.reserve(items.size());
    for (const ItemSnapshots &i : items)
        sources.append(metricSamples(i.snapshots, metric));
    return sources;
}

Error followersOfVideo()
{
    return Error::invalid(u"metric"_s, QCoreApplication::translate(
                                           "reelpulse::DailyAnalyticsService",
                                           "Followers are counted for accounts and creators, not for a video: choose "
                                           "--metric views, likes, comments or shares."));
}

} // namespace

const PeriodOverview::Figure *PeriodOverview::figure(const QString &key) const
{
    for (const Figure &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

DailyAnalyticsService::DailyAnalyticsService(Database &database)
    : m_database(database)
{
}

Result<DailySubject> DailyAnalyticsService::resolve(const QString &key, QList<QList<TimedValue>> &sources,
                                                    DailyMetric metric)
{
    const QString subject = key.trimmed();
    if (subject.isEmpty())
        return Error::invalid(u"id"_s,
                              QCoreApplication::translate("reelpulse::DailyAnalyticsService",
                                                          "Name an account (profile task id), a creator or a video."));
    CreatorStore store(m_database.connection());

    // A creator, by id or name.
    auto creator = store.find(subject.simplified());
    if (!creator.ok())
        return creator.error();
    if (creator.value()) {
        const Creator &c = *creator.value();
        QStringList ids;
        for (const CreatorAccount &a : c.accounts)
            ids.append(a.profileTaskId);
        if (metric == DailyMetric::Followers) {
            auto followers = store.followers(ids);
            if (!followers.ok())
                return followers.error();
            for (const QString &id : ids)
                sources.append(followers->value(id));
        } else {
            auto items = store.items(ids);
            if (!items.ok())
                return items.error();
            sources = itemSources(items.value(), metric);
        }
        return DailySubject{u"creator"_s, c.id, c.name, {}};
    }

    // A task: an account (profile task), or the video of a video or reel task.
    ScrapeStore scrapes(m_database);
    auto task = scrapes.resolveTask(subject);
    if (task.ok()) {
        if (task->kind == TaskKind::Profile) {
            auto account = store.account(task->id);
            if (!account.ok())
                return account.error();
            const QString name = account.value() ? u"@"_s + account.value()->username : task->id;
            const QString platform = account.value() ? account.value()->platform : QString();
            if (metric == DailyMetric::Followers) {
                auto followers = store.followers({task->id});
                if (!followers.ok())
                    return followers.error();
                sources.append(followers->value(task->id));
            } else {
                auto items = store.items({task->id});
                if (!items.ok())
                    return items.error();
                sources = itemSources(items.value(), metric);
            }
            return DailySubject{u"account"_s, task->id, name, platform};
        }
        if (metric == DailyMetric::Followers)
            return followersOfVideo();
        auto items = store.taskItems(taskKindName(task->kind), task->id);
        if (!items.ok())
            return items.error();
        auto label = scrapes.taskLabel(task.value());
        sources = itemSources(items.value(), metric);
        const QString platform = items->isEmpty() ? QString() : items->first().platform;
        return DailySubject{u"video"_s, items->isEmpty() ? task->id : items->first().platformId,
                            label.ok() ? label.value() : task->id, platform};
    }
    // An ambiguous id prefix is the person's to fix.
    static const QRegularExpression hexPrefix(u"^[0-9a-fA-F-]{4,}$"_s);
    if (task.error().kind == ErrorKind::Invalid && hexPrefix.match(subject).hasMatch())
        return task.error();

    // A stored post or video by shortcode, URL or platform id.
    AnalyticsReader reader(m_database.connection());
    auto found = reader.findItem(subject);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(QCoreApplication::translate(
                                   "reelpulse::DailyAnalyticsService",
                                   "No account, creator or video matches \"%1\" (give a profile task id, a creator's "
                                   "name or id, or a video's task id, shortcode, URL or platform id).")
                                   .arg(subject));
    if (metric == DailyMetric::Followers)
        return followersOfVideo();
    auto item = store.item(found.value()->rowId);
    if (!item.ok())
        return item.error();
    if (item.value())
        sources.append(metricSamples(item.value()->snapshots, metric));
    const StoredItem &stored = *found.value();
    return DailySubject{u"video"_s, stored.platformId,
                        stored.shortcode.isEmpty() ? stored.platformId : stored.shortcode,
                        platformName(stored.platform)};
}

Result<DailySeriesResult> DailyAnalyticsService::daily(const QString &subject, DailyMetric metric, const QDate &from,
                                                       const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error::invalid(u"from"_s, QCoreApplication::translate("reelpulse::DailyAnalyticsService",
                                                                     "Dates are written as YYYY-MM-DD."));
    if (to < from)
        return Error::invalid(u"from"_s, QCoreApplication::translate("reelpulse::DailyAnalyticsService",
                                                                     "--from (%1) comes after --to (%2).")
                                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) >= MaxDays)
        return Error::invalid(u"from"_s, QCoreApplication::translate("reelpulse::DailyAnalyticsService",
                                                                     "A daily series covers at most %1 days.")
                                             .arg(MaxDays));
    QList<QList<TimedValue>> sources;
    auto resolved = resolve(subject, sources, metric);
    if (!resolved.ok())
        return resolved.error();
    DailySeriesResult r;
    r.subject = resolved.value();
    r.metric = metric;
    r.from = from;
    r.to = to;
    r.points = summedDaily(sources, from, to);
    return r;
}

Result<PeriodOverview> DailyAnalyticsService::overview(int days, const QDateTime &now)
{
    if (days < 1)
        return Error::invalid(u"period"_s, QCoreApplication::translate("reelpulse::DailyAnalyticsService",
                                                                       "The period must be at least one day."));
    PeriodOverview o;
    o.days = days;
    o.to = now;
    o.from = now.addDays(-days);
    o.previousFrom = now.addDays(-2 * days);
    CreatorStore store(m_database.connection());

    // Counts at each period's end.
    auto accountsNow = store.accountCount(o.to);
    auto accountsBefore = store.accountCount(o.from);
    if (!accountsNow.ok())
        return accountsNow.error();
    if (!accountsBefore.ok())
        return accountsBefore.error();
    o.figures.append({u"tracked_accounts"_s, periodChange(accountsNow.value(), accountsBefore.value())});
    auto creatorsNow = store.count(o.to);
    auto creatorsBefore = store.count(o.from);
    if (!creatorsNow.ok())
        return creatorsNow.error();
    if (!creatorsBefore.ok())
        return creatorsBefore.error();
    o.figures.append({u"creators"_s, periodChange(creatorsNow.value(), creatorsBefore.value())});

    auto items = store.allItems();
    if (!items.ok())
        return items.error();
    qint64 videosNow = 0;
    qint64 videosBefore = 0;
    for (const ItemSnapshots &i : items.value()) {
        if (i.snapshots.isEmpty())
            continue;
        const QDateTime first = i.snapshots.first().takenAt;
        videosNow += first <= o.to ? 1 : 0;
        videosBefore += first <= o.from ? 1 : 0;
    }
    o.figures.append({u"videos"_s, periodChange(videosNow, videosBefore)});

    auto followers = store.allFollowers();
    if (!followers.ok())
        return followers.error();
    std::optional<qint64> followersNow;
    std::optional<qint64> followersBefore;
    for (const QList<TimedValue> &samples : followers.value()) {
        if (const auto v = valueAt(samples, o.to))
            followersNow = followersNow.value_or(0) + *v;
        if (const auto v = valueAt(samples, o.from))
            followersBefore = followersBefore.value_or(0) + *v;
    }
    o.figures.append({u"followers"_s, periodChange(followersNow, followersBefore)});

    // What each period gained.
    for (const DailyMetric metric : {DailyMetric::Views, DailyMetric::Engagement}) {
        const QList<QList<TimedValue>> sources = itemSources(items.value(), metric);
        o.figures.append({dailyMetricName(metric), periodChange(gainedBetween(sources, o.from, o.to),
                                                                gainedBetween(sources, o.previousFrom, o.from))});
    }
    auto analysedNow = store.commentsAnalysed(o.from, o.to);
    auto analysedBefore = store.commentsAnalysed(o.previousFrom, o.from);
    if (!analysedNow.ok())
        return analysedNow.error();
    if (!analysedBefore.ok())
        return analysedBefore.error();
    o.figures.append({u"comments_analysed"_s, periodChange(analysedNow.value(), analysedBefore.value())});
    return o;
}

DailyAnalyticsQueries::DailyAnalyticsQueries(QueryService &queries)
    : m_queries(queries)
{
}

QFuture<Result<DailySeriesResult>> DailyAnalyticsQueries::daily(const QString &subject, DailyMetric metric,
                                                                const QDate &from, const QDate &to)
{
    return m_queries.run<DailySeriesResult>([subject, metric, from, to](Database &db) {
        return DailyAnalyticsService(db).daily(subject, metric, from, to);
    });
}

QFuture<Result<PeriodOverview>> DailyAnalyticsQueries::overview(int days, const QDateTime &now)
{
    return m_queries.run<PeriodOverview>(
        [days, now](Database &db) { return DailyAnalyticsService(db).overview(days, now); });
}

} // namespace reelpulse
