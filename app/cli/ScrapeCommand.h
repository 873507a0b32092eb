#pragma once

#include <QStringList>

namespace reelpulse::cli {

class CliContext;

/// `scrape <task-id>` (force one task now) and `scrape --due` (every due task once, for cron and
/// systemd timers).
int runScrapeCommand(CliContext &ctx, const QStringList &args);

} // namespace reelpulse::cli
