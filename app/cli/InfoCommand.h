#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `info profile|post|reel|video`: what the platform answers now, printed without storing anything.
int runInfoCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
