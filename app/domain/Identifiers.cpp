#include "domain/Identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString ShortcodeAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
constexpr int MaxShortcodeLength = 11;

bool isUsernameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_';
}

/// Parses something that may be a URL without a scheme; returns an invalid QUrl for plain words.
QUrl asUrl(const QString &input)
{
    QString text = input.trimmed();
    if (!text.contains(u'/'))
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url;
}

bool isInstagramHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"instagram.com" || h.endsWith(u".instagram.com") || h == u"instagr.am" || h == u"www.instagr.am";
}

bool isTikTokHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"tiktok.com" || h.endsWith(u".tiktok.com");
}

QStringList pathSegments(const QUrl &url)
{
    return url.path().split(u'/', Qt::SkipEmptyParts);
}

Result<QString> validateShortcode(const QString &code)
{
    if (code.isEmpty())
        return Error::invalid(u"shortcode"_s,
                              QCoreApplication::translate("reelpulse::Identifiers", "The post URL has no shortcode."));
    for (QChar c : code)
        if (!ShortcodeAlphabet.contains(c))
            return Error::invalid(
                u"shortcode"_s,
                QCoreApplication::translate("reelpulse::Identifiers",
                                            "\"%1\" is not an Instagram shortcode: only letters, digits, '-' and '_' "
                                            "are allowed.")
                    .arg(code));
    if (code.size() > MaxShortcodeLength)
        return Error::invalid(u"shortcode"_s,
                              QCoreApplication::translate(
                                  "reelpulse::Identifiers",
                                  "\"%1\" is not a public Instagram shortcode: shortcodes have at most %2 characters.")
                                  .arg(code)
                                  .arg(MaxShortcodeLength));
    return code;
}

} // namespace

Result<QString> normalizeUsername(const QString &input)
{
    QString name = input.trimmed();
    const QUrl url = asUrl(name);
    if (url.isValid()) {
        if (!isInstagramHost(url.host()))
            return Error::invalid(u"target_profile"_s, QCoreApplication::translate(
                                                           "reelpulse::Identifiers",
                                                           "\"%1\" is not an Instagram address: use a name, @name or "
                                                           "https://www.instagram.com/name/.")
                                                           .arg(input.trimmed()));
        const QStringList segments = pathSegments(url);
        static const QStringList notProfiles = {u"p"_s,       u"reel"_s,    u"reels"_s,    u"tv"_s,
                                                u"explore"_s, u"stories"_s, u"accounts"_s, u"direct"_s};
        if (segments.isEmpty())
            return Error::invalid(u"target_profile"_s, QCoreApplication::translate("reelpulse::Identifiers",
                                                                                   "The address names no profile."));
        if (notProfiles.contains(segments.first().toLower()))
            return Error::invalid(u"target_profile"_s,
                                  QCoreApplication::translate("reelpulse::Identifiers",
                                                              "\"%1\" is a post or page address, not a profile: use "
                                                              "https://www.instagram.com/name/.")
                                      .arg(input.trimmed()));
        name = segments.first();
    } else if (name.startsWith(u'@')) {
        name.remove(0, 1);
    }

    if (name.isEmpty())
        return Error::invalid(u"target_profile"_s,
                              QCoreApplication::translate("reelpulse::Identifiers", "The profile name is empty."));
    if (name.size() > 30)
        return Error::invalid(
            u"target_profile"_s,
            QCoreApplication::translate("reelpulse::Identifiers",
                                        "Invalid Instagram profile name \"%1\": a username has at most 30 characters.")
                .arg(name));
    for (QChar c : std::as_const(name))
        if (!isUsernameChar(c))
            return Error::invalid(u"target_profile"_s,
                                  QCoreApplication::translate(
                                      "reelpulse::Identifiers",
                                      "Invalid Instagram profile name \"%1\": only letters, digits, '.' and '_' are "
                                      "allowed.")
                                      .arg(name));
    if (name.startsWith(u'.') || name.endsWith(u'.'))
        return Error::invalid(u"target_profile"_s,
                              QCoreApplication::translate(
                                  "reelpulse::Identifiers",
                                  "Invalid Instagram profile name \"%1\": a username cannot start or end with '.'.")
                                  .arg(name));
    if (name.contains(u".."_s))
        return Error::invalid(
            u"target_profile"_s,
            QCoreApplication::translate(
                "reelpulse::Identifiers",
                "Invalid Instagram profile name \"%1\": a username cannot contain two '.' in a row ('..').")
                .arg(name));
    return name.toLower();
}

