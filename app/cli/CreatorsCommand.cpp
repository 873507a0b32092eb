#include "cli/CreatorsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/CreatorJson.h"
#include "domain/TimeFormat.h"
#include "services/CreatorService.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Creators",
    "Usage: reelpulse-cli creators <command> [options] [--json]\n"
    "\n"
    "A creator groups tracked accounts (Instagram and TikTok profile tasks) for roll-up analytics.\n"
    "A creator is named by its id or its name (any case).\n"
    "\n"
    "Commands:\n"
    "  add <name>                        create a creator (names are unique, any case)\n"
    "  rename <creator> <name>           give a creator another name\n"
    "  link <creator> <profile-task-id>  add a tracked account to a creator\n"
    "  unlink <creator> <profile-task-id>\n"
    "                                    take an account out of a creator (it stays tracked)\n"
    "  list [--limit N] [--cursor C]     creators with their accounts, by name (N: 1-200, default 50)\n"
    "  show <creator> [--period 7d|30d|90d | --from YYYY-MM-DD --to YYYY-MM-DD]\n"
    "                                    accounts, total followers over time, daily engagement and top videos\n"
    "                                    (default: the last 30 days)\n"
    "  remove <creator>                  delete a creator; its accounts stay tracked\n"
    "  leaderboard [--by growth|engagement] [--period 7d|30d|90d]\n"
    "                                    creators ranked by followers or engagement gained (default: growth, 30d)\n"
    "\n"
    "Roll-ups: a creator's followers on a day are the sum, over its accounts, of each account's latest snapshot\n"
    "taken at or before the end of that day (UTC); an account not scraped yet by then adds nothing. Engagement\n"
    "(likes + comments + saves + shares) sums the accounts' posts and videos the same way.\n");

QString count(std::optional<qint64> v)
{
    return v ? QLocale::system().toString(*v) : QCoreApplication::translate("reelpulse::cli::Creators", "unknown");
}

QString signedCount(std::optional<qint64> v)
{
    if (!v)
        return QCoreApplication::translate("reelpulse::cli::Creators", "unknown");
    return (*v > 0 ? u"+"_s : QString()) + QLocale::system().toString(*v);
}

void printCreator(CliContext &ctx, const Creator &c)
{
    ctx.out << QCoreApplication::translate("reelpulse::cli::Creators", "%1 (%2), %3 account(s)")
                   .arg(c.name, c.id)
                   .arg(c.accounts.size())
            << Qt::endl;
    if (c.accounts.isEmpty())
        return;
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Creators", "ACCOUNT"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "PLATFORM"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "USERNAME"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "FOLLOWERS"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "LINKED")}};
    for (const CreatorAccount &a : c.accounts)
        rows.append({a.profileTaskId, a.platform, u"@"_s + a.username, count(a.followers),
                     a.linkedAt.toString(u"yyyy-MM-dd"_s)});
    printTable(ctx.out, rows);
}

struct Range
{
    QDate from;
    QDate to;
};

Result<Range> rangeOf(const CommandLine &line)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (line.has(u"period"_s) && (line.has(u"from"_s) || line.has(u"to"_s)))
        return Error::invalid(
            u"period"_s,
            QCoreApplication::translate("reelpulse::cli::Creators", "Give either --period or --from/--to, not both."));
    Range r{today.addDays(-29), today};
    if (line.has(u"period"_s)) {
        auto days = parsePeriod(line.value(u"period"_s));
        if (!days.ok())
            return days.error();
        r.from = today.addDays(-(days.value() - 1));
    }
    if (line.has(u"to"_s)) {
        auto to = parseDay(line.value(u"to"_s), u"to"_s);
        if (!to.ok())
            return to.error();
        r.to = to.value();
        r.from = r.to.addDays(-29);
    }
    if (line.has(u"from"_s)) {
        auto from = parseDay(line.value(u"from"_s), u"from"_s);
        if (!from.ok())
            return from.error();
        r.from = from.value();
    }
    if (r.from > r.to)
        return Error::invalid(
            u"from"_s, QCoreApplication::translate("reelpulse::cli::Creators", "--from (%1) comes after --to (%2).")
                           .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)));
    return r;
}

