#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `creators add|rename|link|unlink|list|show|remove|leaderboard`
int runCreatorsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
