#include "Fixtures.h"

#include "tiktok/CommentListParser.h"
#include "tiktok/ItemStructParser.h"
#include "tiktok/UniversalDataParser.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

/// Every number in `obj` turned into its decimal string, as TikTok sometimes sends them.
QJsonObject numbersAsStrings(QJsonObject obj)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.value().isDouble())
            it.value() = QString::number(it.value().toInteger());
    }
    return obj;
}

/// A video page as TikTok serves it: the universal data in its script element.
QByteArray videoPage(const QJsonObject &itemStruct, int statusCode = 0)
{
    const QJsonObject detail{{u"itemInfo"_s, QJsonObject{{u"itemStruct"_s, itemStruct}}},
                             {u"statusCode"_s, statusCode},
                             {u"statusMsg"_s, statusCode == 0 ? u""_s : u"item is private"_s}};
    const QJsonObject data{
        {u"__DEFAULT_SCOPE__"_s, QJsonObject{{u"webapp.app-context"_s, QJsonObject{{u"language"_s, u"en"_s}}},
                                             {u"webapp.video-detail"_s, detail}}}};
    return "<!DOCTYPE html><html lang=\"en\"><head><title>TikTok</title>"
           "<script id=\"SIGI_STATE\" type=\"application/json\">{}</script></head><body><div id=\"app\"></div>"
           "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">" +
           QJsonDocument(data).toJson(QJsonDocument::Compact) + "</script><script>window.x=1;</script></body></html>";
}

void checkFixtureVideo(const MediaItem &m)
{
    QCOMPARE(m.platform, Platform::TikTok);
    QCOMPARE(m.id, u"7603296357641735445"_s);
    QCOMPARE(m.kind, MediaKind::Video);
    QCOMPARE(m.ownerUsername, u"dua_zahra014"_s);
    QCOMPARE(m.ownerId, u"7105281502317872154"_s);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1770280392)));
    QCOMPARE(m.plays, std::optional<qint64>(12100));
    QCOMPARE(m.views, std::optional<qint64>(12100));
    QCOMPARE(m.likes, std::optional<qint64>(2887));
    QCOMPARE(m.comments, std::optional<qint64>(179));
    QCOMPARE(m.shares, std::optional<qint64>(38));
    QCOMPARE(m.saves, std::optional<qint64>(100));
    QCOMPARE(m.caption, std::optional<QString>(
                            u"Dhoky 🤭🤌🏻❤️#foryou#سارائیکی#viralvideo#tiktok#growmyaccount "_s));
    QCOMPARE(m.hashtags,
             QStringList({u"#foryou"_s, u"#سارائیکی"_s, u"#viralvideo"_s, u"#tiktok"_s, u"#growmyaccount"_s}));
    QVERIFY(m.mentions.isEmpty());
    QCOMPARE(m.durationSeconds, std::optional<double>(15));
    QCOMPARE(m.width, std::optional<int>(576));
    QCOMPARE(m.height, std::optional<int>(1024));
    QVERIFY(m.displayUrl.startsWith(u"https://p19-common-sign.tiktokcdn-us.com/tos-alisg-p-0037/owSrIqhXPBAc"_s));
    QVERIFY(m.videoUrl.startsWith(u"https://v16-webapp-prime.us.tiktok.com/video/tos/alisg/tos-alisg-pve-0"_s));
}

} // namespace

class TestTikTokParsers final : public QObject
{
    Q_OBJECT

private slots:
    void testItemStruct();
    void testItemStructWithStringStats();
    void testStatsV2Fallback();
    void testCreateTimeAsString();
    void testMentionsFromTextExtra();
    void testImagePost();
    void testVideoPage();
    void testVideoPageStatusCode();
    void testPageWithoutData();
    void testCommentList();
    void testCommentListWithReplies();
    void testCommentListRefused();
};

void TestTikTokParsers::testItemStruct()
{
    const Result<MediaItem> r = tiktok::parseItemStruct(fixtures::object(fixtures::TtItem));
    QVERIFY(r.ok());
    checkFixtureVideo(r.value());
}

