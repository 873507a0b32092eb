#include "Fixtures.h"

#include "instagram/MediaParser.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

/// A raw value read straight from the JSON (not through the parser), to compare long URLs.
QString raw(const QJsonObject &root, const QStringList &steps)
{
    QJsonValue v = root;
    for (const QString &s : steps) {
        if (v.isArray())
            v = v.toArray().at(s.toInt());
        else
            v = v.toObject().value(s);
    }
    return v.toString();
}

MediaItem post(const QString &fixture)
{
    Result<MediaItem> r = instagram::parsePost(fixtures::bytes(fixture));
    if (!r)
        qWarning() << r.error().message;
    return r ? r.value() : MediaItem{};
}

} // namespace

class TestInstagramMediaParser final : public QObject
{
    Q_OBJECT

private slots:
    void testReelClips();
    void testReelEmbeddedCommentsAndReplies();
    void testSidecarChildren();
    void testImageWithComments();
    void testAppCarousel();
    void testAppVideo();
    void testWrappersGiveTheSameItem_data();
    void testWrappersGiveTheSameItem();
    void testKinds_data();
    void testKinds();
    void testUnknownShapeIsAnError();
    void testAbsurdCandidateSizeIsUnknown();
};

void TestInstagramMediaParser::testReelClips()
{
    const MediaItem m = post(fixtures::Reel);
    QCOMPARE(m.platform, Platform::Instagram);
    QCOMPARE(m.id, u"3560614185974049156"_s);
    QCOMPARE(m.shortcode, u"DFp17y5MymE"_s);
    QCOMPARE(m.kind, MediaKind::Reel);
    QCOMPARE(m.typeName, u"GraphVideo"_s);
    QCOMPARE(m.productType, u"clips"_s);
    QCOMPARE(m.ownerId, u"62703166462"_s);
    QCOMPARE(m.ownerUsername, u"ones_makau"_s);
    QCOMPARE(m.likes, std::optional<qint64>(256));
    QCOMPARE(m.views, std::optional<qint64>(539));
    QCOMPARE(m.plays, std::optional<qint64>(2387));
    QCOMPARE(m.comments, std::optional<qint64>(31));
    QCOMPARE(m.shares, std::nullopt);
    QCOMPARE(m.saves, std::nullopt);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1738678549)));
    QCOMPARE(m.width, std::optional<int>(1080));
    QCOMPARE(m.height, std::optional<int>(1919));
    QVERIFY(m.durationSeconds);
    QCOMPARE(*m.durationSeconds, 12.633);
    QVERIFY(m.caption);
    QVERIFY(m.caption->startsWith(u"Living a Serene Country Life ✨"_s));
    QCOMPARE(m.hashtags,
             QStringList({u"#serenity"_s, u"#thebest"_s, u"#englishcountryside"_s, u"#fairytale"_s, u"#countrylife"_s,
                          u"#charm"_s, u"#unitedkingdomdaily"_s, u"#unitedkingdom"_s, u"#england"_s,
                          u"#beautifuldestinations"_s, u"#storybook"_s, u"#ukcountrylife"_s, u"#cottagecore"_s,
                          u"#rustic"_s, u"#photosofbritain"_s, u"#englishcountryhouse"_s}));
    QVERIFY(m.mentions.isEmpty());
    const QJsonObject root = fixtures::object(fixtures::Reel);
    QCOMPARE(m.displayUrl, raw(root, {u"graphql"_s, u"shortcode_media"_s, u"display_url"_s}));
    QCOMPARE(m.videoUrl, raw(root, {u"graphql"_s, u"shortcode_media"_s, u"video_url"_s}));
    QVERIFY(m.videoUrl.startsWith(u"https://instagram.ftas2-1.fna.fbcdn.net/o1/v/t16/f2/m86/AQMwnQf0j2o6G"_s));
    QVERIFY(m.children.isEmpty());
}

