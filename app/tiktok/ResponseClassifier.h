#pragma once

#include "domain/TimeFormat.h"
#include "platform/FailureClass.h"
#include "platform/HttpAnswer.h"

#include <optional>

namespace reelpulse::tiktok {

/// A TikTok statusCode / status_code as a failure: 0 → nullopt; 10216, 10222, 10204 → Private;
/// 10202, 10203, 10217, 10221 → NotFound; 10000 (verification) → Checkpoint; anything else → EndpointBroken.
std::optional<ScrapeFailure> classifyStatusCode(int statusCode, const QString &statusMessage = {});

/// A video page answer (`/@{username}/video/{id}`): HTTP-level failures (no answer, 429, 404, 5xx), a
/// redirect to /login → LoginWall, a page without `__UNIVERSAL_DATA_FOR_REHYDRATION__` → EndpointBroken
/// (a verification page → Checkpoint), broken page JSON → Malformed, a non-zero
/// `webapp.video-detail.statusCode` → classifyStatusCode. nullopt when parseVideoPage can read it.
std::optional<ScrapeFailure> classifyVideoPage(const HttpAnswer &answer, const QDateTime &now = nowUtc());

/// A /api/comment/list/ answer: HTTP-level failures, an empty body (TikTok's answer to an unsigned or
/// refused request) → EndpointBroken, HTML → LoginWall, broken JSON → Malformed, non-zero status_code →
/// classifyStatusCode. nullopt when parseCommentList can read it.
std::optional<ScrapeFailure> classifyCommentList(const HttpAnswer &answer, const QDateTime &now = nowUtc());

/// An account page answer (`/@{username}`): as classifyVideoPage, with `webapp.user-detail`: statusCode 10221 →
/// NotFound, 10222 without the account's user → Private (with it the page is read: parseAccountPage marks it
/// private), other non-zero codes → classifyStatusCode. nullopt when parseAccountPage can read it.
std::optional<ScrapeFailure> classifyAccountPage(const HttpAnswer &answer, const QDateTime &now = nowUtc());

/// An account's video list (`/api/post/item_list/`): as classifyCommentList (an HTML page → LoginWall).
std::optional<ScrapeFailure> classifyItemList(const HttpAnswer &answer, const QDateTime &now = nowUtc());

} // namespace reelpulse::tiktok