void TestTikTokParsers::testItemStructWithStringStats()
{
    QJsonObject item = fixtures::object(fixtures::TtItem);
    item.insert(u"stats"_s, numbersAsStrings(item.value(u"stats"_s).toObject()));
    QJsonObject video = item.value(u"video"_s).toObject();
    video.insert(u"duration"_s, u"15"_s);
    video.insert(u"width"_s, u"576"_s);
    video.insert(u"height"_s, u"1024"_s);
    item.insert(u"video"_s, video);
    item.remove(u"statsV2"_s); // the strings must come from "stats" itself
    QVERIFY(item.value(u"stats"_s).toObject().value(u"playCount"_s).isString());
    const Result<MediaItem> r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    checkFixtureVideo(r.value());
}

void TestTikTokParsers::testStatsV2Fallback()
{
    QJsonObject item = fixtures::object(fixtures::TtItem);
    item.remove(u"stats"_s);
    Result<MediaItem> r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    QCOMPARE(r->plays, std::optional<qint64>(12100));
    QCOMPARE(r->likes, std::optional<qint64>(2887));
    QCOMPARE(r->saves, std::optional<qint64>(100));

    item.remove(u"statsV2"_s);
    r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    QCOMPARE(r->plays, std::nullopt);
    QCOMPARE(r->views, std::nullopt);
    QCOMPARE(r->likes, std::nullopt);
    QCOMPARE(r->comments, std::nullopt);
    QCOMPARE(r->shares, std::nullopt);
    QCOMPARE(r->saves, std::nullopt);
}

void TestTikTokParsers::testCreateTimeAsString()
{
    QJsonObject item = fixtures::object(fixtures::TtItem);
    item.insert(u"createTime"_s, u"1770280392"_s);
    const Result<MediaItem> r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    QCOMPARE(r->takenAt, std::optional<QDateTime>(utc(1770280392)));
}

void TestTikTokParsers::testMentionsFromTextExtra()
{
    QJsonObject item = fixtures::object(fixtures::TtItem);
    QJsonArray extra = item.value(u"textExtra"_s).toArray();
    extra.append(QJsonObject{{u"hashtagName"_s, u""_s}, {u"userUniqueId"_s, u"friend.one"_s}, {u"type"_s, 0}});
    item.insert(u"textExtra"_s, extra);
    item.insert(u"desc"_s, u"with @friend.one and @other_two #extra"_s);
    const Result<MediaItem> r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    QCOMPARE(r->mentions, QStringList({u"@friend.one"_s, u"@other_two"_s}));
    QCOMPARE(r->hashtags.last(), u"#extra"_s);
    QCOMPARE(r->hashtags.size(), 6);
}

void TestTikTokParsers::testImagePost()
{
    QJsonObject item = fixtures::object(fixtures::TtItem);
    auto image = [](const QString &url, int w, int h) {
        return QJsonObject{
            {u"imageURL"_s, QJsonObject{{u"urlList"_s, QJsonArray{url}}}}, {u"imageWidth"_s, w}, {u"imageHeight"_s, h}};
    };
    item.insert(u"imagePost"_s,
                QJsonObject{{u"images"_s, QJsonArray{image(u"https://example.invalid/1.jpg"_s, 1080, 1440),
                                                     image(u"https://example.invalid/2.jpg"_s, 1080, 1350)}}});
    const Result<MediaItem> r = tiktok::parseItemStruct(item);
    QVERIFY(r.ok());
    QCOMPARE(r->kind, MediaKind::Carousel);
    QCOMPARE(r->children.size(), 2);
    QCOMPARE(r->children.at(0).kind, MediaKind::Image);
    QCOMPARE(r->children.at(0).displayUrl, u"https://example.invalid/1.jpg"_s);
    QCOMPARE(r->children.at(1).height, std::optional<int>(1350));
}

void TestTikTokParsers::testVideoPage()
{
    const QByteArray html = videoPage(fixtures::object(fixtures::TtItem));
    const Result<QJsonObject> data = tiktok::extractUniversalData(html);
    QVERIFY(data.ok());
    QCOMPARE(tiktok::videoStatusCode(data.value()), std::optional<int>(0));
    const Result<MediaItem> r = tiktok::parseVideoPage(html);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    checkFixtureVideo(r.value());
}

void TestTikTokParsers::testVideoPageStatusCode()
{
    const QByteArray html = videoPage(QJsonObject{}, 10216);
    const Result<QJsonObject> data = tiktok::extractUniversalData(html);
    QVERIFY(data.ok());
    QCOMPARE(tiktok::videoStatusCode(data.value()), std::optional<int>(10216));
    const Result<MediaItem> r = tiktok::parseVideoPage(html);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"10216"_s));
}

