#include "Fixtures.h"

#include "platform/HttpAnswer.h"
#include "tiktok/ResponseClassifier.h"
#include "tiktok/UserDetailParser.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

/// An account page as TikTok serves it: the user detail in the universal data's script element.
QByteArray accountPage(const QJsonObject &userDetail)
{
    const QJsonObject data{
        {u"__DEFAULT_SCOPE__"_s, QJsonObject{{u"webapp.app-context"_s, QJsonObject{{u"language"_s, u"en"_s}}},
                                             {u"webapp.user-detail"_s, userDetail}}}};
    return "<!DOCTYPE html><html lang=\"en\"><head><title>TikTok</title></head><body><div id=\"app\"></div>"
           "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">" +
           QJsonDocument(data).toJson(QJsonDocument::Compact) + "</script></body></html>";
}

HttpAnswer answerOf(const QByteArray &body, int status = 200)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.finalUrl = QUrl(u"https://www.tiktok.com/@zg.520"_s);
    return answer;
}

QJsonObject withStats(QJsonObject detail, const QJsonObject &stats, const QJsonObject &statsV2)
{
    QJsonObject info = detail.value(u"userInfo"_s).toObject();
    info.remove(u"stats"_s);
    info.remove(u"statsV2"_s);
    if (!stats.isEmpty())
        info.insert(u"stats"_s, stats);
    if (!statsV2.isEmpty())
        info.insert(u"statsV2"_s, statsV2);
    detail.insert(u"userInfo"_s, info);
    return detail;
}

} // namespace

class TestTikTokProfileParser final : public QObject
{
    Q_OBJECT

private slots:
    void testCapturedAccountPrefersExactCounts();
    void testCountsAsStrings();
    void testRoundedOnlyWhenNothingExact();
    void testMissingFields();
    void testNotFound();
    void testPrivate();
    void testPageClassification();
    void testItemListFixture();
    void testItemListOnThePage();
    void testItemListFailures();
    void testVideoCountsPreferExact();
};

void TestTikTokProfileParser::testCapturedAccountPrefersExactCounts()
{
    const QJsonObject detail = fixtures::object(fixtures::TtUserDetail);
    QVERIFY(!detail.isEmpty());
    // The capture holds both: stats rounded (427700, 6800000), statsV2 exact.
    QCOMPARE(detail.value(u"userInfo"_s).toObject().value(u"stats"_s).toObject().value(u"followerCount"_s).toInt(),
             427700);
    Result<ProfileInfo> parsed = tiktok::parseAccountPage(accountPage(detail));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const ProfileInfo &p = parsed.value();
    QCOMPARE(p.id, u"6799838955094836230"_s);
    QCOMPARE(p.username, u"zg.520"_s);
    QCOMPARE(p.fullName.value_or(QString()), u"小邹旅行🇨🇳"_s);
    QCOMPARE(p.secUid, u"MS4wLjABAAAAkagks5n_8XDIMWf94LZDUYs54FG5bJmEFJkWtjA__uRUN8QWaavHhzSyEO6WBPQj"_s);
    QCOMPARE(p.followers, std::optional<qint64>(427682));
    QCOMPARE(p.following, std::optional<qint64>(176));
    QCOMPARE(p.likes, std::optional<qint64>(6764096));
    QCOMPARE(p.posts, std::optional<qint64>(1605));
    QCOMPARE(p.isVerified, std::optional<bool>(false));
    QCOMPARE(p.isPrivate, std::optional<bool>(false));
    QCOMPARE(p.isBusiness, std::optional<bool>(true));
    QCOMPARE(p.category.value_or(QString()), u"Travel & Tourism"_s);
    QVERIFY(p.profilePicUrl.value_or(QString()).contains(u"cropcenter:1080:1080"_s));
    QVERIFY(p.timeline.items.isEmpty());
    // The same object straight (a relay's user/detail answer) reads the same.
    Result<ProfileInfo> direct = tiktok::parseUserDetail(detail);
    QVERIFY(direct.ok());
    QCOMPARE(direct->followers, p.followers);
}

void TestTikTokProfileParser::testCountsAsStrings()
{
    const QJsonObject detail = withStats(fixtures::object(fixtures::TtUserDetail), {},
                                         QJsonObject{{u"followerCount"_s, u"9007199254740993"_s},
                                                     {u"followingCount"_s, u" 12 "_s},
                                                     {u"heart"_s, u"211339"_s},
                                                     {u"videoCount"_s, u"0"_s}});
    Result<ProfileInfo> p = tiktok::parseUserDetail(detail);
    QVERIFY(p.ok());
    // Beyond what a double keeps exactly: the string is read as an integer, not through a double.
    QCOMPARE(p->followers, std::optional<qint64>(Q_INT64_C(9007199254740993)));
    QCOMPARE(p->likes, std::optional<qint64>(211339)); // "heart" when "heartCount" is absent
    QCOMPARE(p->posts, std::optional<qint64>(0));
}

