#include "Fixtures.h"

#include "instagram/CommentParser.h"
#include "instagram/MediaParser.h"
#include "instagram/ProfileParser.h"
#include "instagram/ResponseClassifier.h"
#include "instagram/TimelineParser.h"
#include "platform/HttpAnswer.h"
#include "tiktok/CommentListParser.h"
#include "tiktok/ItemStructParser.h"
#include "tiktok/UniversalDataParser.h"

#include <QJsonArray>
#include <QTimeZone>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

/// `root` with the value at `path` replaced (or removed when `replacement` is nullopt).
QJsonValue replaced(const QJsonValue &root, const QStringList &path, const std::optional<QJsonValue> &replacement,
                    qsizetype depth = 0)
{
    const QString &key = path.at(depth);
    const bool last = depth == path.size() - 1;
    if (root.isArray()) {
        QJsonArray arr = root.toArray();
        const qsizetype i = key.toLongLong();
        if (i < 0 || i >= arr.size())
            return root;
        if (last && !replacement)
            arr.removeAt(i);
        else
            arr.replace(i, last ? *replacement : replaced(arr.at(i), path, replacement, depth + 1));
        return arr;
    }
    QJsonObject obj = root.toObject();
    if (last && !replacement)
        obj.remove(key);
    else
        obj.insert(key, last ? *replacement : replaced(obj.value(key), path, replacement, depth + 1));
    return obj;
}

QJsonObject mutate(const QJsonObject &root, const QString &dottedPath, const std::optional<QJsonValue> &replacement)
{
    return replaced(root, dottedPath.split(u'.'), replacement).toObject();
}

/// Paths of every field down to `maxDepth`, following only the first and last element of arrays.
void collectPaths(const QJsonValue &v, const QStringList &prefix, int maxDepth, QList<QStringList> &out)
{
    if (prefix.size() >= maxDepth)
        return;
    if (v.isObject()) {
        const QJsonObject obj = v.toObject();
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            QStringList p = prefix;
            p.append(it.key());
            out.append(p);
            collectPaths(it.value(), p, maxDepth, out);
        }
    } else if (v.isArray()) {
        const QJsonArray arr = v.toArray();
        QList<qsizetype> indexes;
        if (!arr.isEmpty())
            indexes.append(0);
        if (arr.size() > 1)
            indexes.append(arr.size() - 1);
        for (const qsizetype i : std::as_const(indexes)) {
            QStringList p = prefix;
            p.append(QString::number(i));
            out.append(p);
            collectPaths(arr.at(i), p, maxDepth, out);
        }
    }
}

/// Run every parser over the object; a parser may refuse it, but none may crash.
void runAllParsers(const QJsonObject &root)
{
    (void)instagram::parsePost(root);
    (void)instagram::parseProfile(root);
    (void)instagram::parseTimelinePage(root);
    (void)instagram::parseCommentPage(root);
    (void)instagram::parseStories(root);
    (void)tiktok::parseItemStruct(root);
    (void)tiktok::parseCommentList(root);
    (void)tiktok::parseVideoDetail(root);
}

const QList<std::optional<QJsonValue>> &wrongValues()
{
    static const QList<std::optional<QJsonValue>> values = {
        std::nullopt,
        QJsonValue(QJsonValue::Null),
        QJsonValue(u"not what you expect"_s),
        QJsonValue(QJsonArray{1, u"two"_s}),
        QJsonValue(QJsonObject{{u"unexpected"_s, true}}),
        QJsonValue(-1.5),
        QJsonValue(true),
    };
    return values;
}

MediaItem post(const QJsonObject &root)
{
    const Result<MediaItem> r = instagram::parsePost(root);
    return r ? r.value() : MediaItem{};
}

QJsonObject reelRoot()
{
    return fixtures::object(fixtures::Reel);
}

} // namespace

class TestParserRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void testEveryFieldWrongNeverCrashes_data();
    void testEveryFieldWrongNeverCrashes();
    void testReelFieldsDegradeAlone();
    void testReelCountsAcceptStringsAndIntegralFloats();
    void testCommentFieldsDegradeAlone();
    void testProfileFieldsDegradeAlone();
    void testBrokenTimelineEdgesAreSkipped();
    void testAppItemFieldsDegradeAlone();
    void testTikTokFieldsDegradeAlone();
    void testTikTokCommentFieldsDegradeAlone();
    void testTruncatedJsonIsMalformed_data();
    void testTruncatedJsonIsMalformed();
};

void TestParserRobustness::testEveryFieldWrongNeverCrashes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("maxDepth");
    for (const QString &f : {fixtures::Reel, fixtures::Image, fixtures::Sidecar, fixtures::Timeline,
                             fixtures::WebProfile, fixtures::AppCarousel, fixtures::PgMedia, fixtures::PgComments,
                             fixtures::PgProfile, fixtures::PgCheckpoint, fixtures::TtItem, fixtures::TtComments})
        QTest::newRow(qPrintable(f.section(u'/', 1))) << f << 7;
}

void TestParserRobustness::testEveryFieldWrongNeverCrashes()
{
    QFETCH(QString, fixture);
    QFETCH(int, maxDepth);
    const QJsonObject root = fixtures::object(fixture);
    QVERIFY(!root.isEmpty());
    QList<QStringList> paths;
    collectPaths(root, {}, maxDepth, paths);
    QVERIFY(!paths.isEmpty());
    int runs = 0;
    for (const QStringList &path : std::as_const(paths)) {
        for (const std::optional<QJsonValue> &wrong : wrongValues()) {
            runAllParsers(replaced(root, path, wrong).toObject());
            ++runs;
        }
    }
    qInfo("%s: %d mutations over %lld paths", qPrintable(fixture), runs, qsizetype(paths.size()));
}

