#include "publishing/GraphTypes.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

bool GraphError::retryable() const
{
    switch (action) {
    case GraphAction::Wait:
    case GraphAction::MediaNotFetched:
    case GraphAction::NoAnswer:
        return true;
    case GraphAction::Other:
        return httpStatus >= 500 || httpStatus == 0;
    default:
        return false;
    }
}

Error GraphError::toError() const
{
    switch (action) {
    case GraphAction::InvalidParameter:
    case GraphAction::VideoFormat:
        return Error::invalid(parameter, message);
    case GraphAction::NoAnswer:
        return {ErrorKind::Network, {}, message};
    default:
        return Error::other(message);
    }
}

QString containerStatusName(ContainerStatus status)
{
    switch (status) {
    case ContainerStatus::InProgress:
        return u"IN_PROGRESS"_s;
    case ContainerStatus::Finished:
        return u"FINISHED"_s;
    case ContainerStatus::Error:
        return u"ERROR"_s;
    case ContainerStatus::Expired:
        return u"EXPIRED"_s;
    case ContainerStatus::Published:
        return u"PUBLISHED"_s;
    case ContainerStatus::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}

std::optional<double> MediaInsights::engagementRate() const
{
    if (!reach || *reach <= 0 || !totalInteractions)
        return std::nullopt;
    return std::round(double(*totalInteractions) / double(*reach) * 10000.0) / 100.0;
}

} // namespace reelpulse
