#include "cli/ScrapeCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TaskJson.h"
#include "domain/TimeFormat.h"
#include "platform/DataDir.h"
#include "platform/EndpointProfile.h"
#include "sentiment/CommentScorer.h"
#include "services/PlatformSourceFactory.h"
#include "services/ScrapeRunner.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"
#include "storage/VideoTaskStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Scrape",
    "Usage: reelpulse-cli scrape <task-id> [options] [--json]\n"
    "       reelpulse-cli scrape --due [options] [--json]\n"
    "\n"
    "Read tracked content from Instagram and TikTok now and store it (metrics, comments, snapshots).\n"
    "\n"
    "  <task-id>              scrape one profile, reel or video task now, due or not (an id prefix of 4+\n"
    "                         characters works)\n"
    "  --due                  scrape every task that is due, once, then exit (for cron or a systemd timer);\n"
    "                         exit code 1 when any task failed\n"
    "\n"
    "Options:\n"
    "  --posts N              latest posts read per profile (default 12)\n"
    "  --commented-posts N    newest posts of a profile whose comments are read (default 5)\n"
    "  --comments N           comments read per post (default 200)\n"
    "\n"
    "Instagram and TikTok are reached at REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL when set.\n");

QString kindTitle(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Profile:
        return QCoreApplication::translate("reelpulse::cli::Scrape", "profile");
    case TaskKind::Reel:
        return QCoreApplication::translate("reelpulse::cli::Scrape", "reel");
    case TaskKind::Video:
        return QCoreApplication::translate("reelpulse::cli::Scrape", "video");
    }
    return {};
}

Platform platformOf(Database &db, const TaskRef &task)
{
    if (task.kind != TaskKind::Video)
        return Platform::Instagram;
    auto video = VideoTaskStore(db.connection()).get(task.id);
    return video.ok() ? video->platform : Platform::Instagram;
}

QString resultName(ScrapeReport::Result result)
{
    switch (result) {
    case ScrapeReport::Result::Stored:
        return u"stored"_s;
    case ScrapeReport::Result::Failed:
        return u"failed"_s;
    case ScrapeReport::Result::Aborted:
        return u"stopped"_s;
    case ScrapeReport::Result::Error:
        break;
    }
    return u"error"_s;
}

QJsonObject reportJson(Database &db, const ScrapeReport &r)
{
    QJsonObject o{{u"task_id"_s, r.task.id},
                  {u"task_kind"_s, taskKindName(r.task.kind)},
                  {u"label"_s, r.label},
                  {u"result"_s, resultName(r.result)},
                  {u"posts_processed"_s, r.stored.postsProcessed},
                  {u"comments_analyzed"_s, r.stored.commentsStored},
                  {u"new_comments"_s, r.stored.newComments},
                  {u"requests"_s, r.requests},
                  {u"notes"_s, QJsonArray::fromStringList(r.notes)}};
    if (r.failure) {
        o.insert(u"class"_s, failureClassName(r.failure->cls));
        o.insert(u"message"_s, r.failure->message);
        o.insert(u"advice"_s, failureAdvice(*r.failure, platformOf(db, r.task), r.retryAt));
        o.insert(u"retry_at"_s, isoUtcOrNull(r.retryAt));
    } else if (r.error) {
        o.insert(u"message"_s, r.error->message);
    }
    return o;
}

void printReport(CliContext &ctx, Database &db, const ScrapeReport &r)
{
    switch (r.result) {
    case ScrapeReport::Result::Stored:
        ctx.out << QCoreApplication::translate(
                       "reelpulse::cli::Scrape",
                       "Scraped %1 (%2 task %3): %4 post(s) processed, %5 comment(s) stored (%6 new), %7 request(s).")
                       .arg(r.label, kindTitle(r.task.kind), r.task.id.left(8))
                       .arg(r.stored.postsProcessed)
                       .arg(r.stored.commentsStored)
                       .arg(r.stored.newComments)
                       .arg(r.requests)
                << Qt::endl;
        for (const QString &note : r.notes)
            ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "  note: %1").arg(note) << Qt::endl;
        return;
    case ScrapeReport::Result::Failed:
        ctx.err << QCoreApplication::translate("reelpulse::cli::Scrape", "Scraping %1 (%2 task %3) failed [%4]: %5")
                       .arg(r.label, kindTitle(r.task.kind), r.task.id.left(8), failureClassName(r.failure->cls),
                            r.failure->message)
                << Qt::endl
                << u"  "_s << failureAdvice(*r.failure, platformOf(db, r.task), r.retryAt) << Qt::endl;
        return;
    case ScrapeReport::Result::Aborted:
    case ScrapeReport::Result::Error:
        ctx.err << r.summaryLine() << Qt::endl;
        return;
    }
}

Result<ScrapeOptions> optionsFrom(const CommandLine &line)
{
    ScrapeOptions options;
    const struct
    {
        const char *name;
        int *target;
        int max;
    } fields[] = {{"posts", &options.profilePosts, 200},
                  {"commented-posts", &options.commentedPosts, 200},
                  {"comments", &options.commentsPerPost, 10000}};
    for (const auto &f : fields) {
        const QString name = QString::fromLatin1(f.name);
        if (!line.has(name))
            continue;
        auto value = parseInt(line.value(name), name);
        if (!value.ok())
            return value.error();
        if (value.value() < 0 || value.value() > f.max)
            return Error::invalid(
                name, QCoreApplication::translate("reelpulse::cli::Scrape", "--%1 must be between 0 and %2.")
                          .arg(name)
                          .arg(f.max));
        *f.target = value.value();
    }
    return options;
}

