#include "tiktok/CommentListParser.h"

#include "platform/ParserValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::tiktok {

Comment parseComment(const QJsonObject &source, const QString &parentId)
{
    Comment c;
    c.id = parse::id(source.value(u"cid"_s));
    c.parentId = parentId;
    if (c.parentId.isEmpty()) {
        const QString replyTo = parse::id(source.value(u"reply_id"_s));
        if (replyTo != u"0"_s)
            c.parentId = replyTo;
    }
    c.text = parse::text(source.value(u"text"_s));
    const QJsonObject user = parse::object(source.value(u"user"_s));
    c.authorUsername = parse::text(user.value(u"unique_id"_s));
    c.authorId = parse::id(user.value(u"uid"_s));
    c.createdAt = parse::epoch(source.value(u"create_time"_s));
    c.likes = parse::count(source.value(u"digg_count"_s));
    c.replyCount = parse::count(source.value(u"reply_comment_total"_s));
    for (const QJsonValue &reply : parse::array(source.value(u"reply_comment"_s))) {
        if (reply.isObject())
            c.replies.append(parseComment(reply.toObject(), c.id));
    }
    return c;
}

Result<CommentPage> parseCommentList(const QJsonObject &root)
{
    const std::optional<qint64> status = parse::integer(root.value(u"status_code"_s));
    if (status && *status != 0)
        return Error::other(QCoreApplication::translate("Parser", "TikTok refused the comment list (status %1: %2).")
                                .arg(*status)
                                .arg(parse::text(root.value(u"status_msg"_s))));
    const QJsonValue comments = root.value(u"comments"_s);
    if (!comments.isArray() && !comments.isNull())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok comment list"));
    CommentPage page;
    for (const QJsonValue &comment : parse::array(comments)) {
        if (comment.isObject())
            page.comments.append(parseComment(comment.toObject()));
    }
    page.total = parse::count(root.value(u"total"_s));
    page.endCursor = parse::cursor(root.value(u"cursor"_s));
    page.hasNextPage = parse::boolean(root.value(u"has_more"_s)).value_or(false) && !page.endCursor.isEmpty();
    return page;
}

Result<CommentPage> parseCommentList(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parseCommentList(root.value());
}

} // namespace reelpulse::tiktok