void TestParserRobustness::testReelFieldsDegradeAlone()
{
    const QString media = u"graphql.shortcode_media."_s;
    MediaItem m = post(mutate(reelRoot(), media + u"edge_media_preview_like"_s, QJsonValue(u"256"_s)));
    QCOMPARE(m.likes, std::nullopt);
    QCOMPARE(m.views, std::optional<qint64>(539));
    QCOMPARE(m.plays, std::optional<qint64>(2387));

    m = post(mutate(reelRoot(), media + u"video_view_count"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.views, std::nullopt);
    QCOMPARE(m.plays, std::optional<qint64>(2387));
    QCOMPARE(m.likes, std::optional<qint64>(256));

    m = post(mutate(reelRoot(), media + u"video_play_count"_s, std::nullopt));
    QCOMPARE(m.plays, std::nullopt);
    QCOMPARE(m.views, std::optional<qint64>(539));

    m = post(mutate(reelRoot(), media + u"taken_at_timestamp"_s, QJsonValue(QJsonArray{1738678549})));
    QCOMPARE(m.takenAt, std::nullopt);
    QCOMPARE(m.likes, std::optional<qint64>(256));

    m = post(mutate(reelRoot(), media + u"owner"_s, QJsonValue(u"ones_makau"_s)));
    QVERIFY(m.ownerUsername.isEmpty());
    QVERIFY(m.ownerId.isEmpty());
    QCOMPARE(m.shortcode, u"DFp17y5MymE"_s);

    m = post(mutate(reelRoot(), media + u"dimensions"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.width, std::nullopt);
    QCOMPARE(m.height, std::nullopt);
    QCOMPARE(m.kind, MediaKind::Reel);

    m = post(mutate(reelRoot(), media + u"dimensions.width"_s, QJsonValue(u"wide"_s)));
    QCOMPARE(m.width, std::nullopt);
    QCOMPARE(m.height, std::optional<int>(1919));

    m = post(mutate(reelRoot(), media + u"edge_media_to_caption"_s, QJsonValue(QJsonArray{})));
    QCOMPARE(m.caption, std::nullopt);
    QVERIFY(m.hashtags.isEmpty());
    QCOMPARE(m.likes, std::optional<qint64>(256));

    m = post(mutate(reelRoot(), media + u"edge_media_to_caption.edges.0.node.text"_s, QJsonValue(42)));
    QCOMPARE(m.caption, std::nullopt);

    m = post(mutate(reelRoot(), media + u"video_duration"_s, QJsonValue(u"twelve"_s)));
    QCOMPARE(m.durationSeconds, std::nullopt);

    m = post(mutate(reelRoot(), media + u"product_type"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.kind, MediaKind::Video); // still a GraphVideo, no longer known to be a reel
    QVERIFY(m.productType.isEmpty());

    // Parent comments gone and preview comments broken: the comment count is unknown, not zero.
    QJsonObject noComments = mutate(reelRoot(), media + u"edge_media_to_parent_comment"_s, std::nullopt);
    noComments = mutate(noComments, media + u"edge_media_preview_comment"_s, QJsonValue(u"31"_s));
    m = post(noComments);
    QCOMPARE(m.comments, std::nullopt);
    QVERIFY(m.embeddedComments.comments.isEmpty());
    QCOMPARE(m.embeddedComments.total, std::nullopt);
    QCOMPARE(m.likes, std::optional<qint64>(256));

    // Only the count broken: falls back to the preview connection's count, comments still read.
    m = post(mutate(reelRoot(), media + u"edge_media_to_parent_comment.count"_s, QJsonValue(QJsonObject{})));
    QCOMPARE(m.comments, std::optional<qint64>(31));
    QCOMPARE(m.embeddedComments.total, std::nullopt);
    QCOMPARE(m.embeddedComments.comments.size(), 6);

    // A numeric id instead of a string keeps its digits.
    m = post(mutate(reelRoot(), media + u"id"_s, QJsonValue(qint64(3560614185974049156LL))));
    QCOMPARE(m.id, u"3560614185974049156"_s);
}

void TestParserRobustness::testReelCountsAcceptStringsAndIntegralFloats()
{
    const QString media = u"graphql.shortcode_media."_s;
    MediaItem m = post(mutate(reelRoot(), media + u"video_view_count"_s, QJsonValue(u"539"_s)));
    QCOMPARE(m.views, std::optional<qint64>(539));
    m = post(mutate(reelRoot(), media + u"video_play_count"_s, QJsonValue(2387.0)));
    QCOMPARE(m.plays, std::optional<qint64>(2387));
    m = post(mutate(reelRoot(), media + u"video_play_count"_s, QJsonValue(2387.5)));
    QCOMPARE(m.plays, std::nullopt);
    m = post(mutate(reelRoot(), media + u"edge_media_preview_like.count"_s, QJsonValue(u" 256 "_s)));
    QCOMPARE(m.likes, std::optional<qint64>(256));
    m = post(mutate(reelRoot(), media + u"edge_media_preview_like.count"_s, QJsonValue(u"256 likes"_s)));
    QCOMPARE(m.likes, std::nullopt);
    m = post(mutate(reelRoot(), media + u"edge_media_preview_like.count"_s, QJsonValue(-1)));
    QCOMPARE(m.likes, std::nullopt);
    m = post(mutate(reelRoot(), media + u"taken_at_timestamp"_s, QJsonValue(u"1738678549"_s)));
    QCOMPARE(m.takenAt, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1738678549, QTimeZone::utc())));
}

void TestParserRobustness::testCommentFieldsDegradeAlone()
{
    const QString first = u"graphql.shortcode_media.edge_media_to_parent_comment.edges.0.node."_s;
    auto firstComment = [](const QJsonObject &root) {
        const Result<CommentPage> r = instagram::parseCommentPage(root);
        return r && !r->comments.isEmpty() ? r->comments.first() : Comment{};
    };
    Comment c = firstComment(mutate(reelRoot(), first + u"owner"_s, QJsonValue(QJsonValue::Null)));
    QVERIFY(c.authorUsername.isEmpty());
    QVERIFY(c.authorId.isEmpty());
    QCOMPARE(c.id, u"18116197942430879"_s);
    QVERIFY(c.text.startsWith(u"I love this Ones."_s));

    c = firstComment(mutate(reelRoot(), first + u"created_at"_s, QJsonValue(u"1739023656"_s)));
    QCOMPARE(c.createdAt, std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1739023656, QTimeZone::utc())));
    c = firstComment(mutate(reelRoot(), first + u"created_at"_s, QJsonValue(QJsonObject{})));
    QCOMPARE(c.createdAt, std::nullopt);
    QCOMPARE(c.authorUsername, u"travels.with.jenna"_s);

    c = firstComment(mutate(reelRoot(), first + u"edge_liked_by"_s, QJsonValue(QJsonArray{})));
    QCOMPARE(c.likes, std::nullopt);
    c = firstComment(mutate(reelRoot(), first + u"text"_s, QJsonValue(7)));
    QVERIFY(c.text.isEmpty());
    QCOMPARE(c.id, u"18116197942430879"_s);
    c = firstComment(mutate(reelRoot(), first + u"edge_threaded_comments"_s, QJsonValue(u"none"_s)));
    QCOMPARE(c.replyCount, std::nullopt);

    // A broken edge in the middle of the page is skipped; the others remain.
    const Result<CommentPage> page = instagram::parseCommentPage(
        mutate(reelRoot(), u"graphql.shortcode_media.edge_media_to_parent_comment.edges.2.node"_s, QJsonValue(u"x"_s)));
    QVERIFY(page.ok());
    QCOMPARE(page->comments.size(), 5);
    QCOMPARE(page->total, std::optional<qint64>(31));
}