int runDue(CliContext &ctx, Database &db, ScrapeRunner &runner)
{
    auto due = runner.dueTasks();
    if (!due.ok())
        return ctx.fail(due.error());
    QJsonArray results;
    int posts = 0;
    int comments = 0;
    int failed = 0;
    QHash<int, QString> blocked; // platform → why its remaining tasks are skipped
    for (const DueTask &d : due.value()) {
        const Platform platform = platformOf(db, d.ref);
        if (blocked.contains(static_cast<int>(platform))) {
            const QString why = blocked.value(static_cast<int>(platform));
            if (ctx.json)
                results.append(QJsonObject{{u"task_id"_s, d.ref.id},
                                           {u"task_kind"_s, taskKindName(d.ref.kind)},
                                           {u"result"_s, u"skipped"_s},
                                           {u"message"_s, why}});
            else
                ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "Skipped %1 task %2: %3")
                               .arg(kindTitle(d.ref.kind), d.ref.id.left(8), why)
                        << Qt::endl;
            continue;
        }
        const ScrapeReport report = runner.runOnce(d.ref);
        if (report.ok()) {
            posts += report.stored.postsProcessed;
            comments += report.stored.commentsStored;
        } else {
            ++failed;
        }
        if (ctx.json)
            results.append(reportJson(db, report));
        else
            printReport(ctx, db, report);
        if (report.failure && (report.failure->cls == FailureClass::RateLimited ||
                               report.failure->cls == FailureClass::SoftBlock || needsUserAction(report.failure->cls)))
            blocked.insert(static_cast<int>(platform), failureAdvice(*report.failure, platform, report.retryAt));
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {u"result"_s, failed == 0},
            {u"response"_s,
             QJsonObject{{u"message"_s,
                          failed == 0
                              ? QCoreApplication::translate("reelpulse::cli::Scrape", "Due tasks scraped successfully")
                              : QCoreApplication::translate("reelpulse::cli::Scrape", "%1 of %2 due task(s) failed")
                                    .arg(failed)
                                    .arg(due->size())},
                         {u"tasks"_s, results},
                         {u"posts_processed"_s, posts},
                         {u"comments_analyzed"_s, comments}}}});
    } else if (due->isEmpty()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "Nothing is due.") << Qt::endl;
    }
    return failed == 0 ? 0 : 1;
}

} // namespace

int runScrapeCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Scrape", Usage));
    auto line = parseCommandLine(args, u"scrape"_s, {u"due"_s}, {u"posts"_s, u"commented-posts"_s, u"comments"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Scrape", Usage));
    const bool due = line->has(u"due"_s);
    if (due == (line->positional.size() == 1) || line->positional.size() > 1)
        return ctx.fail(Error::invalid(
            u"task_id"_s, QCoreApplication::translate("reelpulse::cli::Scrape",
                                                      "'scrape' takes one task id, or --due (see 'scrape --help').")));
    auto options = optionsFrom(line.value());
    if (!options.ok())
        return ctx.fail(options.error());
    auto opened = ctx.database();
    if (!opened.ok())
        return ctx.fail(opened.error());
    Database &db = *opened.value();

    ScrapeSources sources = platformSourceFactory(resolveDataDir(ctx.dataDir))(db);
    ScrapeRunner runner(db, sources.instagram.get(), sources.tiktok.get(), options.value());
    // The comments just stored get their sentiment right away (only new and edited ones are scored).
    runner.setAfterWrite([&db](const TaskRef &, const IngestSummary &) {
        auto scored = sentiment::CommentScorer::score(db, sentiment::Mode::Social, false, 2000, nullptr, {});
        if (!scored.ok())
            qWarning("%s", qPrintable(scored.error().message));
    });
    if (due)
        return runDue(ctx, db, runner);

    const ScrapeReport report = runner.runOnce(line->positional.first());
    if (report.result == ScrapeReport::Result::Error && report.error && report.task.id.isEmpty())
        return ctx.fail(*report.error);
    if (ctx.json) {
        if (report.ok()) {
            QJsonObject response = reportJson(db, report);
            response.insert(u"message"_s, QCoreApplication::translate("reelpulse::cli::Scrape",
                                                                      "Task scraping completed successfully"));
            ctx.printJson(QJsonObject{{u"result"_s, true}, {u"response"_s, response}});
        } else {
            QJsonObject o = reportJson(db, report);
            const QString message = report.failure
                                        ? QCoreApplication::translate("reelpulse::cli::Scrape", "Error scraping %1: %2")
                                              .arg(report.label, report.failure->message)
                                        : report.summaryLine();
            o.insert(u"result"_s, false);
            o.insert(u"message"_s, message);
            ctx.printJson(o);
        }
    } else {
        printReport(ctx, db, report);
    }
    if (report.error)
        return exitCodeFor(report.error->kind);
    return report.ok() ? 0 : 1;
}

// ---- scraped data in the task commands ------------------------------------------------------------

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
    return json::profileTask(task, list, profile.value());
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
