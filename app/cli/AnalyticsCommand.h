#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `analytics daily <profile-task-id|creator|video-id> [--metric …] [--from] [--to]`
int runAnalyticsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
