#include "cli/GovernorCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "domain/TimeFormat.h"
#include "platform/DataDir.h"
#include "services/GovernorService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Governor",
    "Usage: reelpulse-cli governor status [--json]\n"
    "       reelpulse-cli governor resume [instagram|tiktok] [--json]\n"
    "\n"
    "The rate governor paces every request to Instagram and TikTok and stops when a platform pushes\n"
    "back. Its request log and pauses live in the data folder: the app and every reelpulse-cli using\n"
    "the folder share them.\n"
    "\n"
    "  status    each identity (a platform host, read anonymously or with a session): its state, until\n"
    "            when, why, the soft-block backoff level, and the requests in the current windows of\n"
    "            each budget\n"
    "  resume    lift the checkpoint, login-wall, soft-block and rate-limit pauses of the platform's\n"
    "            identities (of all, without a platform), e.g. after completing Instagram's security\n"
    "            check in the browser. A used-up request budget is not lifted.\n");

QString untilText(const std::optional<QDateTime> &until)
{
    return until ? until->toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString platformsText(const QStringList &platforms)
{
    return platforms.isEmpty() ? QCoreApplication::translate("reelpulse::cli::Governor", "unknown platform")
                               : platforms.join(u", "_s);
}

QString windowText(const GovernorWindow &w)
{
    const QString limit =
        w.limit > 0 ? QString::number(w.limit) : QCoreApplication::translate("reelpulse::cli::Governor", "unlimited");
    const qint64 minutes = (w.windowSeconds + 59) / 60;
    QString text = w.group ? QCoreApplication::translate("reelpulse::cli::Governor", "%1* (group) %2/%3 in %4 min")
                           : QCoreApplication::translate("reelpulse::cli::Governor", "%1 %2/%3 in %4 min");
    text = text.arg(w.name).arg(w.used).arg(limit).arg(minutes);
    if (w.freeAt)
        text += QCoreApplication::translate("reelpulse::cli::Governor", ", next at %1")
                    .arg(w.freeAt->toLocalTime().toString(u"HH:mm:ss"_s));
    return text;
}

QJsonObject statusJson(const GovernorIdentityStatus &s)
{
    QJsonArray windows;
    for (const GovernorWindow &w : s.windows)
        windows.append(QJsonObject{{u"name"_s, w.name},
                                   {u"group"_s, w.group},
                                   {u"used"_s, w.used},
                                   {u"limit"_s, w.limit},
                                   {u"window_seconds"_s, w.windowSeconds},
                                   {u"free_at"_s, isoUtcOrNull(w.freeAt)}});
    return QJsonObject{{u"identity"_s, s.identity},
                       {u"host"_s, s.host},
                       {u"session"_s, s.session},
                       {u"platforms"_s, QJsonArray::fromStringList(s.platforms)},
                       {u"state"_s, s.state},
                       {u"until"_s, isoUtcOrNull(s.until)},
                       {u"message"_s, s.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.message)},
                       {u"summary"_s, s.summary},
                       {u"backoff_level"_s, s.backoffLevel},
                       {u"needs_session"_s, s.needsSession},
                       {u"windows"_s, windows}};
}

int runStatus(CliContext &ctx, GovernorService &service)
{
    auto status = service.status();
    if (!status.ok())
        return ctx.fail(status.error());
    if (ctx.json) {
        QJsonArray list;
        for (const GovernorIdentityStatus &s : status.value())
            list.append(statusJson(s));
        ctx.printJson(QJsonObject{{u"identities"_s, list}});
        return 0;
    }
    if (status->isEmpty()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Governor",
                                               "No request in the current windows and nothing paused.")
                << Qt::endl;
        return 0;
    }
    for (const GovernorIdentityStatus &s : status.value()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "%1 (%2): %3")
                       .arg(s.identity, platformsText(s.platforms), s.summary)
                << u'\n';
        ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "  state:    %1").arg(s.state) << u'\n';
        if (s.until)
            ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "  until:    %1").arg(untilText(s.until))
                    << u'\n';
        if (!s.message.isEmpty())
            ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "  why:      %1").arg(s.message)
                    << u'\n';
        if (s.backoffLevel > 0)
            ctx.out
                << QCoreApplication::translate("reelpulse::cli::Governor", "  backoff:  level %1").arg(s.backoffLevel)
                << u'\n';
        for (const GovernorWindow &w : s.windows)
            ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "  requests: %1").arg(windowText(w))
                    << u'\n';
    }
    ctx.out.flush();
    return 0;
}

int runResume(CliContext &ctx, GovernorService &service, const std::optional<Platform> &platform)
{
    auto resumed = service.resume(platform);
    if (!resumed.ok())
        return ctx.fail(resumed.error());
    if (ctx.json) {
        QJsonArray list;
        for (const GovernorResumed &r : resumed.value())
            list.append(QJsonObject{{u"identity"_s, r.identity},
                                    {u"platforms"_s, QJsonArray::fromStringList(r.platforms)},
                                    {u"previous_state"_s, r.previousState}});
        ctx.printJson(QJsonObject{{u"resumed"_s, list}});
        return 0;
    }
    if (resumed->isEmpty()) {
        ctx.out << (platform ? QCoreApplication::translate("reelpulse::cli::Governor", "Nothing of %1 was paused.")
                                   .arg(platformName(*platform))
                             : QCoreApplication::translate("reelpulse::cli::Governor", "Nothing was paused."))
                << Qt::endl;
        return 0;
    }
    for (const GovernorResumed &r : resumed.value())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Governor", "Resumed %1 (%2), which was %3.")
                       .arg(r.identity, platformsText(r.platforms), r.previousState)
                << u'\n';
    ctx.out.flush();
    return 0;
}

} // namespace

int runGovernorCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Governor", Usage));
    auto line = parseCommandLine(args, u"governor"_s, {}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Governor", Usage));
    const QStringList words = line->positional;
    const QString sub = words.value(0);
    if (sub == u"status") {
        if (words.size() != 1)
            return ctx.fail(
                Error::invalid(u"command"_s, QCoreApplication::translate("reelpulse::cli::Governor",
                                                                         "'governor status' takes no arguments.")));
    } else if (sub == u"resume") {
        if (words.size() > 2)
            return ctx.fail(Error::invalid(
                u"platform"_s, QCoreApplication::translate("reelpulse::cli::Governor",
                                                           "'governor resume' takes at most one platform.")));
    } else {
        return ctx.fail(Error::invalid(
            u"command"_s,
            QCoreApplication::translate("reelpulse::cli::Governor",
                                        "Unknown governor command '%1': use status or resume (see 'governor --help').")
                .arg(sub)));
    }
    std::optional<Platform> platform;
    if (words.size() == 2) {
        platform = platformFromName(words.at(1).toLower());
        if (!platform)
            return ctx.fail(Error::invalid(
                u"platform"_s, QCoreApplication::translate("reelpulse::cli::Governor",
                                                           "Unknown platform '%1': use instagram or tiktok.")
                                   .arg(words.at(1))));
    }
    GovernorService service(resolveDataDir(ctx.dataDir));
    return sub == u"status" ? runStatus(ctx, service) : runResume(ctx, service, platform);
}

} // namespace reelpulse::cli
