#include "instagram/ProfileParser.h"

#include "instagram/TimelineParser.h"
#include "platform/ParserValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

namespace {

std::optional<QString> firstString(const QJsonObject &obj, std::initializer_list<QStringView> paths)
{
    for (QStringView path : paths) {
        if (std::optional<QString> s = parse::string(parse::at(obj, path)); s && !s->isEmpty())
            return s;
    }
    for (QStringView path : paths) {
        if (std::optional<QString> s = parse::string(parse::at(obj, path)))
            return s;
    }
    return std::nullopt;
}

std::optional<bool> firstBool(const QJsonObject &obj, std::initializer_list<QStringView> paths)
{
    for (QStringView path : paths) {
        if (const std::optional<bool> b = parse::boolean(parse::at(obj, path)))
            return b;
    }
    return std::nullopt;
}

} // namespace

ProfileInfo parseProfileUser(const QJsonObject &user)
{
    ProfileInfo p;
    p.id = parse::id(user.value(u"id"_s));
    if (p.id.isEmpty())
        p.id = parse::id(user.value(u"pk"_s));
    p.username = parse::text(user.value(u"username"_s));
    p.fullName = parse::string(user.value(u"full_name"_s));
    p.biography = parse::string(user.value(u"biography"_s));
    p.category = firstString(user, {u"category_name", u"business_category_name", u"category"});
    p.externalUrl = parse::string(user.value(u"external_url"_s));
    if (user.value(u"external_url"_s).isNull())
        p.externalUrl = QString(); // stated: no link in bio
    p.profilePicUrl = firstString(user, {u"profile_pic_url_hd", u"hd_profile_pic_url_info.url", u"profile_pic_url"});
    p.followers = parse::firstCount(user, {u"edge_followed_by.count", u"follower_count"});
    p.following = parse::firstCount(user, {u"edge_follow.count", u"following_count"});
    p.posts = parse::firstCount(user, {u"edge_owner_to_timeline_media.count", u"media_count"});
    p.isVerified = parse::boolean(user.value(u"is_verified"_s));
    p.isPrivate = parse::boolean(user.value(u"is_private"_s));
    p.isBusiness = firstBool(user, {u"is_business_account", u"is_business"});
    const QJsonValue timeline = user.value(u"edge_owner_to_timeline_media"_s);
    if (timeline.isObject())
        p.timeline = parseMediaConnection(timeline.toObject());
    return p;
}

Result<ProfileInfo> parseProfile(const QJsonObject &root)
{
    static const QStringView Paths[] = {u"data.user", u"graphql.user", u"user"};
    for (QStringView path : Paths) {
        const QJsonValue user = parse::at(root, path);
        if (user.isObject()) {
            ProfileInfo p = parseProfileUser(user.toObject());
            if (p.id.isEmpty() && p.username.isEmpty())
                break;
            return p;
        }
        if (user.isNull())
            return Error::notFound(QCoreApplication::translate("Parser",
                                                               "Instagram answered without a profile: the account does "
                                                               "not exist, was renamed, or is hidden from you."));
    }
    if (root.contains(u"username"_s) && (root.contains(u"id"_s) || root.contains(u"pk"_s)))
        return parseProfileUser(root);
    return parse::shapeError(QCoreApplication::translate("Parser", "a profile"));
}

Result<ProfileInfo> parseProfile(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parseProfile(root.value());
}

namespace {

QString decodeEntities(QString s)
{
    static const QRegularExpression Numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = Numeric.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint cp = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && cp > 0 && cp <= 0x10FFFF) {
            const char32_t c = cp;
            out += QString::fromUcs4(&c, 1);
        }
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&#39;"_s, u"'"_s);
    out.replace(u"&lt;"_s, u"<"_s);
    out.replace(u"&gt;"_s, u">"_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out;
}

QString metaContent(const QString &html, const QString &property)
{
    // <meta property="og:description" content="…" /> with either attribute order.
    const QString name = QRegularExpression::escape(property);
    const QRegularExpression first(
        u"<meta[^>]*(?:property|name)\\s*=\\s*\"%1\"[^>]*content\\s*=\\s*\"([^\"]*)\""_s.arg(name),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = first.match(html);
    if (m.hasMatch())
        return decodeEntities(m.captured(1));
    const QRegularExpression second(
        u"<meta[^>]*content\\s*=\\s*\"([^\"]*)\"[^>]*(?:property|name)\\s*=\\s*\"%1\""_s.arg(name),
        QRegularExpression::CaseInsensitiveOption);
    m = second.match(html);
    return m.hasMatch() ? decodeEntities(m.captured(1)) : QString();
}

std::optional<qint64> exactCount(const QString &description, const QString &label)
{
    // "1,234 Followers" is exact; "681M Followers" or "1.2K Followers" is rounded and stays unknown.
    const QRegularExpression re(u"(?:^|[\\s,])([0-9][0-9,.]*)([KkMmBb]?)\\s+%1\\b"_s.arg(label));
    const QRegularExpressionMatch m = re.match(description);
    if (!m.hasMatch() || !m.captured(2).isEmpty())
        return std::nullopt;
    QString digits = m.captured(1);
    if (digits.contains(u'.') && !QRegularExpression(u"^\\d{1,3}(\\.\\d{3})+$"_s).match(digits).hasMatch())
        return std::nullopt; // a decimal point, not a thousands separator
    digits.remove(u',');
    digits.remove(u'.');
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

Result<ProfileInfo> parseProfileHtml(const QByteArray &htmlBytes)
{
    const QString html = QString::fromUtf8(htmlBytes);
    const QString description = metaContent(html, u"og:description"_s);
    const QString title = metaContent(html, u"og:title"_s);
    static const QRegularExpression Handle(u"\\(@([A-Za-z0-9._]{1,30})\\)"_s);
    QRegularExpressionMatch handle = Handle.match(description);
    if (!handle.hasMatch())
        handle = Handle.match(title);
    if (!handle.hasMatch())
        return parse::shapeError(QCoreApplication::translate("Parser", "a profile"));
    ProfileInfo p;
    p.username = handle.captured(1);
    const qsizetype titleHandle = title.indexOf(u"(@"_s);
    if (titleHandle > 0)
        p.fullName = title.left(titleHandle).trimmed();
    p.followers = exactCount(description, u"Followers"_s);
    p.following = exactCount(description, u"Following"_s);
    p.posts = exactCount(description, u"Posts"_s);
    static const QRegularExpression ProfileId(u"\"profile_id\"\\s*:\\s*\"(\\d+)\""_s);
    const QRegularExpressionMatch id = ProfileId.match(html);
    if (id.hasMatch())
        p.id = id.captured(1);
    return p;
}

} // namespace reelpulse::instagram
