#include "cli/AnalyticsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/CreatorJson.h"
#include "services/DailyAnalyticsService.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Analytics",
    "Usage: reelpulse-cli analytics daily <profile-task-id|creator|video-id> [--metric M] [--from YYYY-MM-DD]\n"
    "                                     [--to YYYY-MM-DD] [--json]\n"
    "\n"
    "A daily series of an account (profile task), a creator (id or name) or a video (video or reel task id,\n"
    "shortcode, URL or platform id): each day's value and its change from the day before.\n"
    "\n"
    "  --metric   views, likes, comments, shares, engagement or followers (accounts and creators only);\n"
    "             default views\n"
    "  --from     first day (default: 29 days before --to)\n"
    "  --to       last day (default: today, UTC)\n"
    "\n"
    "A day's value is the latest snapshot taken at or before its end (UTC), carried forward over days without\n"
    "one, summed over the posts and videos (or the accounts) it covers; days before any snapshot are null.\n"
    "--json: { \"data\": [ {date, value, delta} ], \"meta\": { subject, metric, from, to, ... } }.\n");

QString count(std::optional<qint64> v, bool sign = false)
{
    if (!v)
        return QCoreApplication::translate("reelpulse::cli::Analytics", "unknown");
    return (sign && *v > 0 ? u"+"_s : QString()) + QLocale::system().toString(*v);
}

} // namespace

int runAnalyticsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Analytics", Usage));
    if (sub != u"daily")
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Analytics",
                                                      "Unknown command 'analytics %1' (see 'analytics --help').")
                              .arg(sub)));
    auto line = parseCommandLine(args.mid(1), u"analytics daily"_s, {}, {u"metric"_s, u"from"_s, u"to"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Analytics", Usage));
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(
            u"id"_s, QCoreApplication::translate("reelpulse::cli::Analytics",
                                                 "'analytics daily' takes one profile task id, creator or video id.")));
    const QString metricText = line->has(u"metric"_s) ? line->value(u"metric"_s) : u"views"_s;
    const auto metric = dailyMetricFromName(metricText);
    if (!metric)
        return ctx.fail(Error::invalid(
            u"metric"_s, QCoreApplication::translate(
                             "reelpulse::cli::Analytics",
                             "--metric is views, likes, comments, shares, engagement or followers, not \"%1\".")
                             .arg(metricText)));
    QDate to = QDateTime::currentDateTimeUtc().date();
    if (line->has(u"to"_s)) {
        auto parsed = parseDay(line->value(u"to"_s), u"to"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        to = parsed.value();
    }
    QDate from = to.addDays(-29);
    if (line->has(u"from"_s)) {
        auto parsed = parseDay(line->value(u"from"_s), u"from"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        from = parsed.value();
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto series = DailyAnalyticsService(*db.value()).daily(line->positional.first(), *metric, from, to);
    if (!series.ok())
        return ctx.fail(series.error());
    const DailySeriesResult &r = series.value();
    if (ctx.json) {
        QJsonObject subject{{u"type"_s, r.subject.type}, {u"id"_s, r.subject.id}, {u"name"_s, r.subject.name}};
        if (!r.subject.platform.isEmpty())
            subject.insert(u"platform"_s, r.subject.platform);
        ctx.printJson({{u"data"_s, json::dailyPoints(r.points)},
                       {u"meta"_s, QJsonObject{{u"subject"_s, subject},
                                               {u"metric"_s, dailyMetricName(r.metric)},
                                               {u"from"_s, r.from.toString(Qt::ISODate)},
                                               {u"to"_s, r.to.toString(Qt::ISODate)},
                                               {u"granularity"_s, u"day"_s},
                                               {u"timezone"_s, u"UTC"_s},
                                               {u"days"_s, qint64(r.points.size())}}}});
        return 0;
    }
    ctx.out << QCoreApplication::translate("reelpulse::cli::Analytics", "%1 of %2 (%3), %4 to %5")
                   .arg(dailyMetricName(r.metric), r.subject.name, r.subject.type, r.from.toString(Qt::ISODate),
                        r.to.toString(Qt::ISODate))
            << Qt::endl;
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Analytics", "DATE"),
                             QCoreApplication::translate("reelpulse::cli::Analytics", "VALUE"),
                             QCoreApplication::translate("reelpulse::cli::Analytics", "CHANGE")}};
    for (const DailyPoint &p : r.points)
        rows.append({p.date.toString(Qt::ISODate), count(p.value), count(p.delta, true)});
    printTable(ctx.out, rows);
    return 0;
}

} // namespace reelpulse::cli
