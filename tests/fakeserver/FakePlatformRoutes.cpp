// The default routes of FakePlatformServer: captured responses served at the real web paths.
//
// Instagram
//   GET  /api/v1/users/web_profile_info/?username=instagram       web_profile_info__instagram__2024-12.json
//        …?username=robertdowneyjr                                 pgrimaud__profile.json
//        any other username                                        {"data":{"user":null},"status":"ok"}
//   GET  /api/v1/media/2317006284167526179/info/                   api_v1_media_info__carousel__CAnqPB-Jzcj.json
//   GET  /api/v1/media/2307774091974900767/info/                   pgrimaud__media-2.json
//        other media ids                                           404 {"message":"Media not found or unavailable"}
//   GET  /api/v1/media/{id}/comments/ (DFp17y5MymE, CSTg-0FH89e)   the captured GraphQL comments converted to
//                                                                  the app-style list; later pages empty
//   GET|POST /graphql/query[/]  variables.shortcode CSTg-0FH89e / CA_ifcxMjFR → the GraphQL shortcode_media
//        variables {id: 25025320, first: …}                        graphql_user_timeline_page__instagram__2024-03.json
//        variables {id: 25025320, render_surface: …}               web_profile_info__instagram__2024-12.json
//        anything else                                             {"data": null, "status": "ok"}
//   GET  /p/DFp17y5MymE/?__a=1                                     graphql_shortcode_media__reel_clips__DFp17y5MymE…
//   GET  /api/v1/feed/reels_media/                                 {"reels_media": [], "status": "ok"}
// TikTok
//   GET  /@{user}/video/7603296357641735445                        HTML page embedding web_item_struct__….json
//        other video ids                                           the page with statusCode 10204 and no item
//   GET  /api/comment/list/?aweme_id=7603296357641735445&cursor=0  web_comment_list__aweme_….json
//        other ids or cursors                                      an empty last page
//   GET  /@zg.520                                                  account page embedding user_detail__zg.520__….json
//        /@{user} set by setTikTokAccount()                        that account's page (its items on the page or not)
//        any other account                                         the page with statusCode 10221 (no such account)
//   GET  /api/post/item_list/?secUid=…                             the account's videos (zg.520:
//   user_item_list__….json)
//        unknown secUid                                            {"statusCode": 10221}

#include "FakePlatformServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::test {

namespace {

const QString TikTokVideoId = u"7603296357641735445"_s;

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject shortcodeMedia(const QJsonObject &root)
{
    for (const QString &outer : {u"data"_s, u"graphql"_s}) {
        const QJsonObject media = root.value(outer).toObject().value(u"shortcode_media"_s).toObject();
        if (!media.isEmpty())
            return media;
    }
    return {};
}

} // namespace

void FakePlatformServer::installInstagramRoutes()
{
    setRoute(u"/api/v1/users/web_profile_info/"_s, [this](const FakeRequest &request) {
        const QString username = request.queryValue(u"username"_s).toLower();
        if (username == u"instagram"_s)
            return FakeResponse::json(fixture(u"instagram/web_profile_info__instagram__2024-12.json"_s));
        if (username == u"robertdowneyjr"_s)
            return FakeResponse::json(fixture(u"instagram/pgrimaud__profile.json"_s));
        return FakeResponse::json(R"({"data": {"user": null}, "status": "ok"})");
    });
    setRoute(u"/api/v1/media/"_s, [this](const FakeRequest &request) { return instagramMedia(request); });
    setRoute(u"/graphql/query"_s, [this](const FakeRequest &request) { return instagramGraphql(request); });
    setRoute(u"/p/"_s, [this](const FakeRequest &request) { return instagramPostPage(request); });
    setRoute(u"/api/v1/feed/reels_media/"_s, [](const FakeRequest &) {
        return FakeResponse::json(R"({"reels_media": [], "reels": {}, "status": "ok"})");
    });
}

