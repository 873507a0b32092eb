#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `sentiment text|file|summary|rescore|label`
int runSentimentCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
