#include "cli/ScrapedTaskJson.h"

#include "cli/CliContext.h"
#include "cli/TaskJson.h"
#include "platform/DataDir.h"
#include "platform/EndpointProfile.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/VideoTaskStore.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

/// The governor state of the identity that reads `platform` (the one of its endpoint host).
std::optional<GovernorStatus> governorFor(ScrapeReader &reader, Platform platform, const QString &dataDir)
{
    auto states = reader.governorStates();
    if (!states.ok() || states->isEmpty())
        return std::nullopt;
    // The governor names identities "host[:port]#session" (see StrategyRunner::identity()).
    const QUrl base(EndpointProfile::load(platform, dataDir).baseUrl());
    QString host = base.host().toLower();
    if (base.port() != -1)
        host += u':' + QString::number(base.port());
    std::optional<GovernorStatus> chosen;
    for (const GovernorStatus &g : states.value()) {
        if (g.identity.section(u'#', 0, 0) != host)
            continue;
        if (!chosen || (chosen->state == u"ok" && g.state != u"ok"))
            chosen = g;
    }
    return chosen;
}

std::optional<ScrapedSummary> summaryOf(ScrapeReader &reader, const TaskRef &task)
{
    auto summary = reader.summary(task, 10);
    if (!summary.ok()) {
        qWarning("%s", qPrintable(summary.error().message));
        return std::nullopt;
    }
    return summary.value();
}

json::VideoTracking videoTracking(ScrapeReader &reader, const VideoTask &task, const ScrapedSummary *scraped,
                                  const QString &dataDir)
{
    json::VideoTracking tracking;
    if (!scraped)
        return tracking;
    tracking.commentsStored = scraped->storedComments;
    auto history = reader.snapshotHistory(scraped->post.rowId);
    tracking.snapshots = history.ok() ? static_cast<int>(history->size()) : 0;
    tracking.governor = governorFor(reader, task.platform, dataDir);
    return tracking;
}

} // namespace

QJsonObject profileWithScrapedJson(CliContext &ctx, const ProfileTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return json::profileTask(task);
    ScrapeReader reader(db.value()->connection());
    auto posts = reader.taskPosts(TaskRef{TaskKind::Profile, task.id});
    auto profile = reader.latestProfileSnapshot(task.id);
    if (!posts.ok() || !profile.ok())
        return json::profileTask(task);
    QList<json::PostWithComments> list;
    for (const StoredItem &item : posts.value()) {
        auto comments = reader.comments(item.rowId, 0, 5, CommentOrder::MostLiked);
        list.append(json::PostWithComments{item, comments.ok() ? comments.value() : QList<StoredComment>()});
    }
    QJsonObject o = json::profileTask(task, list, profile.value());
    // Account-discovered videos: the video tasks this account's scrapes added (its auto_track setting).
    QJsonArray discovered;
    if (auto videos = VideoTaskStore(db.value()->connection()).listByProfile(task.id); videos.ok())
        for (const VideoTask &video : videos.value()) {
            QJsonObject v = json::videoResponse(video);
            v.insert(u"profile_task_id"_s, task.id);
            discovered.append(v);
        }
    o.insert(u"discovered_videos"_s, discovered);
    return o;
}

QJsonObject reelWithScrapedJson(CliContext &ctx, const ReelTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return json::reelTask(task);
    ScrapeReader reader(db.value()->connection());
    const auto summary = summaryOf(reader, TaskRef{TaskKind::Reel, task.id});
    return json::reelTask(task, summary ? &*summary : nullptr);
}

QJsonObject reelListWithScrapedJson(CliContext &ctx, const QList<ReelTask> &tasks)
{
    auto db = ctx.database();
    if (!db.ok())
        return json::reelTaskList(tasks);
    ScrapeReader reader(db.value()->connection());
    QHash<QString, ScrapedSummary> scraped;
    for (const ReelTask &t : tasks) {
        if (auto summary = summaryOf(reader, TaskRef{TaskKind::Reel, t.id}))
            scraped.insert(t.id, *summary);
    }
    return json::reelTaskList(tasks, scraped);
}