int list(CliContext &ctx, CreatorService &service, const CommandLine &line)
{
    int limit = 50;
    if (line.has(u"limit"_s)) {
        auto parsed = parseInt(line.value(u"limit"_s), u"limit"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        limit = parsed.value();
    }
    auto page = service.page(limit, line.value(u"cursor"_s));
    if (!page.ok())
        return ctx.fail(page.error());
    if (ctx.json) {
        QJsonArray data;
        for (const Creator &c : page->creators)
            data.append(json::creator(c));
        ctx.printJson(
            {{u"data"_s, data},
             {u"pagination"_s,
              QJsonObject{{u"next_cursor"_s, page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)},
                          {u"has_next"_s, !page->nextCursor.isEmpty()},
                          {u"limit"_s, limit}}}});
        return 0;
    }
    if (page->creators.isEmpty()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators",
                                               "No creators yet. Create one with: reelpulse-cli creators add <name>")
                << Qt::endl;
        return 0;
    }
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Creators", "CREATOR"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "NAME"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "ACCOUNTS"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "FOLLOWERS")}};
    for (const Creator &c : page->creators) {
        std::optional<qint64> followers;
        QStringList names;
        for (const CreatorAccount &a : c.accounts) {
            names.append(a.platform + u":@"_s + a.username);
            if (a.followers)
                followers = followers.value_or(0) + *a.followers;
        }
        rows.append({c.id, c.name, names.isEmpty() ? u"-"_s : names.join(u", "_s), count(followers)});
    }
    printTable(ctx.out, rows);
    if (!page->nextCursor.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators", "More: --cursor %1").arg(page->nextCursor)
                << Qt::endl;
    return 0;
}

int show(CliContext &ctx, CreatorService &service, const CommandLine &line)
{
    auto range = rangeOf(line);
    if (!range.ok())
        return ctx.fail(range.error());
    auto rollup = service.rollup(line.positional.first(), range->from, range->to);
    if (!rollup.ok())
        return ctx.fail(rollup.error());
    if (ctx.json) {
        ctx.printJson({{u"data"_s, json::creatorRollup(rollup.value())},
                       {u"meta"_s, QJsonObject{{u"from"_s, range->from.toString(Qt::ISODate)},
                                               {u"to"_s, range->to.toString(Qt::ISODate)},
                                               {u"granularity"_s, u"day"_s},
                                               {u"timezone"_s, u"UTC"_s},
                                               {u"followers_rule"_s, u"carry_forward"_s}}}});
        return 0;
    }
    printCreator(ctx, rollup->creator);
    ctx.out
        << QCoreApplication::translate("reelpulse::cli::Creators", "Total followers %1").arg(count(rollup->followers))
        << Qt::endl
        << Qt::endl;
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Creators", "DATE"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "FOLLOWERS"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "CHANGE"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "ENGAGEMENT"),
                             QCoreApplication::translate("reelpulse::cli::Creators", "CHANGE")}};
    for (qsizetype i = 0; i < rollup->followersOverTime.size(); ++i) {
        const DailyPoint &f = rollup->followersOverTime.at(i);
        const DailyPoint &e = rollup->engagementOverTime.at(i);
        rows.append(
            {f.date.toString(Qt::ISODate), count(f.value), signedCount(f.delta), count(e.value), signedCount(e.delta)});
    }
    printTable(ctx.out, rows);
    if (!rollup->topItems.isEmpty()) {
        ctx.out << Qt::endl
                << QCoreApplication::translate("reelpulse::cli::Creators", "Top videos and posts") << Qt::endl;
        QList<QStringList> top{{QCoreApplication::translate("reelpulse::cli::Creators", "PLATFORM"),
                                QCoreApplication::translate("reelpulse::cli::Creators", "VIDEO"),
                                QCoreApplication::translate("reelpulse::cli::Creators", "ACCOUNT"),
                                QCoreApplication::translate("reelpulse::cli::Creators", "VIEWS"),
                                QCoreApplication::translate("reelpulse::cli::Creators", "ENGAGEMENT")}};
        for (const TopItem &t : rollup->topItems)
            top.append({t.item.platform, t.item.shortcode.isEmpty() ? t.item.platformId : t.item.shortcode,
                        u"@"_s + t.item.ownerUsername, count(t.views), count(t.engagement)});
        printTable(ctx.out, top);
    }
    return 0;
}

