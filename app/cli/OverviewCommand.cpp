#include "cli/OverviewCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/CreatorJson.h"
#include "domain/TimeFormat.h"
#include "services/DailyAnalyticsService.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Overview",
    "Usage: reelpulse-cli overview [--period 7d|30d|90d] [--json]\n"
    "\n"
    "Headline figures of everything tracked over the period (default 7d) against the period of the same\n"
    "length before it:\n"
    "  tracked_accounts, creators, videos, followers   counts at each period's end\n"
    "  views, engagement                               gained during each period (snapshots carried forward)\n"
    "  comments_analysed                               comments given a sentiment label, by comment day\n"
    "change_percent is null when the previous value is 0 or unknown.\n");

QString label(const QString &key)
{
    if (key == u"tracked_accounts")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Tracked accounts");
    if (key == u"creators")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Creators");
    if (key == u"videos")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Videos and posts");
    if (key == u"followers")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Followers");
    if (key == u"views")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Views gained");
    if (key == u"engagement")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Engagement gained");
    if (key == u"comments_analysed")
        return QCoreApplication::translate("reelpulse::cli::Overview", "Comments analysed");
    return key;
}

QString count(std::optional<qint64> v, bool sign = false)
{
    if (!v)
        return QCoreApplication::translate("reelpulse::cli::Overview", "unknown");
    return (sign && *v > 0 ? u"+"_s : QString()) + QLocale::system().toString(*v);
}

} // namespace

int runOverviewCommand(CliContext &ctx, const QStringList &args)
{
    auto line = parseCommandLine(args, u"overview"_s, {}, {u"period"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Overview", Usage));
    if (!line->positional.isEmpty())
        return ctx.fail(Error::invalid(
            u"arguments"_s, QCoreApplication::translate("reelpulse::cli::Overview",
                                                        "'overview' takes no arguments (see 'overview --help').")));
    const QString periodText = line->has(u"period"_s) ? line->value(u"period"_s) : u"7d"_s;
    auto days = parsePeriod(periodText);
    if (!days.ok())
        return ctx.fail(days.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto overview = DailyAnalyticsService(*db.value()).overview(days.value(), nowUtc());
    if (!overview.ok())
        return ctx.fail(overview.error());
    const PeriodOverview &o = overview.value();
    if (ctx.json) {
        QJsonObject data;
        for (const PeriodOverview::Figure &f : o.figures)
            data.insert(f.key, json::periodChange(f.change));
        ctx.printJson({{u"data"_s, data},
                       {u"meta"_s, QJsonObject{{u"period"_s, periodText},
                                               {u"from"_s, isoUtc(o.from)},
                                               {u"to"_s, isoUtc(o.to)},
                                               {u"previous_from"_s, isoUtc(o.previousFrom)},
                                               {u"previous_to"_s, isoUtc(o.from)}}}});
        return 0;
    }
    ctx.out << QCoreApplication::translate("reelpulse::cli::Overview", "The last %1 days against the %1 days before")
                   .arg(o.days)
            << Qt::endl;
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Overview", "FIGURE"),
                             QCoreApplication::translate("reelpulse::cli::Overview", "NOW"),
                             QCoreApplication::translate("reelpulse::cli::Overview", "BEFORE"),
                             QCoreApplication::translate("reelpulse::cli::Overview", "CHANGE"),
                             QCoreApplication::translate("reelpulse::cli::Overview", "CHANGE %")}};
    for (const PeriodOverview::Figure &f : o.figures)
        rows.append({label(f.key), count(f.change.value), count(f.change.previous), count(f.change.change, true),
                     f.change.changePercent ? QString::number(*f.change.changePercent, 'f', 1)
                                            : QCoreApplication::translate("reelpulse::cli::Overview", "n/a")});
    printTable(ctx.out, rows);
    return 0;
}

} // namespace reelpulse::cli