QJsonObject videoWithScrapedJson(CliContext &ctx, const VideoTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return json::videoSingle(task);
    ScrapeReader reader(db.value()->connection());
    const auto summary = summaryOf(reader, TaskRef{TaskKind::Video, task.id});
    const ScrapedSummary *scraped = summary ? &*summary : nullptr;
    return json::videoSingle(task, scraped, videoTracking(reader, task, scraped, resolveDataDir(ctx.dataDir)));
}

QJsonObject videoListWithScrapedJson(CliContext &ctx, const QList<VideoTask> &tasks)
{
    auto db = ctx.database();
    if (!db.ok())
        return json::videoList(tasks);
    ScrapeReader reader(db.value()->connection());
    QHash<QString, ScrapedSummary> scraped;
    QHash<QString, json::VideoTracking> tracking;
    const QString dataDir = resolveDataDir(ctx.dataDir);
    for (const VideoTask &t : tasks) {
        if (auto summary = summaryOf(reader, TaskRef{TaskKind::Video, t.id})) {
            scraped.insert(t.id, *summary);
            tracking.insert(t.id, videoTracking(reader, t, &*summary, dataDir));
        }
    }
    return json::videoList(tasks, scraped, tracking);
}

namespace {

QString count(const std::optional<qint64> &value)
{
    return value ? QLocale::c().toString(*value) : QCoreApplication::translate("reelpulse::cli::Scrape", "unknown");
}

void printPostSummary(CliContext &ctx, ScrapeReader &reader, const TaskRef &task)
{
    auto summary = reader.summary(task, 0);
    if (!summary.ok() || !summary.value())
        return;
    const StoredItem &m = summary.value()->post;
    const MetricsSnapshot s = m.latest.value_or(MetricsSnapshot{});
    ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape",
                                           "  metrics:      %1 likes, %2 comments, %3 views, %4 plays (%5)\n")
                   .arg(count(s.likes), count(s.comments), count(s.views), count(s.plays),
                        s.takenAt.isValid() ? s.takenAt.toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                                            : QCoreApplication::translate("reelpulse::cli::Scrape", "never"))
            << QCoreApplication::translate("reelpulse::cli::Scrape", "  stored:       %1 comment(s)\n")
                   .arg(summary.value()->storedComments);
    ctx.out.flush();
}

} // namespace

void printScrapedSummary(CliContext &ctx, const ProfileTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return;
    ScrapeReader reader(db.value()->connection());
    const TaskRef ref{TaskKind::Profile, task.id};
    auto profile = reader.latestProfileSnapshot(task.id);
    if (profile.ok() && profile.value())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape",
                                               "  followers:    %1 (following %2, %3 posts)\n")
                       .arg(count(profile.value()->followers), count(profile.value()->following),
                            count(profile.value()->posts));
    if (profile.ok() && profile.value() && profile.value()->likes)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "  likes:        %1\n")
                       .arg(count(profile.value()->likes));
    if (auto videos = VideoTaskStore(db.value()->connection()).listByProfile(task.id);
        videos.ok() && !videos->isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape",
                                               "  tracking:     %1 of its video(s) as video tasks\n")
                       .arg(videos->size());
    auto posts = reader.taskPosts(ref);
    auto comments = reader.taskCommentCount(ref);
    if (posts.ok() && !posts->isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "  stored:       %1 post(s), %2 comment(s)\n")
                       .arg(posts->size())
                       .arg(comments.ok() ? comments.value() : 0);
    ctx.out.flush();
}

void printScrapedSummary(CliContext &ctx, const ReelTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return;
    ScrapeReader reader(db.value()->connection());
    printPostSummary(ctx, reader, TaskRef{TaskKind::Reel, task.id});
}

void printScrapedSummary(CliContext &ctx, const VideoTask &task)
{
    auto db = ctx.database();
    if (!db.ok())
        return;
    ScrapeReader reader(db.value()->connection());
    printPostSummary(ctx, reader, TaskRef{TaskKind::Video, task.id});
}

} // namespace reelpulse::cli