void TestTikTokProfileParser::testRoundedOnlyWhenNothingExact()
{
    // Real pairs from a TikTok answer of 2025-10-20: stats 211300 / 97900 against statsV2 "211339" / "97944".
    const QJsonObject both = withStats(fixtures::object(fixtures::TtUserDetail),
                                       QJsonObject{{u"followerCount"_s, 5472},
                                                   {u"followingCount"_s, 9230},
                                                   {u"heartCount"_s, 211300},
                                                   {u"videoCount"_s, 9893}},
                                       QJsonObject{{u"followerCount"_s, u"5472"_s}, {u"heartCount"_s, u"211339"_s}});
    Result<ProfileInfo> p = tiktok::parseUserDetail(both);
    QVERIFY(p.ok());
    QCOMPARE(p->likes, std::optional<qint64>(211339));
    // What statsV2 lacks comes from stats.
    QCOMPARE(p->following, std::optional<qint64>(9230));
    QCOMPARE(p->posts, std::optional<qint64>(9893));

    // A statsV2 value that is not a number does not hide the stats one.
    const QJsonObject broken =
        withStats(fixtures::object(fixtures::TtUserDetail), QJsonObject{{u"followerCount"_s, 427700}},
                  QJsonObject{{u"followerCount"_s, u"427.7K"_s}});
    Result<ProfileInfo> q = tiktok::parseUserDetail(broken);
    QVERIFY(q.ok());
    QCOMPARE(q->followers, std::optional<qint64>(427700));
}

void TestTikTokProfileParser::testMissingFields()
{
    // No stats at all: the account is read, its counts unknown (never 0).
    const QJsonObject noStats = withStats(fixtures::object(fixtures::TtUserDetail), {}, {});
    Result<ProfileInfo> p = tiktok::parseUserDetail(noStats);
    QVERIFY(p.ok());
    QVERIFY(!p->followers);
    QVERIFY(!p->likes);
    QVERIFY(!p->posts);

    // No user: not an account.
    QVERIFY(!tiktok::parseUserDetail(QJsonObject{{u"statusCode"_s, 0}, {u"userInfo"_s, QJsonObject{}}}).ok());
    QVERIFY(!tiktok::parseUserDetail(QJsonObject{}).ok());
    // A page without universal data, or with a video page's data only.
    QVERIFY(!tiktok::parseAccountPage("<html><body>nothing</body></html>").ok());
    QVERIFY(!tiktok::parseAccountPage("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">"
                                      "{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"statusCode\":0}}}</script>")
                 .ok());
    // Wrong types everywhere: no crash, nothing invented.
    const QJsonObject odd{{u"statusCode"_s, u"0"_s},
                          {u"userInfo"_s, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, 42}, {u"uniqueId"_s, 7}}},
                                                      {u"stats"_s, QJsonArray{1, 2}},
                                                      {u"statsV2"_s, u"x"_s}}}};
    Result<ProfileInfo> o = tiktok::parseUserDetail(odd);
    QVERIFY(o.ok());
    QCOMPARE(o->id, u"42"_s);
    QVERIFY(!o->followers);
}

void TestTikTokProfileParser::testNotFound()
{
    // As public test suites record a missing account's page.
    const QJsonObject missing{{u"statusCode"_s, 10221}, {u"statusMsg"_s, u""_s}};
    Result<ProfileInfo> p = tiktok::parseAccountPage(accountPage(missing));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::NotFound);
    QVERIFY(p.error().message.contains(u"10221"_s));
}

void TestTikTokProfileParser::testPrivate()
{
    const QJsonObject privateDetail{
        {u"statusCode"_s, 10222},
        {u"statusMsg"_s, u"ErrBizUserSecret"_s},
        {u"userInfo"_s, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, u"744"_s},
                                                            {u"uniqueId"_s, u"sani__6349"_s},
                                                            {u"privateAccount"_s, true},
                                                            {u"secret"_s, true}}},
                                    {u"statsV2"_s, QJsonObject{{u"followerCount"_s, u"8"_s},
                                                               {u"followingCount"_s, u"15"_s},
                                                               {u"heartCount"_s, u"16"_s}}},
                                    {u"itemList"_s, QJsonArray{QJsonObject{{u"id"_s, u"1"_s}}}}}}};
    Result<ProfileInfo> p = tiktok::parseAccountPage(accountPage(privateDetail));
    QVERIFY(p.ok());
    QCOMPARE(p->isPrivate, std::optional<bool>(true));
    QCOMPARE(p->followers, std::optional<qint64>(8));
    QCOMPARE(p->likes, std::optional<qint64>(16));
    QVERIFY(p->timeline.items.isEmpty());
    QVERIFY(!tiktok::classifyAccountPage(answerOf(accountPage(privateDetail))));

    // Private without the account's user: nothing to read.
    const QJsonObject bare{{u"statusCode"_s, 10222}, {u"statusMsg"_s, u"ErrBizUserSecret"_s}};
    QVERIFY(!tiktok::parseAccountPage(accountPage(bare)).ok());
    const std::optional<ScrapeFailure> f = tiktok::classifyAccountPage(answerOf(accountPage(bare)));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::Private);
}

