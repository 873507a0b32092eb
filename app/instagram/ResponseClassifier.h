#pragma once

#include "domain/TimeFormat.h"
#include "platform/FailureClass.h"
#include "platform/HttpAnswer.h"

#include <optional>

namespace reelpulse::instagram {

/// Why an Instagram answer is a failure, or nullopt when it can be handed to a parser.
///   - no answer → Network; 429 → RateLimited (Retry-After as seconds or HTTP-date); 5xx → Network
///   - a redirect (Location, or finalUrl after followed redirects) to /accounts/login/ → LoginWall,
///     to /challenge/ or /checkpoint/ → Checkpoint
///   - checkpoint_required / challenge_required / feedback_required in the body (any status) → Checkpoint
///   - 401 ("Please wait a few minutes", require_login) → SoftBlock; 403 with login_required → LoginWall
///   - 404/410 → NotFound; other 4xx → EndpointBroken
///   - HTML where JSON was expected → LoginWall; empty or unparsable JSON → Malformed
///   - 200 with `"data": null`, non-empty `errors`, or `"status": "fail"` → EndpointBroken (or SoftBlock /
///     LoginWall / NotFound when the message says so); `{"data":{"user":null}}` → NotFound
std::optional<ScrapeFailure> classifyResponse(const HttpAnswer &answer, Expect expect = Expect::Json,
                                              const QDateTime &now = nowUtc());

} // namespace reelpulse::instagram
