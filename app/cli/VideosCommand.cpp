#include "cli/VideosCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ScrapeCommand.h"
#include "tracking/TaskJson.h"
#include "tracking/TrackingService.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Videos", text);
}

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
    return time ? time->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : tr("never");
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
    ctx.out << tr("Video %1\n").arg(t.id) << tr("  platform:     %1\n").arg(platformName(t.platform))
            << tr("  external id:  %1\n").arg(t.externalId);
    if (!t.shortcode.isEmpty())
        ctx.out << tr("  shortcode:    %1\n").arg(t.shortcode);
    ctx.out
        << tr("  url:          %1\n").arg(t.sourceUrl)
        << tr("  active:       %1\n").arg(t.isActive ? tr("yes") : tr("no (paused)"))
        << tr("  interval:     every %1 hour(s)\n").arg(t.intervalHours)
        << tr("  metadata:     %1\n").arg(QString::fromUtf8(QJsonDocument(t.metadata).toJson(QJsonDocument::Compact)))
        << tr("  added:        %1\n").arg(when(t.addedAt)) << tr("  last scraped: %1\n").arg(when(t.lastScrapeTime))
        << tr("  next due:     %1\n").arg(when(t.nextScrapeDue));
    if (!t.lastError.isEmpty())
        ctx.out << tr("  last error:   %1 (%2)\n").arg(t.lastError, t.lastErrorClass);
    printScrapedSummary(ctx, t);
    ctx.out.flush();
    return 0;
}

} // namespace

int runVideosCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(tr(Usage));
    auto line = parseCommandLine(args.mid(1), u"videos "_s + sub, {u"active"_s, u"inactive"_s, u"clear-meta"_s},
                                 {u"interval-hours"_s, u"meta"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(Usage));
    if (sub != u"add" && sub != u"list" && sub != u"show" && sub != u"update" && sub != u"remove")
        return ctx.fail(
            Error::invalid(u"command"_s, tr("Unknown command 'videos %1' (see 'videos --help').").arg(sub)));

    const QStringList &pos = line->positional;
    const int expected = sub == u"add" ? 2 : sub == u"list" ? 0 : 1;
    if (pos.size() != expected) {
        const QString what = sub == u"add"    ? tr("a platform (instagram or tiktok) and a URL or id")
                             : sub == u"list" ? tr("no arguments")
                                              : tr("one video id");
        return ctx.fail(
            Error::invalid(sub == u"add" ? u"identifier"_s : u"id"_s, tr("'videos %1' takes %2.").arg(sub, what)));
    }
    if (line->has(u"active"_s) && line->has(u"inactive"_s))
        return ctx.fail(Error::invalid(u"is_active"_s, tr("Choose either --active or --inactive.")));

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
            return ctx.fail(
                Error::invalid(u"platform"_s, tr("Unknown platform \"%1\": use instagram or tiktok.").arg(pos.at(0))));
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
                      tr("Now tracking %1 video %2 (id %3)."));
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
            ctx.out << tr("No videos are tracked yet. Add one with: reelpulse-cli videos add <instagram|tiktok> <url>")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{tr("ID"), tr("PLATFORM"), tr("EXTERNAL ID"), tr("ACTIVE"), tr("EVERY"),
                                 tr("LAST SCRAPED"), tr("NEXT DUE")}};
        for (const VideoTask &t : videos.value())
            rows.append({t.id.left(8), platformName(t.platform), t.externalId, t.isActive ? tr("yes") : tr("no"),
                         tr("%1 h").arg(t.intervalHours), when(t.lastScrapeTime), when(t.nextScrapeDue)});
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
        return output(ctx, tracking.updateVideo(pos.at(0), update), tr("Updated %1 video %2 (id %3)."));
    }
    return output(ctx, tracking.removeVideo(pos.at(0)), tr("Stopped tracking %1 video %2 (id %3 removed)."));
}

} // namespace reelpulse::cli
