#pragma once

#include <QString>
#include <optional>

namespace reelpulse {

/// Why a platform request failed, and so what to do about it.
enum class FailureClass {
    RateLimited,    ///< 429: wait the window (at least 60 s, Retry-After honoured), then retry
    SoftBlock,      ///< 401 "Please wait a few minutes": exponential backoff from 15 min
    LoginWall,      ///< redirect to /accounts/login/ or HTML instead of JSON: cool down, ask for a session
    Checkpoint,     ///< checkpoint_required / challenge_required / feedback_required: stop the identity, tell the user
    EndpointBroken, ///< 200 with null data or "errors": try the next strategy, then report
    NotFound,       ///< 404 / deleted: mark the task, no retry
    Private,        ///< private or blocked content: mark the task, no retry
    Network,        ///< connection, timeout, 5xx: retry with backoff
    Malformed,      ///< truncated or unparsable body
};

QString failureClassName(FailureClass cls); ///< stable machine name, e.g. "rate_limited"
std::optional<FailureClass> failureClassFromName(const QString &name);

/// A classified failure with a message a person can act on.
struct ScrapeFailure
{
    FailureClass cls = FailureClass::Network;
    QString message;
    int httpStatus = 0;
    std::optional<int> retryAfterSeconds;
};

} // namespace reelpulse