void TestInstagramMediaParser::testReelEmbeddedCommentsAndReplies()
{
    const MediaItem m = post(fixtures::Reel);
    const CommentPage &page = m.embeddedComments;
    QCOMPARE(page.comments.size(), 6);
    QCOMPARE(page.total, std::optional<qint64>(31));
    QVERIFY(page.hasNextPage);
    // The end cursor of this page is a JSON-like string (with a Python "True"); it is kept verbatim.
    QVERIFY(page.endCursor.startsWith(u"{\"server_cursor\": \"QVFEUkh1d3FvM25UbzVER09DUXhmR2xtN25NQTlH"_s));
    QVERIFY(page.endCursor.endsWith(u"\"is_server_cursor_inverse\": True}"_s));

    const Comment &first = page.comments.first();
    QCOMPARE(first.id, u"18116197942430879"_s);
    QVERIFY(first.text.startsWith(u"I love this Ones. I also really like how IG has made it so"_s));
    QVERIFY(first.text.endsWith(u"Lovely. 💚"_s));
    QCOMPARE(first.authorUsername, u"travels.with.jenna"_s);
    QCOMPARE(first.authorId, u"72116078708"_s);
    QCOMPARE(first.createdAt, std::optional<QDateTime>(utc(1739023656)));
    QCOMPARE(first.likes, std::optional<qint64>(0));
    QCOMPARE(first.replyCount, std::optional<qint64>(0));
    QVERIFY(first.parentId.isEmpty());
    QVERIFY(first.replies.isEmpty());

    const Comment &karen = page.comments.at(3);
    QCOMPARE(karen.id, u"18357538486130450"_s);
    QCOMPARE(karen.authorUsername, u"karen.messenger"_s);
    QCOMPARE(karen.replyCount, std::optional<qint64>(1));
    QCOMPARE(karen.replies.size(), 1);
    const Comment &reply = karen.replies.first();
    QCOMPARE(reply.id, u"18171601543318431"_s);
    QCOMPARE(reply.parentId, u"18357538486130450"_s);
    QCOMPARE(reply.text, u"@karen.messenger thanks Karen 😍😍"_s);
    QCOMPARE(reply.authorUsername, u"ones_makau"_s);
    QCOMPARE(reply.createdAt, std::optional<QDateTime>(utc(1738783233)));
    QCOMPARE(reply.likes, std::optional<qint64>(1));

    int replies = 0;
    for (const Comment &c : page.comments)
        replies += int(c.replies.size());
    QCOMPARE(replies, 3);
}

