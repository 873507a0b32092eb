#include "cli/EndpointsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "platform/DataDir.h"
#include "platform/EndpointProfile.h"
#include "services/EndpointUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Endpoints",
    "Usage: reelpulse-cli endpoints [--json]\n"
    "       reelpulse-cli endpoints update [--from URL|FILE] [--platform instagram|tiktok] [--json]\n"
    "\n"
    "Without a subcommand: show the endpoint profile each platform client uses: its version, whether it is\n"
    "the built-in one or a copy in the data folder (<data-dir>/endpoints/<platform>.json, which overrides\n"
    "the built-in one when it is valid and not older), whether that copy is signed, the base URL, and the\n"
    "strategies tried in order for each operation.\n"
    "\n"
    "update: fetch newer endpoint profiles and install them into the data folder, only when their Ed25519\n"
    "signature (<profile>.json.sig beside the file) verifies against a key built into ReelPulse.\n"
    "  --from URL|FILE     a profile file (….json) or a folder holding <platform>.json and its .sig, on an\n"
    "                      http(s) server or on this computer; default: the endpoints.update_url setting\n"
    "  --platform NAME     only this platform (a single file must then be for it)\n"
    "An unsigned, altered, older or foreign profile is refused with the reason and nothing is written\n"
    "(exit code 2; 1 when it cannot be fetched). A profile with the version in use is 'already up to date'.\n");

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject describe(const EndpointProfile &profile, const EndpointProfileInUse &info, const QString &dataDir)
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
        {u"signed_by"_s, orNull(profile.signedBy())},
        {u"installed_at"_s,
         info.installedAt.isValid() ? QJsonValue(info.installedAt.toString(Qt::ISODate)) : QJsonValue()},
        {u"override_path"_s, EndpointProfile::overridePath(profile.platform(), dataDir)},
        {u"override_problem"_s, orNull(profile.overrideProblem())},
        {u"base_url"_s, profile.baseUrl()},
        {u"operations"_s, operations},
    };
}

int show(CliContext &ctx)
{
    const QString dataDir = resolveDataDir(ctx.dataDir);
    const QList<EndpointProfile> profiles{EndpointProfile::load(Platform::Instagram, dataDir),
                                          EndpointProfile::load(Platform::TikTok, dataDir)};
    const QList<EndpointProfileInUse> inUse = EndpointUpdater::profilesInUse(dataDir);
    if (ctx.json) {
        QJsonArray list;
        for (qsizetype i = 0; i < profiles.size(); ++i)
            list.append(describe(profiles.at(i), inUse.value(i), dataDir));
        ctx.printJson(QJsonObject{{u"endpoint_profiles"_s, list}});
        return 0;
    }
    for (const EndpointProfile &profile : profiles) {
        QString source = QCoreApplication::translate("reelpulse::cli::Endpoints", "built-in");
        if (!profile.isBuiltIn())
            source = QDir::toNativeSeparators(profile.source()) + u", "_s +
                     (profile.signedBy().isEmpty()
                          ? QCoreApplication::translate("reelpulse::cli::Endpoints", "unsigned local copy")
                          : QCoreApplication::translate("reelpulse::cli::Endpoints", "signed by key %1")
                                .arg(profile.signedBy()));
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

QJsonObject toJson(const EndpointUpdateResult &result)
{
    const bool installed = result.outcome == EndpointUpdateResult::Outcome::Installed;
    return QJsonObject{
        {u"platform"_s, platformName(result.platform)},
        {u"outcome"_s, installed ? u"installed"_s : u"up_to_date"_s},
        {u"previous_version"_s, result.previousVersion},
        {u"version"_s, result.version},
        {u"key_id"_s, result.keyId},
        {u"origin"_s, result.origin},
        {u"path"_s, orNull(result.path)},
    };
}

int update(CliContext &ctx, const CommandLine &line)
{
    std::optional<Platform> platform;
    if (line.has(u"platform"_s)) {
        platform = platformFromName(line.value(u"platform"_s));
        if (!platform)
            return ctx.fail(Error::invalid(
                u"platform"_s, QCoreApplication::translate("reelpulse::cli::Endpoints",
                                                           "--platform must be instagram or tiktok, not \"%1\".")
                                   .arg(line.value(u"platform"_s))));
    }
    if (line.has(u"from"_s) && line.value(u"from"_s).trimmed().isEmpty())
        return ctx.fail(Error::invalid(
            u"from"_s, QCoreApplication::translate("reelpulse::cli::Endpoints", "--from needs a URL or a file.")));

    const QString dataDir = resolveDataDir(ctx.dataDir);
    EndpointUpdater updater(dataDir);
    const std::vector<Result<EndpointUpdateResult>> results = updater.update(line.value(u"from"_s), platform);
    int exitCode = 0;
    QJsonArray updates;
    QJsonArray errors;
    for (const Result<EndpointUpdateResult> &result : results) {
        if (!result.ok()) {
            const int code = ctx.fail(result.error());
            if (exitCode == 0)
                exitCode = code;
            errors.append(QJsonObject{{u"message"_s, result.error().message}, {u"exit_code"_s, code}});
            continue;
        }
        updates.append(toJson(result.value()));
        if (ctx.json)
            continue;
        if (result->outcome == EndpointUpdateResult::Outcome::UpToDate) {
            ctx.out << QCoreApplication::translate("reelpulse::cli::Endpoints",
                                                   "%1: already up to date (endpoint profile version %2)\n")
                           .arg(platformName(result->platform))
                           .arg(result->version);
        } else {
            ctx.out << QCoreApplication::translate(
                           "reelpulse::cli::Endpoints",
                           "%1: installed endpoint profile version %2 (was %3), signed by key %4\n")
                           .arg(platformName(result->platform))
                           .arg(result->version)
                           .arg(result->previousVersion)
                           .arg(result->keyId);
            ctx.out << QCoreApplication::translate("reelpulse::cli::Endpoints", "  from %1\n  to %2\n")
                           .arg(result->origin, QDir::toNativeSeparators(result->path));
        }
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"endpoint_updates"_s, updates}, {u"errors"_s, errors}});
    ctx.out.flush();
    return exitCode;
}

} // namespace

int runEndpointsCommand(CliContext &ctx, const QStringList &args)
{
    auto line = parseCommandLine(args, u"endpoints"_s, {}, {u"from"_s, u"platform"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Endpoints", Usage));
    const QString sub = line->positional.value(0);
    if (sub == u"update"_s && line->positional.size() == 1)
        return update(ctx, line.value());
    if (!line->positional.isEmpty())
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Endpoints",
                                                      "Unknown 'endpoints' subcommand '%1' (see 'endpoints --help').")
                              .arg(line->positional.join(u' '))));
    if (line->has(u"from"_s) || line->has(u"platform"_s))
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Endpoints",
                                                      "--from and --platform belong to 'endpoints update'.")));
    return show(ctx);
}

} // namespace reelpulse::cli