FakeResponse FakePlatformServer::instagramMedia(const FakeRequest &request) const
{
    static const QRegularExpression info(u"^/api/v1/media/(\\d+)/info/?$"_s);
    static const QRegularExpression comments(u"^/api/v1/media/(\\d+)/comments/?$"_s);
    if (const auto match = info.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        if (id == u"2317006284167526179"_s)
            return FakeResponse::json(fixture(u"instagram/api_v1_media_info__carousel__CAnqPB-Jzcj.json"_s));
        if (id == u"2307774091974900767"_s)
            return FakeResponse::json(fixture(u"instagram/pgrimaud__media-2.json"_s));
        return FakeResponse::json(R"({"message": "Media not found or unavailable", "status": "fail"})", 404);
    }
    if (const auto match = comments.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        const bool firstPage = request.queryValue(u"min_id"_s).isEmpty();
        if (firstPage && id == u"3560614185974049156"_s)
            return FakeResponse::json(
                appCommentsFromGraph(u"instagram/graphql_shortcode_media__reel_clips__DFp17y5MymE__2025-02.json"_s));
        if (firstPage && id == u"2635595260958330718"_s)
            return FakeResponse::json(appCommentsFromGraph(
                u"instagram/graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json"_s));
        return FakeResponse::json(
            R"({"comments": [], "comment_count": 0, "has_more_comments": false, "status": "ok"})");
    }
    return FakeResponse::json(R"({"message": "Page not found", "status": "fail"})", 404);
}

QByteArray FakePlatformServer::appCommentsFromGraph(const QString &fixturePath) const
{
    const QJsonObject media = shortcodeMedia(parseObject(fixture(fixturePath)));
    QJsonObject connection = media.value(u"edge_media_to_parent_comment"_s).toObject();
    if (connection.isEmpty())
        connection = media.value(u"edge_media_to_comment"_s).toObject();
    QJsonArray comments;
    for (const QJsonValue &edge : connection.value(u"edges"_s).toArray()) {
        const QJsonObject node = edge.toObject().value(u"node"_s).toObject();
        const QJsonObject owner = node.value(u"owner"_s).toObject();
        comments.append(QJsonObject{
            {u"pk"_s, node.value(u"id"_s)},
            {u"text"_s, node.value(u"text"_s)},
            {u"created_at"_s, node.value(u"created_at"_s)},
            {u"user"_s, QJsonObject{{u"pk"_s, owner.value(u"id"_s)}, {u"username"_s, owner.value(u"username"_s)}}},
            {u"comment_like_count"_s, node.value(u"edge_liked_by"_s).toObject().value(u"count"_s)},
            {u"child_comment_count"_s, node.value(u"edge_threaded_comments"_s).toObject().value(u"count"_s)},
        });
    }
    const QJsonObject pageInfo = connection.value(u"page_info"_s).toObject();
    return compact({
        {u"comments"_s, comments},
        {u"comment_count"_s, connection.value(u"count"_s)},
        {u"has_more_comments"_s, pageInfo.value(u"has_next_page"_s)},
        {u"next_min_id"_s, pageInfo.value(u"end_cursor"_s)},
        {u"status"_s, u"ok"_s},
    });
}

FakeResponse FakePlatformServer::instagramGraphql(const FakeRequest &request) const
{
    const QJsonObject variables = parseObject(request.param(u"variables"_s).toUtf8());
    const QString shortcode = variables.value(u"shortcode"_s).toString();
    if (shortcode == u"CSTg-0FH89e"_s)
        return FakeResponse::json(
            fixture(u"instagram/graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json"_s));
    if (shortcode == u"CA_ifcxMjFR"_s)
        return FakeResponse::json(fixture(u"instagram/graphql_shortcode_media__sidecar__CA_ifcxMjFR__2024-03.json"_s));
    const QJsonValue id = variables.value(u"id"_s);
    if (id.toString() == u"25025320"_s || id.toInteger() == 25025320) {
        if (variables.contains(u"render_surface"_s))
            return FakeResponse::json(fixture(u"instagram/web_profile_info__instagram__2024-12.json"_s));
        if (variables.value(u"after"_s).toString().isEmpty())
            return FakeResponse::json(fixture(u"instagram/graphql_user_timeline_page__instagram__2024-03.json"_s));
        return FakeResponse::json(R"({"data": {"user": {"edge_owner_to_timeline_media": {"count": 7629, )"
                                  R"("page_info": {"has_next_page": false, "end_cursor": null}, "edges": []}}}, )"
                                  R"("status": "ok"})");
    }
    return FakeResponse::nullData();
}

