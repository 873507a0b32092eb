#include "cli/ScrapeCommand.h"

#include "cli/CliContext.h"
#include "cli/CliLog.h"
#include "cli/CommandLine.h"
#include "domain/TimeFormat.h"
#include "platform/DataDir.h"
#include "services/ScrapeEnvironment.h"
#include "services/ScrapeService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QCoreApplication>
#include <QJsonArray>

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

QString resultName(ScrapeReport::Result result)
{
    switch (result) {
    case ScrapeReport::Result::Stored:
        return u"stored"_s;
    case ScrapeReport::Result::Failed:
        return u"failed"_s;
    case ScrapeReport::Result::Aborted:
        return u"stopped"_s;
    case ScrapeReport::Result::Skipped:
        return u"skipped"_s;
    case ScrapeReport::Result::Error:
        break;
    }
    return u"error"_s;
}

QJsonObject reportJson(const ScrapeReport &r, Platform platform)
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
    if (r.task.kind == TaskKind::Profile)
        o.insert(u"auto_tracked_videos"_s, QJsonArray::fromStringList(r.autoTracked));
    if (r.failure) {
        o.insert(u"class"_s, failureClassName(r.failure->cls));
        o.insert(u"message"_s, r.failure->message);
        o.insert(u"advice"_s, failureAdvice(*r.failure, platform, r.retryAt));
        o.insert(u"retry_at"_s, isoUtcOrNull(r.retryAt));
    } else if (r.error) {
        o.insert(u"message"_s, r.error->message);
    } else if (r.result == ScrapeReport::Result::Skipped) {
        o.insert(u"message"_s, r.skipReason);
    }
    if (r.commentsFailure)
        o.insert(u"comments"_s, QJsonObject{{u"available"_s, false},
                                            {u"class"_s, failureClassName(r.commentsFailure->cls)},
                                            {u"message"_s, r.commentsFailure->message}});
    return o;
}

void printReport(CliContext &ctx, const ScrapeReport &r, Platform platform)
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
                << u"  "_s << failureAdvice(*r.failure, platform, r.retryAt) << Qt::endl;
        return;
    case ScrapeReport::Result::Skipped:
        ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "Skipped %1 (%2 task %3): %4")
                       .arg(r.label, kindTitle(r.task.kind), r.task.id.left(8), r.skipReason)
                << Qt::endl;
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

/// Says, once per pass, that a platform asks to wait: until when, and that the other platform goes on.
void announceWaits(CliContext &ctx, ScrapeService &service, QSet<int> &announced)
{
    for (const PlatformWait &wait : service.waits()) {
        if (announced.contains(static_cast<int>(wait.platform)))
            continue;
        announced.insert(static_cast<int>(wait.platform));
        ctx.err << QCoreApplication::translate("reelpulse::cli::Scrape",
                                               "%1: its other due tasks stay due for the next pass; the other "
                                               "platform goes on.")
                       .arg(wait.describe())
                << Qt::endl;
    }
}

int runDue(CliContext &ctx, ScrapeService &service)
{
    QJsonArray results;
    QJsonArray waits;
    int posts = 0;
    int comments = 0;
    int failed = 0;
    int handled = 0;
    QSet<int> announced;
    service.beginPass();
    while (const std::optional<PassStep> step = service.next()) {
        ++handled;
        if (step->kind == PassStep::Kind::Skip) {
            const QString why = step->wait ? step->wait->describe() : QString();
            if (ctx.json)
                results.append(QJsonObject{{u"task_id"_s, step->task.id},
                                           {u"task_kind"_s, taskKindName(step->task.kind)},
                                           {u"label"_s, service.taskLabel(step->task)},
                                           {u"result"_s, u"skipped"_s},
                                           {u"message"_s, why}});
            else
                ctx.out << QCoreApplication::translate("reelpulse::cli::Scrape", "Skipped %1 task %2: %3")
                               .arg(kindTitle(step->task.kind), step->task.id.left(8), why)
                        << Qt::endl;
            continue;
        }
        const ScrapeReport report = service.scrape(step->task, false);
        if (report.ok()) {
            posts += report.stored.postsProcessed;
            comments += report.stored.commentsStored;
        } else if (report.result != ScrapeReport::Result::Skipped) {
            ++failed;
        }
        if (ctx.json)
            results.append(reportJson(report, step->platform));
        else
            printReport(ctx, report, step->platform);
        announceWaits(ctx, service, announced);
    }
    for (const PlatformWait &wait : service.waits())
        waits.append(QJsonObject{{u"platform"_s, platformName(wait.platform)},
                                 {u"class"_s, failureClassName(wait.cls)},
                                 {u"until"_s, isoUtcOrNull(wait.until)},
                                 {u"message"_s, wait.describe()}});
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {u"result"_s, failed == 0},
            {u"response"_s,
             QJsonObject{{u"message"_s,
                          failed == 0
                              ? QCoreApplication::translate("reelpulse::cli::Scrape", "Due tasks scraped successfully")
                              : QCoreApplication::translate("reelpulse::cli::Scrape", "%1 of %2 due task(s) failed")
                                    .arg(failed)
                                    .arg(handled)},
                         {u"tasks"_s, results},
                         {u"waits"_s, waits},
                         {u"posts_processed"_s, posts},
                         {u"comments_analyzed"_s, comments}}}});
    } else if (handled == 0) {
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

    std::optional<TaskRef> task;
    if (!due) {
        auto resolved = ScrapeStore(db).resolveTask(line->positional.first());
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        task = resolved.value();
    }

    // The same environment and rules as the app: the keychain session, the shared rate governor, the
    // sentiment mode from the settings.
    const QString dataDir = resolveDataDir(ctx.dataDir);
    ScrapeEnvironment environment(dataDir);
    if (auto loaded = environment.loadSession(); !loaded.ok())
        qCInfo(lcCli) << "no Instagram session from the keychain:" << loaded.error().message;
    ScrapeService service(db, environment.sources()(db), dataDir, options.value());
    if (due)
        return runDue(ctx, service);
    const Platform platform = service.platformOf(*task);
    const ScrapeReport report = service.scrape(*task, true);
    if (report.result == ScrapeReport::Result::Error && report.error && report.task.id.isEmpty())
        return ctx.fail(*report.error);
    if (ctx.json) {
        if (report.ok()) {
            QJsonObject response = reportJson(report, platform);
            response.insert(u"message"_s, QCoreApplication::translate("reelpulse::cli::Scrape",
                                                                      "Task scraping completed successfully"));
            ctx.printJson(QJsonObject{{u"result"_s, true}, {u"response"_s, response}});
        } else {
            QJsonObject o = reportJson(report, platform);
            const QString message = report.failure
                                        ? QCoreApplication::translate("reelpulse::cli::Scrape", "Error scraping %1: %2")
                                              .arg(report.label, report.failure->message)
                                        : report.summaryLine();
            o.insert(u"result"_s, false);
            o.insert(u"message"_s, message);
            ctx.printJson(o);
        }
    } else {
        printReport(ctx, report, platform);
    }
    QSet<int> announced;
    announceWaits(ctx, service, announced);
    if (report.error)
        return exitCodeFor(report.error->kind);
    return report.ok() ? 0 : 1;
}

} // namespace reelpulse::cli
