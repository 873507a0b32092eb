#include "cli/ProjectsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TaskJson.h"
#include "services/TrackingService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage =
    QT_TRANSLATE_NOOP("reelpulse::cli::Projects", "Usage: reelpulse-cli projects <command> [--json]\n"
                                                  "\n"
                                                  "Projects group reel tasks.\n"
                                                  "\n"
                                                  "Commands:\n"
                                                  "  add <name>      create a project\n"
                                                  "  list            list projects with their number of reel tasks\n"
                                                  "  remove <name>   delete a project and all its reel tasks\n");

} // namespace

int runProjectsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Projects", Usage));
    auto line = parseCommandLine(args.mid(1), u"projects "_s + sub, {}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Projects", Usage));
    if (sub != u"add" && sub != u"list" && sub != u"remove")
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Projects",
                                                      "Unknown command 'projects %1' (see 'projects --help').")
                              .arg(sub)));
    const int expected = sub == u"list" ? 0 : 1;
    if (line->positional.size() != expected)
        return ctx.fail(Error::invalid(
            u"project_name"_s,
            expected ? QCoreApplication::translate("reelpulse::cli::Projects", "'projects %1' takes one project name.")
                           .arg(sub)
                     : QCoreApplication::translate("reelpulse::cli::Projects", "'projects list' takes no arguments.")));
    auto service = ctx.tracking();
    if (!service.ok())
        return ctx.fail(service.error());
    TrackingService &tracking = *service.value();

    if (sub == u"list") {
        auto projects = tracking.projects();
        if (!projects.ok())
            return ctx.fail(projects.error());
        if (ctx.json) {
            ctx.printJson(json::projectList(projects.value()));
            return 0;
        }
        if (projects->isEmpty()) {
            ctx.out << QCoreApplication::translate(
                           "reelpulse::cli::Projects",
                           "No projects yet. Create one with: reelpulse-cli projects add <name>")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Projects", "PROJECT"),
                                 QCoreApplication::translate("reelpulse::cli::Projects", "REELS"),
                                 QCoreApplication::translate("reelpulse::cli::Projects", "CREATED")}};
        for (const Project &p : projects.value())
            rows.append({p.name, QString::number(p.reelCount), p.createdAt.toString(u"yyyy-MM-dd"_s)});
        printTable(ctx.out, rows);
        return 0;
    }
    auto result = sub == u"add" ? tracking.addProject(line->positional.first())
                                : tracking.removeProject(line->positional.first());
    if (!result.ok())
        return ctx.fail(result.error());
    if (ctx.json)
        ctx.printJson(json::project(result.value()));
    else if (sub == u"add")
        ctx.out << QCoreApplication::translate("reelpulse::cli::Projects", "Created project \"%1\".").arg(result->name)
                << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("reelpulse::cli::Projects",
                                               "Removed project \"%1\" and its %2 reel task(s).")
                       .arg(result->name)
                       .arg(result->reelCount)
                << Qt::endl;
    return 0;
}

} // namespace reelpulse::cli
