#include "Fixtures.h"

#include "instagram/ProfileParser.h"
#include "instagram/TimelineParser.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

/// "R" reel, "C" carousel, "V" video, "I" image, "?" unknown — one letter per item.
QString kindLetters(const QList<MediaItem> &items)
{
    QString out;
    for (const MediaItem &m : items) {
        switch (m.kind) {
        case MediaKind::Reel:
            out += u'R';
            break;
        case MediaKind::Carousel:
            out += u'C';
            break;
        case MediaKind::Video:
            out += u'V';
            break;
        case MediaKind::Image:
            out += u'I';
            break;
        case MediaKind::Unknown:
            out += u'?';
            break;
        }
    }
    return out;
}

QJsonObject appItem(const QString &fixture)
{
    return fixtures::object(fixture).value(u"items"_s).toArray().first().toObject();
}

} // namespace

class TestInstagramProfileParser final : public QObject
{
    Q_OBJECT

private slots:
    void testWebProfileInfo();
    void testWebProfileInfoTimeline();
    void testPgrimaudProfile();
    void testAppStyleUser();
    void testMissingUserIsNotFound();
    void testGraphqlTimelinePage();
    void testXdtTimelineConnection();
    void testAppFeedPage();
    void testStories();
    void testProfileHtml();
    void testProfileHtmlWithoutProfile();
};

void TestInstagramProfileParser::testWebProfileInfo()
{
    const Result<ProfileInfo> r = instagram::parseProfile(fixtures::bytes(fixtures::WebProfile));
    QVERIFY(r.ok());
    const ProfileInfo &p = r.value();
    QCOMPARE(p.id, u"25025320"_s);
    QCOMPARE(p.username, u"instagram"_s);
    QCOMPARE(p.fullName, std::optional<QString>(u"Instagram"_s));
    QCOMPARE(p.biography, std::optional<QString>(u"Discover what's new on Instagram 🔎✨"_s));
    QCOMPARE(p.followers, std::optional<qint64>(681740829));
    QCOMPARE(p.following, std::optional<qint64>(131));
    QCOMPARE(p.posts, std::optional<qint64>(7888));
    QCOMPARE(p.isVerified, std::optional<bool>(true));
    QCOMPARE(p.isPrivate, std::optional<bool>(false));
    QCOMPARE(p.isBusiness, std::optional<bool>(false));
    // category_name is set; business_category_name is null.
    QCOMPARE(p.category, std::optional<QString>(u"Digital creator"_s));
    QCOMPARE(p.externalUrl, std::optional<QString>(u"https://about.fb.com/news/2024/09/instagram-teen-accounts/"_s));
    QVERIFY(p.profilePicUrl);
    QVERIFY(p.profilePicUrl->startsWith(
        u"https://scontent-atl3-1.cdninstagram.com/v/t51.2885-19/281440578_1088265838702675_623385633790582971"_s));
}

