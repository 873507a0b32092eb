#pragma once

#include "downloads/DownloadTypes.h"

#include <QJsonObject>

namespace reelpulse::downloads {

/// Every version a post answer offers for each of its media, in either Instagram format: app items
/// (`image_versions2.candidates`, `video_versions`, `video_dash_manifest`, `carousel_media`) and GraphQL
/// nodes (`display_resources`, `display_url`, `video_url`, `dash_info`, `edge_sidecar_to_children`). The
/// post is found at the same places instagram::parsePost looks. Empty media when nothing was found.
ResolvedPost collectPostMedia(const QJsonObject &root);

/// The versions of one media node of either format (a post, a carousel item, a timeline edge's node).
ResolvedPost collectNodeMedia(const QJsonObject &node);

/// A TikTok itemStruct: the video without watermark (`video.playAddr`, or `bitrateInfo` play addresses)
/// where the item offers it, else `downloadAddr`; the cover as its image.
ResolvedPost collectTikTokMedia(const QJsonObject &itemStruct);

/// The video and audio representations of a DASH manifest (MPD XML), each with its BaseURL.
void parseDashManifest(const QString &mpd, QList<MediaVersion> &video, QList<MediaVersion> &audio);

} // namespace reelpulse::downloads
