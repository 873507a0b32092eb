#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace reelpulse::instagram {

/// A media node in the GraphQL edge format (shortcode_media, xdt_shortcode_media, timeline edges,
/// sidecar children): __typename GraphImage/GraphVideo/GraphSidecar (or XDT…), product_type, edge_* counts.
MediaItem parseGraphMedia(const QJsonObject &node);

/// A media item in the app format (items[], carousel_media[], feed edges): media_type 1/2/8, like_count, …
MediaItem parseAppMedia(const QJsonObject &item);

/// A media node in either format (recognized by its fields); an XDTFeedItem {"media":{…}} is unwrapped.
MediaItem parseMediaNode(const QJsonObject &node);

/// True when the object looks like a media node of either format.
bool looksLikeMedia(const QJsonObject &node);

/// A single post from any known answer: `data|graphql` → `shortcode_media|xdt_shortcode_media`,
/// `items[0]` (api/v1/media/{id}/info/ and ?__a=1), `data.xdt_api__v1__media__shortcode__web_info.items[0]`,
/// or a bare media node.
Result<MediaItem> parsePost(const QJsonObject &root);
Result<MediaItem> parsePost(const QByteArray &body);

/// The kind of a GraphQL node from __typename, product_type and is_video.
MediaKind graphKind(const QJsonObject &node);
/// The kind of an app item from media_type and product_type.
MediaKind appKind(const QJsonObject &item);

} // namespace reelpulse::instagram
