#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `endpoints`: which endpoint profile (version, built-in or data-folder override, signed or not) each
/// client uses; `endpoints update`: install newer signed profiles (services/EndpointUpdater).
int runEndpointsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