namespace {

Result<QString> checkTikTokName(const QString &name)
{
    if (name.isEmpty())
        return Error::invalid(u"target_profile"_s,
                              QCoreApplication::translate("reelpulse::Identifiers", "The profile name is empty."));
    if (name.size() < 2 || name.size() > 24)
        return Error::invalid(
            u"target_profile"_s,
            QCoreApplication::translate("reelpulse::Identifiers",
                                        "Invalid TikTok username \"%1\": a username has 2 to 24 characters.")
                .arg(name));
    for (QChar c : name)
        if (!isUsernameChar(c))
            return Error::invalid(u"target_profile"_s,
                                  QCoreApplication::translate(
                                      "reelpulse::Identifiers",
                                      "Invalid TikTok username \"%1\": only letters, digits, '_' and '.' are allowed.")
                                      .arg(name));
    if (name.endsWith(u'.'))
        return Error::invalid(
            u"target_profile"_s,
            QCoreApplication::translate("reelpulse::Identifiers",
                                        "Invalid TikTok username \"%1\": a username cannot end with '.'.")
                .arg(name));
    return name.toLower();
}

} // namespace

Result<QString> normalizeTikTokUsername(const QString &input)
{
    QString name = input.trimmed();
    const QUrl url = asUrl(name);
    if (url.isValid()) {
        if (!isTikTokHost(url.host()))
            return Error::invalid(
                u"target_profile"_s,
                QCoreApplication::translate(
                    "reelpulse::Identifiers",
                    "\"%1\" is not a TikTok address: use a name, @name or https://www.tiktok.com/@name.")
                    .arg(name));
        const QStringList segments = pathSegments(url);
        if (segments.isEmpty() || !segments.first().startsWith(u'@'))
            return Error::invalid(
                u"target_profile"_s,
                QCoreApplication::translate("reelpulse::Identifiers",
                                            "\"%1\" names no TikTok account: use https://www.tiktok.com/@name.")
                    .arg(name));
        if (segments.size() > 1)
            return Error::invalid(u"target_profile"_s,
                                  QCoreApplication::translate("reelpulse::Identifiers",
                                                              "\"%1\" is a video or page address, not an account: use "
                                                              "https://www.tiktok.com/@name.")
                                      .arg(name));
        name = segments.first().mid(1);
    } else if (name.startsWith(u'@')) {
        name.remove(0, 1);
    }
    return checkTikTokName(name);
}

Result<ProfileRef> parseProfileIdentifier(const QString &input, std::optional<Platform> platform)
{
    const QUrl url = asUrl(input);
    Platform chosen = platform.value_or(Platform::Instagram);
    if (url.isValid()) {
        const bool tiktok = isTikTokHost(url.host());
        const bool instagram = isInstagramHost(url.host());
        if (platform && ((tiktok && *platform != Platform::TikTok) || (instagram && *platform != Platform::Instagram)))
            return Error::invalid(
                u"platform"_s,
                QCoreApplication::translate("reelpulse::Identifiers", "\"%1\" is an address of %2, not of %3.")
                    .arg(input.trimmed(), platformName(tiktok ? Platform::TikTok : Platform::Instagram),
                         platformName(*platform)));
        if (tiktok)
            chosen = Platform::TikTok;
        else if (instagram)
            chosen = Platform::Instagram;
    }
    auto name = chosen == Platform::TikTok ? normalizeTikTokUsername(input) : normalizeUsername(input);
    if (!name.ok())
        return name.error();
    return ProfileRef{chosen, name.value()};
}

