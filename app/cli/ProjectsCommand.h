#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `projects add|list|remove`
int runProjectsCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
