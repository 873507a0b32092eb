#pragma once

#include <QStringList>

namespace reelpulse::cli {

class CliContext;

/// `reelpulse-cli download post|reel|carousel|video <target> …`: downloads and waits (or queues with --detach).
int runDownloadCommand(CliContext &ctx, const QStringList &args);
/// `reelpulse-cli downloads list|status|pause|resume|cancel|retry|formats`.
int runDownloadsCommand(CliContext &ctx, const QStringList &args);

} // namespace reelpulse::cli
