#include "cli/PublishCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PublishingCli.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("reelpulse::cli::Publish", text, disambiguation, n);
}

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Publish",
    "Usage: reelpulse-cli publish <type> [--account USER] <media>... [options] [--json]\n"
    "       reelpulse-cli publish --due [--late-ok] [--json]\n"
    "\n"
    "Publish to a connected Instagram professional account, now or at --at. A post is published at most once:\n"
    "after a lost answer or a crash, the next run asks Instagram before it sends anything again.\n"
    "\n"
    "Types and their media (public URLs Instagram fetches):\n"
    "  image      --image-url URL or --image FILE [--alt-text TEXT]\n"
    "  carousel   2 to 10 of --image-url URL / --video-url URL / --image FILE / --video FILE, in order\n"
    "  reel       --video-url URL or --video FILE [--cover-url URL] [--no-share-to-feed] [--thumb-offset MS]\n"
    "  story      --image-url URL, --video-url URL, --image FILE or --video FILE\n"
    "  (a FILE is first uploaded to your media host: see 'reelpulse-cli media-host --help'; an image FILE is\n"
    "  made a JPEG of at most 8 MiB, and a feed image outside 4:5 … 1.91:1 is refused unless --fit crop|pad)\n"
    "  schedule <type> ... --at TIME   the same, scheduled\n"
    "\n"
    "Options:\n"
    "  --account USER         the account (may be left out when only one is connected)\n"
    "  --caption TEXT         at most 2,200 characters, 30 hashtags, 20 mentions\n"
    "  --first-comment TEXT   a comment posted right after publishing\n"
    "  --collaborator USER    up to 3 collaborators (repeat the option)\n"
    "  --fit crop|pad         a local feed image of another shape: cut to fit, or padded with white\n"
    "  --at TIME              ISO-8601 (2026-05-01T09:30, local time unless it ends in Z or an offset):\n"
    "                         schedule instead of publishing now; 'publish --due' or the app publishes it\n"
    "  --due                  publish every post whose time has come (for cron), and finish those a stopped\n"
    "                         run left; a post more than an hour late is skipped unless --late-ok\n");

const QStringList ValueOptions{u"account"_s,      u"image-url"_s, u"video-url"_s, u"image"_s,
                               u"video"_s,        u"caption"_s,   u"alt-text"_s,  u"first-comment"_s,
                               u"collaborator"_s, u"at"_s,        u"cover-url"_s, u"thumb-offset"_s,
                               u"fit"_s};
const QStringList Flags{u"due"_s, u"late-ok"_s, u"no-share-to-feed"_s};

Result<QDateTime> parseWhen(const QString &text)
{
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid())
        return Error::invalid(u"at"_s, tr("--at must be an ISO-8601 time such as 2026-05-01T09:30 (local) or "
                                          "2026-05-01T07:30:00Z, not \"%1\".")
                                           .arg(text));
    return when.toUTC();
}

/// The media options in the order they were given (the carousel's order).
Result<QList<PostMedia>> orderedMedia(const QStringList &args)
{
    QList<PostMedia> items;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        if (const qsizetype eq = name.indexOf(u'='); name.startsWith(u"--"_s) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(i + 1);
        }
        if (name == u"--image"_s || name == u"--video"_s) {
            // A local file: uploaded to the media host before the post is stored (marked by the file: scheme).
            items.append({QUrl::fromLocalFile(value).toString(), name == u"--video"_s, {}});
            if (!args.at(i).contains(u'='))
                ++i;
        } else if (name == u"--image-url"_s || name == u"--video-url"_s) {
            items.append({value, name == u"--video-url"_s, {}});
            if (!args.at(i).contains(u'='))
                ++i;
        } else if (ValueOptions.contains(name.mid(2)) && !args.at(i).contains(u'=')) {
            ++i;
        }
    }
    return items;
}

int printOutcome(CliContext &ctx, const PublishPost &post, const PublishOutcome &outcome)
{
    if (!outcome.published()) {
        ctx.err << tr("Post %1 not published: %2").arg(post.id).arg(outcome.message) << Qt::endl;
        return 1;
    }
    if (ctx.json) {
        const char *message = post.kind == PostKind::Story  ? "Story created successfully"
                              : post.kind == PostKind::Reel ? "Reel created successfully"
                                                            : "Post created successfully";
        ctx.printJson({{u"message"_s, QString::fromLatin1(message)},
                       {u"post_id"_s, outcome.mediaId},
                       {u"db_id"_s, double(post.id)},
                       {u"permalink"_s, outcome.permalink.isEmpty() ? QJsonValue() : QJsonValue(outcome.permalink)},
                       {u"media_type"_s, json::mediaType(post.kind)}});
    } else {
        ctx.out << tr("Published post %1 as media %2%3")
                       .arg(post.id)
                       .arg(outcome.mediaId,
                            outcome.permalink.isEmpty() ? QString() : u" ("_s + outcome.permalink + u")"_s)
                << Qt::endl;
        if (outcome.message != QCoreApplication::translate("reelpulse::Publisher", "Published."))
            ctx.out << outcome.message << Qt::endl;
    }
    return 0;
}