void TestInstagramMediaParser::testSidecarChildren()
{
    const MediaItem m = post(fixtures::Sidecar);
    QCOMPARE(m.id, u"2323727627521765713"_s);
    QCOMPARE(m.shortcode, u"CA_ifcxMjFR"_s);
    QCOMPARE(m.kind, MediaKind::Carousel);
    QCOMPARE(m.typeName, u"GraphSidecar"_s);
    QCOMPARE(m.ownerId, u"25025320"_s);
    QCOMPARE(m.ownerUsername, u"instagram"_s);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1591229941)));
    QCOMPARE(m.likes, std::optional<qint64>(1615538));
    QCOMPARE(m.comments, std::optional<qint64>(53282));
    QCOMPARE(m.views, std::nullopt);
    QCOMPARE(m.plays, std::nullopt);
    QCOMPARE(m.durationSeconds, std::nullopt);
    QCOMPARE(m.width, std::optional<int>(1080));
    QCOMPARE(m.height, std::optional<int>(1350));
    QCOMPARE(m.hashtags, QStringList({u"#ShareBlackStories"_s}));
    QCOMPARE(m.mentions, QStringList({u"@hailethomas"_s, u"@domrobxrts"_s, u"@kingbach"_s}));

    QCOMPARE(m.children.size(), 3);
    QCOMPARE(m.children.at(0).kind, MediaKind::Image);
    QCOMPARE(m.children.at(1).kind, MediaKind::Image);
    QCOMPARE(m.children.at(2).kind, MediaKind::Video);
    QCOMPARE(m.children.at(0).id, u"2323727625122513075"_s);
    QCOMPARE(m.children.at(0).shortcode, u"CA_ifaiMICz"_s);
    QCOMPARE(m.children.at(0).typeName, u"XDTGraphImage"_s);
    QCOMPARE(m.children.at(1).height, std::optional<int>(1349));
    QCOMPARE(m.children.at(2).id, u"2323717794207695971"_s);
    QCOMPARE(m.children.at(2).shortcode, u"CA_gQWyAQRj"_s);
    QCOMPARE(m.children.at(2).typeName, u"XDTGraphVideo"_s);
    QCOMPARE(m.children.at(2).views, std::optional<qint64>(2003573));
    QCOMPARE(m.children.at(2).width, std::optional<int>(750));
    QCOMPARE(m.children.at(2).height, std::optional<int>(936));
    QVERIFY(m.children.at(2).videoUrl.startsWith(u"https://scontent.cdninstagram.com/o1/v/t16/f1/m84/"_s));
    QVERIFY(m.children.at(0).videoUrl.isEmpty());

    const CommentPage &page = m.embeddedComments;
    QCOMPARE(page.comments.size(), 5);
    QCOMPARE(page.total, std::optional<qint64>(53282));
    QVERIFY(!page.hasNextPage);
    QVERIFY(page.endCursor.isEmpty());
    QCOMPARE(page.comments.at(0).id, u"17973688430044872"_s);
    QCOMPARE(page.comments.at(0).text, u"Jiyo. Jiyo. Hazaron. Saaalll"_s);
    QCOMPARE(page.comments.at(0).authorUsername, u"ramswapmeena"_s);
    QCOMPARE(page.comments.at(0).createdAt, std::optional<QDateTime>(utc(1675498601)));
    QCOMPARE(page.comments.at(1).text, u"🌞"_s);
    QCOMPARE(page.comments.at(1).likes, std::optional<qint64>(1));
    QCOMPARE(page.comments.at(4).authorUsername, u"feliseferise1"_s);
}

void TestInstagramMediaParser::testImageWithComments()
{
    const MediaItem m = post(fixtures::Image);
    QCOMPARE(m.id, u"2635595260958330718"_s);
    QCOMPARE(m.shortcode, u"CSTg-0FH89e"_s);
    QCOMPARE(m.kind, MediaKind::Image);
    QCOMPARE(m.typeName, u"GraphImage"_s);
    QCOMPARE(m.ownerId, u"1763459260"_s);
    QCOMPARE(m.ownerUsername, u"mi.816_"_s);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1628407460)));
    QCOMPARE(m.likes, std::optional<qint64>(1692));
    QCOMPARE(m.comments, std::optional<qint64>(122));
    QCOMPARE(m.caption, std::optional<QString>(u"嗨 我是被判定色情內容ㄉ物體"_s));
    QCOMPARE(m.width, std::optional<int>(1080));
    QCOMPARE(m.height, std::optional<int>(1350));
    QCOMPARE(m.views, std::nullopt);
    QVERIFY(m.videoUrl.isEmpty());
    QVERIFY(m.displayUrl.startsWith(u"https://instagram.fhkg3-1.fna.fbcdn.net/v/t51.2885-15/e35/p1080x1080/"_s));

    const CommentPage &page = m.embeddedComments;
    QCOMPARE(page.comments.size(), 50);
    QCOMPARE(page.total, std::optional<qint64>(122));
    QVERIFY(page.hasNextPage);
    QCOMPARE(page.endCursor, u"{\"cached_comments_cursor\": \"17957244457476067\", \"bifilter_token\": "
                             "\"KB4BCgAgABAACAAIAAgA1c__9X1f3vf_AAiSABE4BAAA\"}"_s);
    const Comment &first = page.comments.first();
    QCOMPARE(first.id, u"17893266416179905"_s);
    QCOMPARE(first.text, u"之後見面你可以穿這樣嗎"_s);
    QCOMPARE(first.authorId, u"1045494654"_s);
    QCOMPARE(first.authorUsername, u"chunn.17"_s);
    QCOMPARE(first.createdAt, std::optional<QDateTime>(utc(1628409199)));
    QCOMPARE(first.likes, std::optional<qint64>(2));
    QCOMPARE(first.replyCount, std::optional<qint64>(1));
    QCOMPARE(first.replies.size(), 1);
    QCOMPARE(first.replies.first().id, u"17922812404751001"_s);
    QCOMPARE(first.replies.first().text, u"@chunn.17 你好色"_s);
    QCOMPARE(first.replies.first().authorUsername, u"mi.816_"_s);
    QCOMPARE(first.replies.first().parentId, u"17893266416179905"_s);
    QCOMPARE(page.comments.last().id, u"17929945726647222"_s);
    QCOMPARE(page.comments.last().authorUsername, u"divinewind1945"_s);
    int replies = 0;
    for (const Comment &c : page.comments)
        replies += int(c.replies.size());
    QCOMPARE(replies, 59);
}