QString canonicalProfileUrl(Platform platform, const QString &username)
{
    if (platform == Platform::TikTok)
        return u"https://www.tiktok.com/@"_s + username;
    return u"https://www.instagram.com/"_s + username + u'/';
}

Result<qint64> shortcodeToMediaId(const QString &shortcode)
{
    auto valid = validateShortcode(shortcode);
    if (!valid.ok())
        return valid.error();
    quint64 id = 0;
    for (QChar c : shortcode) {
        const auto digit = static_cast<quint64>(ShortcodeAlphabet.indexOf(c));
        if (id > ((quint64(1) << 63) - 1 - digit) / 64)
            return Error::invalid(u"shortcode"_s,
                                  QCoreApplication::translate("reelpulse::Identifiers",
                                                              "The shortcode \"%1\" is too large to be a media id.")
                                      .arg(shortcode));
        id = id * 64 + digit;
    }
    return static_cast<qint64>(id);
}

QString mediaIdToShortcode(qint64 mediaId)
{
    if (mediaId <= 0)
        return u"A"_s;
    auto id = static_cast<quint64>(mediaId);
    QString code;
    while (id > 0) {
        code.prepend(ShortcodeAlphabet.at(static_cast<int>(id % 64)));
        id /= 64;
    }
    return code;
}

Result<QString> parseInstagramShortcode(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(u"reel_url"_s,
                              QCoreApplication::translate("reelpulse::Identifiers", "The reel URL is empty."));
    const QUrl url = asUrl(text);
    if (!url.isValid()) {
        if (text.contains(u'/') || text.contains(u'.'))
            return Error::invalid(u"reel_url"_s,
                                  QCoreApplication::translate("reelpulse::Identifiers",
                                                              "\"%1\" is not an Instagram post or reel address.")
                                      .arg(text));
        return validateShortcode(text);
    }
    if (!isInstagramHost(url.host()))
        return Error::invalid(u"reel_url"_s,
                              QCoreApplication::translate(
                                  "reelpulse::Identifiers",
                                  "\"%1\" is not an Instagram address: use https://www.instagram.com/reel/SHORTCODE/.")
                                  .arg(text));
    const QStringList segments = pathSegments(url);
    static const QStringList kinds = {u"reel"_s, u"reels"_s, u"p"_s, u"tv"_s};
    // /reel/CODE, or /username/reel/CODE as Instagram shares them today.
    for (int i = 0; i + 1 < segments.size() && i < 2; ++i) {
        if (kinds.contains(segments.at(i).toLower()))
            return validateShortcode(segments.at(i + 1));
    }
    return Error::invalid(u"reel_url"_s,
                          QCoreApplication::translate(
                              "reelpulse::Identifiers",
                              "\"%1\" is not a post or reel address: expected /reel/, /reels/, /p/ or /tv/ followed by "
                              "the shortcode.")
                              .arg(text));
}

QString canonicalReelUrl(const QString &shortcode)
{
    return u"https://www.instagram.com/reel/%1/"_s.arg(shortcode);
}

