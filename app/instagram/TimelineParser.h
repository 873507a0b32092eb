#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace reelpulse::instagram {

/// A media connection {count, page_info{end_cursor,has_next_page}, edges[{node}]}; nodes of either format.
MediaPage parseMediaConnection(const QJsonObject &connection);

/// A page of a profile's posts from any known answer: `data.user.edge_owner_to_timeline_media`
/// (GraphQL), `data.xdt_api__v1__feed__user_timeline_graphql_connection` (app-style nodes),
/// `graphql.user…`, the app feed `{items[], next_max_id, more_available}` (api/v1/feed/user/{id}/),
/// or a bare connection.
Result<MediaPage> parseTimelinePage(const QJsonObject &root);
Result<MediaPage> parseTimelinePage(const QByteArray &body);

/// Story items from api/v1/feed/reels_media/: `reels_media[].items[]` or `reels{<id>:{items[]}}`.
/// An empty list is a valid answer (no story right now).
Result<QList<MediaItem>> parseStories(const QJsonObject &root);
Result<QList<MediaItem>> parseStories(const QByteArray &body);

} // namespace reelpulse::instagram