FakeResponse FakePlatformServer::instagramPostPage(const FakeRequest &request) const
{
    static const QRegularExpression post(u"^/p/([A-Za-z0-9_-]+)/?$"_s);
    const auto match = post.match(request.path);
    if (!match.hasMatch())
        return FakeResponse::html("<html><body>Page not found</body></html>", 404);
    const QString shortcode = match.captured(1);
    QByteArray body;
    if (shortcode == u"DFp17y5MymE"_s) {
        body = fixture(u"instagram/graphql_shortcode_media__reel_clips__DFp17y5MymE__2025-02.json"_s);
    } else if (shortcode == u"CSTg-0FH89e"_s || shortcode == u"CA_ifcxMjFR"_s) {
        const QString file =
            shortcode == u"CSTg-0FH89e"_s
                ? u"instagram/graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json"_s
                : u"instagram/graphql_shortcode_media__sidecar__CA_ifcxMjFR__2024-03.json"_s;
        body =
            compact({{u"graphql"_s, QJsonObject{{u"shortcode_media"_s, shortcodeMedia(parseObject(fixture(file)))}}}});
    }
    if (body.isEmpty())
        return FakeResponse::json(R"({"message": "Page not found", "status": "fail"})", 404);
    if (request.queryValue(u"__a"_s) != u"1"_s)
        return FakeResponse::html("<!DOCTYPE html><html><head><meta property=\"og:type\" content=\"video\"></head>"
                                  "<body></body></html>");
    return FakeResponse::json(body);
}

void FakePlatformServer::installTikTokRoutes()
{
    setTikTokAccount(
        u"zg.520"_s, parseObject(fixture(u"tiktok/user_detail__zg.520__2025-10.json"_s)),
        parseObject(fixture(u"tiktok/user_item_list__zg.520__2025-10.json"_s)).value(u"itemList"_s).toArray(), false);
    setRoute(u"/api/post/item_list/"_s, [this](const FakeRequest &request) {
        const QString secUid = request.queryValue(u"secUid"_s);
        QMutexLocker lock(&m_mutex);
        for (auto it = m_tiktokAccounts.cbegin(); it != m_tiktokAccounts.cend(); ++it) {
            const QJsonObject user = it->detail.value(u"userInfo"_s).toObject().value(u"user"_s).toObject();
            if (!secUid.isEmpty() && user.value(u"secUid"_s).toString() == secUid)
                return FakeResponse::json(compact(QJsonObject{
                    {u"statusCode"_s, 0}, {u"itemList"_s, it->items}, {u"hasMore"_s, false}, {u"cursor"_s, u"0"_s}}));
        }
        return FakeResponse::json(R"({"statusCode": 10221, "status_msg": "", "itemList": []})");
    });
    setRoute(u"/@"_s, [this](const FakeRequest &request) {
        static const QRegularExpression account(u"^/@([^/]+)/?$"_s);
        if (const auto a = account.match(request.path); a.hasMatch()) {
            QMutexLocker lock(&m_mutex);
            const auto it = m_tiktokAccounts.constFind(a.captured(1).toLower());
            if (it == m_tiktokAccounts.cend())
                return FakeResponse::html(
                    tiktokAccountPage(QJsonObject{{u"statusCode"_s, 10221}, {u"statusMsg"_s, u""_s}}));
            QJsonObject detail = it->detail;
            if (it->itemsOnPage) {
                QJsonObject info = detail.value(u"userInfo"_s).toObject();
                info.insert(u"itemList"_s, it->items);
                detail.insert(u"userInfo"_s, info);
            }
            return FakeResponse::html(tiktokAccountPage(detail));
        }
        static const QRegularExpression video(u"^/@([^/]+)/video/(\\d+)/?$"_s);
        const auto match = video.match(request.path);
        if (!match.hasMatch())
            return FakeResponse::html("<html><body>Page not found</body></html>", 404);
        if (match.captured(2) == TikTokVideoId)
            return FakeResponse::html(
                tiktokVideoPage(parseObject(fixture(u"tiktok/web_item_struct__7603296357641735445__2026-02.json"_s))));
        return FakeResponse::html(tiktokVideoPage({}, 10204));
    });
    setRoute(u"/api/comment/list/"_s, [this](const FakeRequest &request) {
        const QString cursor = request.queryValue(u"cursor"_s);
        if (request.queryValue(u"aweme_id"_s) == TikTokVideoId && (cursor.isEmpty() || cursor == u"0"_s))
            return FakeResponse::json(fixture(u"tiktok/web_comment_list__aweme_7603296357641735445__2026-02.json"_s));
        return FakeResponse::json(QByteArray(R"({"status_code": 0, "status_msg": "", "comments": null, "cursor": )") +
                                  (cursor.isEmpty() ? QByteArray("0") : cursor.toUtf8()) +
                                  R"(, "has_more": 0, "total": 0})");
    });
}