void TestInstagramProfileParser::testWebProfileInfoTimeline()
{
    const Result<ProfileInfo> r = instagram::parseProfile(fixtures::bytes(fixtures::WebProfile));
    QVERIFY(r.ok());
    const MediaPage &t = r->timeline;
    QCOMPARE(t.items.size(), 12);
    QCOMPARE(t.total, std::optional<qint64>(7888));
    QVERIFY(t.hasNextPage);
    QCOMPARE(t.endCursor,
             u"QVFBMk8tUFMxc1lkRlh4SmJCU3VhZkttQ2VJZWtXMjU3ZXZEQWdEYUVQTjNZM3JmWXEta2JtY1F5QlBnMnBmNmdOYUZYS"
             "WZBc3N3clhjV0RFUDhzejRtcg=="_s);
    QCOMPARE(kindLetters(t.items), u"RRRRRCRRRRCC"_s);
    QStringList shortcodes;
    for (const MediaItem &m : t.items)
        shortcodes.append(m.shortcode);
    QCOMPARE(shortcodes, QStringList({u"DDFYfRtyV59"_s, u"DC4eikOvqzA"_s, u"DC16wCtvRGq"_s, u"DCzksffyFQ8"_s,
                                      u"DCroPFNShVT"_s, u"DCnUZyey8zg"_s, u"DCmlUkYSd9H"_s, u"DCkwyFFS--l"_s,
                                      u"DCj4ZaSS2v7"_s, u"DChZf2tyoDi"_s, u"DCZ25Pmyjm8"_s, u"DCZlEDqy2to"_s}));

    const MediaItem &first = t.items.first();
    QCOMPARE(first.id, u"3514322786674368125"_s);
    QCOMPARE(first.ownerId, u"25025320"_s);
    QCOMPARE(first.ownerUsername, u"instagram"_s);
    QCOMPARE(first.likes, std::optional<qint64>(69157));
    QCOMPARE(first.comments, std::optional<qint64>(2405));
    QCOMPARE(first.views, std::optional<qint64>(1854438));
    QCOMPARE(first.plays, std::nullopt);
    QCOMPARE(first.takenAt, std::optional<QDateTime>(utc(1733160020)));
    QCOMPARE(
        first.caption,
        std::optional<QString>(u"Waterfall 🍄🌲\n\n#InTheMoment \n \nVideo by @h0mec4fe \nMusic by Makoto Matsushita"_s));
    QCOMPARE(first.hashtags, QStringList({u"#InTheMoment"_s}));
    QCOMPARE(first.mentions, QStringList({u"@h0mec4fe"_s}));
    QCOMPARE(first.width, std::optional<int>(1080));
    QCOMPARE(first.height, std::optional<int>(1920));

    const MediaItem &sidecar = t.items.at(5);
    QCOMPARE(sidecar.shortcode, u"DCnUZyey8zg"_s);
    QCOMPARE(sidecar.likes, std::optional<qint64>(150113));
    QCOMPARE(sidecar.comments, std::optional<qint64>(3460));
    QCOMPARE(sidecar.views, std::nullopt);
    QCOMPARE(kindLetters(sidecar.children), u"VVVVVVIVVVIVVVI"_s);
}

void TestInstagramProfileParser::testPgrimaudProfile()
{
    const Result<ProfileInfo> r = instagram::parseProfile(fixtures::bytes(fixtures::PgProfile));
    QVERIFY(r.ok());
    const ProfileInfo &p = r.value();
    QCOMPARE(p.id, u"1518284433"_s);
    QCOMPARE(p.username, u"robertdowneyjr"_s);
    QCOMPARE(p.fullName, std::optional<QString>(u"Robert Downey Jr. Official"_s));
    QCOMPARE(p.biography, std::optional<QString>(u"Get involved: @officialfootprintcoalition 🌎🙏"_s));
    QCOMPARE(p.followers, std::optional<qint64>(52979346));
    QCOMPARE(p.following, std::optional<qint64>(5));
    QCOMPARE(p.posts, std::optional<qint64>(419));
    QCOMPARE(p.isVerified, std::optional<bool>(true));
    QCOMPARE(p.isPrivate, std::optional<bool>(false));
    QCOMPARE(p.isBusiness, std::optional<bool>(true));
    // category_name wins over business_category_name ("Creators & Celebrities").
    QCOMPARE(p.category, std::optional<QString>(u"Artist"_s));
    // external_url is null: the profile states it has no link.
    QCOMPARE(p.externalUrl, std::optional<QString>(QString()));
    QVERIFY(p.profilePicUrl && p.profilePicUrl->startsWith(u"https://scontent-cdt1-1.cdninstagram.com/"_s));
    QCOMPARE(p.timeline.items.size(), 0);
    QCOMPARE(p.timeline.total, std::optional<qint64>(419));
    QVERIFY(p.timeline.hasNextPage);
    QVERIFY(p.timeline.endCursor.startsWith(u"QVFCdm9FT3NEbDA5WWVQTU1xRHA3TDhJMVhYMVA1dVhuaEViTDVxMGFXc3Vl"_s));
}