void TestTikTokProfileParser::testPageClassification()
{
    const QByteArray good = accountPage(fixtures::object(fixtures::TtUserDetail));
    QVERIFY(!tiktok::classifyAccountPage(answerOf(good)));
    std::optional<ScrapeFailure> f =
        tiktok::classifyAccountPage(answerOf(accountPage(QJsonObject{{u"statusCode"_s, 10221}})));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::NotFound);
    f = tiktok::classifyAccountPage(answerOf("Too many requests", 429));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::RateLimited);
    f = tiktok::classifyAccountPage(answerOf(good.left(good.size() / 2)));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::Malformed);
    f = tiktok::classifyAccountPage(answerOf("<html><body>Please verify to continue (captcha)</body></html>"));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::Checkpoint);
    f = tiktok::classifyAccountPage(answerOf("<html>server trouble</html>", 503));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::Network);
}

void TestTikTokProfileParser::testItemListFixture()
{
    Result<MediaPage> page = tiktok::parseItemList(fixtures::bytes(fixtures::TtItemList));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const MediaItem &v = page->items.first();
    QCOMPARE(v.id, u"7513039993741397256"_s);
    QCOMPARE(v.ownerUsername, u"zg.520"_s);
    QCOMPARE(v.takenAt, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1749265942, QTimeZone::utc())));
    QCOMPARE(v.likes, std::optional<qint64>(68300));
    QCOMPARE(v.comments, std::optional<qint64>(1502));
    QVERIFY(v.hashtags.contains(u"#china"_s));
    QVERIFY(page->hasNextPage);
    QCOMPARE(page->endCursor, u"1758331327601"_s);
}

void TestTikTokProfileParser::testItemListOnThePage()
{
    QJsonObject detail = fixtures::object(fixtures::TtUserDetail);
    QJsonObject info = detail.value(u"userInfo"_s).toObject();
    info.insert(u"itemList"_s, fixtures::object(fixtures::TtItemList).value(u"itemList"_s));
    detail.insert(u"userInfo"_s, info);
    Result<ProfileInfo> p = tiktok::parseAccountPage(accountPage(detail));
    QVERIFY(p.ok());
    QCOMPARE(p->timeline.items.size(), 1);
    QCOMPARE(p->timeline.items.first().id, u"7513039993741397256"_s);
}

void TestTikTokProfileParser::testItemListFailures()
{
    QVERIFY(!tiktok::parseItemList("{\"itemList\": 5}").ok());
    QVERIFY(!tiktok::parseItemList("{\"statusCode\": 10221}").ok());
    QVERIFY(!tiktok::parseItemList("{\"itemList\": [").ok());
    Result<MediaPage> empty = tiktok::parseItemList("{\"hasMore\": false}");
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
    std::optional<ScrapeFailure> f = tiktok::classifyItemList(answerOf("<!DOCTYPE html><html>login</html>"));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::LoginWall);
    f = tiktok::classifyItemList(answerOf(""));
    QVERIFY(f);
    QCOMPARE(f->cls, FailureClass::EndpointBroken);
    QVERIFY(!tiktok::classifyItemList(answerOf(fixtures::bytes(fixtures::TtItemList))));
}

void TestTikTokProfileParser::testVideoCountsPreferExact()
{
    QJsonObject list = fixtures::object(fixtures::TtItemList);
    QJsonArray items = list.value(u"itemList"_s).toArray();
    QJsonObject item = items.first().toObject();
    // stats as TikTok rounds them, statsV2 exact.
    item.insert(u"stats"_s, QJsonObject{{u"diggCount"_s, 68300}, {u"playCount"_s, 1900000}});
    item.insert(u"statsV2"_s, QJsonObject{{u"diggCount"_s, u"68312"_s}, {u"playCount"_s, u"1904417"_s}});
    items.replace(0, item);
    list.insert(u"itemList"_s, items);
    Result<MediaPage> page = tiktok::parseItemList(QJsonDocument(list).toJson());
    QVERIFY(page.ok());
    QCOMPARE(page->items.first().likes, std::optional<qint64>(68312));
    QCOMPARE(page->items.first().plays, std::optional<qint64>(1904417));
}

QTEST_GUILESS_MAIN(TestTikTokProfileParser)
#include "testTikTokProfileParser.moc"
