#include "Fixtures.h"

#include "instagram/CommentParser.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace

class TestInstagramCommentParser final : public QObject
{
    Q_OBJECT

private slots:
    void testPgrimaudCommentsPage();
    void testFixturePages_data();
    void testFixturePages();
    void testAppCommentList();
    void testAppCommentListOldestFirst();
    void testWebCommentConnection();
    void testUnknownShape();
};

void TestInstagramCommentParser::testPgrimaudCommentsPage()
{
    const Result<CommentPage> r = instagram::parseCommentPage(fixtures::bytes(fixtures::PgComments));
    QVERIFY(r.ok());
    QCOMPARE(r->comments.size(), 12);
    QCOMPARE(r->total, std::optional<qint64>(45));
    QVERIFY(r->hasNextPage);
    QCOMPARE(r->endCursor,
             u"QVFBcTNVa1FvWDNxQWN2MmhzOFFndmtnMi0ycjJRdnJ3RTRic2tKVHhXNnVBbFVqN2VMUjhtbHo0cjBwOEk0dWI4emQ2"
             "OTVSVWZzaWR4SmdsdWhLaTF0MQ=="_s);
    const Comment &first = r->comments.first();
    QCOMPARE(first.id, u"18176115937020277"_s);
    QCOMPARE(first.text, u"Booommmmm 😍"_s);
    QCOMPARE(first.createdAt, std::optional<QDateTime>(utc(1607880597)));
    QCOMPARE(first.authorId, u"15683754049"_s);
    QCOMPARE(first.authorUsername, u"kikesitoozzz"_s);
    // This capture carries no like counts or threads: unknown, not zero.
    QCOMPARE(first.likes, std::nullopt);
    QCOMPARE(first.replyCount, std::nullopt);
    QCOMPARE(r->comments.at(1).text, u"wow so elegant"_s);
    QCOMPARE(r->comments.at(1).authorUsername, u"prophotorgb"_s);
    QCOMPARE(r->comments.last().id, u"17951420908391782"_s);
    QCOMPARE(r->comments.last().authorUsername, u"ey5.designs"_s);
    QCOMPARE(r->comments.last().createdAt, std::optional<QDateTime>(utc(1607910187)));
}

void TestInstagramCommentParser::testFixturePages_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("comments");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstAuthor");
    QTest::newRow("reel") << fixtures::Reel << 6 << qint64(31) << true << u"18116197942430879"_s
                          << u"travels.with.jenna"_s;
    QTest::newRow("image") << fixtures::Image << 50 << qint64(122) << true << u"17893266416179905"_s << u"chunn.17"_s;
    QTest::newRow("sidecar") << fixtures::Sidecar << 5 << qint64(53282) << false << u"17973688430044872"_s
                             << u"ramswapmeena"_s;
}

void TestInstagramCommentParser::testFixturePages()
{
    QFETCH(QString, fixture);
    QFETCH(int, comments);
    QFETCH(qint64, total);
    QFETCH(bool, hasNext);
    QFETCH(QString, firstId);
    QFETCH(QString, firstAuthor);
    const Result<CommentPage> r = instagram::parseCommentPage(fixtures::bytes(fixture));
    QVERIFY(r.ok());
    QCOMPARE(r->comments.size(), comments);
    QCOMPARE(r->total, std::optional<qint64>(total));
    QCOMPARE(r->hasNextPage, hasNext);
    QCOMPARE(r->endCursor.isEmpty(), !hasNext);
    QCOMPARE(r->comments.first().id, firstId);
    QCOMPARE(r->comments.first().authorUsername, firstAuthor);
}

