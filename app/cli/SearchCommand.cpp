#include "cli/SearchCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "domain/TimeFormat.h"
#include "services/SearchService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Search",
    "Usage: reelpulse-cli search <query> [--in accounts|creators|posts|comments] [--limit N] [--cursor C]\n"
    "                            [--syntax] [--json]\n"
    "\n"
    "Search everything tracked: account names and bios, creator names, captions and hashtags of posts and\n"
    "videos, comments. Results come grouped (accounts, creators, posts, comments) with the match marked;\n"
    "comments name their post and task.\n"
    "\n"
    "Options:\n"
    "  --in KIND      only accounts, creators, posts (or videos) or comments\n"
    "  --limit N      results per page, 1-200 (default 20)\n"
    "  --cursor C     the next page: the next_cursor the page before gave, with the same query and options\n"
    "  --syntax       read the query as search syntax: AND, OR, NOT, NEAR(a b, N), \"a phrase\", prefix*,\n"
    "                 column:word (columns: text, caption, hashtags, username, full_name, biography, name)\n"
    "\n"
    "Without --syntax the query is taken as written: every word must occur, in any order; case and accents do\n"
    "not matter; quotes, *, -, :, ^, parentheses, AND, OR, NOT and NEAR are just text. A query starting with\n"
    "-- goes after '--' (search -- --flag).\n");

QJsonArray tasksJson(const QList<SearchTaskLink> &tasks)
{
    QJsonArray out;
    for (const SearchTaskLink &link : tasks)
        out.append(QJsonObject{
            {u"type"_s, taskKindName(link.task.kind)},
            {u"id"_s, link.task.id},
            {u"label"_s, link.label},
            {u"platform"_s, link.platform ? QJsonValue(platformName(*link.platform)) : QJsonValue(QJsonValue::Null)}});
    return out;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject postJson(const SearchHit &hit)
{
    const SearchPost &post = *hit.post;
    QJsonArray hashtags;
    for (const QString &tag : post.hashtags)
        hashtags.append(tag);
    return QJsonObject{
        {u"id"_s, QString::number(post.rowId)},     {u"platform"_s, platformName(post.platform)},
        {u"external_id"_s, post.platformId},        {u"shortcode"_s, textOrNull(post.shortcode)},
        {u"url"_s, textOrNull(hit.postUrl)},        {u"owner_username"_s, textOrNull(post.ownerUsername)},
        {u"caption"_s, textOrNull(post.caption)},   {u"hashtags"_s, hashtags},
        {u"taken_at"_s, isoUtcOrNull(post.takenAt)}};
}

QJsonObject hitJson(const SearchHit &hit)
{
    QJsonObject o{{u"type"_s, searchKindName(hit.kind)}, {u"id"_s, hit.id}};
    switch (hit.kind) {
    case SearchKind::Account:
        o.insert(u"platform"_s, hit.platform ? QJsonValue(platformName(*hit.platform)) : QJsonValue(QJsonValue::Null));
        o.insert(u"username"_s, hit.title);
        o.insert(u"full_name"_s, textOrNull(hit.extra.text));
        o.insert(u"biography"_s, textOrNull(hit.text.text));
        o.insert(u"highlight"_s, QJsonObject{{u"username"_s, hit.markedTitle.html()},
                                             {u"full_name"_s, hit.extra.html()},
                                             {u"biography"_s, hit.text.html()}});
        break;
    case SearchKind::Creator:
        o.insert(u"name"_s, hit.title);
        o.insert(u"highlight"_s, QJsonObject{{u"name"_s, hit.markedTitle.html()}});
        o.insert(u"accounts"_s, tasksJson(hit.tasks));
        break;
    case SearchKind::Post:
        o.insert(u"platform"_s, hit.platform ? QJsonValue(platformName(*hit.platform)) : QJsonValue(QJsonValue::Null));
        o.insert(u"post"_s, postJson(hit));
        o.insert(u"highlight"_s, QJsonObject{{u"caption"_s, hit.text.html()}, {u"hashtags"_s, hit.extra.html()}});
        break;
    case SearchKind::Comment:
        o.insert(u"text"_s, hit.text.text);
        o.insert(u"author"_s, textOrNull(hit.title));
        o.insert(u"created_at"_s, isoUtcOrNull(hit.createdAt));
        o.insert(u"highlight"_s, QJsonObject{{u"text"_s, hit.text.html()}});
        if (hit.post)
            o.insert(u"post"_s, postJson(hit));
        break;
    }
    if (hit.kind != SearchKind::Creator)
        o.insert(u"tasks"_s, tasksJson(hit.tasks));
    return o;
}

QString kindTitle(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Account:
        return QCoreApplication::translate("reelpulse::cli::Search", "Accounts");
    case SearchKind::Creator:
        return QCoreApplication::translate("reelpulse::cli::Search", "Creators");
    case SearchKind::Post:
        return QCoreApplication::translate("reelpulse::cli::Search", "Posts and videos");
    case SearchKind::Comment:
        return QCoreApplication::translate("reelpulse::cli::Search", "Comments");
    }
    return {};
}

