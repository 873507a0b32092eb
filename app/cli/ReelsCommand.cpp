#include "cli/ReelsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ScrapeCommand.h"
#include "tracking/TaskJson.h"
#include "tracking/TrackingService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Reels", text);
}

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Reels",
    "Usage: reelpulse-cli reels <command> [options] [--json]\n"
    "\n"
    "Track individual Instagram reels and posts inside projects.\n"
    "\n"
    "Commands:\n"
    "  add <project> <url|shortcode> [--interval-days N]   track a reel (/reel/, /reels/, /p/, /tv/ URLs; default "
    "every 2 days)\n"
    "  list [<project>]                                   reel tasks of a project (all projects when omitted)\n"
    "  show <id>                                          one reel task (an id prefix of 4+ characters works)\n"
    "  update <id> [--interval-days N] [--pause|--resume]\n"
    "  remove <id>                                        stop tracking a reel\n");

QString when(const std::optional<QDateTime> &time)
{
    return time ? time->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : tr("never");
}

int output(CliContext &ctx, const Result<ReelTask> &task, const QString &humanLine)
{
    if (!task.ok())
        return ctx.fail(task.error());
    if (ctx.json) {
        ctx.printJson(reelWithScrapedJson(ctx, task.value()));
        return 0;
    }
    if (!humanLine.isEmpty()) {
        ctx.out << humanLine.arg(task->shortcode, task->projectName, task->id) << Qt::endl;
        return 0;
    }
    const ReelTask &t = task.value();
    ctx.out << tr("Reel task %1\n").arg(t.id) << tr("  project:      %1\n").arg(t.projectName)
            << tr("  url:          %1\n").arg(t.reelUrl) << tr("  shortcode:    %1\n").arg(t.shortcode)
            << tr("  media id:     %1\n").arg(t.mediaId ? QString::number(*t.mediaId) : tr("unknown"))
            << tr("  status:       %1\n").arg(statusName(t.status))
            << tr("  interval:     every %1 day(s)\n").arg(t.intervalDays)
            << tr("  last scraped: %1\n").arg(when(t.lastScraped))
            << tr("  next due:     %1\n").arg(when(t.nextScrapeDue));
    if (!t.lastError.isEmpty())
        ctx.out << tr("  last error:   %1 (%2)\n").arg(t.lastError, t.lastErrorClass);
    printScrapedSummary(ctx, t);
    ctx.out.flush();
    return 0;
}

} // namespace

int runReelsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(tr(Usage));
    auto line = parseCommandLine(args.mid(1), u"reels "_s + sub, {u"pause"_s, u"resume"_s}, {u"interval-days"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(Usage));
    if (sub != u"add" && sub != u"list" && sub != u"show" && sub != u"update" && sub != u"remove")
        return ctx.fail(Error::invalid(u"command"_s, tr("Unknown command 'reels %1' (see 'reels --help').").arg(sub)));

    const QStringList &pos = line->positional;
    const bool countOk = sub == u"add" ? pos.size() == 2 : sub == u"list" ? pos.size() <= 1 : pos.size() == 1;
    if (!countOk) {
        const QString expected = sub == u"add"    ? tr("a project name and a reel URL or shortcode")
                                 : sub == u"list" ? tr("at most a project name")
                                                  : tr("one reel task id");
        return ctx.fail(
            Error::invalid(sub == u"add" ? u"reel_url"_s : u"id"_s, tr("'reels %1' takes %2.").arg(sub, expected)));
    }
    std::optional<int> interval;
    if (line->has(u"interval-days"_s)) {
        auto parsed = parseInt(line->value(u"interval-days"_s), u"interval-days"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        interval = parsed.value();
    }
    auto service = ctx.tracking();
    if (!service.ok())
        return ctx.fail(service.error());
    TrackingService &tracking = *service.value();

    if (sub == u"add")
        return output(ctx, tracking.addReel(pos.at(0), pos.at(1), interval),
                      tr("Now tracking reel %1 in \"%2\" (task %3)."));
    if (sub == u"list") {
        auto tasks = tracking.reels(pos.value(0));
        if (!tasks.ok())
            return ctx.fail(tasks.error());
        if (ctx.json) {
            ctx.printJson(reelListWithScrapedJson(ctx, tasks.value()));
            return 0;
        }
        if (tasks->isEmpty()) {
            ctx.out << tr("No reel tasks yet. Add one with: reelpulse-cli reels add <project> <url>") << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{
            {tr("ID"), tr("PROJECT"), tr("SHORTCODE"), tr("STATUS"), tr("EVERY"), tr("LAST SCRAPED"), tr("NEXT DUE")}};
        for (const ReelTask &t : tasks.value())
            rows.append({t.id.left(8), t.projectName, t.shortcode, statusName(t.status), tr("%1 d").arg(t.intervalDays),
                         when(t.lastScraped), when(t.nextScrapeDue)});
        printTable(ctx.out, rows);
        return 0;
    }
    if (sub == u"show")
        return output(ctx, tracking.reel(pos.at(0)), {});
    if (sub == u"update") {
        if (line->has(u"pause"_s) && line->has(u"resume"_s))
            return ctx.fail(Error::invalid(u"status"_s, tr("Choose either --pause or --resume.")));
        TrackingService::ReelUpdate update;
        update.intervalDays = interval;
        if (line->has(u"pause"_s))
            update.status = TaskStatus::Paused;
        if (line->has(u"resume"_s))
            update.status = TaskStatus::Active;
        return output(ctx, tracking.updateReel(pos.at(0), update), tr("Updated reel %1 in \"%2\" (task %3)."));
    }
    return output(ctx, tracking.removeReel(pos.at(0)), tr("Stopped tracking reel %1 in \"%2\" (task %3 removed)."));
}

} // namespace reelpulse::cli
