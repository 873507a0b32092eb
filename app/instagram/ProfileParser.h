#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace reelpulse::instagram {

/// A profile from a user object in either format: web_profile_info / GraphQL (edge_followed_by,
/// edge_follow, edge_owner_to_timeline_media with its first page of posts, profile_pic_url_hd, …) or the
/// app / PolarisProfilePageContentQuery format (pk, follower_count, following_count, media_count, …).
ProfileInfo parseProfileUser(const QJsonObject &user);

/// A profile from any known answer: `data.user`, `graphql.user`, `user`, or a bare user object.
/// `{"data":{"user":null}}` is an Error (the account does not exist or is hidden).
Result<ProfileInfo> parseProfile(const QJsonObject &root);
Result<ProfileInfo> parseProfile(const QByteArray &body);

/// What a public profile page's HTML says in its meta tags: username and full name from og:title /
/// og:description, exact follower / following / post counts from og:description ("1,234 Followers, …";
/// abbreviated counts such as "681M" stay unknown), and the id from "profile_id" when present.
Result<ProfileInfo> parseProfileHtml(const QByteArray &html);

} // namespace reelpulse::instagram
