#include "cli/EndpointsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "platform/DataDir.h"
#include "platform/EndpointProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage =
    QT_TRANSLATE_NOOP("reelpulse::cli::Endpoints",
                      "Usage: reelpulse-cli endpoints [--json]\n"
                      "\n"
                      "Show the endpoint profile each platform client uses: its version, whether it is the\n"
                      "built-in one or a copy in the data folder (<data-dir>/endpoints/<platform>.json, which\n"
                      "overrides the built-in one when it is valid and not older), the base URL, and the\n"
                      "strategies tried in order for each operation.\n");

QJsonObject describe(const EndpointProfile &profile, const QString &dataDir)
{
    QJsonObject operations;
    for (const QString &operation : profile.operations()) {
        QJsonArray strategies;
        for (const EndpointStrategy &strategy : profile.strategies(operation))
            strategies.append(QJsonObject{{u"name"_s, strategy.name},
                                          {u"method"_s, strategy.method},
                                          {u"url"_s, strategy.urlTemplate},
                                          {u"requires_session"_s, strategy.requiresSession}});
        operations.insert(operation, strategies);
    }
    return QJsonObject{
        {u"platform"_s, platformName(profile.platform())},
        {u"version"_s, profile.version()},
        {u"source"_s, profile.source()},
        {u"override_path"_s, EndpointProfile::overridePath(profile.platform(), dataDir)},
        {u"override_problem"_s,
         profile.overrideProblem().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile.overrideProblem())},
        {u"base_url"_s, profile.baseUrl()},
        {u"operations"_s, operations},
    };
}

} // namespace

int runEndpointsCommand(CliContext &ctx, const QStringList &args)
{
    auto line = parseCommandLine(args, u"endpoints"_s, {}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Endpoints", Usage));
    if (!line->positional.isEmpty())
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Endpoints", "'endpoints' takes no arguments.")));
    const QString dataDir = resolveDataDir(ctx.dataDir);
    const QList<EndpointProfile> profiles{EndpointProfile::load(Platform::Instagram, dataDir),
                                          EndpointProfile::load(Platform::TikTok, dataDir)};
    if (ctx.json) {
        QJsonArray list;
        for (const EndpointProfile &profile : profiles)
            list.append(describe(profile, dataDir));
        ctx.printJson(QJsonObject{{u"endpoint_profiles"_s, list}});
        return 0;
    }
    for (const EndpointProfile &profile : profiles) {
        const QString source = profile.isBuiltIn()
                                   ? QCoreApplication::translate("reelpulse::cli::Endpoints", "built-in")
                                   : QDir::toNativeSeparators(profile.source());
        ctx.out << QCoreApplication::translate("reelpulse::cli::Endpoints", "%1: endpoint profile version %2 (%3)\n")
                       .arg(platformName(profile.platform()))
                       .arg(profile.version())
                       .arg(source);
        ctx.out << QCoreApplication::translate("reelpulse::cli::Endpoints", "  base URL: %1\n").arg(profile.baseUrl());
        if (!profile.overrideProblem().isEmpty())
            ctx.out << QCoreApplication::translate("reelpulse::cli::Endpoints",
                                                   "  the copy in the data folder is not used: %1\n")
                           .arg(profile.overrideProblem());
        for (const QString &operation : profile.operations()) {
            QStringList names;
            for (const EndpointStrategy &strategy : profile.strategies(operation))
                names << strategy.name;
            ctx.out << u"  %1: %2\n"_s.arg(operation, names.join(u" → "_s));
        }
    }
    ctx.out.flush();
    return 0;
}

} // namespace reelpulse::cli
