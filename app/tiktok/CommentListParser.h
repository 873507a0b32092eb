#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace reelpulse::tiktok {

/// One comment of /api/comment/list/: cid, text, digg_count, create_time, user{unique_id,uid},
/// reply_comment_total, reply_comment[] (embedded replies), reply_id (parent when not "0").
Comment parseComment(const QJsonObject &comment, const QString &parentId = {});

/// A page of /api/comment/list/?aweme_id=…&cursor=…: comments[] (null when there are none), cursor,
/// has_more, total. A non-zero status_code is an Error (see tiktok::classifyCommentList).
Result<CommentPage> parseCommentList(const QJsonObject &root);
Result<CommentPage> parseCommentList(const QByteArray &body);

} // namespace reelpulse::tiktok
