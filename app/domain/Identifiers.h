#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QString>
#include <optional>

namespace reelpulse {

/// Instagram username from `name`, `@name` or a profile URL, lower-cased.
/// Rules: 1–30 letters, digits, `.` or `_`; no leading or trailing `.`; no `..`.
Result<QString> normalizeUsername(const QString &input);

/// TikTok username from `name`, `@name` or an account URL (`https://www.tiktok.com/@name`), lower-cased.
/// Rules: 2–24 letters, digits, `_` or `.`; not ending with `.`.
Result<QString> normalizeTikTokUsername(const QString &input);

/// A profile (account) to track: its platform and normalized username.
struct ProfileRef
{
    Platform platform = Platform::Instagram;
    QString username;
};

/// A profile from what a person typed: an instagram.com or tiktok.com URL names its platform; a name or
/// `@name` is of `platform` (Instagram when not given). A URL of the other platform than `platform` is refused.
Result<ProfileRef> parseProfileIdentifier(const QString &input, std::optional<Platform> platform = std::nullopt);

/// The canonical URL of an account page.
QString canonicalProfileUrl(Platform platform, const QString &username);

/// The numeric media id encoded in a shortcode (base64 alphabet `A-Za-z0-9-_`, big-endian).
Result<qint64> shortcodeToMediaId(const QString &shortcode);
/// The shortcode of a numeric media id.
QString mediaIdToShortcode(qint64 mediaId);

/// Shortcode from an Instagram post URL (`/reel/`, `/reels/`, `/p/`, `/tv/`, with or without `www.`,
/// query string or trailing slash, optionally after a `/username/` segment) or a bare shortcode.
Result<QString> parseInstagramShortcode(const QString &input);

/// The canonical URL of a reel or post.
QString canonicalReelUrl(const QString &shortcode);

/// A normalized video reference.
struct VideoRef
{
    Platform platform = Platform::Instagram;
    QString externalId; ///< numeric id (Instagram media id or TikTok video id)
    QString shortcode;  ///< Instagram only
    QString canonicalUrl;
    QString username; ///< TikTok author when the URL names one
};

/// Instagram: a post URL, a numeric media id or a shortcode. TikTok: a video URL or a numeric id.
Result<VideoRef> parseVideoIdentifier(Platform platform, const QString &input);

} // namespace reelpulse
