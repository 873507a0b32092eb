#include "cli/InfoCommand.h"

#include "auth/SessionManager.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "domain/Identifiers.h"
#include "domain/TimeFormat.h"
#include "platform/DataDir.h"
#include "services/PlatformSourceFactory.h"
#include "services/ScrapeEnvironment.h"
#include "services/ScrapeOptions.h"
#include "services/ScrapeReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage =
    QT_TRANSLATE_NOOP("reelpulse::cli::Info",
                      "Usage: reelpulse-cli info <what> <target> [--json]\n"
                      "\n"
                      "Show what Instagram or TikTok answers now, without storing anything.\n"
                      "\n"
                      "  profile <name|@name|url>        an Instagram profile and its latest posts\n"
                      "  post <url|shortcode>            an Instagram post (image, video or carousel)\n"
                      "  reel <url|shortcode>            an Instagram reel\n"
                      "  video <tiktok-url|id>           a TikTok video\n"
                      "  story <username>                a user's current stories (needs a signed-in session)\n"
                      "\n"
                      "profile options: --posts N (the latest N posts, in the profile_posts shape), --reels (the\n"
                      "latest reels, in the profile_reels shape)\n"
                      "\n"
                      "Instagram and TikTok are reached at REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL when set.\n");

QJsonValue number(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue real(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &v)
{
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonValue flag(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue epoch(const std::optional<QDateTime> &t)
{
    return epochOrNull(t);
}

bool isVideo(const MediaItem &m)
{
    return m.kind == MediaKind::Video || m.kind == MediaKind::Reel || !m.videoUrl.isEmpty();
}

QString contentType(const MediaItem &m)
{
    switch (m.kind) {
    case MediaKind::Carousel:
        return u"carousel"_s;
    case MediaKind::Image:
        return u"image"_s;
    case MediaKind::Video:
    case MediaKind::Reel:
        return u"video"_s;
    case MediaKind::Unknown:
        break;
    }
    return isVideo(m) ? u"video"_s : u"image"_s;
}

QJsonArray tagsJson(const QStringList &tags, const QString &key)
{
    QJsonArray array;
    for (QString tag : tags) {
        if (tag.startsWith(u'#') || tag.startsWith(u'@'))
            tag.remove(0, 1);
        array.append(QJsonObject{{key, tag}});
    }
    return array;
}

QJsonObject ownerJson(const MediaItem &m)
{
    return QJsonObject{{u"user_id"_s, text(m.ownerId)}, {u"username"_s, text(m.ownerUsername)}};
}

/// A post of a profile's list (the profile/posts entry shape).
QJsonObject listedPost(const MediaItem &m)
{
    return QJsonObject{{u"post_id"_s, m.shortcode},
                       {u"shortcode"_s, m.shortcode},
                       {u"media_id"_s, m.id},
                       {u"post_type"_s, m.kind == MediaKind::Reel ? u"reel"_s : contentType(m)},
                       {u"caption"_s, text(m.caption)},
                       {u"thumbnail_url"_s, text(m.displayUrl)},
                       {u"timestamp"_s, epoch(m.takenAt)},
                       {u"datetime"_s, isoUtcOrNull(m.takenAt)},
                       {u"like_count"_s, number(m.likes)},
                       {u"comment_count"_s, number(m.comments)},
                       {u"view_count"_s, number(m.views)},
                       {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
                       {u"mentions"_s, QJsonArray::fromStringList(m.mentions)},
                       {u"carousel_count"_s, m.children.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(static_cast<int>(m.children.size()))},
                       {u"is_carousel"_s, m.kind == MediaKind::Carousel},
                       {u"is_video"_s, isVideo(m)},
                       {u"video_duration"_s, real(m.durationSeconds)}};
}

QJsonObject profileJson(const ProfileInfo &p)
{
    QJsonArray posts;
    for (const MediaItem &m : p.timeline.items)
        posts.append(listedPost(m));
    return QJsonObject{
        {u"type"_s, u"profile"_s},
        {u"user_id"_s, text(p.id)},
        {u"username"_s, p.username},
        {u"display_name"_s, text(p.fullName)},
        {u"bio"_s, text(p.biography)},
        {u"profile_picture_url"_s, text(p.profilePicUrl)},
        {u"followers_count"_s, number(p.followers)},
        {u"following_count"_s, number(p.following)},
        {u"total_posts"_s, number(p.posts)},
        {u"is_verified"_s, flag(p.isVerified)},
        {u"is_private"_s, flag(p.isPrivate)},
        {u"is_business_account"_s, flag(p.isBusiness)},
        {u"category"_s, text(p.category)},
        {u"website_url"_s, text(p.externalUrl)},
        {u"profile_url"_s, u"https://www.instagram.com/%1/"_s.arg(p.username)},
        {u"edge_timeline_to_media"_s, QJsonObject{{u"count"_s, number(p.posts)}}},
        {u"posts"_s, posts},
        {u"page_info"_s,
         QJsonObject{{u"has_next_page"_s, p.timeline.hasNextPage}, {u"end_cursor"_s, text(p.timeline.endCursor)}}},
    };
}

QJsonObject postJson(const MediaItem &m)
{
    QJsonObject o{
        {u"type"_s, u"post"_s},
        {u"post_id"_s, m.shortcode},
        {u"shortcode"_s, m.shortcode},
        {u"media_id"_s, m.id},
        {u"content_type"_s, contentType(m)},
        {u"product_type"_s, text(m.productType)},
        {u"caption"_s, text(m.caption)},
        {u"image_url"_s, text(m.displayUrl)},
        {u"video_url"_s, text(m.videoUrl)},
        {u"video_duration"_s, real(m.durationSeconds)},
        {u"owner"_s, ownerJson(m)},
        {u"taken_at_timestamp"_s, epoch(m.takenAt)},
        {u"datetime"_s, isoUtcOrNull(m.takenAt)},
        {u"edge_media_to_comment"_s, QJsonObject{{u"count"_s, number(m.comments)}}},
        {u"edge_liked_by"_s, QJsonObject{{u"count"_s, number(m.likes)}}},
        {u"display_url"_s, text(m.displayUrl)},
        {u"is_video"_s, isVideo(m)},
        {u"play_count"_s, number(m.plays)},
        {u"view_count"_s, number(m.views)},
        {u"dimensions"_s, QJsonObject{{u"width"_s, number(m.width)}, {u"height"_s, number(m.height)}}},
        {u"hashtags"_s, tagsJson(m.hashtags, u"name"_s)},
        {u"mentions"_s, tagsJson(m.mentions, u"username"_s)},
    };
    if (m.kind == MediaKind::Carousel || !m.children.isEmpty()) {
        QJsonArray children;
        for (const MediaItem &c : m.children)
            children.append(QJsonObject{{u"id"_s, c.id},
                                        {u"type"_s, isVideo(c) ? u"video"_s : u"image"_s},
                                        {u"image_url"_s, text(c.displayUrl)},
                                        {u"video_url"_s, text(c.videoUrl)},
                                        {u"duration"_s, real(c.durationSeconds)}});
        o.insert(u"carousel_media"_s, children);
        o.insert(u"carousel_count"_s, static_cast<int>(m.children.size()));
    }
    return o;
}

QJsonObject reelJson(const MediaItem &m)
{
    std::optional<double> aspect;
    if (m.width && m.height && *m.height > 0)
        aspect = static_cast<double>(*m.width) / *m.height;
    return QJsonObject{
        {u"type"_s, u"reel"_s},
        {u"reel_id"_s, m.shortcode},
        {u"shortcode"_s, m.shortcode},
        {u"media_id"_s, m.id},
        {u"caption"_s, text(m.caption)},
        {u"video_url"_s, text(m.videoUrl)},
        {u"thumbnail_url"_s, text(m.displayUrl)},
        {u"duration"_s, real(m.durationSeconds)},
        {u"width"_s, number(m.width)},
        {u"height"_s, number(m.height)},
        {u"aspect_ratio"_s, real(aspect)},
        {u"owner"_s, ownerJson(m)},
        {u"taken_at_timestamp"_s, epoch(m.takenAt)},
        {u"datetime"_s, isoUtcOrNull(m.takenAt)},
        {u"view_count"_s, number(m.views)},
        {u"like_count"_s, number(m.likes)},
        {u"comment_count"_s, number(m.comments)},
        {u"share_count"_s, number(m.shares)},
        {u"save_count"_s, number(m.saves)},
        {u"play_count"_s, number(m.plays)},
        {u"hashtags"_s, tagsJson(m.hashtags, u"name"_s)},
        {u"mentions"_s, tagsJson(m.mentions, u"username"_s)},
    };
}

QJsonObject tiktokJson(const MediaItem &m)
{
    return QJsonObject{
        {u"type"_s, u"video"_s},
        {u"platform"_s, u"tiktok"_s},
        {u"video_id"_s, m.id},
        {u"description"_s, text(m.caption)},
        {u"author"_s, QJsonObject{{u"user_id"_s, text(m.ownerId)}, {u"username"_s, text(m.ownerUsername)}}},
        {u"create_time"_s, epoch(m.takenAt)},
        {u"datetime"_s, isoUtcOrNull(m.takenAt)},
        {u"duration"_s, real(m.durationSeconds)},
        {u"cover_image_url"_s, text(m.displayUrl)},
        {u"video_url"_s, text(m.videoUrl)},
        {u"play_count"_s, number(m.plays)},
        {u"like_count"_s, number(m.likes)},
        {u"comment_count"_s, number(m.comments)},
        {u"share_count"_s, number(m.shares)},
        {u"saved_count"_s, number(m.saves)},
        {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
        {u"mentions"_s, QJsonArray::fromStringList(m.mentions)},
    };
}

QString count(const std::optional<qint64> &v)
{
    return v ? QLocale::c().toString(*v) : QCoreApplication::translate("reelpulse::cli::Info", "unknown");
}

void printItem(CliContext &ctx, const MediaItem &m, const QString &title)
{
    ctx.out << title << u'\n';
    if (!m.ownerUsername.isEmpty())
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  by:           @%1\n").arg(m.ownerUsername);
    ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  type:         %1%2\n")
                   .arg(
                       mediaKindName(m.kind),
                       m.children.isEmpty()
                           ? QString()
                           : QCoreApplication::translate("reelpulse::cli::Info", " (%1 items)").arg(m.children.size()));
    if (m.takenAt)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  posted:       %1\n")
                       .arg(m.takenAt->toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s);
    ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  likes:        %1\n").arg(count(m.likes))
            << QCoreApplication::translate("reelpulse::cli::Info", "  comments:     %1\n").arg(count(m.comments));
    if (m.views || m.plays)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  views:        %1 (plays %2)\n")
                       .arg(count(m.views), count(m.plays));
    if (m.shares || m.saves)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  shares:       %1 (saves %2)\n")
                       .arg(count(m.shares), count(m.saves));
    if (m.durationSeconds)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  duration:     %1 s\n")
                       .arg(*m.durationSeconds, 0, 'f', 1);
    if (!m.hashtags.isEmpty())
        ctx.out
            << QCoreApplication::translate("reelpulse::cli::Info", "  hashtags:     %1\n").arg(m.hashtags.join(u' '));
    if (m.caption)
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  caption:      %1\n")
                       .arg(m.caption->left(200).replace(u'\n', u' '));
    ctx.out.flush();
}

int failed(CliContext &ctx, const ScrapeFailure &failure, Platform platform, const QString &what)
{
    const auto retryAt = ScrapeOptions::retryAt(failure, nowUtc());
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, failureClassName(failure.cls).toUpper()},
                                                 {u"message"_s, failure.message},
                                                 {u"details"_s, failureAdvice(failure, platform, retryAt)}}}});
    } else {
        ctx.err << QCoreApplication::translate("reelpulse::cli::Info", "Reading %1 failed [%2]: %3")
                       .arg(what, failureClassName(failure.cls), failure.message)
                << Qt::endl
                << u"  "_s << failureAdvice(failure, platform, retryAt) << Qt::endl;
    }
    return failure.cls == FailureClass::NotFound ? exitCodeFor(ErrorKind::NotFound) : 1;
}

