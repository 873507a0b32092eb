#include "cli/InsightsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PublishingCli.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Insights", text);
}

QJsonValue count(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

} // namespace

int runInsightsCommand(CliContext &ctx, const QStringList &args)
{
    const QString usage =
        tr("Usage: reelpulse-cli insights <post-id|media-id> [--account USER] [--json]\n\n"
           "A published post's lifetime insights: likes, comments, shares, saved, reach, views,\n"
           "total_interactions and engagement_rate (total_interactions / reach x 100). Only current metrics are\n"
           "asked (never the deprecated impressions, plays or video_views). A post id is the db_id of a post\n"
           "published from here; any other media id is read with --account's token.\n");
    auto line = parseCommandLine(args, u"insights"_s, {}, {u"account"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help || line->positional.isEmpty())
        return line->help ? ctx.usage(usage) : ctx.usage(usage) + 2;
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(u"post"_s, tr("'insights' takes one post or media id.")));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    auto result = service.value()->insights(line->positional.first(), line->value(u"account"_s));
    if (!result.ok())
        return ctx.fail(result.error());
    const MediaInsights &i = result->insights;
    const auto rate = i.engagementRate();
    const QJsonObject object{
        {u"likes"_s, count(i.likes)},
        {u"comments"_s, count(i.comments)},
        {u"shares"_s, count(i.shares)},
        {u"saved"_s, count(i.saved)},
        {u"reach"_s, count(i.reach)},
        {u"views"_s, count(i.views)},
        {u"total_interactions"_s, count(i.totalInteractions)},
        {u"engagement_rate"_s, rate ? QJsonValue(*rate) : QJsonValue()},
        {u"post_id"_s, result->mediaId},
        {u"db_id"_s, result->postId > 0 ? QJsonValue(double(result->postId)) : QJsonValue()},
    };
    if (ctx.json) {
        ctx.printJson(object);
        return 0;
    }
    QList<QStringList> rows;
    for (const QString &key :
         {u"likes"_s, u"comments"_s, u"shares"_s, u"saved"_s, u"reach"_s, u"views"_s, u"total_interactions"_s}) {
        const QJsonValue v = object.value(key);
        rows.append({key, v.isNull() ? u"-"_s : QString::number(qint64(v.toDouble()))});
    }
    rows.append({u"engagement_rate"_s, rate ? QString::number(*rate, 'f', 2) + u" %"_s : u"-"_s});
    printTable(ctx.out, rows);
    return 0;
}

} // namespace reelpulse::cli
