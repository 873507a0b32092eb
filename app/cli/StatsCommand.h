#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `stats post|reel|video|profile`: metrics of the stored history in the hosted shapes (docs/metrics.md).
int runStatsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
