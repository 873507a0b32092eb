#include "cli/CliApp.h"

#include "cli/AccountsCommand.h"
#include "cli/AnalyticsCommand.h"
#include "cli/CliContext.h"
#include "cli/ConfigCommand.h"
#include "cli/CreatorsCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/EndpointsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GovernorCommand.h"
#include "cli/InfoCommand.h"
#include "cli/InsightsCommand.h"
#include "cli/OverviewCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/ProjectsCommand.h"
#include "cli/PublishCommand.h"
#include "cli/ReelsCommand.h"
#include "cli/ScrapeCommand.h"
#include "cli/SearchCommand.h"
#include "cli/SentimentCommand.h"
#include "cli/StatsCommand.h"
#include "cli/VideosCommand.h"
#include "domain/AppInfo.h"
#include "i18n/Language.h"
#include "platform/DataDir.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

using CommandFn = int (*)(CliContext &, const QStringList &);

struct Command
{
    const char *name;
    CommandFn run;
    const char *summary;
};

// Every command group, in the order `--help` lists them.
const Command Commands[] = {
    {"config", runConfigCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "show and change the settings the app and the CLI share")},
    {"endpoints", runEndpointsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "which endpoint profile the clients use (version, built-in or override)")},
    {"export", runExportCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "charts as PNG, SVG, PDF or CSV, and client reports as PDF")},
    {"governor", runGovernorCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "what the rate governor holds back and why; resume after a stop")},
    {"info", runInfoCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "show a profile, post, reel or TikTok video as the platform has it now")},
    {"profiles", runProfilesCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "track Instagram profiles (own or competitors')")},
    {"projects", runProjectsCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "create, list and remove projects of reels")},
    {"reels", runReelsCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "track individual reels and posts in projects")},
    {"scrape", runScrapeCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "scrape one task now, or every due task once (--due)")},
    {"sentiment", runSentimentCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "score comment sentiment, summaries, re-scoring")},
    {"stats", runStatsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "engagement, velocity, trending and growth from the stored history")},
    {"videos", runVideosCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "track Instagram posts and TikTok videos")},
    {"accounts", runAccountsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "Instagram professional accounts to publish to (tokens in the keychain)")},
    {"account", runAccountCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "what Instagram says about an account now")},
    {"media", runMediaCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "an account's recent media, page by page")},
    {"media-host", runMediaHostCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "where local files are uploaded before publishing; test it")},
    {"publish", runPublishCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "publish or schedule images, carousels, reels, stories; --due for cron")},
    {"posts", runPostsCommand, QT_TRANSLATE_NOOP("reelpulse::cli", "the publishing queue: list, show, cancel, retry")},
    {"insights", runInsightsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "a published post's insights and engagement rate")},
    {"download", runDownloadCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "download a post, reel, carousel or TikTok video to your disk")},
    {"downloads", runDownloadsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "the download list: status, pause, resume, cancel, retry, formats")},
    {"search", runSearchCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "search accounts, creators, posts and comments of everything tracked")},
    {"creators", runCreatorsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "group accounts of both platforms into creators; roll-ups and leaderboard")},
    {"analytics", runAnalyticsCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "daily series of an account, creator or video (views, likes, followers…)")},
    {"overview", runOverviewCommand,
     QT_TRANSLATE_NOOP("reelpulse::cli", "headline figures of a period against the period before")},
};

QString usage()
{
    QString text = QCoreApplication::translate(
        "reelpulse::cli", "Usage: reelpulse-cli [--data-dir DIR] [--json] <command> [<args>]\n"
                          "\n"
                          "ReelPulse engine without a window: track Instagram and TikTok content from scripts.\n"
                          "\n"
                          "Commands:\n");
    // In alphabetical order, whatever the table's.
    std::vector<const Command *> sorted;
    for (const Command &c : Commands)
        sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(),
              [](const Command *a, const Command *b) { return std::strcmp(a->name, b->name) < 0; });
    for (const Command *c : sorted)
        text += u"  %1%2\n"_s.arg(QString::fromLatin1(c->name).leftJustified(12),
                                  QCoreApplication::translate("reelpulse::cli", c->summary));
    text += QCoreApplication::translate(
                "reelpulse::cli",
                "\n"
                "Global options:\n"
                "  --data-dir DIR   use the store in DIR (default: $REELPULSE_DATA_DIR, else %1)\n"
                "  --json           print JSON in the shapes of the tracking APIs\n"
                "  --version        print the version\n"
                "  --help           this help; '<command> --help' for a command's help\n"
                "\n"
                "Exit codes: 0 success, 2 invalid input, 3 not found, 4 conflict (duplicate), 1 anything else.\n")
                .arg(resolveDataDir(u""_s).isEmpty()
                         ? QCoreApplication::translate("reelpulse::cli", "the application data folder")
                         : resolveDataDir({}));
    return text;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext ctx(out, err);
    QStringList rest;
    bool afterDashDash = false;
    bool wantsVersion = false;
    bool wantsHelp = false;
    bool missingDataDir = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (afterDashDash) {
            rest << arg;
            continue;
        }
        if (arg == u"--") {
            afterDashDash = true;
            rest << arg;
        } else if (arg == u"--json") {
            ctx.json = true;
        } else if (arg == u"--data-dir") {
            if (i + 1 >= arguments.size()) {
                missingDataDir = true;
                break;
            }
            ctx.dataDir = arguments.at(++i);
        } else if (arg.startsWith(u"--data-dir="_s)) {
            ctx.dataDir = arg.mid(11);
        } else if (arg == u"--version" && rest.isEmpty()) {
            wantsVersion = true;
        } else if ((arg == u"--help" || arg == u"-h" || arg == u"help") && rest.isEmpty()) {
            wantsHelp = true;
        } else {
            rest << arg;
        }
    }
    // Help, messages and tables in the language of the data folder's settings (ui.language), else the system's
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    i18n::useLanguage(i18n::languageSetting(resolveDataDir(ctx.dataDir)));
    if (missingDataDir)
        return ctx.fail(
            Error::invalid(u"data-dir"_s, QCoreApplication::translate("reelpulse::cli", "--data-dir needs a folder.")));
    if (wantsVersion) {
        out << u"reelpulse-cli "_s << appVersion() << Qt::endl;
        return 0;
    }
    if (wantsHelp || rest.isEmpty())
        return ctx.usage(usage()) + (rest.isEmpty() && !wantsHelp ? 2 : 0);

    const QString name = rest.first();
    for (const Command &c : Commands) {
        if (name == QLatin1StringView(c.name))
            return c.run(ctx, rest.mid(1));
    }
    return ctx.fail(Error::invalid(
        u"command"_s,
        QCoreApplication::translate("reelpulse::cli", "Unknown command '%1'. Run 'reelpulse-cli --help' for the list.")
            .arg(name)));
}

} // namespace reelpulse::cli
