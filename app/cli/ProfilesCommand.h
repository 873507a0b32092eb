#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `profiles add|list|show|update|remove`
int runProfilesCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
