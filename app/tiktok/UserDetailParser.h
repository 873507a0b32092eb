#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace reelpulse::tiktok {

/// TikTok's status codes of an account page.
inline constexpr int AccountNotFoundStatus = 10221;
inline constexpr int AccountPrivateStatus = 10222;

/// `__DEFAULT_SCOPE__["webapp.user-detail"]` of an account page's universal data; empty when absent.
QJsonObject userDetail(const QJsonObject &universalData);

/// `statusCode` of a user detail (0 is success); nullopt when absent.
std::optional<int> userStatusCode(const QJsonObject &detail);

/// The account of a user-detail object (`{statusCode, userInfo{user, stats, statsV2, itemList?}}`):
/// user.id, uniqueId, nickname, signature, avatarLarger, verified, privateAccount, secUid and the counts
/// followerCount → followers, followingCount → following, heartCount (or heart) → likes, videoCount → posts.
/// Counts are exact: `statsV2` holds them as strings and wins over `stats`, whose numbers TikTok may round
/// (427700 for 427682); `stats` fills only what `statsV2` lacks. The items of `itemList`, when the page has them,
/// become the timeline. statusCode 10222 (private) with a user is read (isPrivate set, no items); statusCode 10221
/// (not found) and any other non-zero code is an Error whose message names the code.
Result<ProfileInfo> parseUserDetail(const QJsonObject &detail);

/// The account of an account page (`/@{username}`): extracts the universal data, then parseUserDetail.
Result<ProfileInfo> parseAccountPage(const QByteArray &html);

/// A list of an account's videos (`/api/post/item_list/`: `{itemList[], cursor, hasMore, statusCode}`). Items
/// without an id are skipped.
Result<MediaPage> parseItemList(const QByteArray &body);

} // namespace reelpulse::tiktok