QString labels(const QList<SearchTaskLink> &tasks)
{
    QStringList out;
    for (const SearchTaskLink &link : tasks)
        out << link.label;
    return out.join(u", "_s);
}

void printHuman(CliContext &ctx, const SearchPage &page)
{
    const QString open = u"["_s;
    const QString close = u"]"_s;
    std::optional<SearchKind> group;
    for (const SearchHit &hit : page.hits) {
        if (group != hit.kind) {
            if (group)
                ctx.out << Qt::endl;
            group = hit.kind;
            ctx.out << kindTitle(hit.kind) << Qt::endl;
        }
        switch (hit.kind) {
        case SearchKind::Account:
            ctx.out << u"  @"_s << hit.markedTitle.bracketed(open, close);
            if (!hit.extra.isEmpty())
                ctx.out << u" ("_s << hit.extra.bracketed(open, close) << u")"_s;
            ctx.out << u"  "_s << (hit.platform ? platformName(*hit.platform) : QString()) << u"  "_s << hit.id
                    << Qt::endl;
            if (!hit.text.isEmpty())
                ctx.out << u"    "_s << hit.text.bracketed(open, close) << Qt::endl;
            break;
        case SearchKind::Creator:
            ctx.out << u"  "_s << hit.markedTitle.bracketed(open, close) << u"  "_s << hit.id << Qt::endl;
            if (!hit.tasks.isEmpty())
                ctx.out << u"    "_s
                        << QCoreApplication::translate("reelpulse::cli::Search", "accounts: %1").arg(labels(hit.tasks))
                        << Qt::endl;
            break;
        case SearchKind::Post:
            ctx.out << u"  "_s << hit.postUrl << u"  @"_s << hit.title << Qt::endl;
            if (!hit.text.isEmpty())
                ctx.out << u"    "_s << hit.text.bracketed(open, close) << Qt::endl;
            if (!hit.extra.marks.isEmpty())
                ctx.out << u"    "_s << hit.extra.bracketed(open, close) << Qt::endl;
            ctx.out << u"    "_s
                    << QCoreApplication::translate("reelpulse::cli::Search", "tasks: %1").arg(labels(hit.tasks))
                    << Qt::endl;
            break;
        case SearchKind::Comment:
            ctx.out << u"  "_s << hit.title << u": "_s << hit.text.bracketed(open, close) << Qt::endl;
            ctx.out << u"    "_s
                    << QCoreApplication::translate("reelpulse::cli::Search", "on %1 · tasks: %2")
                           .arg(hit.postUrl, labels(hit.tasks))
                    << Qt::endl;
            break;
        }
    }
    if (page.hits.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Search", "Nothing found.") << Qt::endl;
    if (page.hasNext)
        ctx.out
            << Qt::endl
            << QCoreApplication::translate("reelpulse::cli::Search", "More results: --cursor %1").arg(page.nextCursor)
            << Qt::endl;
    ctx.out.flush();
}

} // namespace

int runSearchCommand(CliContext &ctx, const QStringList &args)
{
    auto line = parseCommandLine(args, u"search"_s, {u"syntax"_s}, {u"in"_s, u"limit"_s, u"cursor"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Search", Usage));
    SearchRequest request;
    request.query = line->positional.join(u' ');
    if (request.query.trimmed().isEmpty())
        return ctx.fail(Error::invalid(
            u"query"_s, QCoreApplication::translate("reelpulse::cli::Search",
                                                    "'search' needs something to search for (see 'search --help').")));
    if (line->has(u"in"_s)) {
        request.in = SearchService::kindFromName(line->value(u"in"_s));
        if (!request.in)
            return ctx.fail(Error::invalid(
                u"in"_s, QCoreApplication::translate("reelpulse::cli::Search",
                                                     "--in takes accounts, creators, posts or comments, not '%1'.")
                             .arg(line->value(u"in"_s))));
    }
    if (line->has(u"limit"_s)) {
        auto limit = parseInt(line->value(u"limit"_s), u"limit"_s);
        if (!limit.ok())
            return ctx.fail(limit.error());
        request.limit = limit.value();
    }
    request.cursor = line->value(u"cursor"_s);
    request.syntax = line->has(u"syntax"_s);

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto page = SearchService(*db.value()).search(request);
    if (!page.ok())
        return ctx.fail(page.error());
    if (!ctx.json) {
        printHuman(ctx, page.value());
        return 0;
    }
    QJsonArray data;
    for (const SearchHit &hit : page->hits)
        data.append(hitJson(hit));
    ctx.printJson(QJsonObject{
        {u"data"_s, data},
        {u"pagination"_s,
         QJsonObject{{u"next_cursor"_s, page->hasNext ? QJsonValue(page->nextCursor) : QJsonValue(QJsonValue::Null)},
                     {u"has_next"_s, page->hasNext},
                     {u"limit"_s, page->limit}}},
        {u"filters"_s,
         QJsonObject{{u"query"_s, request.query},
                     {u"in"_s, request.in ? QJsonValue(searchKindName(*request.in)) : QJsonValue(QJsonValue::Null)},
                     {u"syntax"_s, request.syntax}}}});
    return 0;
}

} // namespace reelpulse::cli
