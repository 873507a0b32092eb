#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `overview [--period 7d|30d|90d]`
int runOverviewCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
