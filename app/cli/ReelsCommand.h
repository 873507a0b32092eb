#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `reels add|list|show|update|remove`
int runReelsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