void TestInstagramMediaParser::testAppCarousel()
{
    const MediaItem m = post(fixtures::AppCarousel);
    QCOMPARE(m.id, u"2317006284167526179"_s);
    QCOMPARE(m.shortcode, u"CAnqPB-Jzcj"_s);
    QCOMPARE(m.kind, MediaKind::Carousel);
    QCOMPARE(m.typeName, u"media_type 8"_s);
    QCOMPARE(m.productType, u"carousel_container"_s);
    QCOMPARE(m.ownerId, u"305701719"_s);
    QCOMPARE(m.ownerUsername, u"jlo"_s);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1590428694)));
    QCOMPARE(m.likes, std::optional<qint64>(820750));
    QCOMPARE(m.comments, std::optional<qint64>(4647));
    QCOMPARE(m.caption,
             std::optional<QString>(u"Today, #LetsGetLoud for our heroes! ❤️🤍💙 We honor all those who "
                                    "served our amazing country and made the ultimate sacrifice for our "
                                    "freedom. 🇺🇸🙏 ✨ #MemorialDay 📸: MTV"_s));
    QCOMPARE(m.hashtags, QStringList({u"#LetsGetLoud"_s, u"#MemorialDay"_s}));
    QVERIFY(m.mentions.isEmpty());
    QCOMPARE(m.children.size(), 3);
    const QJsonObject root = fixtures::object(fixtures::AppCarousel);
    const QStringList ids = {u"2317006281046924667"_s, u"2317006281030202874"_s, u"2317006281046781386"_s};
    const QList<int> sizes = {1440, 1242, 1440};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m.children.at(i).kind, MediaKind::Image);
        QCOMPARE(m.children.at(i).id, ids.at(i));
        QCOMPARE(m.children.at(i).width, std::optional<int>(sizes.at(i)));
        QCOMPARE(m.children.at(i).height, std::optional<int>(sizes.at(i)));
        // candidates[0] is the largest in this capture
        QCOMPARE(m.children.at(i).displayUrl, raw(root, {u"items"_s, u"0"_s, u"carousel_media"_s, QString::number(i),
                                                         u"image_versions2"_s, u"candidates"_s, u"0"_s, u"url"_s}));
    }
    QCOMPARE(m.displayUrl, m.children.first().displayUrl);
    QCOMPARE(m.width, std::nullopt);

    const CommentPage &page = m.embeddedComments;
    QCOMPARE(page.comments.size(), 2);
    QCOMPARE(page.total, std::optional<qint64>(4647));
    QCOMPARE(page.endCursor, u"17886263176571229"_s);
    QVERIFY(page.hasNextPage);
    QCOMPARE(page.comments.first().id, u"18118669444110485"_s);
    QCOMPARE(page.comments.first().text, u"❤️❤️❤️❤️ Yesssssssss"_s);
    QCOMPARE(page.comments.first().authorUsername, u"johnrussophoto"_s);
    QCOMPARE(page.comments.first().authorId, u"254363051"_s);
    QCOMPARE(page.comments.first().createdAt, std::optional<QDateTime>(utc(1590450181)));
    QCOMPARE(page.comments.first().likes, std::optional<qint64>(284));
    QCOMPARE(page.comments.first().replyCount, std::nullopt);
}