int runDue(CliContext &ctx, PublishingService &publishing, bool lateOk)
{
    auto results = publishing.publishDue(QDateTime::currentDateTimeUtc(), lateOk);
    if (!results.ok())
        return ctx.fail(results.error());
    int failed = 0;
    QJsonArray entries;
    for (const DueResult &r : results.value()) {
        QJsonObject entry{{u"db_id"_s, double(r.post.id)}, {u"account_name"_s, r.post.accountUsername}};
        if (r.skipped) {
            entry.insert(u"status"_s, u"skipped"_s);
            entry.insert(u"reason"_s, r.skipReason);
            if (!ctx.json)
                ctx.out << tr("Post %1 skipped: %2").arg(r.post.id).arg(r.skipReason) << Qt::endl;
        } else if (r.outcome.published()) {
            entry.insert(u"status"_s, u"published"_s);
            entry.insert(u"post_id"_s, r.outcome.mediaId);
            entry.insert(u"permalink"_s,
                         r.outcome.permalink.isEmpty() ? QJsonValue() : QJsonValue(r.outcome.permalink));
            if (!ctx.json)
                ctx.out << tr("Post %1 published as media %2").arg(r.post.id).arg(r.outcome.mediaId) << Qt::endl;
        } else {
            ++failed;
            entry.insert(u"status"_s, postStateName(r.outcome.state));
            entry.insert(u"error"_s, r.outcome.message);
            if (!ctx.json)
                ctx.err << tr("Post %1 not published: %2").arg(r.post.id).arg(r.outcome.message) << Qt::endl;
        }
        entries.append(entry);
    }
    if (ctx.json)
        ctx.printJson({{u"posts"_s, entries}, {u"total"_s, entries.size()}, {u"failed"_s, failed}});
    else if (results->isEmpty())
        ctx.out << tr("No post is due.") << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace

int runPublishCommand(CliContext &ctx, const QStringList &rawArgs)
{
    QStringList args = rawArgs;
    bool schedule = false;
    if (args.value(0) == u"schedule"_s) {
        schedule = true;
        args.removeFirst();
    }
    const QString type = args.value(0).startsWith(u"--"_s) ? QString() : args.value(0);
    auto line = parseCommandLine(type.isEmpty() ? args : args.mid(1), u"publish "_s + type, Flags, ValueOptions);
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help || (type.isEmpty() && !line->has(u"due"_s)))
        return type.isEmpty() && !line->help ? ctx.usage(tr(Usage)) + 2 : ctx.usage(tr(Usage));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    PublishingService &publishing = *service.value();
    if (line->has(u"due"_s)) {
        if (!type.isEmpty())
            return ctx.fail(Error::invalid(u"due"_s, tr("--due takes no post type.")));
        return runDue(ctx, publishing, line->has(u"late-ok"_s));
    }
    const auto kind = postKindFromName(type);
    if (!kind)
        return ctx.fail(
            Error::invalid(u"type"_s, tr("Unknown post type '%1': image, carousel, reel or story.").arg(type)));
    if (!line->positional.isEmpty())
        return ctx.fail(Error::invalid(
            u"media"_s,
            tr("Unexpected \"%1\": give media with --image-url or --video-url.").arg(line->positional.first())));
    auto media = orderedMedia(type.isEmpty() ? args : args.mid(1));
    if (!media.ok())
        return ctx.fail(media.error());
    auto account = publishing.account(line->value(u"account"_s));
    if (!account.ok())
        return ctx.fail(account.error());

    PublishPost post;
    post.accountId = account->id;
    post.kind = *kind;
    post.caption = line->value(u"caption"_s);
    post.items = media.value();
    if (!post.items.isEmpty() && line->has(u"alt-text"_s))
        post.items.first().altText = line->value(u"alt-text"_s);
    post.options.firstComment = line->value(u"first-comment"_s);
    post.options.fit = line->value(u"fit"_s);
    post.options.collaborators = line->all(u"collaborator"_s);
    post.options.coverUrl = line->value(u"cover-url"_s);
    post.options.shareToFeed = !line->has(u"no-share-to-feed"_s);
    if (line->has(u"thumb-offset"_s)) {
        auto offset = parseInt(line->value(u"thumb-offset"_s), u"thumb-offset"_s);
        if (!offset.ok())
            return ctx.fail(offset.error());
        post.options.thumbOffsetMs = offset.value();
    }
    if (schedule && !line->has(u"at"_s))
        return ctx.fail(Error::invalid(u"at"_s, tr("'publish schedule' needs --at TIME.")));
    if (line->has(u"at"_s)) {
        auto when = parseWhen(line->value(u"at"_s));
        if (!when.ok())
            return ctx.fail(when.error());
        post.scheduledAt = when.value();
    }
    post.state = PostState::Scheduled;
    auto created = publishing.createPost(post);
    if (!created.ok())
        return ctx.fail(created.error());
    if (post.scheduledAt) {
        if (ctx.json)
            ctx.printJson(json::queueEntry(created.value()));
        else
            ctx.out << tr("Scheduled post %1 for %2 (local time). 'reelpulse-cli publish --due' or the app publishes "
                          "it then.")
                           .arg(created->id)
                           .arg(post.scheduledAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                    << Qt::endl;
        return 0;
    }
    const PublishOutcome outcome = publishing.publish(created->id);
    return printOutcome(ctx, created.value(), outcome);
}

int runPostsCommand(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: reelpulse-cli posts list|show <id>|cancel <id>|retry <id> [--json]\n\n"
                             "The queue: drafts, scheduled, publishing, published and failed posts.\n"
                             "  retry: a failed post is scheduled for now again (its containers are made anew)\n");
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s)
        return ctx.usage(usage);
    auto line = parseCommandLine(args.mid(1), u"posts "_s + sub, {}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(usage);
    if (!QStringList{u"list"_s, u"show"_s, u"cancel"_s, u"retry"_s}.contains(sub))
        return ctx.fail(Error::invalid(u"command"_s, tr("Unknown command 'posts %1' (see 'posts --help').").arg(sub)));
    const bool needsId = sub != u"list"_s;
    if (line->positional.size() != (needsId ? 1 : 0))
        return ctx.fail(Error::invalid(u"id"_s, needsId ? tr("'posts %1' takes one post id.").arg(sub)
                                                        : tr("'posts list' takes no arguments.")));
    auto service = publishingService(ctx);
    if (!service.ok())
        return ctx.fail(service.error());
    PublishingService &publishing = *service.value();
    if (sub == u"list"_s) {
        auto all = publishing.posts();
        if (!all.ok())
            return ctx.fail(all.error());
        if (ctx.json) {
            QJsonArray array;
            for (const PublishPost &p : all.value())
                array.append(json::queueEntry(p));
            ctx.printJson({{u"posts"_s, array}, {u"total"_s, array.size()}});
            return 0;
        }
        QList<QStringList> rows{{tr("ID"), tr("ACCOUNT"), tr("TYPE"), tr("STATUS"), tr("WHEN"), tr("MEDIA ID")}};
        for (const PublishPost &p : all.value()) {
            const auto when = p.publishedAt ? p.publishedAt : p.scheduledAt;
            rows.append({QString::number(p.id), u"@"_s + p.accountUsername, postKindName(p.kind),
                         postStateName(p.state), when ? when->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString(),
                         p.mediaId});
        }
        printTable(ctx.out, rows);
        return 0;
    }
    auto id = parseInt(line->positional.first(), u"id"_s);
    if (!id.ok())
        return ctx.fail(id.error());
    auto result = sub == u"show"_s     ? publishing.post(id.value())
                  : sub == u"cancel"_s ? publishing.cancelPost(id.value())
                                       : publishing.retryPost(id.value());
    if (!result.ok())
        return ctx.fail(result.error());
    QJsonObject entry = json::queueEntry(result.value());
    if (sub == u"show"_s) {
        auto attempts = publishing.attempts(id.value());
        QJsonArray log;
        for (const PublishAttempt &a : attempts.ok() ? attempts.value() : QList<PublishAttempt>())
            log.append(QJsonObject{
                {u"at"_s, isoUtc(a.at)}, {u"step"_s, a.step}, {u"outcome"_s, a.outcome}, {u"message"_s, a.message}});
        entry.insert(u"attempts"_s, log);
    }
    if (ctx.json) {
        ctx.printJson(entry);
        return 0;
    }
    ctx.out << QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace reelpulse::cli
