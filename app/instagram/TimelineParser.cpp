#include "instagram/TimelineParser.h"

#include "instagram/MediaParser.h"
#include "platform/ParserValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

MediaPage parseMediaConnection(const QJsonObject &connection)
{
    MediaPage page;
    page.total = parse::count(connection.value(u"count"_s));
    const QJsonObject pageInfo = parse::object(connection.value(u"page_info"_s));
    page.endCursor = parse::cursor(pageInfo.value(u"end_cursor"_s));
    page.hasNextPage = parse::boolean(pageInfo.value(u"has_next_page"_s)).value_or(false);
    for (const QJsonValue &edge : parse::array(connection.value(u"edges"_s))) {
        const QJsonObject edgeObject = parse::object(edge);
        const QJsonValue node = edgeObject.value(u"node"_s);
        if (node.isObject())
            page.items.append(parseMediaNode(node.toObject()));
        else if (node.isUndefined() && looksLikeMedia(edgeObject))
            page.items.append(parseMediaNode(edgeObject)); // a list of bare nodes
    }
    return page;
}

namespace {

MediaPage parseAppFeed(const QJsonObject &root)
{
    MediaPage page;
    for (const QJsonValue &item : parse::array(root.value(u"items"_s))) {
        if (item.isObject())
            page.items.append(parseMediaNode(item.toObject()));
    }
    page.endCursor = parse::cursor(root.value(u"next_max_id"_s));
    const std::optional<bool> more = parse::boolean(root.value(u"more_available"_s));
    page.hasNextPage = more.value_or(!page.endCursor.isEmpty()) && !page.endCursor.isEmpty();
    return page;
}

} // namespace

Result<MediaPage> parseTimelinePage(const QJsonObject &root)
{
    static const QStringView Paths[] = {
        u"data.user.edge_owner_to_timeline_media",
        u"data.xdt_api__v1__feed__user_timeline_graphql_connection",
        u"graphql.user.edge_owner_to_timeline_media",
        u"user.edge_owner_to_timeline_media",
        u"edge_owner_to_timeline_media",
    };
    for (QStringView path : Paths) {
        const QJsonValue connection = parse::at(root, path);
        if (connection.isObject())
            return parseMediaConnection(connection.toObject());
    }
    if (root.value(u"items"_s).isArray())
        return parseAppFeed(root);
    if (root.value(u"edges"_s).isArray())
        return parseMediaConnection(root);
    return parse::shapeError(QCoreApplication::translate("Parser", "a page of posts"));
}

Result<MediaPage> parseTimelinePage(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parseTimelinePage(root.value());
}

Result<QList<MediaItem>> parseStories(const QJsonObject &root)
{
    QList<QJsonArray> itemLists;
    const QJsonValue reelsMedia = root.value(u"reels_media"_s);
    const QJsonValue reels = root.value(u"reels"_s);
    if (reelsMedia.isArray()) {
        for (const QJsonValue &reel : reelsMedia.toArray())
            itemLists.append(parse::array(parse::at(reel, u"items")));
    } else if (reels.isObject()) {
        const QJsonObject byId = reels.toObject();
        for (auto it = byId.constBegin(); it != byId.constEnd(); ++it)
            itemLists.append(parse::array(parse::at(it.value(), u"items")));
    } else if (root.value(u"items"_s).isArray()) {
        itemLists.append(root.value(u"items"_s).toArray());
    } else {
        return parse::shapeError(QCoreApplication::translate("Parser", "stories"));
    }
    QList<MediaItem> items;
    for (const QJsonArray &list : std::as_const(itemLists)) {
        for (const QJsonValue &item : list) {
            if (item.isObject())
                items.append(parseMediaNode(item.toObject()));
        }
    }
    return items;
}

Result<QList<MediaItem>> parseStories(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parseStories(root.value());
}

} // namespace reelpulse::instagram
