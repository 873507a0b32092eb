#pragma once

#include <QStringList>

namespace reelpulse::cli {

class CliContext;

/// `governor status` (what the rate governor holds back, per identity, as every process recorded it) and
/// `governor resume [instagram|tiktok]` (lift a checkpoint or a pause once it is dealt with).
int runGovernorCommand(CliContext &ctx, const QStringList &args);

} // namespace reelpulse::cli