void TestInstagramProfileParser::testAppStyleUser()
{
    const QByteArray body = R"({"user":{"pk":"787132","username":"natgeo","full_name":"National Geographic",
        "follower_count":"283000000","following_count":170,"media_count":31000.0,"is_verified":true,
        "is_private":false,"is_business":true,"category":"Media/news company",
        "hd_profile_pic_url_info":{"url":"https://example.invalid/hd.jpg"},"profile_pic_url":"https://example.invalid/s.jpg"},
        "status":"ok"})"_ba;
    const Result<ProfileInfo> r = instagram::parseProfile(body);
    QVERIFY(r.ok());
    QCOMPARE(r->id, u"787132"_s);
    QCOMPARE(r->username, u"natgeo"_s);
    QCOMPARE(r->followers, std::optional<qint64>(283000000));
    QCOMPARE(r->following, std::optional<qint64>(170));
    QCOMPARE(r->posts, std::optional<qint64>(31000));
    QCOMPARE(r->isBusiness, std::optional<bool>(true));
    QCOMPARE(r->category, std::optional<QString>(u"Media/news company"_s));
    QCOMPARE(r->profilePicUrl, std::optional<QString>(u"https://example.invalid/hd.jpg"_s));
    QCOMPARE(r->biography, std::nullopt);
    QCOMPARE(r->externalUrl, std::nullopt);
}

void TestInstagramProfileParser::testMissingUserIsNotFound()
{
    const Result<ProfileInfo> r = instagram::parseProfile(R"({"data":{"user":null},"status":"ok"})"_ba);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QVERIFY(!instagram::parseProfile(R"({"data":{"viewer":{}},"status":"ok"})"_ba).ok());
}

void TestInstagramProfileParser::testGraphqlTimelinePage()
{
    const Result<MediaPage> r = instagram::parseTimelinePage(fixtures::bytes(fixtures::Timeline));
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 20);
    QCOMPARE(r->total, std::optional<qint64>(7629));
    QVERIFY(r->hasNextPage);
    QCOMPARE(r->endCursor,
             u"QVFENG9qVzlqR1NzTlBxSkhiTDNuN2FMNW0wSnJIMEFWX3NOQUF6XzZ2cVF1YzhYYS03bWI0Q1NoOWpNOFpqaDNGbTdz"
             "Nl8zUTJ1ci10REZNTEZval9Ccg=="_s);
    QCOMPARE(kindLetters(r->items), u"RCRRRRRRCCRCRRRRCCRR"_s);
    const MediaItem &last = r->items.last();
    QCOMPARE(last.shortcode, u"C3a04O5PEod"_s);
    QCOMPARE(last.id, u"3304185839331592733"_s);
    QCOMPARE(last.likes, std::optional<qint64>(218507));
    QCOMPARE(last.comments, std::optional<qint64>(6179));
    QCOMPARE(last.views, std::optional<qint64>(4338685));
    QCOMPARE(last.takenAt, std::optional<QDateTime>(utc(1708110009)));
    QCOMPARE(r->items.at(1).children.size(), 4);
}

void TestInstagramProfileParser::testXdtTimelineConnection()
{
    // The logged-in web timeline: app-style nodes, one of them wrapped as an XDTFeedItem {"media":{…}}.
    const QJsonObject connection{
        {u"edges"_s, QJsonArray{QJsonObject{{u"node"_s, appItem(fixtures::PgMedia)}},
                                QJsonObject{{u"node"_s, QJsonObject{{u"media"_s, appItem(fixtures::AppCarousel)}}}}}},
        {u"page_info"_s, QJsonObject{{u"end_cursor"_s, u"3304185839331592733_25025320"_s}, {u"has_next_page"_s, true}}},
    };
    const QJsonObject root{
        {u"data"_s, QJsonObject{{u"xdt_api__v1__feed__user_timeline_graphql_connection"_s, connection}}}};
    const Result<MediaPage> r = instagram::parseTimelinePage(root);
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 2);
    QCOMPARE(kindLetters(r->items), u"VC"_s);
    QCOMPARE(r->items.at(0).shortcode, u"CAG3E8-A3wf"_s);
    QCOMPARE(r->items.at(0).likes, std::optional<qint64>(600190));
    QCOMPARE(r->items.at(1).shortcode, u"CAnqPB-Jzcj"_s);
    QCOMPARE(r->items.at(1).children.size(), 3);
    QCOMPARE(r->endCursor, u"3304185839331592733_25025320"_s);
    QVERIFY(r->hasNextPage);
    QCOMPARE(r->total, std::nullopt);
}

