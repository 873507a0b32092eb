#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `endpoints`: which endpoint profile (version, built-in or data-folder override) each client uses.
int runEndpointsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
