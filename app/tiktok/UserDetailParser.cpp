#include "tiktok/UserDetailParser.h"

#include "platform/ParserValues.h"
#include "tiktok/ItemStructParser.h"
#include "tiktok/UniversalDataParser.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::tiktok {

namespace {

/// The exact count: statsV2 (strings) first, then stats (numbers that may be rounded).
std::optional<qint64> exactCount(const QJsonObject &statsV2, const QJsonObject &stats,
                                 std::initializer_list<QString> names)
{
    for (const QJsonObject *source : {&statsV2, &stats})
        for (const QString &name : names)
            if (const std::optional<qint64> n = parse::count(source->value(name)))
                return n;
    return std::nullopt;
}

int saturated(qint64 code)
{
    return static_cast<int>(
        qBound(qint64(std::numeric_limits<int>::min()), code, qint64(std::numeric_limits<int>::max())));
}

} // namespace

QJsonObject userDetail(const QJsonObject &universalData)
{
    return parse::object(parse::object(universalData.value(u"__DEFAULT_SCOPE__"_s)).value(u"webapp.user-detail"_s));
}

std::optional<int> userStatusCode(const QJsonObject &detail)
{
    for (const QString &key : {u"statusCode"_s, u"status_code"_s})
        if (const std::optional<qint64> code = parse::integer(detail.value(key)))
            return saturated(*code);
    return std::nullopt;
}

Result<ProfileInfo> parseUserDetail(const QJsonObject &detail)
{
    if (detail.isEmpty())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok account"));
    const int status = userStatusCode(detail).value_or(0);
    const QJsonObject info = parse::object(detail.value(u"userInfo"_s));
    const QJsonObject user = parse::object(info.value(u"user"_s));
    const bool privateAccount = status == AccountPrivateStatus;
    if (status == AccountNotFoundStatus)
        return Error::notFound(
            QCoreApplication::translate("Parser", "TikTok has no such account (status %1).").arg(status));
    if (status != 0 && !(privateAccount && !user.isEmpty()))
        return Error::other(QCoreApplication::translate("Parser", "TikTok did not show the account (status %1: %2).")
                                .arg(status)
                                .arg(parse::text(detail.value(u"statusMsg"_s))));
    if (user.isEmpty())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok account"));

    ProfileInfo p;
    p.id = parse::id(user.value(u"id"_s));
    p.username = parse::text(user.value(u"uniqueId"_s));
    if (p.id.isEmpty() && p.username.isEmpty())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok account"));
    p.secUid = parse::text(user.value(u"secUid"_s));
    p.fullName = parse::string(user.value(u"nickname"_s));
    p.biography = parse::string(user.value(u"signature"_s));
    for (const QString &key : {u"avatarLarger"_s, u"avatarMedium"_s, u"avatarThumb"_s})
        if (const QString url = parse::text(user.value(key)); !url.isEmpty()) {
            p.profilePicUrl = url;
            break;
        }
    const QString link = parse::text(parse::object(user.value(u"bioLink"_s)).value(u"link"_s));
    if (!link.isEmpty())
        p.externalUrl = link;
    const QString category = parse::text(parse::object(user.value(u"commerceUserInfo"_s)).value(u"category"_s));
    if (!category.isEmpty())
        p.category = category;
    p.isVerified = parse::boolean(user.value(u"verified"_s));
    p.isPrivate = privateAccount ? std::optional<bool>(true) : parse::boolean(user.value(u"privateAccount"_s));
    if (const std::optional<bool> commerce =
            parse::boolean(parse::object(user.value(u"commerceUserInfo"_s)).value(u"commerceUser"_s)))
        p.isBusiness = commerce;

    const QJsonObject stats = parse::object(info.value(u"stats"_s));
    const QJsonObject statsV2 = parse::object(info.value(u"statsV2"_s));
    p.followers = exactCount(statsV2, stats, {u"followerCount"_s});
    p.following = exactCount(statsV2, stats, {u"followingCount"_s});
    p.likes = exactCount(statsV2, stats, {u"heartCount"_s, u"heart"_s});
    p.posts = exactCount(statsV2, stats, {u"videoCount"_s});

    if (!privateAccount) {
        QJsonArray items = parse::array(info.value(u"itemList"_s));
        if (items.isEmpty())
            items = parse::array(detail.value(u"itemList"_s));
        for (const QJsonValue &value : std::as_const(items)) {
            Result<MediaItem> item = parseItemStruct(parse::object(value));
            if (item.ok())
                p.timeline.items.append(std::move(item).value());
        }
    }
    return p;
}

Result<ProfileInfo> parseAccountPage(const QByteArray &html)
{
    Result<QJsonObject> data = extractUniversalData(html);
    if (!data)
        return data.error();
    return parseUserDetail(userDetail(data.value()));
}

Result<MediaPage> parseItemList(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject &object = root.value();
    if (const std::optional<int> status = userStatusCode(object); status && *status != 0)
        return Error::other(
            QCoreApplication::translate("Parser", "TikTok did not list the videos (status %1).").arg(*status));
    const QJsonValue list = object.value(u"itemList"_s);
    if (!list.isArray() && !list.isUndefined() && !list.isNull())
        return parse::shapeError(QCoreApplication::translate("Parser", "the videos of a TikTok account"));
    MediaPage page;
    for (const QJsonValue &value : parse::array(list)) {
        Result<MediaItem> item = parseItemStruct(parse::object(value));
        if (item.ok())
            page.items.append(std::move(item).value());
    }
    page.hasNextPage = parse::boolean(object.value(u"hasMore"_s)).value_or(false);
    page.endCursor = parse::cursor(object.value(u"cursor"_s));
    return page;
}

} // namespace reelpulse::tiktok
