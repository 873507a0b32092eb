#include "cli/AutoDownloadOption.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "services/AutoDownload.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

QString autoDownloadUsage()
{
    return QCoreApplication::translate("reelpulse::cli::Profiles",
                                       "\nadd and update also take --auto-download on|off: download every new post a "
                                       "scrape finds (default off).\n");
}

Status checkAutoDownload(const CommandLine &line)
{
    if (!line.has(u"auto-download"_s))
        return Ok{};
    auto on = AutoDownload::parseSwitch(line.value(u"auto-download"_s));
    if (!on.ok())
        return on.error();
    return Ok{};
}

Result<ProfileTask> withAutoDownload(CliContext &ctx, const CommandLine &line, Result<ProfileTask> task)
{
    if (!task.ok() || !line.has(u"auto-download"_s))
        return task;
    auto on = AutoDownload::parseSwitch(line.value(u"auto-download"_s));
    if (!on.ok())
        return on.error();
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    if (auto s = AutoDownload::setEnabled(*db.value(), task->id, on.value()); !s.ok())
        return s.error();
    return task;
}

std::optional<bool> autoDownloadOf(CliContext &ctx, const QString &taskId)
{
    auto db = ctx.database();
    if (!db.ok())
        return std::nullopt;
    auto on = AutoDownload::enabled(*db.value(), taskId);
    return on.ok() ? std::optional<bool>(on.value()) : std::nullopt;
}

} // namespace reelpulse::cli