void TestInstagramMediaParser::testAppVideo()
{
    const MediaItem m = post(fixtures::PgMedia);
    // pk 2307774091974900767 is above 2^53: it must survive without rounding.
    QCOMPARE(m.id, u"2307774091974900767"_s);
    QCOMPARE(m.shortcode, u"CAG3E8-A3wf"_s);
    QCOMPARE(m.kind, MediaKind::Video);
    QCOMPARE(m.typeName, u"media_type 2"_s);
    QCOMPARE(m.productType, u"feed"_s);
    QCOMPARE(m.ownerUsername, u"jlo"_s);
    QCOMPARE(m.takenAt, std::optional<QDateTime>(utc(1589328159)));
    QCOMPARE(m.likes, std::optional<qint64>(600190));
    QCOMPARE(m.comments, std::optional<qint64>(6741));
    QCOMPARE(m.views, std::optional<qint64>(4048603));
    QCOMPARE(m.plays, std::nullopt);
    QCOMPARE(m.durationSeconds, std::optional<double>(16.266));
    QCOMPARE(m.width, std::optional<int>(720));
    QCOMPARE(m.height, std::optional<int>(900));
    QCOMPARE(m.caption,
             std::optional<QString>(u"2 WEEKS until we’re dancin’ again. 🖤@nbcworldofdance #BTS 📸"_s));
    QCOMPARE(m.hashtags, QStringList({u"#BTS"_s}));
    QCOMPARE(m.mentions, QStringList({u"@nbcworldofdance"_s}));
    const QJsonObject root = fixtures::object(fixtures::PgMedia);
    // video_versions[0] is 720x900 (the others 452x566); image candidates[5] is 1080x1080, the largest.
    QCOMPARE(m.videoUrl, raw(root, {u"items"_s, u"0"_s, u"video_versions"_s, u"0"_s, u"url"_s}));
    QCOMPARE(m.displayUrl, raw(root, {u"items"_s, u"0"_s, u"image_versions2"_s, u"candidates"_s, u"5"_s, u"url"_s}));
    QCOMPARE(m.embeddedComments.comments.size(), 2);
    QCOMPARE(m.embeddedComments.comments.at(1).authorUsername, u"balmain"_s);
    QCOMPARE(m.embeddedComments.comments.at(1).text, u"🔥🔥🔥"_s);
    QCOMPARE(m.embeddedComments.endCursor, u"17955503527324613"_s);
}

void TestInstagramMediaParser::testWrappersGiveTheSameItem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<MediaKind>("kind");

    const QJsonObject reel =
        fixtures::object(fixtures::Reel).value(u"graphql"_s).toObject().value(u"shortcode_media"_s).toObject();
    const QJsonObject app = fixtures::object(fixtures::AppCarousel).value(u"items"_s).toArray().first().toObject();
    auto wrap = [](const QString &outer, const QString &inner, const QJsonValue &v) {
        return QJsonDocument(QJsonObject{{outer, QJsonObject{{inner, v}}}}).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("data.xdt_shortcode_media")
        << wrap(u"data"_s, u"xdt_shortcode_media"_s, reel) << u"3560614185974049156"_s << MediaKind::Reel;
    QTest::newRow("data.shortcode_media")
        << wrap(u"data"_s, u"shortcode_media"_s, reel) << u"3560614185974049156"_s << MediaKind::Reel;
    QTest::newRow("graphql.shortcode_media")
        << fixtures::bytes(fixtures::Reel) << u"3560614185974049156"_s << MediaKind::Reel;
    QTest::newRow("web_info items") << wrap(u"data"_s, u"xdt_api__v1__media__shortcode__web_info"_s,
                                            QJsonObject{{u"items"_s, QJsonArray{app}}})
                                    << u"2317006284167526179"_s << MediaKind::Carousel;
    QTest::newRow("items[0]") << fixtures::bytes(fixtures::AppCarousel) << u"2317006284167526179"_s
                              << MediaKind::Carousel;
    QTest::newRow("bare node") << QJsonDocument(app).toJson() << u"2317006284167526179"_s << MediaKind::Carousel;
}

