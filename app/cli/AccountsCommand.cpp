#include "cli/AccountsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PublishingCli.h"
#include "domain/TimeFormat.h"

#include "auth/InstagramOAuth.h"
#include "platform/DataDir.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("reelpulse::cli::Accounts", text, disambiguation, n);
}

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Accounts",
    "Usage: reelpulse-cli accounts <command> [--json]\n"
    "\n"
    "Instagram professional accounts to publish to (Instagram API with Instagram Login). Tokens are kept in the\n"
    "operating system's keychain only.\n"
    "\n"
    "Commands:\n"
    "  add --token-file FILE   connect the account of a long-lived token generated in Meta's App Dashboard\n"
    "                          (the file holds the token, or the JSON answer with access_token and expires_in)\n"
    "  list                    connected accounts\n"
    "  show <user>             one account\n"
    "  remove <user>           disconnect: delete the token from the keychain, the account and its posts\n"
    "  refresh                 refresh the tokens that expire within 15 days (the app does it by itself)\n"
    "  connect [--no-browser] [--timeout SECONDS]\n"
    "                          sign in with your browser (Business Login for Instagram); the answer comes back\n"
    "                          to 127.0.0.1. Needs publish.app_id and the app secret (or publish.token_broker_url)\n"
    "  app-secret --secret-file FILE   keep your Meta app's secret in the keychain\n");

void printJsonArray(CliContext &ctx, const QJsonArray &array)
{
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

QString expiryText(const PublishAccount &a)
{
    if (a.needsReconnect())
        return tr("Reconnect");
    return a.tokenExpiresAt ? a.tokenExpiresAt->toString(u"yyyy-MM-dd"_s) : u"-"_s;
}

QString countText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"-"_s;
}

