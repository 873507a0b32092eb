#pragma once

#include "downloads/DownloadTypes.h"

namespace reelpulse::downloads {

/// The image candidate a quality picks: `best` the largest (by pixel area), `high` the widest not above 1080
/// px, `medium` the widest not above 640 px, `low` the narrowest at least 320 px wide; where none fits, the
/// narrowest at least 320 px wide, else the narrowest. A video height (`720p`) picks the best image.
/// std::nullopt for an empty list.
std::optional<MediaVersion> pickImage(const QList<MediaVersion> &candidates, const Quality &quality);

/// The video version a quality picks by height: `best` (and `high`) the tallest; `1080p`, `720p`, `480p`,
/// `360p` the tallest not above that height, else the smallest; `medium` is 720p, `low` the smallest.
std::optional<MediaVersion> pickVideo(const QList<MediaVersion> &versions, const Quality &quality);

/// The audio representation with the highest bandwidth.
std::optional<MediaVersion> pickAudio(const QList<MediaVersion> &representations);

/// The files a resolved post becomes under a quality and a type. A video whose wanted quality only the
/// DASH manifest offers (a taller representation within the wanted height than any progressive version)
/// becomes a MergedVideo of that representation and the best audio. Audio-only takes the best audio
/// representation, else the best video version, for ffmpeg to extract from.
QList<PlannedFile> planFiles(const ResolvedPost &post, const Quality &quality, DownloadType type,
                             AudioFormat audioFormat = AudioFormat::Best);

/// The extension of a media URL's path (jpg, webp, heic, mp4, m4a), else `fallback`.
QString extensionOf(const QString &url, const QString &fallback);
/// The MIME type of an extension (image/jpeg, video/mp4, audio/mpeg, …).
QString mimeTypeOf(const QString &extension);

} // namespace reelpulse::downloads
