#include "cli/ExportCommand.h"

#include "charts/ChartExport.h"
#include "charts/ReportWriter.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/AnalyticsService.h"

#include <QCoreApplication>
#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Export",
    "Usage: reelpulse-cli export <command> [options]\n"
    "\n"
    "Charts and client reports drawn from the stored history, without a display (the same drawing as the app).\n"
    "\n"
    "Commands:\n"
    "  chart <task-id> --chart followers|engagement|velocity|sentiment|heatmap|views|posts|languages|trend|\n"
    "        words|emoji|hashtags [--format png|svg|pdf|csv] [--from DATE] [--to DATE] --out FILE\n"
    "                      one chart with its title, date range and legend: PNG at 2x device pixels, SVG,\n"
    "                      vector PDF, or its data as CSV (RFC 4180, UTF-8, ISO-8601 UTC times). The format\n"
    "                      defaults to the file's suffix; the range to every stored date.\n"
    "  report <task-id> [--from DATE] [--to DATE] [--page a4|letter] [--logo IMAGE] --out FILE.pdf\n"
    "                      the client report: cover and key figures, the dashboard's charts, top posts and\n"
    "                      comment sentiment (default range: the last 30 days)\n"
    "\n"
    "Dates are YYYY-MM-DD (UTC); --from starts at 00:00, --to ends at 24:00.\n");

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Export", text);
}

Result<DateRange> rangeOf(const CommandLine &line, int defaultDays)
{
    DateRange range = DateRange::lastDays(defaultDays, QDateTime::currentDateTimeUtc());
    for (const QString &option : {u"from"_s, u"to"_s}) {
        if (!line.has(option))
            continue;
        const QDate date = QDate::fromString(line.value(option), Qt::ISODate);
        if (!date.isValid())
            return Error::invalid(option,
                                  tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option, line.value(option)));
        const QDateTime start(date, QTime(0, 0), Qt::UTC);
        if (option == u"from")
            range.from = start;
        else
            range.to = start.addDays(1).addMSecs(-1);
    }
    if (range.from && range.to && *range.from > *range.to)
        return Error::invalid(u"from"_s, tr("--from is after --to."));
    return range;
}

int runChart(CliContext &ctx, AnalyticsService &service, const CommandLine &line)
{
    const QString kindName = line.value(u"chart"_s);
    const auto kind = chartKindFromName(kindName);
    if (!kind)
        return ctx.fail(Error::invalid(
            u"chart"_s, tr("Unknown chart \"%1\": use one of %2.").arg(kindName, chartKindNames().join(u", "_s))));
    const QString out = line.value(u"out"_s);
    auto format = line.has(u"format"_s) ? charts::exportFormatFromName(line.value(u"format"_s))
                                        : charts::exportFormatForFile(out);
    if (!format)
        return ctx.fail(Error::invalid(u"format"_s, tr("Say --format png, svg, pdf or csv (or give --out a file "
                                                       "ending in one of them).")));
    auto range = rangeOf(line, 0);
    if (!range.ok())
        return ctx.fail(range.error());
    auto dashboard = service.dashboard(line.positional.first(), range.value());
    if (!dashboard.ok())
        return ctx.fail(dashboard.error());
    const ChartData *chart = dashboard->chart(*kind);
    if (!chart)
        return ctx.fail(Error::invalid(
            u"chart"_s, tr("A %1 task has no %2 chart.").arg(taskKindName(dashboard->task.kind), kindName)));
    ChartData titled = *chart;
    titled.title = u"%1 · %2"_s.arg(chart->title, dashboard->label);
    if (auto written = charts::exportChart(titled, *format, out); !written.ok())
        return ctx.fail(written.error());
    if (!ctx.json) {
        ctx.out << tr("Wrote %1 (%2, %3).\n").arg(out, titled.title, titled.rangeText);
        ctx.out.flush();
    } else {
        ctx.printJson({{u"file"_s, out},
                       {u"chart"_s, kindName},
                       {u"format"_s, charts::exportFormatName(*format)},
                       {u"empty"_s, chart->isEmpty()}});
    }
    return 0;
}

int runReport(CliContext &ctx, AnalyticsService &service, const CommandLine &line)
{
    auto range = rangeOf(line, 30);
    if (!range.ok())
        return ctx.fail(range.error());
    charts::ReportOptions options;
    const QString page = line.value(u"page"_s).toLower();
    if (page == u"letter")
        options.pageSize = QPageSize::Letter;
    else if (!page.isEmpty() && page != u"a4")
        return ctx.fail(Error::invalid(u"page"_s, tr("--page is a4 or letter.")));
    options.logoPath = line.value(u"logo"_s);
    auto dashboard = service.dashboard(line.positional.first(), range.value());
    if (!dashboard.ok())
        return ctx.fail(dashboard.error());
    const QString out = line.value(u"out"_s);
    auto pages = charts::writeReport(dashboard.value(), out, options);
    if (!pages.ok())
        return ctx.fail(pages.error());
    if (ctx.json) {
        ctx.printJson({{u"file"_s, out}, {u"pages"_s, pages.value()}, {u"task"_s, dashboard->task.id}});
    } else {
        ctx.out << tr("Wrote %1: %2 pages for %3, %4.\n")
                       .arg(out)
                       .arg(pages.value())
                       .arg(dashboard->label, dashboard->range.describe());
        ctx.out.flush();
    }
    return 0;
}

} // namespace

bool commandDraws(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--data-dir") {
            ++i;
            continue;
        }
        if (arg.startsWith(u"-"_s))
            continue;
        return arg == u"export";
    }
    return false;
}

int runExportCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(tr(Usage));
    auto line = parseCommandLine(args.mid(1), u"export "_s + sub, {},
                                 {u"chart"_s, u"format"_s, u"from"_s, u"to"_s, u"out"_s, u"page"_s, u"logo"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(Usage));
    if (sub != u"chart" && sub != u"report")
        return ctx.fail(
            Error::invalid(u"command"_s, tr("Unknown command 'export %1' (see 'export --help').").arg(sub)));
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(u"task"_s, tr("'export %1' takes one task id.").arg(sub)));
    if (!line->has(u"out"_s) || line->value(u"out"_s).isEmpty())
        return ctx.fail(Error::invalid(u"out"_s, tr("'export %1' needs --out FILE.").arg(sub)));
    if (sub == u"chart" && !line->has(u"chart"_s))
        return ctx.fail(
            Error::invalid(u"chart"_s, tr("'export chart' needs --chart (%1).").arg(chartKindNames().join(u", "_s))));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.fail(Error::other(tr("Drawing charts needs the graphical application object (main() makes it "
                                        "for 'export').")));
    auto database = ctx.database();
    if (!database.ok())
        return ctx.fail(database.error());
    AnalyticsService service(*database.value(), ctx.dataDir);
    return sub == u"chart" ? runChart(ctx, service, line.value()) : runReport(ctx, service, line.value());
}

} // namespace reelpulse::cli
