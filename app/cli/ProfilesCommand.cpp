#include "cli/ProfilesCommand.h"

#include "cli/AutoDownloadOption.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ScrapedTaskJson.h"
#include "cli/TaskJson.h"
#include "domain/TimeFormat.h"
#include "services/TrackingService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Profiles",
    "Usage: reelpulse-cli profiles <command> [options] [--json]\n"
    "\n"
    "Track Instagram and TikTok accounts (your own or competitors').\n"
    "\n"
    "Commands:\n"
    "  add <name|@name|url> [--competitor] [--interval-days N]   start tracking a profile (default every 2 days)\n"
    "      [--platform instagram|tiktok]                        of a name or @name (a URL names its platform)\n"
    "      [--auto-track off|new|latest] [--auto-track-latest N]  track its new posts/videos, or its latest N, as\n"
    "                                                           video tasks of their own\n"
    "  list                                                     list profile tasks\n"
    "  show <id>                                                one task (an id prefix of 4+ characters works)\n"
    "  update <id> [--competitor|--own] [--interval-days N] [--pause|--resume]\n"
    "      [--auto-track off|new|latest] [--auto-track-latest N]\n"
    "  remove <id>                                              stop tracking and delete the task's data\n");

QString when(const std::optional<QDateTime> &time)
{
    return time ? time->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                : QCoreApplication::translate("reelpulse::cli::Profiles", "never");
}

void printTask(CliContext &ctx, const ProfileTask &t)
{
    ctx.out
        << QCoreApplication::translate("reelpulse::cli::Profiles", "Task %1\n").arg(t.id)
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  profile:      @%1 (%2)\n")
               .arg(t.targetProfile, t.isCompetitor
                                         ? QCoreApplication::translate("reelpulse::cli::Profiles", "competitor")
                                         : QCoreApplication::translate("reelpulse::cli::Profiles", "own"))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  platform:     %1\n").arg(platformName(t.platform))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  auto-track:   %1\n")
               .arg(t.autoTrack == AutoTrack::Latest ? u"latest %1"_s.arg(t.autoTrackLatest)
                                                     : autoTrackName(t.autoTrack))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  status:       %1\n").arg(statusName(t.status))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  interval:     every %1 day(s)\n")
               .arg(t.intervalDays)
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  created:      %1\n").arg(when(t.createdAt))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  last scraped: %1\n").arg(when(t.lastScraped))
        << QCoreApplication::translate("reelpulse::cli::Profiles", "  next due:     %1\n").arg(when(t.nextScrapeDue));
    if (!t.lastError.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Profiles", "  last error:   %1 (%2)\n")
                       .arg(t.lastError, t.lastErrorClass);
    if (const auto on = autoDownloadOf(ctx, t.id))
        ctx.out << QCoreApplication::translate("reelpulse::cli::Profiles", "  download new posts: %1\n")
                       .arg(*on ? QCoreApplication::translate("reelpulse::cli::Profiles", "on")
                                : QCoreApplication::translate("reelpulse::cli::Profiles", "off"));
    printScrapedSummary(ctx, t);
    ctx.out.flush();
}

int output(CliContext &ctx, const Result<ProfileTask> &task, const QString &humanLine)
{
    if (!task.ok())
        return ctx.fail(task.error());
    if (ctx.json) {
        QJsonObject o = profileWithScrapedJson(ctx, task.value());
        if (const auto on = autoDownloadOf(ctx, task->id))
            o.insert(u"auto_download"_s, *on);
        ctx.printJson(o);
    } else if (!humanLine.isEmpty())
        ctx.out << humanLine.arg(task->targetProfile, task->id) << Qt::endl;
    else
        printTask(ctx, task.value());
    return 0;
}

} // namespace

int runProfilesCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Profiles", Usage) + autoDownloadUsage());

    auto line = parseCommandLine(rest, u"profiles "_s + sub, {u"competitor"_s, u"own"_s, u"pause"_s, u"resume"_s},
                                 {u"interval-days"_s, u"platform"_s, u"auto-track"_s, u"auto-track-latest"_s,
                                  u"auto-download"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Profiles", Usage) + autoDownloadUsage());

    auto needArgs = [&](int count, const QString &what) -> bool {
        if (line->positional.size() == count)
            return true;
        ctx.fail(Error::invalid(what, QCoreApplication::translate("reelpulse::cli::Profiles",
                                                                  "'profiles %1' takes %2 (see 'profiles --help').")
                                          .arg(sub, what)));
        return false;
    };
    std::optional<int> interval;
    if (line->has(u"interval-days"_s)) {
        auto parsed = parseInt(line->value(u"interval-days"_s), u"interval-days"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        interval = parsed.value();
    }
    std::optional<Platform> platform;
    if (line->has(u"platform"_s)) {
        platform = platformFromName(line->value(u"platform"_s));
        if (!platform)
            return ctx.fail(Error::invalid(
                u"platform"_s, QCoreApplication::translate("reelpulse::cli::Profiles",
                                                           "Unknown platform \"%1\": use instagram or tiktok.")
                                   .arg(line->value(u"platform"_s))));
    }
    std::optional<AutoTrack> autoTrack;
    if (line->has(u"auto-track"_s)) {
        autoTrack = autoTrackFromName(line->value(u"auto-track"_s));
        if (!autoTrack)
            return ctx.fail(Error::invalid(
                u"auto_track"_s, QCoreApplication::translate("reelpulse::cli::Profiles",
                                                             "Unknown --auto-track \"%1\": use off, new or latest.")
                                     .arg(line->value(u"auto-track"_s))));
    }
    std::optional<int> autoTrackLatest;
    if (line->has(u"auto-track-latest"_s)) {
        auto parsed = parseInt(line->value(u"auto-track-latest"_s), u"auto-track-latest"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        autoTrackLatest = parsed.value();
    }
    if (auto checked = checkAutoDownload(*line); !checked.ok())
        return ctx.fail(checked.error());

    if (sub != u"add" && sub != u"list" && sub != u"show" && sub != u"update" && sub != u"remove")
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Profiles",
                                                      "Unknown command 'profiles %1' (see 'profiles --help').")
                              .arg(sub)));
    auto service = ctx.tracking();
    if (!service.ok())
        return ctx.fail(service.error());
    TrackingService &tracking = *service.value();

    if (sub == u"add") {
        if (!needArgs(1, u"target_profile"_s))
            return 2;
        if (line->has(u"own"_s) && line->has(u"competitor"_s))
            return ctx.fail(Error::invalid(
                u"is_competitor"_s,
                QCoreApplication::translate("reelpulse::cli::Profiles", "Choose either --competitor or --own.")));
        // --auto-track-latest alone means "the latest N".
        const AutoTrack mode = autoTrack.value_or(autoTrackLatest ? AutoTrack::Latest : AutoTrack::Off);
        return output(ctx,
                      withAutoDownload(ctx, *line,
                                       tracking.addProfile(line->positional.first(), line->has(u"competitor"_s),
                                                           interval, platform, mode, autoTrackLatest.value_or(0))),
                      QCoreApplication::translate("reelpulse::cli::Profiles", "Now tracking @%1 (task %2)."));
    }
    if (sub == u"list") {
        if (!needArgs(0, QCoreApplication::translate("reelpulse::cli::Profiles", "no arguments")))
            return 2;
        auto tasks = tracking.profiles();
        if (!tasks.ok())
            return ctx.fail(tasks.error());
        if (ctx.json) {
            ctx.printJson(json::profileTaskList(tasks.value()));
            return 0;
        }
        if (tasks->isEmpty()) {
            ctx.out << QCoreApplication::translate(
                           "reelpulse::cli::Profiles",
                           "No profiles are tracked yet. Add one with: reelpulse-cli profiles add <name>")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Profiles", "ID"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "PROFILE"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "PLATFORM"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "TYPE"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "STATUS"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "EVERY"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "LAST SCRAPED"),
                                 QCoreApplication::translate("reelpulse::cli::Profiles", "NEXT DUE")}};
        for (const ProfileTask &t : tasks.value())
            rows.append({t.id.left(8), u"@"_s + t.targetProfile, platformName(t.platform),
                         t.isCompetitor ? QCoreApplication::translate("reelpulse::cli::Profiles", "competitor")
                                        : QCoreApplication::translate("reelpulse::cli::Profiles", "own"),
                         statusName(t.status),
                         QCoreApplication::translate("reelpulse::cli::Profiles", "%1 d").arg(t.intervalDays),
                         when(t.lastScraped), when(t.nextScrapeDue)});
        printTable(ctx.out, rows);
        return 0;
    }
    if (sub == u"show") {
        if (!needArgs(1, u"id"_s))
            return 2;
        return output(ctx, tracking.profile(line->positional.first()), {});
    }
    if (sub == u"update") {
        if (!needArgs(1, u"id"_s))
            return 2;
        if (line->has(u"own"_s) && line->has(u"competitor"_s))
            return ctx.fail(Error::invalid(
                u"is_competitor"_s,
                QCoreApplication::translate("reelpulse::cli::Profiles", "Choose either --competitor or --own.")));
        if (line->has(u"pause"_s) && line->has(u"resume"_s))
            return ctx.fail(
                Error::invalid(u"status"_s, QCoreApplication::translate("reelpulse::cli::Profiles",
                                                                        "Choose either --pause or --resume.")));
        TrackingService::ProfileUpdate update;
        if (line->has(u"competitor"_s))
            update.isCompetitor = true;
        if (line->has(u"own"_s))
            update.isCompetitor = false;
        update.intervalDays = interval;
        if (line->has(u"pause"_s))
            update.status = TaskStatus::Paused;
        if (line->has(u"resume"_s))
            update.status = TaskStatus::Active;
        update.autoTrack = autoTrack;
        update.autoTrackLatest = autoTrackLatest;
        // --auto-download alone changes only the download option.
        const bool onlyAutoDownload = update.isEmpty() && line->has(u"auto-download"_s);
        return output(ctx,
                      withAutoDownload(ctx, *line,
                                       onlyAutoDownload ? tracking.profile(line->positional.first())
                                                        : tracking.updateProfile(line->positional.first(), update)),
                      QCoreApplication::translate("reelpulse::cli::Profiles", "Updated @%1 (task %2)."));
    }
    // remove
    if (!needArgs(1, u"id"_s))
        return 2;
    return output(ctx, tracking.removeProfile(line->positional.first()),
                  QCoreApplication::translate("reelpulse::cli::Profiles", "Stopped tracking @%1 (task %2 removed)."));
}

} // namespace reelpulse::cli
