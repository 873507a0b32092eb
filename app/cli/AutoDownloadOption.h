#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <optional>

namespace reelpulse::cli {

class CliContext;
struct CommandLine;

/// The usage lines of --auto-download, after those of `profiles`.
QString autoDownloadUsage();
/// Checks the value of --auto-download, when given, before anything is changed.
Status checkAutoDownload(const CommandLine &line);
/// `profiles add|update … --auto-download on|off`: sets the task's "download new posts" option (kept in a
/// column of its own beside the task) once the task was added or updated; the task, or the error.
Result<ProfileTask> withAutoDownload(CliContext &ctx, const CommandLine &line, Result<ProfileTask> task);
/// The task's option, when it can be read.
std::optional<bool> autoDownloadOf(CliContext &ctx, const QString &taskId);

} // namespace reelpulse::cli
