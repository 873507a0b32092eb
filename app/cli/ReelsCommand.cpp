#include "cli/ReelsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ScrapedTaskJson.h"
#include "cli/TaskJson.h"
#include "services/TrackingService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

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
    return time ? time->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                : QCoreApplication::translate("reelpulse::cli::Reels", "never");
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
    ctx.out
        << QCoreApplication::translate("reelpulse::cli::Reels", "Reel task %1\n").arg(t.id)
        << QCoreApplication::translate("reelpulse::cli::Reels", "  project:      %1\n").arg(t.projectName)
        << QCoreApplication::translate("reelpulse::cli::Reels", "  url:          %1\n").arg(t.reelUrl)
        << QCoreApplication::translate("reelpulse::cli::Reels", "  shortcode:    %1\n").arg(t.shortcode)
        << QCoreApplication::translate("reelpulse::cli::Reels", "  media id:     %1\n")
               .arg(t.mediaId ? QString::number(*t.mediaId)
                              : QCoreApplication::translate("reelpulse::cli::Reels", "unknown"))
        << QCoreApplication::translate("reelpulse::cli::Reels", "  status:       %1\n").arg(statusName(t.status))
        << QCoreApplication::translate("reelpulse::cli::Reels", "  interval:     every %1 day(s)\n").arg(t.intervalDays)
        << QCoreApplication::translate("reelpulse::cli::Reels", "  last scraped: %1\n").arg(when(t.lastScraped))
        << QCoreApplication::translate("reelpulse::cli::Reels", "  next due:     %1\n").arg(when(t.nextScrapeDue));
    if (!t.lastError.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Reels", "  last error:   %1 (%2)\n")
                       .arg(t.lastError, t.lastErrorClass);
    printScrapedSummary(ctx, t);
    ctx.out.flush();
    return 0;
}

} // namespace

int runReelsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Reels", Usage));
    auto line = parseCommandLine(args.mid(1), u"reels "_s + sub, {u"pause"_s, u"resume"_s}, {u"interval-days"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Reels", Usage));
    if (sub != u"add" && sub != u"list" && sub != u"show" && sub != u"update" && sub != u"remove")
        return ctx.fail(
            Error::invalid(u"command"_s, QCoreApplication::translate("reelpulse::cli::Reels",
                                                                     "Unknown command 'reels %1' (see 'reels --help').")
                                             .arg(sub)));

    const QStringList &pos = line->positional;
    const bool countOk = sub == u"add" ? pos.size() == 2 : sub == u"list" ? pos.size() <= 1 : pos.size() == 1;
    if (!countOk) {
        const QString expected =
            sub == u"add"
                ? QCoreApplication::translate("reelpulse::cli::Reels", "a project name and a reel URL or shortcode")
            : sub == u"list" ? QCoreApplication::translate("reelpulse::cli::Reels", "at most a project name")
                             : QCoreApplication::translate("reelpulse::cli::Reels", "one reel task id");
        return ctx.fail(Error::invalid(
            sub == u"add" ? u"reel_url"_s : u"id"_s,
            QCoreApplication::translate("reelpulse::cli::Reels", "'reels %1' takes %2.").arg(sub, expected)));
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
        return output(
            ctx, tracking.addReel(pos.at(0), pos.at(1), interval),
            QCoreApplication::translate("reelpulse::cli::Reels", "Now tracking reel %1 in \"%2\" (task %3)."));
    if (sub == u"list") {
        auto tasks = tracking.reels(pos.value(0));
        if (!tasks.ok())
            return ctx.fail(tasks.error());
        if (ctx.json) {
            ctx.printJson(reelListWithScrapedJson(ctx, tasks.value()));
            return 0;
        }
        if (tasks->isEmpty()) {
            ctx.out << QCoreApplication::translate(
                           "reelpulse::cli::Reels",
                           "No reel tasks yet. Add one with: reelpulse-cli reels add <project> <url>")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Reels", "ID"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "PROJECT"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "SHORTCODE"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "STATUS"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "EVERY"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "LAST SCRAPED"),
                                 QCoreApplication::translate("reelpulse::cli::Reels", "NEXT DUE")}};
        for (const ReelTask &t : tasks.value())
            rows.append({t.id.left(8), t.projectName, t.shortcode, statusName(t.status),
                         QCoreApplication::translate("reelpulse::cli::Reels", "%1 d").arg(t.intervalDays),
                         when(t.lastScraped), when(t.nextScrapeDue)});
        printTable(ctx.out, rows);
        return 0;
    }
    if (sub == u"show")
        return output(ctx, tracking.reel(pos.at(0)), {});
    if (sub == u"update") {
        if (line->has(u"pause"_s) && line->has(u"resume"_s))
            return ctx.fail(
                Error::invalid(u"status"_s, QCoreApplication::translate("reelpulse::cli::Reels",
                                                                        "Choose either --pause or --resume.")));
        TrackingService::ReelUpdate update;
        update.intervalDays = interval;
        if (line->has(u"pause"_s))
            update.status = TaskStatus::Paused;
        if (line->has(u"resume"_s))
            update.status = TaskStatus::Active;
        return output(ctx, tracking.updateReel(pos.at(0), update),
                      QCoreApplication::translate("reelpulse::cli::Reels", "Updated reel %1 in \"%2\" (task %3)."));
    }
    return output(
        ctx, tracking.removeReel(pos.at(0)),
        QCoreApplication::translate("reelpulse::cli::Reels", "Stopped tracking reel %1 in \"%2\" (task %3 removed)."));
}

} // namespace reelpulse::cli
