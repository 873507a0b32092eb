#include "cli/ExportCommand.h"

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

ExportHandler &handler()
{
    static ExportHandler current = nullptr;
    return current;
}

} // namespace

void setExportHandler(ExportHandler h)
{
    handler() = h;
}

int runExportCommand(CliContext &ctx, const QStringList &args)
{
    if (handler())
        return handler()(ctx, args);
    return ctx.fail(Error::other(QCoreApplication::translate("reelpulse::cli::Export",
                                                             "Drawing charts needs reelpulse-cli-export beside "
                                                             "reelpulse-cli; it was not found.")));
}

bool commandDraws(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--data-dir") {
            ++i;
            continue;
        }
        if (arg.startsWith(u"-"_s))
            continue;
        return arg == u"export";
    }
    return false;
}

QString exportProgram(const QString &cliPath)
{
    return QFileInfo(cliPath).absolutePath() + u"/reelpulse-cli-export"_s;
}

} // namespace reelpulse::cli
