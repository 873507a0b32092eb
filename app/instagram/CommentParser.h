#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace reelpulse::instagram {

/// One comment in the GraphQL edge format: {id, text, created_at, owner{id,username}, edge_liked_by{count},
/// edge_threaded_comments{count, edges}}. Threaded replies get parentId = this comment's id.
Comment parseGraphComment(const QJsonObject &node, const QString &parentId = {});

/// One comment in the app format: {pk, text, created_at, user{pk,username}, comment_like_count,
/// child_comment_count, preview_child_comments[]}.
Comment parseAppComment(const QJsonObject &item, const QString &parentId = {});

/// A GraphQL comment connection {count, page_info{end_cursor,has_next_page}, edges[{node}]}.
/// Nodes in either format are accepted (the newer web connection carries app-style nodes).
CommentPage parseCommentConnection(const QJsonObject &connection);

/// An app-style comment list: {comments[], comment_count, next_min_id | next_max_id, has_more_comments}.
CommentPage parseAppCommentList(const QJsonObject &body);

/// A page of comments from any known answer: GraphQL `edge_media_to_parent_comment` /
/// `edge_media_to_comment` under `data|graphql`.`shortcode_media|xdt_shortcode_media`,
/// `data.xdt_api__v1__media__media_id__comments__connection`, or the app-style `comments[]` list.
Result<CommentPage> parseCommentPage(const QJsonObject &root);
Result<CommentPage> parseCommentPage(const QByteArray &body);

} // namespace reelpulse::instagram