/// `info profile <name> --posts N [--reels]`: the latest N posts (paged), or the latest reels, in the shapes of
/// the hosted profile/posts and profile/reels answers.
int profileListing(CliContext &ctx, InstagramSource &instagram, const ProfileInfo &profile, int wanted, bool reels)
{
    QList<MediaItem> items = profile.timeline.items;
    QString cursor = profile.timeline.endCursor;
    bool more = profile.timeline.hasNextPage;
    while (items.size() < wanted && more && !cursor.isEmpty()) {
        Fetched<MediaPage> page = instagram.profilePosts(profile.id, profile.username, cursor);
        if (!page.ok())
            return failed(ctx, page.failure(), Platform::Instagram, u"@"_s + profile.username);
        items += page->items;
        cursor = page->endCursor;
        more = page->hasNextPage && !page->items.isEmpty();
    }
    QJsonArray list;
    for (const MediaItem &m : std::as_const(items)) {
        if (list.size() >= wanted)
            break;
        if (reels && m.kind != MediaKind::Reel)
            continue;
        if (reels)
            list.append(QJsonObject{{u"reel_id"_s, m.shortcode},
                                    {u"shortcode"_s, m.shortcode},
                                    {u"caption"_s, text(m.caption)},
                                    {u"video_url"_s, text(m.videoUrl)},
                                    {u"thumbnail_url"_s, text(m.displayUrl)},
                                    {u"duration"_s, real(m.durationSeconds)},
                                    {u"timestamp"_s, epoch(m.takenAt)},
                                    {u"datetime"_s, isoUtcOrNull(m.takenAt)},
                                    {u"view_count"_s, number(m.views ? m.views : m.plays)},
                                    {u"like_count"_s, number(m.likes)},
                                    {u"comment_count"_s, number(m.comments)},
                                    {u"hashtags"_s, QJsonArray::fromStringList(m.hashtags)},
                                    {u"mentions"_s, QJsonArray::fromStringList(m.mentions)}});
        else
            list.append(listedPost(m));
    }
    const QJsonObject pageInfo{{u"has_next_page"_s, more}, {u"end_cursor"_s, text(cursor)}};
    if (ctx.json) {
        if (reels)
            ctx.printJson(QJsonObject{{u"type"_s, u"profile_reels"_s},
                                      {u"username"_s, profile.username},
                                      {u"reels"_s, list},
                                      {u"page_info"_s, pageInfo}});
        else
            ctx.printJson(QJsonObject{{u"type"_s, u"profile_posts"_s},
                                      {u"username"_s, profile.username},
                                      {u"total_posts_count"_s, number(profile.posts)},
                                      {u"posts"_s, list},
                                      {u"page_info"_s, pageInfo}});
        return 0;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        ctx.out << o.value(u"shortcode"_s).toString() << u"  "_s
                << QString::number(o.value(u"like_count"_s).toDouble(), 'f', 0)
                << QCoreApplication::translate("reelpulse::cli::Info", " likes") << u'\n';
    }
    ctx.out.flush();
    return 0;
}

