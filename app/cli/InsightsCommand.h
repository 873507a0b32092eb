#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `insights <post-id|media-id> [--account USER] [--json]`
int runInsightsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
