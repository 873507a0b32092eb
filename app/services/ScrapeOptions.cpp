#include "services/ScrapeOptions.h"

#include <algorithm>

namespace reelpulse {

bool ScrapeOptions::blocksPlatform(FailureClass cls)
{
    return cls == FailureClass::RateLimited || cls == FailureClass::SoftBlock || cls == FailureClass::LoginWall ||
           cls == FailureClass::Checkpoint;
}

std::optional<QDateTime> ScrapeOptions::retryAt(const ScrapeFailure &failure, const QDateTime &now)
{
    const qint64 asked = failure.retryAfterSeconds.value_or(0);
    qint64 seconds = 0;
    switch (failure.cls) {
    case FailureClass::NotFound:
    case FailureClass::Private:
    case FailureClass::Checkpoint:
    case FailureClass::LoginWall:
        return std::nullopt;
    case FailureClass::RateLimited:
        seconds = std::max<qint64>(asked, 15 * 60);
        break;
    case FailureClass::SoftBlock:
        seconds = std::max<qint64>(asked, 30 * 60);
        break;
    case FailureClass::Network:
        seconds = std::max<qint64>(asked, 10 * 60);
        break;
    case FailureClass::Malformed:
        seconds = std::max<qint64>(asked, 60 * 60);
        break;
    case FailureClass::EndpointBroken:
        seconds = std::max<qint64>(asked, 6 * 60 * 60);
        break;
    }
    return now.addSecs(seconds);
}

} // namespace reelpulse
