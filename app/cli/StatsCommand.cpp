#include "cli/StatsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/AnalyticsService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Stats",
    "Usage: reelpulse-cli stats <command> [options] [--json]\n"
    "\n"
    "Metrics from the stored history of tracked items (formulas: docs/metrics.md).\n"
    "\n"
    "Commands:\n"
    "  post <url|shortcode>        engagement, engagement rate, breakdown, velocity, trending\n"
    "                              (--json: post_statistics)\n"
    "  reel <url|shortcode|id>     the same for a reel, with views and viral score (--json: reel_statistics)\n"
    "  video <url|id>              the same for a tracked Instagram or TikTok video (--json: reel_statistics)\n"
    "  profile <task-id> [--days N]\n"
    "                              followers growth over 7/30/90 days, posts per week, median and mean\n"
    "                              engagement rate, best and worst posts of the last N days (default 30)\n"
    "\n"
    "Unknown counts stay null, never 0. Velocity needs two snapshots; trending needs 3 of the account's items\n"
    "of the same kind seen at the same age.\n");

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Stats", text);
}

QString value(std::optional<qint64> v)
{
    return v ? QString::number(*v) : tr("unknown");
}

QString value(std::optional<double> v, int decimals, const QString &unit = {})
{
    return v ? QString::number(*v, 'f', decimals) + unit : tr("unknown");
}

QString percentOf(std::optional<double> rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 2) + u" %"_s : tr("unknown");
}

int printItem(CliContext &ctx, const ItemStats &s, bool reelShape)
{
    if (ctx.json) {
        ctx.printJson(reelShape ? reelStatisticsJson(s) : postStatisticsJson(s));
        return 0;
    }
    QTextStream &out = ctx.out;
    out << tr("%1 by @%2, %3 snapshot(s)\n")
               .arg(s.item.shortcode.isEmpty() ? s.item.platformId : s.item.shortcode, s.item.ownerUsername)
               .arg(s.history.size());
    out << tr("  views %1  likes %2  comments %3  saves %4  shares %5\n")
               .arg(value(s.counts.views), value(s.counts.likes), value(s.counts.comments), value(s.counts.saves),
                    value(s.counts.shares));
    out << tr("  total engagement          %1\n").arg(value(s.engagement));
    out << tr("  engagement rate           %1 (followers %2)\n").arg(percentOf(s.engagementRate), value(s.followers));
    out << tr("  engagement rate by views  %1\n").arg(percentOf(s.engagementRateByViews));
    out << tr("  breakdown                 views %1, likes %2, comments %3, saves %4, shares %5\n")
               .arg(value(s.breakdown.views, 1, u" %"_s), value(s.breakdown.likes, 1, u" %"_s),
                    value(s.breakdown.comments, 1, u" %"_s), value(s.breakdown.saves, 1, u" %"_s),
                    value(s.breakdown.shares, 1, u" %"_s));
    out << tr("  velocity (last window)    %1 views/h, %2 engagement/h\n")
               .arg(value(s.window.viewsPerHour, 1), value(s.window.engagementPerHour, 1));
    out << tr("  velocity (last 24 h)      %1 views/h, %2 engagement/h\n")
               .arg(value(s.day.viewsPerHour, 1), value(s.day.engagementPerHour, 1));
    if (s.trend.score)
        out << tr("  trend score               %1× the account's usual at this age%2\n")
                   .arg(QString::number(*s.trend.score, 'f', 2), s.trend.isViral      ? tr(" (viral)")
                                                                 : s.trend.isTrending ? tr(" (trending)")
                                                                                      : QString());
    else
        out << tr("  trend score               none: %1\n").arg(s.trend.note);
    out.flush();
    return 0;
}

int printProfile(CliContext &ctx, const ProfileStats &s, const DateRange &range)
{
    if (ctx.json) {
        ctx.printJson(profileStatisticsJson(s, range));
        return 0;
    }
    QTextStream &out = ctx.out;
    out << tr("@%1: %2 followers\n").arg(s.username, value(s.followers));
    for (const Growth &g : s.growth)
        out << tr("  %1 days: %2 followers (%3), %4 per day\n")
                   .arg(g.days)
                   .arg(g.absolute ? (*g.absolute >= 0 ? u"+"_s : QString()) + QString::number(*g.absolute)
                                   : tr("unknown"),
                        value(g.percent, 2, u" %"_s), value(g.perDay, 1));
    out << tr("  %1 post(s) %2, %3 per week\n").arg(s.posts).arg(range.describe(), value(s.postsPerWeek, 2));
    out << tr("  engagement rate: median %1, mean %2\n")
               .arg(percentOf(s.medianEngagementRate), percentOf(s.meanEngagementRate));
    for (const PostPoint &p : s.best)
        out << tr("  best:  %1  %2\n").arg(p.item.shortcode, percentOf(p.engagementRate));
    for (const PostPoint &p : s.worst)
        out << tr("  worst: %1  %2\n").arg(p.item.shortcode, percentOf(p.engagementRate));
    out.flush();
    return 0;
}

} // namespace

int runStatsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(tr(Usage));
    auto line = parseCommandLine(args.mid(1), u"stats "_s + sub, {}, {u"days"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(Usage));
    if (sub != u"post" && sub != u"reel" && sub != u"video" && sub != u"profile")
        return ctx.fail(Error::invalid(u"command"_s, tr("Unknown command 'stats %1' (see 'stats --help').").arg(sub)));
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(sub == u"profile" ? u"task"_s : u"item"_s,
                                       sub == u"profile" ? tr("'stats profile' takes one profile task id.")
                                                         : tr("'stats %1' takes one URL, shortcode or id.").arg(sub)));
    auto database = ctx.database();
    if (!database.ok())
        return ctx.fail(database.error());
    AnalyticsService service(*database.value(), ctx.dataDir);
    if (sub == u"profile") {
        int days = 30;
        if (line->has(u"days"_s)) {
            auto parsed = parseInt(line->value(u"days"_s), u"days"_s);
            if (!parsed.ok())
                return ctx.fail(parsed.error());
            days = parsed.value();
        }
        const DateRange range = DateRange::lastDays(days, QDateTime::currentDateTimeUtc());
        auto dashboard = service.dashboard(line->positional.first(), range);
        if (!dashboard.ok())
            return ctx.fail(dashboard.error());
        if (!dashboard->profile)
            return ctx.fail(Error::invalid(u"task"_s, tr("Task %1 is not a profile task: use 'stats reel' or "
                                                         "'stats video' with its shortcode.")
                                                          .arg(line->positional.first())));
        return printProfile(ctx, *dashboard->profile, range);
    }
    auto stats = service.itemStats(line->positional.first());
    if (!stats.ok())
        return ctx.fail(stats.error());
    return printItem(ctx, stats.value(), sub != u"post");
}

} // namespace reelpulse::cli