int leaderboard(CliContext &ctx, CreatorService &service, const CommandLine &line)
{
    const QString byText = line.has(u"by"_s) ? line.value(u"by"_s) : u"growth"_s;
    if (byText != u"growth" && byText != u"engagement")
        return ctx.fail(Error::invalid(u"by"_s, QCoreApplication::translate("reelpulse::cli::Creators",
                                                                            "--by is growth or engagement, not \"%1\".")
                                                    .arg(byText)));
    const LeaderboardBy by = byText == u"growth" ? LeaderboardBy::Growth : LeaderboardBy::Engagement;
    const QString periodText = line.has(u"period"_s) ? line.value(u"period"_s) : u"30d"_s;
    auto days = parsePeriod(periodText);
    if (!days.ok())
        return ctx.fail(days.error());
    const QDateTime now = nowUtc();
    auto rows = service.leaderboard(by, days.value(), now);
    if (!rows.ok())
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray data;
        for (const LeaderboardRow &r : rows.value())
            data.append(json::leaderboardRow(r));
        ctx.printJson({{u"data"_s, data},
                       {u"meta"_s, QJsonObject{{u"by"_s, byText},
                                               {u"period"_s, periodText},
                                               {u"from"_s, isoUtc(now.addDays(-days.value()))},
                                               {u"to"_s, isoUtc(now)}}}});
        return 0;
    }
    if (rows->isEmpty()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators",
                                               "No creators yet. Create one with: reelpulse-cli creators add <name>")
                << Qt::endl;
        return 0;
    }
    QList<QStringList> table{{QCoreApplication::translate("reelpulse::cli::Creators", "RANK"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "CREATOR"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "ACCOUNTS"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "FOLLOWERS"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "GROWTH"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "GROWTH %"),
                              QCoreApplication::translate("reelpulse::cli::Creators", "ENGAGEMENT")}};
    for (const LeaderboardRow &r : rows.value())
        table.append({QString::number(r.rank), r.name, QString::number(r.accounts), count(r.followers),
                      signedCount(r.growth),
                      r.growthPercent ? QString::number(*r.growthPercent, 'f', 2)
                                      : QCoreApplication::translate("reelpulse::cli::Creators", "unknown"),
                      count(r.engagement)});
    printTable(ctx.out, table);
    return 0;
}

} // namespace

int runCreatorsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Creators", Usage));
    static const QHash<QString, int> Arity = {{u"add"_s, 1},    {u"rename"_s, 2},     {u"link"_s, 2},
                                              {u"unlink"_s, 2}, {u"list"_s, 0},       {u"show"_s, 1},
                                              {u"remove"_s, 1}, {u"leaderboard"_s, 0}};
    if (!Arity.contains(sub))
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Creators",
                                                      "Unknown command 'creators %1' (see 'creators --help').")
                              .arg(sub)));
    QStringList values;
    if (sub == u"list")
        values = {u"limit"_s, u"cursor"_s};
    else if (sub == u"show")
        values = {u"period"_s, u"from"_s, u"to"_s};
    else if (sub == u"leaderboard")
        values = {u"by"_s, u"period"_s};
    auto line = parseCommandLine(args.mid(1), u"creators "_s + sub, {}, values);
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Creators", Usage));
    if (line->positional.size() != Arity.value(sub)) {
        static const QHash<QString, const char *> Shapes = {
            {u"add"_s, QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators add' takes one name (quote a name "
                                                                     "with spaces).")},
            {u"rename"_s,
             QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators rename' takes a creator and its new name.")},
            {u"link"_s,
             QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators link' takes a creator and a profile task id.")},
            {u"unlink"_s,
             QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators unlink' takes a creator and a profile task id.")},
            {u"list"_s, QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators list' takes no arguments.")},
            {u"show"_s, QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators show' takes one creator.")},
            {u"remove"_s, QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators remove' takes one creator.")},
            {u"leaderboard"_s,
             QT_TRANSLATE_NOOP("reelpulse::cli::Creators", "'creators leaderboard' takes no arguments.")},
        };
        return ctx.fail(
            Error::invalid(u"arguments"_s, QCoreApplication::translate("reelpulse::cli::Creators", Shapes.value(sub))));
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    CreatorService service(*db.value());

    if (sub == u"list")
        return list(ctx, service, line.value());
    if (sub == u"show")
        return show(ctx, service, line.value());
    if (sub == u"leaderboard")
        return leaderboard(ctx, service, line.value());

    const QStringList &p = line->positional;
    Result<Creator> result = sub == u"add"      ? service.add(p.at(0))
                             : sub == u"rename" ? service.rename(p.at(0), p.at(1))
                             : sub == u"link"   ? service.link(p.at(0), p.at(1))
                             : sub == u"unlink" ? service.unlink(p.at(0), p.at(1))
                                                : service.remove(p.at(0));
    if (!result.ok())
        return ctx.fail(result.error());
    if (ctx.json) {
        ctx.printJson({{u"data"_s, json::creator(result.value())}});
        return 0;
    }
    if (sub == u"add")
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators", "Created creator \"%1\" (%2).")
                       .arg(result->name, result->id)
                << Qt::endl;
    else if (sub == u"rename")
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators", "Renamed the creator to \"%1\".")
                       .arg(result->name)
                << Qt::endl;
    else if (sub == u"remove")
        ctx.out << QCoreApplication::translate("reelpulse::cli::Creators",
                                               "Removed creator \"%1\"; its %2 account(s) stay tracked.")
                       .arg(result->name)
                       .arg(result->accounts.size())
                << Qt::endl;
    else
        printCreator(ctx, result.value());
    return 0;
}

} // namespace reelpulse::cli