/// `info story <username>`: the user's current stories (the hosted story/info shape); Instagram shows them to
/// signed-in accounts only.
int storyInfo(CliContext &ctx, Database &db, const QString &username)
{
    ScrapeEnvironment environment(resolveDataDir(ctx.dataDir));
    const bool signedIn =
        environment.loadSession().ok() && environment.session() && environment.session()->hasSession();
    if (!signedIn) {
        const QString message =
            QCoreApplication::translate("reelpulse::cli::Info", "Stories of @%1 can only be read with a signed-in "
                                                                "Instagram session.")
                .arg(username);
        const QString details = QCoreApplication::translate(
            "reelpulse::cli::Info", "Sign in from the app (Settings › Instagram account), then try again.");
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"STORIES_UNAVAILABLE"_s},
                                                               {u"message"_s, message},
                                                               {u"details"_s, details}}}});
        else
            ctx.err << message << Qt::endl << u"  "_s << details << Qt::endl;
        return exitCodeFor(ErrorKind::NotFound);
    }
    ScrapeSources sources = environment.sources()(db);
    Fetched<ProfileInfo> profile = sources.instagram->profile(username);
    if (!profile.ok())
        return failed(ctx, profile.failure(), Platform::Instagram, u"@"_s + username);
    Fetched<QList<MediaItem>> stories = sources.instagram->stories(profile->id);
    if (!stories.ok())
        return failed(ctx, stories.failure(), Platform::Instagram, u"@"_s + username);
    QJsonArray list;
    int index = 0;
    for (const MediaItem &m : stories.value()) {
        const bool video = !m.videoUrl.isEmpty();
        list.append(QJsonObject{{u"story_id"_s, m.id},
                                {u"story_index"_s, ++index},
                                {u"media_type"_s, video ? u"video"_s : u"image"_s},
                                {u"image_url"_s, video ? QJsonValue(QJsonValue::Null) : text(m.displayUrl)},
                                {u"video_url"_s, text(m.videoUrl)},
                                {u"video_duration"_s, real(m.durationSeconds)},
                                {u"thumbnail_url"_s, text(m.displayUrl)},
                                {u"taken_at_timestamp"_s, epoch(m.takenAt)},
                                {u"datetime"_s, isoUtcOrNull(m.takenAt)}});
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"type"_s, u"stories"_s},
                                  {u"username"_s, username},
                                  {u"user_id"_s, text(profile->id)},
                                  {u"has_active_stories"_s, !list.isEmpty()},
                                  {u"active_stories_count"_s, static_cast<int>(list.size())},
                                  {u"stories"_s, list}});
        return 0;
    }
    ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "@%1: %n active stories", nullptr, int(list.size()))
                   .arg(username)
            << u'\n';
    ctx.out.flush();
    return 0;
}

} // namespace