void TestInstagramMediaParser::testWrappersGiveTheSameItem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(MediaKind, kind);
    const Result<MediaItem> r = instagram::parsePost(json);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->id, id);
    QCOMPARE(r->kind, kind);
}

void TestInstagramMediaParser::testKinds_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<MediaKind>("kind");
    QTest::newRow("GraphImage") << R"({"id":"1","__typename":"GraphImage","shortcode":"a"})"_ba << MediaKind::Image;
    QTest::newRow("GraphVideo feed")
        << R"({"id":"1","__typename":"GraphVideo","product_type":"feed","shortcode":"a"})"_ba << MediaKind::Video;
    QTest::newRow("GraphVideo igtv")
        << R"({"id":"1","__typename":"GraphVideo","product_type":"igtv","shortcode":"a"})"_ba << MediaKind::Video;
    QTest::newRow("GraphVideo clips")
        << R"({"id":"1","__typename":"GraphVideo","product_type":"clips","shortcode":"a"})"_ba << MediaKind::Reel;
    QTest::newRow("XDTGraphVideo clips")
        << R"({"id":"1","__typename":"XDTGraphVideo","product_type":"clips","shortcode":"a"})"_ba << MediaKind::Reel;
    QTest::newRow("GraphSidecar") << R"({"id":"1","__typename":"GraphSidecar","shortcode":"a"})"_ba
                                  << MediaKind::Carousel;
    QTest::newRow("XDTGraphSidecar") << R"({"id":"1","__typename":"XDTGraphSidecar","shortcode":"a"})"_ba
                                     << MediaKind::Carousel;
    QTest::newRow("is_video only") << R"({"id":"1","is_video":true,"shortcode":"a"})"_ba << MediaKind::Video;
    QTest::newRow("no type") << R"({"id":"1","shortcode":"a"})"_ba << MediaKind::Unknown;
    QTest::newRow("media_type 1") << R"({"pk":1,"code":"a","media_type":1})"_ba << MediaKind::Image;
    QTest::newRow("media_type 2") << R"({"pk":1,"code":"a","media_type":2,"product_type":"feed"})"_ba
                                  << MediaKind::Video;
    QTest::newRow("media_type 2 clips") << R"({"pk":1,"code":"a","media_type":2,"product_type":"clips"})"_ba
                                        << MediaKind::Reel;
    QTest::newRow("media_type \"8\"") << R"({"pk":1,"code":"a","media_type":"8"})"_ba << MediaKind::Carousel;
    QTest::newRow("media_type 5") << R"({"pk":1,"code":"a","media_type":5})"_ba << MediaKind::Unknown;
}

void TestInstagramMediaParser::testKinds()
{
    QFETCH(QByteArray, node);
    QFETCH(MediaKind, kind);
    const MediaItem m = instagram::parseMediaNode(QJsonDocument::fromJson(node).object());
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.id, u"1"_s);
}

void TestInstagramMediaParser::testUnknownShapeIsAnError()
{
    for (const QByteArray &body : {R"({"status":"ok"})"_ba, R"({"data":{"user":{"id":"1"}}})"_ba, R"([])"_ba}) {
        const Result<MediaItem> r = instagram::parsePost(body);
        QVERIFY2(!r.ok(), body.constData());
    }
}

void TestInstagramMediaParser::testAbsurdCandidateSizeIsUnknown()
{
    // Sizes that are no dimension count as unstated; their area overflowed a 64-bit integer (found by fuzzing).
    const QByteArray body = R"({"items":[{"pk":1,"code":"a","media_type":1,"image_versions2":{"candidates":[
        {"url":"https://cdn/absurd.jpg","width":9999999999,"height":9999999999},
        {"url":"https://cdn/1080.jpg","width":1080,"height":1350},
        {"url":"https://cdn/640.jpg","width":640,"height":800}]}}]})"_ba;
    const Result<MediaItem> r = instagram::parsePost(body);
    QVERIFY(r.ok());
    QCOMPARE(r->displayUrl, u"https://cdn/1080.jpg"_s);
}

QTEST_GUILESS_MAIN(TestInstagramMediaParser)
#include "testInstagramMediaParser.moc"
