#include "cli/CreatorJson.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QJsonValue number(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

namespace json {

QJsonObject account(const CreatorAccount &a)
{
    QJsonObject o{
        {u"id"_s, a.profileTaskId},
        {u"type"_s, u"account"_s},
        {u"platform"_s, a.platform},
        {u"username"_s, a.username},
        {u"followers_count"_s, number(a.followers)},
        {u"last_scrape_time"_s, isoUtcOrNull(a.lastScraped)},
    };
    if (a.linkedAt.isValid())
        o.insert(u"linked_at"_s, isoUtc(a.linkedAt));
    return o;
}

QJsonObject creator(const Creator &c)
{
    QJsonArray accounts;
    std::optional<qint64> followers;
    QStringList platforms;
    for (const CreatorAccount &a : c.accounts) {
        accounts.append(account(a));
        if (a.followers)
            followers = followers.value_or(0) + *a.followers;
        if (!platforms.contains(a.platform))
            platforms.append(a.platform);
    }
    return {
        {u"id"_s, c.id},
        {u"type"_s, u"creator"_s},
        {u"name"_s, c.name},
        {u"created_at"_s, isoUtc(c.createdAt)},
        {u"account_count"_s, qint64(c.accounts.size())},
        {u"platforms"_s, QJsonArray::fromStringList(platforms)},
        {u"followers_count"_s, number(followers)},
        {u"accounts"_s, accounts},
    };
}

QJsonArray dailyPoints(const QList<analytics::DailyPoint> &points)
{
    QJsonArray array;
    for (const analytics::DailyPoint &p : points)
        array.append(QJsonObject{
            {u"date"_s, p.date.toString(Qt::ISODate)},
            {u"value"_s, number(p.value)},
            {u"delta"_s, number(p.delta)},
        });
    return array;
}

QJsonObject topItem(const TopItem &t)
{
    const ItemSnapshots &i = t.item;
    return {
        {u"id"_s, i.platformId},
        {u"type"_s, u"video"_s},
        {u"platform"_s, i.platform},
        {u"external_id"_s, i.platformId},
        {u"shortcode"_s, i.shortcode.isEmpty() ? QJsonValue() : QJsonValue(i.shortcode)},
        {u"description"_s, i.caption.isEmpty() ? QJsonValue() : QJsonValue(i.caption)},
        {u"create_time"_s, isoUtcOrNull(i.takenAt)},
        {u"media_type"_s, i.mediaType.isEmpty() ? QJsonValue() : QJsonValue(i.mediaType)},
        {u"view_count"_s, number(t.views)},
        {u"like_count"_s, number(t.likes)},
        {u"comment_count"_s, number(t.comments)},
        {u"share_count"_s, number(t.shares)},
        {u"saved_count"_s, number(t.saves)},
        {u"engagement"_s, number(t.engagement)},
        {u"account_id"_s, i.taskId.isEmpty() ? QJsonValue() : QJsonValue(i.taskId)},
        {u"account_username"_s, i.ownerUsername.isEmpty() ? QJsonValue() : QJsonValue(i.ownerUsername)},
        {u"last_scrape_time"_s, i.snapshots.isEmpty() ? QJsonValue() : QJsonValue(isoUtc(i.snapshots.last().takenAt))},
    };
}

QJsonObject creatorRollup(const CreatorRollup &r)
{
    QJsonObject o = creator(r.creator);
    o.insert(u"followers_over_time"_s, dailyPoints(r.followersOverTime));
    o.insert(u"engagement_over_time"_s, dailyPoints(r.engagementOverTime));
    QJsonArray top;
    for (const TopItem &t : r.topItems)
        top.append(topItem(t));
    o.insert(u"top_videos"_s, top);
    return o;
}

QJsonObject leaderboardRow(const analytics::LeaderboardRow &row)
{
    return {
        {u"rank"_s, row.rank},
        {u"creator_id"_s, row.creatorId},
        {u"name"_s, row.name},
        {u"account_count"_s, row.accounts},
        {u"followers_count"_s, number(row.followers)},
        {u"follower_growth"_s, number(row.growth)},
        {u"follower_growth_percent"_s, number(row.growthPercent)},
        {u"engagement"_s, number(row.engagement)},
    };
}

QJsonObject periodChange(const analytics::PeriodChange &c)
{
    return {
        {u"value"_s, number(c.value)},
        {u"previous"_s, number(c.previous)},
        {u"change"_s, number(c.change)},
        {u"change_percent"_s, number(c.changePercent)},
    };
}

} // namespace json

Result<int> parsePeriod(const QString &text)
{
    if (text == u"7d")
        return 7;
    if (text == u"30d")
        return 30;
    if (text == u"90d")
        return 90;
    return Error::invalid(
        u"period"_s,
        QCoreApplication::translate("reelpulse::cli", "--period is 7d, 30d or 90d, not \"%1\".").arg(text));
}

Result<QDate> parseDay(const QString &text, const QString &option)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return Error::invalid(
            option, QCoreApplication::translate("reelpulse::cli", "%1 takes a date as YYYY-MM-DD, not \"%2\".")
                        .arg(u"--"_s + option, text));
    return day;
}

} // namespace reelpulse::cli