void FakePlatformServer::setTikTokAccount(const QString &username, const QJsonObject &userDetail,
                                          const QJsonArray &items, bool itemsOnPage)
{
    QMutexLocker lock(&m_mutex);
    m_tiktokAccounts.insert(username.toLower(), TikTokAccount{userDetail, items, itemsOnPage});
}

QByteArray FakePlatformServer::tiktokAccountPage(const QJsonObject &userDetail)
{
    const QJsonObject data{
        {u"__DEFAULT_SCOPE__"_s,
         QJsonObject{
             {u"webapp.app-context"_s, QJsonObject{{u"language"_s, u"en"_s}, {u"region"_s, u"US"_s}}},
             {u"webapp.user-detail"_s, userDetail},
         }},
    };
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TikTok - Make Your Day</title>"
           "</head><body><div id=\"app\"></div>"
           "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">" +
           compact(data) + "</script></body></html>";
}

FakeResponse FakePlatformServer::tiktokVerifyWall()
{
    return FakeResponse::html("<!DOCTYPE html><html><head><title>Security Check</title></head><body>"
                              "<div id=\"captcha-verify-container\">Verify to continue</div></body></html>");
}

FakeResponse FakePlatformServer::tiktokLoginRedirect()
{
    return FakeResponse::redirect("/login?redirect_url=https%3A%2F%2Fwww.tiktok.com%2F");
}

QByteArray FakePlatformServer::tiktokVideoPage(const QJsonObject &itemStruct, int statusCode)
{
    QJsonObject detail{{u"statusCode"_s, statusCode}, {u"statusMsg"_s, u""_s}};
    if (!itemStruct.isEmpty())
        detail.insert(u"itemInfo"_s, QJsonObject{{u"itemStruct"_s, itemStruct}});
    const QJsonObject data{
        {u"__DEFAULT_SCOPE__"_s,
         QJsonObject{
             {u"webapp.app-context"_s, QJsonObject{{u"language"_s, u"en"_s}, {u"region"_s, u"US"_s}}},
             {u"webapp.video-detail"_s, detail},
         }},
    };
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TikTok - Make Your Day</title>"
           "</head><body><div id=\"app\"></div>"
           "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">" +
           compact(data) + "</script></body></html>";
}

} // namespace reelpulse::test