/// The system-browser sign-in (RFC 8252): the authorize URL is opened (or printed), the redirect comes back to a
/// loopback listener, its state is checked, and the code becomes a long-lived token.
int connectWithBrowser(CliContext &ctx, PublishingService &publishing, const CommandLine &line)
{
    const QString appId = Settings(resolveDataDir(ctx.dataDir)).value(u"publish.app_id"_s).toString();
    if (appId.isEmpty())
        return ctx.fail(Error::invalid(u"publish.app_id"_s,
                                       tr("Set your Meta app's Instagram app id first: reelpulse-cli config set "
                                          "publish.app_id ID (or connect with a token: accounts add --token-file).")));
    int timeoutSeconds = 600;
    if (line.has(u"timeout"_s)) {
        auto parsed = parseInt(line.value(u"timeout"_s), u"timeout"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        timeoutSeconds = std::max(1, parsed.value());
    }
    LoopbackReceiver receiver;
    if (!receiver.listen())
        return ctx.fail(Error::other(tr("Cannot listen on 127.0.0.1 for the browser's answer.")));
    oauth::AuthorizeRequest request;
    request.clientId = appId;
    request.redirectUri = receiver.redirectUri();
    request.state = oauth::newState();
    const QUrl authorize = oauth::authorizeUrl(request);
    ctx.err << tr("Open this address in your browser and allow ReelPulse:") << u"\n"_s
            << authorize.toString(QUrl::FullyEncoded) << Qt::endl;
    if (!line.has(u"no-browser"_s)) {
#if defined(Q_OS_MACOS)
        QProcess::startDetached(u"open"_s, {authorize.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
        QProcess::startDetached(u"rundll32"_s,
                                {u"url.dll,FileProtocolHandler"_s, authorize.toString(QUrl::FullyEncoded)});
#else
        QProcess::startDetached(u"xdg-open"_s, {authorize.toString(QUrl::FullyEncoded)});
#endif
    }
    QEventLoop loop;
    QString code;
    QObject::connect(&receiver, &LoopbackReceiver::redirected, &loop, [&](const QUrl &url) {
        const auto check = oauth::checkRedirect(url, request.redirectUri, request.state);
        if (check.kind == oauth::RedirectCheck::Kind::Code) {
            code = check.code;
            loop.quit();
        } else if (check.kind != oauth::RedirectCheck::Kind::NotRedirect) {
            ctx.err << check.message << Qt::endl; // a forged or refused answer: keep waiting for the real one
            if (check.kind == oauth::RedirectCheck::Kind::Denied)
                loop.quit();
        }
    });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    receiver.close();
    if (code.isEmpty())
        return ctx.fail(Error::other(tr("No sign-in arrived; nothing was connected.")));
    auto connected = publishing.connectWithCode(code, request.redirectUri);
    if (!connected.ok())
        return ctx.fail(connected.error());
    if (ctx.json)
        ctx.printJson(json::publishAccount(connected.value()));
    else
        ctx.out << tr("Connected @%1. The token is in the keychain.").arg(connected->username) << Qt::endl;
    return 0;
}

} // namespace

int runAccountsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(tr(Usage));
    auto line = parseCommandLine(args.mid(1), u"accounts "_s + sub, {u"no-browser"_s},
                                 {u"token-file"_s, u"secret-file"_s, u"timeout"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(Usage));
    const QStringList known{u"add"_s, u"list"_s, u"show"_s, u"remove"_s, u"refresh"_s, u"connect"_s, u"app-secret"_s};
    if (!known.contains(sub))
        return ctx.fail(
            Error::invalid(u"command"_s, tr("Unknown command 'accounts %1' (see 'accounts --help').").arg(sub)));
    const bool needsUser = sub == u"show"_s || sub == u"remove"_s;
    if (line->positional.size() != (needsUser ? 1 : 0))
        return ctx.fail(Error::invalid(u"account"_s, needsUser ? tr("'accounts %1' takes one account name.").arg(sub)
                                                               : tr("'accounts %1' takes no arguments.").arg(sub)));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    PublishingService &publishing = *service.value();

    if (sub == u"add"_s) {
        const QString path = line->value(u"token-file"_s);
        if (path.isEmpty())
            return ctx.fail(Error::invalid(u"token-file"_s, tr("'accounts add' needs --token-file FILE (a token "
                                                               "generated in Meta's App Dashboard).")));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::invalid(u"token-file"_s, tr("Cannot read %1: %2").arg(path, file.errorString())));
        auto token = PublishingService::parseTokenFile(file.read(64 * 1024));
        if (!token.ok())
            return ctx.fail(token.error());
        auto added = publishing.addAccountWithToken(token->accessToken, token->expiresIn);
        if (!added.ok())
            return ctx.fail(added.error());
        if (ctx.json)
            ctx.printJson(json::publishAccount(added.value()));
        else
            ctx.out << tr("Connected @%1 (%2, %3 followers). The token is in the keychain until %4.")
                           .arg(added->username, added->accountType.toLower(), countText(added->followers),
                                expiryText(added.value()))
                    << Qt::endl;
        return 0;
    }
    if (sub == u"app-secret"_s) {
        QFile file(line->value(u"secret-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::invalid(u"secret-file"_s, tr("'accounts app-secret' needs --secret-file FILE "
                                                                "(readable): %1")
                                                                 .arg(file.errorString())));
        if (auto s = publishing.saveAppSecret(QString::fromUtf8(file.read(4096)).trimmed()); !s.ok())
            return ctx.fail(s.error());
        ctx.out << tr("The app secret is in the keychain.") << Qt::endl;
        return 0;
    }
    if (sub == u"connect"_s)
        return connectWithBrowser(ctx, publishing, *line);
    if (sub == u"refresh"_s) {
        auto refreshed = publishing.refreshExpiringTokens();
        if (!refreshed.ok())
            return ctx.fail(refreshed.error());
        if (ctx.json)
            ctx.printJson({{u"refreshed"_s, refreshed.value()}});
        else
            ctx.out << tr("%n token(s) refreshed.", nullptr, refreshed.value()) << Qt::endl;
        return 0;
    }
    if (sub == u"list"_s) {
        auto all = publishing.accounts();
        if (!all.ok())
            return ctx.fail(all.error());
        if (ctx.json) {
            QJsonArray array;
            for (const PublishAccount &a : all.value())
                array.append(json::publishAccount(a));
            printJsonArray(ctx, array);
            return 0;
        }
        if (all->isEmpty()) {
            ctx.out << tr("No account connected yet. Connect one with: reelpulse-cli accounts add --token-file FILE")
                    << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{tr("ACCOUNT"), tr("USER ID"), tr("TYPE"), tr("FOLLOWERS"), tr("TOKEN UNTIL")}};
        for (const PublishAccount &a : all.value())
            rows.append(
                {u"@"_s + a.username, a.userId, a.accountType.toLower(), countText(a.followers), expiryText(a)});
        printTable(ctx.out, rows);
        return 0;
    }
    auto result = sub == u"show"_s ? publishing.account(line->positional.first())
                                   : publishing.removeAccount(line->positional.first());
    if (!result.ok())
        return ctx.fail(result.error());
    if (sub == u"remove"_s) {
        if (ctx.json)
            ctx.printJson({{u"message"_s, u"Account disconnected successfully"_s}});
        else
            ctx.out << tr("Disconnected @%1: its token was deleted from the keychain.").arg(result->username)
                    << Qt::endl;
        return 0;
    }
    if (ctx.json) {
        ctx.printJson(json::publishAccount(result.value()));
        return 0;
    }
    const PublishAccount &a = result.value();
    printTable(ctx.out, {{tr("account"), u"@"_s + a.username},
                         {tr("user id"), a.userId},
                         {tr("name"), a.name},
                         {tr("type"), a.accountType.toLower()},
                         {tr("followers"), countText(a.followers)},
                         {tr("following"), countText(a.follows)},
                         {tr("token until"), expiryText(a)},
                         {tr("connected"), isoUtc(a.connectedAt)}});
    if (a.needsReconnect())
        ctx.out << tr("Reconnect: %1").arg(a.statusReason) << Qt::endl;
    return 0;
}