void TestTikTokParsers::testPageWithoutData()
{
    Result<QJsonObject> data = tiktok::extractUniversalData("<html><body>Please wait...</body></html>"_ba);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().field, u"shape"_s);
    QByteArray cut = videoPage(fixtures::object(fixtures::TtItem));
    cut.truncate(cut.indexOf("</script><script>window"));
    data = tiktok::extractUniversalData(cut);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().field, u"body"_s);
    QByteArray broken = videoPage(fixtures::object(fixtures::TtItem));
    broken.replace("\"webapp.video-detail\":{", "\"webapp.video-detail\":{{");
    data = tiktok::extractUniversalData(broken);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().field, u"body"_s);
}

void TestTikTokParsers::testCommentList()
{
    const Result<CommentPage> r = tiktok::parseCommentList(fixtures::bytes(fixtures::TtComments));
    QVERIFY(r.ok());
    QCOMPARE(r->comments.size(), 19);
    QCOMPARE(r->total, std::optional<qint64>(227));
    QCOMPARE(r->endCursor, u"20"_s);
    QVERIFY(r->hasNextPage);
    const Comment &first = r->comments.first();
    QCOMPARE(first.id, u"7603301260598838032"_s);
    QCOMPARE(first.text, QString()); // a sticker-only comment
    QCOMPARE(first.likes, std::optional<qint64>(2));
    QCOMPARE(first.createdAt, std::optional<QDateTime>(utc(1770281693)));
    QCOMPARE(first.authorUsername, u"zainjutt.31"_s);
    QCOMPARE(first.authorId, u"7253829545996370949"_s);
    QCOMPARE(first.replyCount, std::optional<qint64>(0));
    QVERIFY(first.parentId.isEmpty());
    const Comment &second = r->comments.at(1);
    QCOMPARE(second.id, u"7603308235172496150"_s);
    QCOMPARE(second.text, u"Hi oyyyyyyyyy ❤️🥀😁"_s);
    QCOMPARE(second.authorUsername, u"shanu3_007"_s);
    QCOMPARE(second.likes, std::optional<qint64>(0));
    qint64 likes = 0;
    for (const Comment &c : r->comments)
        likes += c.likes.value_or(0);
    QCOMPARE(likes, 3);
}

void TestTikTokParsers::testCommentListWithReplies()
{
    QJsonObject root = fixtures::object(fixtures::TtComments);
    QJsonArray comments = root.value(u"comments"_s).toArray();
    QJsonObject parent = comments.at(1).toObject();
    QJsonObject reply = comments.at(2).toObject();
    reply.insert(u"reply_id"_s, parent.value(u"cid"_s));
    parent.insert(u"reply_comment"_s, QJsonArray{reply});
    parent.insert(u"reply_comment_total"_s, u"4"_s);
    comments.replace(1, parent);
    root.insert(u"comments"_s, comments);
    root.insert(u"has_more"_s, 0);
    const Result<CommentPage> r = tiktok::parseCommentList(root);
    QVERIFY(r.ok());
    QVERIFY(!r->hasNextPage);
    QCOMPARE(r->comments.at(1).replyCount, std::optional<qint64>(4));
    QCOMPARE(r->comments.at(1).replies.size(), 1);
    QCOMPARE(r->comments.at(1).replies.first().parentId, u"7603308235172496150"_s);
    QCOMPARE(r->comments.at(1).replies.first().id, u"7603299273505473296"_s);

    const Result<CommentPage> empty =
        tiktok::parseCommentList(R"({"comments":null,"cursor":0,"has_more":0,"status_code":0,"total":0})"_ba);
    QVERIFY(empty.ok());
    QVERIFY(empty->comments.isEmpty());
    QCOMPARE(empty->total, std::optional<qint64>(0));
}

void TestTikTokParsers::testCommentListRefused()
{
    const Result<CommentPage> r =
        tiktok::parseCommentList(R"({"status_code":10201,"status_msg":"Something went wrong"})"_ba);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"10201"_s));
    QVERIFY(!tiktok::parseCommentList(R"({"status_code":0})"_ba).ok());
    QCOMPARE(tiktok::parseCommentList(QByteArray()).error().field, u"body"_s);
}

QTEST_GUILESS_MAIN(TestTikTokParsers)
#include "testTikTokParsers.moc"