void TestParserRobustness::testProfileFieldsDegradeAlone()
{
    const QJsonObject root = fixtures::object(fixtures::WebProfile);
    auto profile = [](const QJsonObject &r) {
        const Result<ProfileInfo> p = instagram::parseProfile(r);
        return p ? p.value() : ProfileInfo{};
    };
    ProfileInfo p = profile(mutate(root, u"data.user.edge_followed_by"_s, QJsonValue(u"681740829"_s)));
    QCOMPARE(p.followers, std::nullopt);
    QCOMPARE(p.following, std::optional<qint64>(131));
    QCOMPARE(p.posts, std::optional<qint64>(7888));

    p = profile(mutate(root, u"data.user.edge_followed_by.count"_s, QJsonValue(u"681740829"_s)));
    QCOMPARE(p.followers, std::optional<qint64>(681740829));

    p = profile(mutate(root, u"data.user.is_verified"_s, QJsonValue(u"yes"_s)));
    QCOMPARE(p.isVerified, std::nullopt);
    QCOMPARE(p.isPrivate, std::optional<bool>(false));

    p = profile(mutate(root, u"data.user.biography"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(p.biography, std::nullopt);
    QCOMPARE(p.fullName, std::optional<QString>(u"Instagram"_s));

    p = profile(mutate(root, u"data.user.full_name"_s, QJsonValue(QJsonArray{})));
    QCOMPARE(p.fullName, std::nullopt);

    p = profile(mutate(root, u"data.user.edge_owner_to_timeline_media"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(p.posts, std::nullopt);
    QVERIFY(p.timeline.items.isEmpty());
    QCOMPARE(p.followers, std::optional<qint64>(681740829));

    p = profile(mutate(root, u"data.user.category_name"_s, QJsonValue(3)));
    QCOMPARE(p.category, std::nullopt); // business_category_name is null too

    p = profile(mutate(root, u"data.user.profile_pic_url_hd"_s, std::nullopt));
    QVERIFY(p.profilePicUrl && p.profilePicUrl->contains(u"cdninstagram.com"_s)); // falls back to profile_pic_url

    p = profile(mutate(root, u"data.user.id"_s, QJsonValue(25025320)));
    QCOMPARE(p.id, u"25025320"_s);
}

void TestParserRobustness::testBrokenTimelineEdgesAreSkipped()
{
    QJsonObject root = fixtures::object(fixtures::Timeline);
    const QString edges = u"data.user.edge_owner_to_timeline_media.edges."_s;
    root = mutate(root, edges + u"3.node"_s, QJsonValue(u"x"_s));
    root = mutate(root, edges + u"4"_s, QJsonValue(QJsonValue::Null));
    root = mutate(root, edges + u"0.node.__typename"_s, QJsonValue(QJsonValue::Null));
    root = mutate(root, edges + u"0.node.product_type"_s, std::nullopt);
    root = mutate(root, u"data.user.edge_owner_to_timeline_media.page_info"_s, QJsonValue(u"?"_s));
    const Result<MediaPage> r = instagram::parseTimelinePage(root);
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 18);
    QCOMPARE(r->items.first().kind, MediaKind::Video); // is_video: true still says it is a video
    QCOMPARE(r->total, std::optional<qint64>(7629));
    QVERIFY(r->endCursor.isEmpty());
    QVERIFY(!r->hasNextPage);
}

void TestParserRobustness::testAppItemFieldsDegradeAlone()
{
    const QJsonObject root = fixtures::object(fixtures::AppCarousel);
    const QString item = u"items.0."_s;
    MediaItem m = post(mutate(root, item + u"like_count"_s, QJsonValue(u"820750"_s)));
    QCOMPARE(m.likes, std::optional<qint64>(820750));
    m = post(mutate(root, item + u"like_count"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.likes, std::nullopt);
    QCOMPARE(m.comments, std::optional<qint64>(4647));
    m = post(mutate(root, item + u"carousel_media"_s, QJsonValue(QJsonObject{})));
    QVERIFY(m.children.isEmpty());
    QCOMPARE(m.kind, MediaKind::Carousel);
    m = post(mutate(root, item + u"caption"_s, QJsonValue(7)));
    QCOMPARE(m.caption, std::nullopt);
    QVERIFY(m.hashtags.isEmpty());
    // The app format sends "caption": null for a post without a caption: known to be empty.
    m = post(mutate(root, item + u"caption"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.caption, std::optional<QString>(QString()));
    m = post(mutate(root, item + u"user"_s, QJsonValue(QJsonArray{})));
    QVERIFY(m.ownerUsername.isEmpty());
    QCOMPARE(m.likes, std::optional<qint64>(820750));
    m = post(mutate(root, item + u"taken_at"_s, QJsonValue(-5)));
    QCOMPARE(m.takenAt, std::nullopt);
    m = post(mutate(root, item + u"media_type"_s, QJsonValue(u"eight"_s)));
    QCOMPARE(m.kind, MediaKind::Unknown);
    QCOMPARE(m.children.size(), 3);
    m = post(mutate(root, item + u"carousel_media.1.image_versions2"_s, QJsonValue(u"x"_s)));
    QVERIFY(m.children.at(1).displayUrl.isEmpty());
    QVERIFY(!m.children.at(2).displayUrl.isEmpty());
    m = post(mutate(root, item + u"pk"_s, std::nullopt));
    QCOMPARE(m.id, u"2317006284167526179"_s); // from "id": "2317006284167526179_305701719"

    const QJsonObject video = fixtures::object(fixtures::PgMedia);
    m = post(mutate(video, item + u"video_versions"_s, QJsonValue(QJsonValue::Null)));
    QVERIFY(m.videoUrl.isEmpty());
    QCOMPARE(m.views, std::optional<qint64>(4048603));
    m = post(mutate(video, item + u"video_duration"_s, QJsonValue(u"16.266"_s)));
    QCOMPARE(m.durationSeconds, std::optional<double>(16.266));
    m = post(mutate(video, item + u"video_versions.0.width"_s, QJsonValue(u"big"_s)));
    QVERIFY(!m.videoUrl.isEmpty());
}

void TestParserRobustness::testTikTokFieldsDegradeAlone()
{
    const QJsonObject root = fixtures::object(fixtures::TtItem);
    auto item = [](const QJsonObject &r) {
        const Result<MediaItem> m = tiktok::parseItemStruct(r);
        return m ? m.value() : MediaItem{};
    };
    MediaItem m = item(mutate(root, u"stats"_s, QJsonValue(u"x"_s)));
    QCOMPARE(m.likes, std::optional<qint64>(2887)); // from statsV2
    QJsonObject noDigg = mutate(root, u"stats.diggCount"_s, QJsonValue(QJsonValue::Null));
    noDigg = mutate(noDigg, u"statsV2"_s, std::nullopt);
    m = item(noDigg);
    QCOMPARE(m.likes, std::nullopt);
    QCOMPARE(m.plays, std::optional<qint64>(12100));
    m = item(mutate(root, u"author"_s, QJsonValue(QJsonValue::Null)));
    QVERIFY(m.ownerUsername.isEmpty());
    QCOMPARE(m.plays, std::optional<qint64>(12100));
    m = item(mutate(root, u"video"_s, QJsonValue(QJsonArray{})));
    QCOMPARE(m.width, std::nullopt);
    QCOMPARE(m.durationSeconds, std::nullopt);
    QVERIFY(m.displayUrl.isEmpty());
    QVERIFY(m.videoUrl.isEmpty());
    m = item(mutate(root, u"createTime"_s, QJsonValue(QJsonObject{})));
    QCOMPARE(m.takenAt, std::nullopt);
    m = item(mutate(root, u"textExtra"_s, QJsonValue(u"x"_s)));
    QCOMPARE(m.hashtags.size(), 5); // challenges and the caption still name them
    m = item(mutate(root, u"desc"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(m.caption, std::nullopt);
    QVERIFY(!tiktok::parseItemStruct(mutate(root, u"id"_s, QJsonValue(QJsonArray{}))).ok());
}

void TestParserRobustness::testTikTokCommentFieldsDegradeAlone()
{
    const QJsonObject root = fixtures::object(fixtures::TtComments);
    auto first = [](const QJsonObject &r) {
        const Result<CommentPage> p = tiktok::parseCommentList(r);
        return p && !p->comments.isEmpty() ? p->comments.first() : Comment{};
    };
    Comment c = first(mutate(root, u"comments.0.user"_s, QJsonValue(5)));
    QVERIFY(c.authorUsername.isEmpty());
    QCOMPARE(c.likes, std::optional<qint64>(2));
    c = first(mutate(root, u"comments.0.digg_count"_s, QJsonValue(u"2"_s)));
    QCOMPARE(c.likes, std::optional<qint64>(2));
    c = first(mutate(root, u"comments.0.create_time"_s, QJsonValue(QJsonValue::Null)));
    QCOMPARE(c.createdAt, std::nullopt);
    QCOMPARE(c.authorUsername, u"zainjutt.31"_s);
    const Result<CommentPage> p = tiktok::parseCommentList(mutate(root, u"total"_s, QJsonValue(u"many"_s)));
    QVERIFY(p.ok());
    QCOMPARE(p->total, std::nullopt);
    QCOMPARE(p->comments.size(), 19);
}

void TestParserRobustness::testTruncatedJsonIsMalformed_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &f : {fixtures::Reel, fixtures::Image, fixtures::Sidecar, fixtures::Timeline,
                             fixtures::WebProfile, fixtures::AppCarousel, fixtures::PgMedia, fixtures::PgComments,
                             fixtures::PgProfile, fixtures::TtItem, fixtures::TtComments})
        QTest::newRow(qPrintable(f.section(u'/', 1))) << f;
}

void TestParserRobustness::testTruncatedJsonIsMalformed()
{
    QFETCH(QString, fixture);
    const QByteArray full = fixtures::bytes(fixture);
    for (const qsizetype cut : {full.size() / 2, full.size() - 2, qsizetype(1)}) {
        const QByteArray truncated = full.left(cut);
        const QList<Error> errors = {
            instagram::parsePost(truncated).error(),         instagram::parseProfile(truncated).error(),
            instagram::parseTimelinePage(truncated).error(), instagram::parseCommentPage(truncated).error(),
            tiktok::parseCommentList(truncated).error(),
        };
        for (const Error &e : errors) {
            QCOMPARE(e.field, u"body"_s);
            QCOMPARE(failureFromParseError(e).cls, FailureClass::Malformed);
        }
        HttpAnswer answer;
        answer.status = 200;
        answer.headers = {{"Content-Type", "application/json; charset=utf-8"}};
        answer.body = truncated;
        const std::optional<ScrapeFailure> f = instagram::classifyResponse(answer);
        QVERIFY(f);
        QCOMPARE(f->cls, FailureClass::Malformed);
    }
}

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "testParserRobustness.moc"
