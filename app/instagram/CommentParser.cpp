#include "instagram/CommentParser.h"

#include "platform/ParserValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

namespace {

/// The node of an edge {"node":{…}}; empty when the edge carries none (or a bare comment, taken as is).
QJsonObject unwrapNode(const QJsonValue &edge)
{
    const QJsonObject obj = parse::object(edge);
    const QJsonValue node = obj.value(u"node"_s);
    if (node.isObject())
        return node.toObject();
    if (node.isUndefined() && (obj.contains(u"id"_s) || obj.contains(u"pk"_s)))
        return obj;
    return {};
}

bool isAppComment(const QJsonObject &node)
{
    return node.contains(u"pk"_s) || node.contains(u"user"_s) || node.contains(u"comment_like_count"_s);
}

} // namespace

Comment parseGraphComment(const QJsonObject &node, const QString &parentId)
{
    Comment c;
    c.id = parse::id(node.value(u"id"_s));
    c.parentId = parentId;
    c.text = parse::text(node.value(u"text"_s));
    const QJsonObject owner = parse::object(node.value(u"owner"_s));
    c.authorUsername = parse::text(owner.value(u"username"_s));
    c.authorId = parse::id(owner.value(u"id"_s));
    c.createdAt = parse::epoch(node.value(u"created_at"_s));
    c.likes = parse::firstCount(node, {u"edge_liked_by.count", u"comment_like_count"});
    const QJsonObject threaded = parse::object(node.value(u"edge_threaded_comments"_s));
    c.replyCount = parse::count(threaded.value(u"count"_s));
    for (const QJsonValue &edge : parse::array(threaded.value(u"edges"_s))) {
        const QJsonObject reply = unwrapNode(edge);
        if (!reply.isEmpty())
            c.replies.append(parseGraphComment(reply, c.id));
    }
    return c;
}

Comment parseAppComment(const QJsonObject &item, const QString &parentId)
{
    Comment c;
    c.id = parse::id(item.value(u"pk"_s));
    if (c.id.isEmpty())
        c.id = parse::id(item.value(u"id"_s));
    c.parentId = parentId;
    if (c.parentId.isEmpty())
        c.parentId = parse::id(item.value(u"parent_comment_id"_s));
    c.text = parse::text(item.value(u"text"_s));
    const QJsonObject user = parse::object(item.value(u"user"_s));
    c.authorUsername = parse::text(user.value(u"username"_s));
    c.authorId = parse::id(user.value(u"pk"_s));
    if (c.authorId.isEmpty())
        c.authorId = parse::id(user.value(u"id"_s));
    if (c.authorId.isEmpty())
        c.authorId = parse::id(item.value(u"user_id"_s));
    c.createdAt = parse::epoch(item.value(u"created_at"_s));
    if (!c.createdAt)
        c.createdAt = parse::epoch(item.value(u"created_at_utc"_s));
    c.likes = parse::count(item.value(u"comment_like_count"_s));
    c.replyCount = parse::count(item.value(u"child_comment_count"_s));
    for (const QJsonValue &reply : parse::array(item.value(u"preview_child_comments"_s))) {
        if (reply.isObject())
            c.replies.append(parseAppComment(reply.toObject(), c.id));
    }
    return c;
}

CommentPage parseCommentConnection(const QJsonObject &connection)
{
    CommentPage page;
    page.total = parse::count(connection.value(u"count"_s));
    const QJsonObject pageInfo = parse::object(connection.value(u"page_info"_s));
    page.endCursor = parse::cursor(pageInfo.value(u"end_cursor"_s));
    page.hasNextPage = parse::boolean(pageInfo.value(u"has_next_page"_s)).value_or(false);
    for (const QJsonValue &edge : parse::array(connection.value(u"edges"_s))) {
        const QJsonObject node = unwrapNode(edge);
        if (node.isEmpty())
            continue;
        page.comments.append(isAppComment(node) ? parseAppComment(node) : parseGraphComment(node));
    }
    return page;
}

CommentPage parseAppCommentList(const QJsonObject &body)
{
    CommentPage page;
    page.total = parse::count(body.value(u"comment_count"_s));
    for (const QJsonValue &item : parse::array(body.value(u"comments"_s))) {
        if (item.isObject())
            page.comments.append(parseAppComment(item.toObject()));
    }
    // The comments endpoint pages with next_min_id (newest first) or next_max_id (oldest first).
    page.endCursor = parse::cursor(body.value(u"next_min_id"_s));
    if (page.endCursor.isEmpty())
        page.endCursor = parse::cursor(body.value(u"next_max_id"_s));
    const std::optional<bool> more = parse::boolean(body.value(u"has_more_comments"_s));
    const std::optional<bool> moreHead = parse::boolean(body.value(u"has_more_headload_comments"_s));
    if (more || moreHead)
        page.hasNextPage = (more.value_or(false) || moreHead.value_or(false)) && !page.endCursor.isEmpty();
    else
        page.hasNextPage = !page.endCursor.isEmpty();
    return page;
}

Result<CommentPage> parseCommentPage(const QJsonObject &root)
{
    static const QStringView MediaPaths[] = {u"data.xdt_shortcode_media", u"data.shortcode_media",
                                             u"graphql.shortcode_media", u"shortcode_media"};
    for (QStringView path : MediaPaths) {
        const QJsonObject media = parse::objectAt(root, path);
        if (media.isEmpty())
            continue;
        for (const QString &key : {u"edge_media_to_parent_comment"_s, u"edge_media_to_comment"_s}) {
            const QJsonValue connection = media.value(key);
            if (connection.isObject())
                return parseCommentConnection(connection.toObject());
        }
    }
    const QJsonValue webConnection = parse::at(root, u"data.xdt_api__v1__media__media_id__comments__connection");
    if (webConnection.isObject())
        return parseCommentConnection(webConnection.toObject());
    if (root.value(u"comments"_s).isArray())
        return parseAppCommentList(root);
    if (root.value(u"edges"_s).isArray())
        return parseCommentConnection(root);
    return parse::shapeError(QCoreApplication::translate("Parser", "a comment list"));
}

Result<CommentPage> parseCommentPage(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parseCommentPage(root.value());
}

} // namespace reelpulse::instagram