void TestInstagramProfileParser::testAppFeedPage()
{
    QJsonObject feed = fixtures::object(fixtures::PgMedia);
    feed.insert(u"next_max_id"_s, u"2307774091974900767_305701719"_s);
    feed.insert(u"more_available"_s, true);
    Result<MediaPage> r = instagram::parseTimelinePage(feed);
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 1);
    QCOMPARE(r->items.first().id, u"2307774091974900767"_s);
    QCOMPARE(r->endCursor, u"2307774091974900767_305701719"_s);
    QVERIFY(r->hasNextPage);
    feed.insert(u"more_available"_s, false);
    r = instagram::parseTimelinePage(feed);
    QVERIFY(r.ok());
    QVERIFY(!r->hasNextPage);
}

void TestInstagramProfileParser::testStories()
{
    const QJsonObject item = appItem(fixtures::PgMedia);
    const QJsonObject reelsMedia{{u"reels_media"_s, QJsonArray{QJsonObject{{u"items"_s, QJsonArray{item, item}}}}}};
    Result<QList<MediaItem>> r = instagram::parseStories(reelsMedia);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->first().kind, MediaKind::Video);

    const QJsonObject reels{{u"reels"_s, QJsonObject{{u"305701719"_s, QJsonObject{{u"items"_s, QJsonArray{item}}}}}}};
    r = instagram::parseStories(reels);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);

    r = instagram::parseStories(R"({"reels":{},"status":"ok"})"_ba);
    QVERIFY(r.ok());
    QVERIFY(r->isEmpty());
    QVERIFY(!instagram::parseStories(R"({"status":"ok"})"_ba).ok());
}

void TestInstagramProfileParser::testProfileHtml()
{
    const QByteArray html = R"html(<!DOCTYPE html><html><head>
<meta property="og:title" content="Ones Makau (&#064;ones_makau) &#x2022; Instagram photos and videos" />
<meta content="7,448 Followers, 1,021 Following, 279 Posts - See Instagram photos and videos from Ones Makau (&#064;ones_makau)" property="og:description" />
</head><body><script>{"props":{"profile_id":"62703166462"}}</script></body></html>)html"_ba;
    const Result<ProfileInfo> r = instagram::parseProfileHtml(html);
    QVERIFY(r.ok());
    QCOMPARE(r->username, u"ones_makau"_s);
    QCOMPARE(r->fullName, std::optional<QString>(u"Ones Makau"_s));
    QCOMPARE(r->followers, std::optional<qint64>(7448));
    QCOMPARE(r->following, std::optional<qint64>(1021));
    QCOMPARE(r->posts, std::optional<qint64>(279));
    QCOMPARE(r->id, u"62703166462"_s);

    // Rounded counts are not exact numbers: they stay unknown, the exact one is kept.
    const QByteArray rounded =
        R"html(<meta property="og:description" content="681M Followers, 131 Following, 7,888 Posts - See Instagram photos and videos from Instagram (@instagram)">)html"_ba;
    const Result<ProfileInfo> big = instagram::parseProfileHtml(rounded);
    QVERIFY(big.ok());
    QCOMPARE(big->username, u"instagram"_s);
    QCOMPARE(big->followers, std::nullopt);
    QCOMPARE(big->following, std::optional<qint64>(131));
    QCOMPARE(big->posts, std::optional<qint64>(7888));
    QVERIFY(big->id.isEmpty());
}

void TestInstagramProfileParser::testProfileHtmlWithoutProfile()
{
    const QByteArray login =
        R"(<html><head><title>Login • Instagram</title></head><body><form id="loginForm"></form></body></html>)"_ba;
    QVERIFY(!instagram::parseProfileHtml(login).ok());
    QVERIFY(!instagram::parseProfileHtml(QByteArray()).ok());
}

QTEST_GUILESS_MAIN(TestInstagramProfileParser)
#include "testInstagramProfileParser.moc"