void TestInstagramCommentParser::testAppCommentList()
{
    // api/v1/media/{id}/comments/: the two comments captured with the carousel, one with a threaded reply.
    const QJsonObject item = fixtures::object(fixtures::AppCarousel).value(u"items"_s).toArray().first().toObject();
    QJsonArray comments = item.value(u"comments"_s).toArray();
    QJsonObject withReply = comments.at(1).toObject();
    withReply.insert(u"child_comment_count"_s, 1);
    QJsonObject reply = comments.at(0).toObject();
    reply.insert(u"pk"_s, u"18000000000000001"_s);
    reply.insert(u"text"_s, u"@charbelzoecouture same"_s);
    withReply.insert(u"preview_child_comments"_s, QJsonArray{reply});
    comments.replace(1, withReply);
    const QJsonObject body{
        {u"comments"_s, comments},
        {u"comment_count"_s, 4647},
        {u"has_more_comments"_s, true},
        {u"next_min_id"_s, QJsonObject{{u"server_cursor"_s, u"QVFB"_s}, {u"is_server_cursor_inverse"_s, true}}},
        {u"status"_s, u"ok"_s}};
    const Result<CommentPage> r = instagram::parseCommentPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r->comments.size(), 2);
    QCOMPARE(r->total, std::optional<qint64>(4647));
    QVERIFY(r->hasNextPage);
    QCOMPARE(r->endCursor, u"{\"is_server_cursor_inverse\":true,\"server_cursor\":\"QVFB\"}"_s);
    const Comment &first = r->comments.first();
    QCOMPARE(first.id, u"18118669444110485"_s);
    QCOMPARE(first.text, u"❤️❤️❤️❤️ Yesssssssss"_s);
    QCOMPARE(first.authorUsername, u"johnrussophoto"_s);
    QCOMPARE(first.authorId, u"254363051"_s);
    QCOMPARE(first.createdAt, std::optional<QDateTime>(utc(1590450181)));
    QCOMPARE(first.likes, std::optional<qint64>(284));
    const Comment &second = r->comments.at(1);
    QCOMPARE(second.id, u"17886263176571229"_s);
    QCOMPARE(second.authorUsername, u"charbelzoecouture"_s);
    QCOMPARE(second.likes, std::optional<qint64>(147));
    QCOMPARE(second.replyCount, std::optional<qint64>(1));
    QCOMPARE(second.replies.size(), 1);
    QCOMPARE(second.replies.first().id, u"18000000000000001"_s);
    QCOMPARE(second.replies.first().parentId, u"17886263176571229"_s);
    QCOMPARE(second.replies.first().authorUsername, u"johnrussophoto"_s);
}

void TestInstagramCommentParser::testAppCommentListOldestFirst()
{
    const QByteArray body =
        R"({"comments":[{"pk":"1","text":"a","created_at":1600000000,"user":{"pk":2,"username":"x"}}],
        "comment_count":"3","next_max_id":"17886263176571229","has_more_comments":false,"status":"ok"})"_ba;
    const Result<CommentPage> r = instagram::parseCommentPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r->total, std::optional<qint64>(3));
    QCOMPARE(r->endCursor, u"17886263176571229"_s);
    QVERIFY(!r->hasNextPage);
    QCOMPARE(r->comments.first().authorId, u"2"_s);
}

void TestInstagramCommentParser::testWebCommentConnection()
{
    const QByteArray body = R"({"data":{"xdt_api__v1__media__media_id__comments__connection":{
        "edges":[{"node":{"pk":"18100000000000001","text":"nice #reel","created_at":1738700000,
                  "user":{"pk":"99","username":"someone"},"comment_like_count":4,"child_comment_count":2}}],
        "page_info":{"end_cursor":"{\"server_cursor\":\"abc\"}","has_next_page":true}}},"status":"ok"})"_ba;
    const Result<CommentPage> r = instagram::parseCommentPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r->comments.size(), 1);
    QCOMPARE(r->comments.first().id, u"18100000000000001"_s);
    QCOMPARE(r->comments.first().authorUsername, u"someone"_s);
    QCOMPARE(r->comments.first().likes, std::optional<qint64>(4));
    QCOMPARE(r->comments.first().replyCount, std::optional<qint64>(2));
    QCOMPARE(r->endCursor, u"{\"server_cursor\":\"abc\"}"_s);
    QVERIFY(r->hasNextPage);
    QCOMPARE(r->total, std::nullopt);
}

void TestInstagramCommentParser::testUnknownShape()
{
    QVERIFY(!instagram::parseCommentPage(R"({"data":{"shortcode_media":{"id":"1"}}})"_ba).ok());
    const Result<CommentPage> broken = instagram::parseCommentPage(R"({"data":{"shortcode_media":{"edge_media_to_)"_ba);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().field, u"body"_s);
}

QTEST_GUILESS_MAIN(TestInstagramCommentParser)
#include "testInstagramCommentParser.moc"