Result<VideoRef> parseVideoIdentifier(Platform platform, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(u"identifier"_s,
                              QCoreApplication::translate("reelpulse::Identifiers", "The video identifier is empty."));
    if (text.size() > 512)
        return Error::invalid(u"identifier"_s,
                              QCoreApplication::translate("reelpulse::Identifiers",
                                                          "The video identifier is longer than 512 characters."));

    VideoRef ref;
    ref.platform = platform;
    if (platform == Platform::Instagram) {
        static const QRegularExpression idWithOwner(u"^(\\d{1,19})(?:_\\d+)?$"_s);
        const auto match = idWithOwner.match(text);
        if (match.hasMatch()) {
            bool ok = false;
            const qint64 id = match.captured(1).toLongLong(&ok);
            if (!ok || id <= 0)
                return Error::invalid(
                    u"identifier"_s,
                    QCoreApplication::translate("reelpulse::Identifiers", "\"%1\" is not a valid Instagram media id.")
                        .arg(text));
            ref.externalId = QString::number(id);
            ref.shortcode = mediaIdToShortcode(id);
        } else {
            if (asUrl(text).isValid() && isTikTokHost(asUrl(text).host()))
                return Error::invalid(
                    u"identifier"_s,
                    QCoreApplication::translate("reelpulse::Identifiers",
                                                "\"%1\" is a TikTok address: add it with the platform tiktok.")
                        .arg(text));
            auto code = parseInstagramShortcode(text);
            if (!code.ok())
                return Error::invalid(u"identifier"_s, code.error().message);
            auto id = shortcodeToMediaId(code.value());
            if (!id.ok())
                return Error::invalid(u"identifier"_s, id.error().message);
            ref.shortcode = code.value();
            ref.externalId = QString::number(id.value());
        }
        ref.canonicalUrl = u"https://www.instagram.com/p/%1/"_s.arg(ref.shortcode);
        return ref;
    }

    // TikTok
    static const QRegularExpression videoId(u"^\\d{6,25}$"_s);
    if (videoId.match(text).hasMatch()) {
        ref.externalId = text;
    } else {
        const QUrl url = asUrl(text);
        if (!url.isValid() || !isTikTokHost(url.host())) {
            if (url.isValid() && isInstagramHost(url.host()))
                return Error::invalid(
                    u"identifier"_s,
                    QCoreApplication::translate("reelpulse::Identifiers",
                                                "\"%1\" is an Instagram address: add it with the platform instagram.")
                        .arg(text));
            return Error::invalid(u"identifier"_s,
                                  QCoreApplication::translate(
                                      "reelpulse::Identifiers",
                                      "\"%1\" is neither a TikTok video URL (https://www.tiktok.com/@user/video/ID) "
                                      "nor a numeric video id.")
                                      .arg(text));
        }
        const QString host = url.host().toLower();
        const QStringList segments = pathSegments(url);
        if (host.startsWith(u"vm.") || host.startsWith(u"vt.") || (!segments.isEmpty() && segments.first() == u"t"))
            return Error::invalid(u"identifier"_s,
                                  QCoreApplication::translate(
                                      "reelpulse::Identifiers",
                                      "\"%1\" is a TikTok short link. Open it in a browser and paste the full address "
                                      "(https://www.tiktok.com/@user/video/ID).")
                                      .arg(text));
        QString id;
        for (int i = 0; i < segments.size(); ++i) {
            const QString &seg = segments.at(i);
            if ((seg == u"video" || seg == u"photo" || seg == u"v" || seg == u"embed") && i + 1 < segments.size()) {
                QString candidate = segments.at(i + 1);
                if (candidate == u"v2" && i + 2 < segments.size())
                    candidate = segments.at(i + 2);
                if (candidate.endsWith(u".html"))
                    candidate.chop(5);
                if (videoId.match(candidate).hasMatch()) {
                    id = candidate;
                    break;
                }
            }
            if (seg.startsWith(u'@'))
                ref.username = seg.mid(1);
        }
        if (id.isEmpty())
            return Error::invalid(u"identifier"_s,
                                  QCoreApplication::translate("reelpulse::Identifiers",
                                                              "\"%1\" does not contain a TikTok video id: expected "
                                                              "https://www.tiktok.com/@user/video/ID.")
                                      .arg(text));
        ref.externalId = id;
    }
    ref.canonicalUrl = ref.username.isEmpty()
                           ? u"https://www.tiktok.com/@_/video/%1"_s.arg(ref.externalId)
                           : u"https://www.tiktok.com/@%1/video/%2"_s.arg(ref.username, ref.externalId);
    return ref;
}

} // namespace reelpulse