int runAccountCommand(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: reelpulse-cli account info [--account USER] [--json]\n\nWhat Instagram says "
                             "about a connected account now.\n");
    const QString sub = args.value(0);
    auto line = parseCommandLine(args.mid(1), u"account "_s + sub, {}, {u"account"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (sub != u"info"_s || line->help)
        return sub == u"info"_s || sub.isEmpty() || sub == u"--help"_s ? ctx.usage(usage)
                                                                       : ctx.fail(Error::invalid(u"command"_s, usage));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    auto info = service.value()->accountInfo(line->value(u"account"_s));
    if (!info.ok())
        return ctx.fail(info.error());
    const QJsonObject object{
        {u"id"_s, info->userId},
        {u"username"_s, info->username},
        {u"name"_s, info->name},
        {u"followers_count"_s, info->followers ? QJsonValue(double(*info->followers)) : QJsonValue()},
        {u"following_count"_s, info->follows ? QJsonValue(double(*info->follows)) : QJsonValue()},
        {u"media_count"_s, info->mediaCount ? QJsonValue(double(*info->mediaCount)) : QJsonValue()},
        {u"profile_picture_url"_s, info->profilePictureUrl},
        {u"account_type"_s, info->accountType.toLower()},
    };
    if (ctx.json) {
        ctx.printJson(object);
        return 0;
    }
    QList<QStringList> rows;
    for (auto it = object.begin(); it != object.end(); ++it)
        rows.append(
            {it.key(), it.value().isDouble() ? QString::number(qint64(it.value().toDouble())) : it.value().toString()});
    printTable(ctx.out, rows);
    return 0;
}

int runMediaCommand(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: reelpulse-cli media list [--account USER] [--limit N] [--after CURSOR] [--json]\n"
                             "\nThe account's recent media, newest first; --after continues from a page's "
                             "next_cursor.\n");
    const QString sub = args.value(0);
    auto line = parseCommandLine(args.mid(1), u"media "_s + sub, {}, {u"account"_s, u"limit"_s, u"after"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (sub != u"list"_s || line->help)
        return sub == u"list"_s || sub.isEmpty() || sub == u"--help"_s ? ctx.usage(usage)
                                                                       : ctx.fail(Error::invalid(u"command"_s, usage));
    int limit = 25;
    if (line->has(u"limit"_s)) {
        auto parsed = parseInt(line->value(u"limit"_s), u"limit"_s);
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        if (parsed.value() < 1 || parsed.value() > 100)
            return ctx.fail(Error::invalid(u"limit"_s, tr("--limit must be from 1 to 100.")));
        limit = parsed.value();
    }
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    auto page = service.value()->media(line->value(u"account"_s), limit, line->value(u"after"_s));
    if (!page.ok())
        return ctx.fail(page.error());
    QJsonArray posts;
    QList<QStringList> rows{{tr("ID"), tr("TYPE"), tr("TIME"), tr("LIKES"), tr("COMMENTS"), tr("CAPTION")}};
    for (const GraphMedia &m : page->items) {
        const QString type = m.mediaProductType == u"REELS"_s ? m.mediaProductType : m.mediaType;
        posts.append(QJsonObject{
            {u"id"_s, m.id},
            {u"caption"_s, m.caption},
            {u"media_type"_s, type},
            {u"media_url"_s, m.mediaUrl},
            {u"timestamp"_s, isoUtcOrNull(m.timestamp)},
            {u"likes"_s, m.likeCount ? QJsonValue(double(*m.likeCount)) : QJsonValue()},
            {u"comments"_s, m.commentsCount ? QJsonValue(double(*m.commentsCount)) : QJsonValue()},
        });
        rows.append({m.id, type, m.timestamp ? isoUtc(*m.timestamp) : QString(), countText(m.likeCount),
                     countText(m.commentsCount), m.caption.left(40).replace(u'\n', u' ')});
    }
    if (ctx.json) {
        ctx.printJson(
            {{u"posts"_s, posts}, {u"next_cursor"_s, page->hasNext ? QJsonValue(page->afterCursor) : QJsonValue()}});
        return 0;
    }
    printTable(ctx.out, rows);
    if (page->hasNext)
        ctx.out << tr("More: --after %1").arg(page->afterCursor) << Qt::endl;
    return 0;
}

int runMediaHostCommand(CliContext &ctx, const QStringList &args)
{
    const QString usage =
        tr("Usage: reelpulse-cli media-host password --password-file FILE | test\n\n"
           "Local files are uploaded to your media host before publishing (Instagram fetches media "
           "by public URL). WebDAV: set media_host.put_url, media_host.public_url and media_host.user with "
           "'config set'. S3: set media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, "
           "media_host.s3_region and media_host.user (the access key). The password or secret key goes to the "
           "keychain:\n"
           "  password --password-file FILE   store the host's password (S3: secret key) in the keychain\n"
           "  test                            upload a small file, read it back publicly, delete it\n");
    const QString sub = args.value(0);
    auto line = parseCommandLine(args.mid(1), u"media-host "_s + sub, {}, {u"password-file"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help || (sub != u"password"_s && sub != u"test"_s))
        return sub.isEmpty() || sub == u"--help"_s || line->help ? ctx.usage(usage)
                                                                 : ctx.fail(Error::invalid(u"command"_s, usage));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    if (sub == u"password"_s) {
        QFile file(line->value(u"password-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::invalid(u"password-file"_s, tr("'media-host password' needs --password-file FILE "
                                                                  "(readable): %1")
                                                                   .arg(file.errorString())));
        const QString password = QString::fromUtf8(file.read(4096)).trimmed();
        if (auto s = service.value()->saveMediaHostPassword(password); !s.ok())
            return ctx.fail(s.error());
        ctx.out << tr("The media host's password (S3: secret key) is in the keychain.") << Qt::endl;
        return 0;
    }
    if (auto s = service.value()->testMediaHost(); !s.ok())
        return ctx.fail(s.error());
    ctx.out << tr("The media host works: a file was uploaded, read back at its public URL and deleted.") << Qt::endl;
    return 0;
}

} // namespace reelpulse::cli
