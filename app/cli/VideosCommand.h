#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `videos add|list|show|update|remove`
int runVideosCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
