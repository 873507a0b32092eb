#pragma once

#include <QStringList>

namespace reelpulse::cli {

class CliContext;

/// `config list|get <key>|set <key> <value>|reset <key>`: the settings both the app and the CLI use.
int runConfigCommand(CliContext &ctx, const QStringList &args);

} // namespace reelpulse::cli
