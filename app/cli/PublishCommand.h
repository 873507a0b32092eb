#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `publish image|carousel|reel|story …` (now, or at --at), `publish schedule <type> … --at`, `publish --due`
int runPublishCommand(CliContext &ctx, const QStringList &args);
/// `posts list|show|cancel|retry`
int runPostsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