int runInfoCommand(CliContext &ctx, const QStringList &args)
{
    const QString what = args.value(0);
    if (what.isEmpty() || what == u"--help" || what == u"-h" || what == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Info", Usage));
    auto line = parseCommandLine(args.mid(1), u"info "_s + what, {u"reels"_s}, {u"posts"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Info", Usage));
    if (what != u"profile" && what != u"post" && what != u"reel" && what != u"video" && what != u"story")
        return ctx.fail(
            Error::invalid(u"command"_s, QCoreApplication::translate("reelpulse::cli::Info",
                                                                     "Unknown command 'info %1' (see 'info --help').")
                                             .arg(what)));
    if (line->positional.size() != 1)
        return ctx.fail(
            Error::invalid(u"target"_s, QCoreApplication::translate("reelpulse::cli::Info",
                                                                    "'info %1' takes one target (see 'info --help').")
                                            .arg(what)));
    const QString target = line->positional.first();

    // Validate before any request.
    QString key;
    if (what == u"profile" || what == u"story") {
        auto name = normalizeUsername(target);
        if (!name.ok())
            return ctx.fail(name.error());
        key = name.value();
    } else if (what == u"video") {
        auto ref = parseVideoIdentifier(Platform::TikTok, target);
        if (!ref.ok())
            return ctx.fail(ref.error());
        key = ref->externalId;
    } else {
        auto shortcode = parseInstagramShortcode(target);
        if (!shortcode.ok())
            return ctx.fail(shortcode.error());
        key = shortcode.value();
    }

    int wantedPosts = 0;
    if (line->has(u"posts"_s)) {
        auto n = parseInt(line->value(u"posts"_s), u"--posts"_s);
        if (!n.ok() || n.value() < 1 || n.value() > 50)
            return ctx.fail(
                Error::invalid(u"posts"_s, QCoreApplication::translate("reelpulse::cli::Info",
                                                                       "--posts takes a number from 1 to 50.")));
        wantedPosts = n.value();
    }
    if ((wantedPosts > 0 || line->has(u"reels"_s)) && what != u"profile")
        return ctx.fail(Error::invalid(u"posts"_s, QCoreApplication::translate("reelpulse::cli::Info",
                                                                               "--posts and --reels go with 'info "
                                                                               "profile'.")));

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (what == u"story")
        return storyInfo(ctx, *db.value(), key);
    ScrapeSources sources = platformSourceFactory(resolveDataDir(ctx.dataDir))(*db.value());
    if (!sources.instagram || !sources.tiktok)
        return ctx.fail(Error::other(QCoreApplication::translate(
            "reelpulse::cli::Info", "Reading Instagram and TikTok is not available in this setup.")));

    if (what == u"profile") {
        Fetched<ProfileInfo> profile = sources.instagram->profile(key);
        if (!profile.ok())
            return failed(ctx, profile.failure(), Platform::Instagram, u"@"_s + key);
        if (wantedPosts > 0 || line->has(u"reels"_s))
            return profileListing(ctx, *sources.instagram, profile.value(), wantedPosts > 0 ? wantedPosts : 12,
                                  line->has(u"reels"_s));
        if (ctx.json) {
            ctx.printJson(profileJson(profile.value()));
            return 0;
        }
        const ProfileInfo &p = profile.value();
        ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "@%1%2\n")
                       .arg(p.username, p.fullName ? u" ("_s + *p.fullName + u")"_s : QString())
                << QCoreApplication::translate("reelpulse::cli::Info", "  followers:    %1\n").arg(count(p.followers))
                << QCoreApplication::translate("reelpulse::cli::Info", "  following:    %1\n").arg(count(p.following))
                << QCoreApplication::translate("reelpulse::cli::Info", "  posts:        %1\n").arg(count(p.posts));
        if (p.isPrivate.value_or(false))
            ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  private:      yes\n");
        if (p.biography)
            ctx.out << QCoreApplication::translate("reelpulse::cli::Info", "  bio:          %1\n")
                           .arg(QString(*p.biography).replace(u'\n', u' '));
        for (const MediaItem &m : p.timeline.items)
            ctx.out << u"  "_s << m.shortcode << u"  "_s << mediaKindName(m.kind).leftJustified(9) << count(m.likes)
                    << QCoreApplication::translate("reelpulse::cli::Info", " likes") << u'\n';
        ctx.out.flush();
        return 0;
    }
    if (what == u"video") {
        const auto ref = parseVideoIdentifier(Platform::TikTok, target);
        Fetched<MediaItem> video = sources.tiktok->video(key, ref.ok() ? ref->username : QString());
        if (!video.ok())
            return failed(ctx, video.failure(), Platform::TikTok,
                          QCoreApplication::translate("reelpulse::cli::Info", "TikTok video %1").arg(key));
        if (ctx.json)
            ctx.printJson(tiktokJson(video.value()));
        else
            printItem(ctx, video.value(),
                      QCoreApplication::translate("reelpulse::cli::Info", "TikTok video %1").arg(key));
        return 0;
    }
    Fetched<MediaItem> post = sources.instagram->post(key);
    if (!post.ok())
        return failed(ctx, post.failure(), Platform::Instagram, key);
    MediaItem item = post.value();
    if (item.shortcode.isEmpty())
        item.shortcode = key;
    if (ctx.json)
        ctx.printJson(what == u"reel" ? reelJson(item) : postJson(item));
    else
        printItem(ctx, item,
                  (what == u"reel" ? QCoreApplication::translate("reelpulse::cli::Info", "Reel %1")
                                   : QCoreApplication::translate("reelpulse::cli::Info", "Post %1"))
                      .arg(key));
    return 0;
}

} // namespace reelpulse::cli
