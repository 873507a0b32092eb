#include "cli/VideosCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ScrapedTaskJson.h"
#include "cli/TaskJson.h"
#include "services/TrackingService.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage =
    QT_TRANSLATE_NOOP("reelpulse::cli::Videos",
                      "Usage: reelpulse-cli videos <command> [options] [--json]\n"
                      "\n"
                      "Track individual Instagram posts and TikTok videos.\n"
                      "\n"
                      "Commands:\n"
                      "  add <instagram|tiktok> <url|id> [--meta key=value]... [--interval-hours N] [--inactive]\n"
                      "                      track a post or video (refresh every 6-720 hours, default 24)\n"
                      "  list                list tracked videos\n"
                      "  show <id>           one video (an id prefix of 4+ characters works)\n"
                      "  update <id> [--interval-hours N] [--meta key=value]... [--clear-meta] [--active|--inactive]\n"
                      "  remove <id>         stop tracking a video\n"
                      "\n"
                      "Metadata: up to 20 keys, each value at most 255 characters.\n");

QString when(const std::optional<QDateTime> &time)
{
    return time ? time->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                : QCoreApplication::translate("reelpulse::cli::Videos", "never");
}

int output(CliContext &ctx, const Result<VideoTask> &task, const QString &humanLine)
{
    if (!task.ok())
        return ctx.fail(task.error());
    if (ctx.json) {
        ctx.printJson(videoWithScrapedJson(ctx, task.value()));
        return 0;
    }
    const VideoTask &t = task.value();
    if (!humanLine.isEmpty()) {
        ctx.out << humanLine.arg(platformName(t.platform), t.externalId, t.id) << Qt::endl;
        return 0;
    }
    ctx.out
        << QCoreApplication::translate("reelpulse::cli::Videos", "Video %1\n").arg(t.id)
        << QCoreApplication::translate("reelpulse::cli::Videos", "  platform:     %1\n").arg(platformName(t.platform))
        << QCoreApplication::translate("reelpulse::cli::Videos", "  external id:  %1\n").arg(t.externalId);
    if (!t.shortcode.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Videos", "  shortcode:    %1\n").arg(t.shortcode);
    ctx.out << QCoreApplication::translate("reelpulse::cli::Videos", "  url:          %1\n").arg(t.sourceUrl)
            << QCoreApplication::translate("reelpulse::cli::Videos", "  active:       %1\n")
                   .arg(t.isActive ? QCoreApplication::translate("reelpulse::cli::Videos", "yes")
                                   : QCoreApplication::translate("reelpulse::cli::Videos", "no (paused)"))
            << QCoreApplication::translate("reelpulse::cli::Videos", "  interval:     every %1 hour(s)\n")
                   .arg(t.intervalHours)
            << QCoreApplication::translate("reelpulse::cli::Videos", "  metadata:     %1\n")
                   .arg(QString::fromUtf8(QJsonDocument(t.metadata).toJson(QJsonDocument::Compact)))
            << QCoreApplication::translate("reelpulse::cli::Videos", "  added:        %1\n").arg(when(t.addedAt))
            << QCoreApplication::translate("reelpulse::cli::Videos", "  last scraped: %1\n").arg(when(t.lastScrapeTime))
            << QCoreApplication::translate("reelpulse::cli::Videos", "  next due:     %1\n").arg(when(t.nextScrapeDue));
    if (!t.lastError.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Videos", "  last error:   %1 (%2)\n")
                       .arg(t.lastError, t.lastErrorClass);
    printScrapedSummary(ctx, t);
    ctx.out.flush();
    return 0;
}

} // namespace

int runVideosCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Videos", Usage));
    auto line = parseCommandLine(args.mid(1), u"videos "_s + sub, {u"active"_s, u"inactive"_s, u"clear-meta"_s},
                                 {u"interval-hours"_s, u"meta"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Videos", Usage));
    if (sub != u"add" && sub != u"list" && sub != u"show" && sub != u"update" && sub != u"remove")
        return ctx.fail(Error::invalid(
            u"command"_s,
            QCoreApplication::translate("reelpulse::cli::Videos", "Unknown command 'videos %1' (see 'videos --help').")
                .arg(sub)));

    const QStringList &pos = line->positional;
    const int expected = sub == u"add" ? 2 : sub == u"list" ? 0 : 1;
    if (pos.size() != expected) {
        const QString what = sub == u"add"
                                 ? QCoreApplication::translate("reelpulse::cli::Videos",
                                                               "a platform (instagram or tiktok) and a URL or id")
                             : sub == u"list" ? QCoreApplication::translate("reelpulse::cli::Videos", "no arguments")
                                              : QCoreApplication::translate("reelpulse::cli::Videos", "one video id");
        return ctx.fail(Error::invalid(
            sub == u"add" ? u"identifier"_s : u"id"_s,
            QCoreApplication::translate("reelpulse::cli::Videos", "'videos %1' takes %2.").arg(sub, what)));
    }
    if (line->has(u"active"_s) && line->has(u"inactive"_s))
        return ctx.fail(
            Error::invalid(u"is_active"_s, QCoreApplication::translate("reelpulse::cli::Videos",
                                                                       "Choose either --active or --inactive.")));

    std::optional<int> interval;
    if (line->has(u"interval-hours"_s)) {
        auto parsed = parseInt(line->value(u"interval-hours"_s), u"interval-hours"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        interval = parsed.value();
        if (auto valid = TrackingService::validateIntervalHours(*interval); !valid.ok())
            return ctx.fail(valid.error());
    }

    std::optional<Platform> platform;
    if (sub == u"add") {
        platform = platformFromName(pos.at(0));
        if (!platform)
            return ctx.fail(Error::invalid(
                u"platform"_s, QCoreApplication::translate("reelpulse::cli::Videos",
                                                           "Unknown platform \"%1\": use instagram or tiktok.")
                                   .arg(pos.at(0))));
    }

    auto service = ctx.tracking();
    if (!service.ok())
        return ctx.fail(service.error());
    TrackingService &tracking = *service.value();

    auto collectMetadata = [&](QJsonObject base) -> Result<QJsonObject> {
        for (const QString &pair : line->all(u"meta"_s)) {
            if (auto added = TrackingService::addMetadataPair(base, pair); !added.ok())
                return added.error();
        }
        return base;
    };

    if (sub == u"add") {
        auto metadata = collectMetadata({});
        if (!metadata.ok())
            return ctx.fail(metadata.error());
        return output(ctx,
                      tracking.addVideo(*platform, pos.at(1), metadata.value(), interval, !line->has(u"inactive"_s)),
                      QCoreApplication::translate("reelpulse::cli::Videos", "Now tracking %1 video %2 (id %3)."));
    }
    if (sub == u"list") {
        auto videos = tracking.videos();
        if (!videos.ok())
            return ctx.fail(videos.error());
        if (ctx.json) {
            ctx.printJson(videoListWithScrapedJson(ctx, videos.value()));
            return 0;
        }
        if (videos->isEmpty()) {
            ctx.out << QCoreApplication::translate(
                           "reelpulse::cli::Videos",
                           "No videos are tracked yet. Add one with: reelpulse-cli videos add <instagram|tiktok> <url>")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Videos", "ID"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "PLATFORM"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "EXTERNAL ID"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "ACTIVE"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "EVERY"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "LAST SCRAPED"),
                                 QCoreApplication::translate("reelpulse::cli::Videos", "NEXT DUE")}};
        for (const VideoTask &t : videos.value())
            rows.append({t.id.left(8), platformName(t.platform), t.externalId,
                         t.isActive ? QCoreApplication::translate("reelpulse::cli::Videos", "yes")
                                    : QCoreApplication::translate("reelpulse::cli::Videos", "no"),
                         QCoreApplication::translate("reelpulse::cli::Videos", "%1 h").arg(t.intervalHours),
                         when(t.lastScrapeTime), when(t.nextScrapeDue)});
        printTable(ctx.out, rows);
        return 0;
    }
    if (sub == u"show")
        return output(ctx, tracking.video(pos.at(0)), {});
    if (sub == u"update") {
        TrackingService::VideoUpdate update;
        update.intervalHours = interval;
        if (line->has(u"active"_s))
            update.isActive = true;
        if (line->has(u"inactive"_s))
            update.isActive = false;
        if (line->has(u"meta"_s) || line->has(u"clear-meta"_s)) {
            QJsonObject base;
            if (!line->has(u"clear-meta"_s)) {
                auto current = tracking.video(pos.at(0));
                if (!current.ok())
                    return ctx.fail(current.error());
                base = current->metadata;
            }
            auto metadata = collectMetadata(base);
            if (!metadata.ok())
                return ctx.fail(metadata.error());
            update.metadata = metadata.value();
        }
        return output(ctx, tracking.updateVideo(pos.at(0), update),
                      QCoreApplication::translate("reelpulse::cli::Videos", "Updated %1 video %2 (id %3)."));
    }
    return output(
        ctx, tracking.removeVideo(pos.at(0)),
        QCoreApplication::translate("reelpulse::cli::Videos", "Stopped tracking %1 video %2 (id %3 removed)."));
}

} // namespace reelpulse::cli
