#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `search "<query>" [--in accounts|creators|posts|comments] [--limit N] [--cursor C] [--syntax]`
int runSearchCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
