// Resolution, quality and type rules, file naming and media URLs: pure functions over the captured answers.
#include "downloads/BatchFile.h"
#include "downloads/FileNaming.h"
#include "downloads/MediaUrl.h"
#include "downloads/MediaVersions.h"
#include "downloads/QualityRules.h"
#include "instagram/MediaParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::downloads;

namespace {

QJsonObject fixture(const QString &relative)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(relative));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QString Carousel = u"instagram/api_v1_media_info__carousel__CAnqPB-Jzcj.json"_s;
const QString VideoPost = u"instagram/pgrimaud__media-2.json"_s;
const QString Sidecar = u"instagram/graphql_shortcode_media__sidecar__CA_ifcxMjFR__2024-03.json"_s;
const QString Reel = u"instagram/graphql_shortcode_media__reel_clips__DFp17y5MymE__2025-02.json"_s;
const QString Image = u"instagram/graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json"_s;
const QString Timeline = u"instagram/graphql_user_timeline_page__instagram__2024-03.json"_s;
const QString Profile = u"instagram/web_profile_info__instagram__2024-12.json"_s;
const QString TikTok = u"tiktok/web_item_struct__7603296357641735445__2026-02.json"_s;

QString size(const std::optional<MediaVersion> &v)
{
    return v ? u"%1x%2"_s.arg(v->width).arg(v->height) : u"none"_s;
}

Quality q(const QString &name)
{
    return parseQuality(name).value_or(Quality{u"invalid"_s, 0});
}

MediaVersion version(int w, int h, const QString &url)
{
    return MediaVersion{url, w, h, 0};
}

} // namespace

class TestDownloadRules final : public QObject
{
    Q_OBJECT

private slots:
    void testQualityNames();
    void testCarouselCandidates_data();
    void testCarouselCandidates();
    void testVideoHeights_data();
    void testVideoHeights();
    void testGraphSidecarTypes_data();
    void testGraphSidecarTypes();
    void testReelAndImageFixtures();
    void testTimelineNodes();
    void testTikTokWithoutWatermark();
    void testDashOnlyQualityMerges();
    void testAudioOnlyPlan();
    void testImageRulesOnSyntheticList_data();
    void testImageRulesOnSyntheticList();
    void testSanitizer_data();
    void testSanitizer();
    void testTemplate_data();
    void testTemplate();
    void testPathInside();
    void testMediaUrlOverride();
    void testBatchFile();
};

void TestDownloadRules::testQualityNames()
{
    QCOMPARE(parseQuality(u"best"_s)->height, 0);
    QCOMPARE(parseQuality(u"480p"_s)->height, 480);
    QCOMPARE(parseQuality(u"1080P"_s)->height, 1080);
    QVERIFY(!parseQuality(u"481p"_s));
    QVERIFY(!parseQuality(u"ultra"_s));
    QCOMPARE(parseDownloadType(u"audio_only"_s), DownloadType::AudioOnly);
    QVERIFY(!parseDownloadType(u"everything"_s));
    QCOMPARE(parseAudioFormat(u"mp3"_s), AudioFormat::Mp3);
    QVERIFY(!parseAudioFormat(u"flac"_s));
}

void TestDownloadRules::testCarouselCandidates_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QStringList>("sizes");
    QTest::newRow("best") << u"best"_s << QStringList{u"1440x1440"_s, u"1242x1242"_s, u"1440x1440"_s};
    QTest::newRow("high") << u"high"_s << QStringList{u"1080x1080"_s, u"1080x1080"_s, u"1080x1080"_s};
    QTest::newRow("medium") << u"medium"_s << QStringList{u"640x640"_s, u"640x640"_s, u"640x640"_s};
    QTest::newRow("low") << u"low"_s << QStringList{u"320x320"_s, u"320x320"_s, u"320x320"_s};
    QTest::newRow("video height: best image")
        << u"480p"_s << QStringList{u"1440x1440"_s, u"1242x1242"_s, u"1440x1440"_s};
}

void TestDownloadRules::testCarouselCandidates()
{
    QFETCH(QString, quality);
    QFETCH(QStringList, sizes);
    const ResolvedPost post = collectPostMedia(fixture(Carousel));
    QCOMPARE(post.shortcode, u"CAnqPB-Jzcj"_s);
    QVERIFY(post.carousel);
    QCOMPARE(post.media.size(), 3);
    QStringList picked;
    for (int i = 0; i < post.media.size(); ++i) {
        QCOMPARE(post.media[i].position, i + 1);
        QVERIFY(!post.media[i].isVideo);
        picked << size(pickImage(post.media[i].images, q(quality)));
    }
    QCOMPARE(picked, sizes);
    QCOMPARE(post.media[0].mediaId, u"2317006281046924667"_s);
    const QList<PlannedFile> files = planFiles(post, q(quality), DownloadType::Media);
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[2].position, 3);
    QCOMPARE(files[0].extension, u"jpg"_s);
    QCOMPARE(files[0].mimeType, u"image/jpeg"_s);
    QVERIFY(planFiles(post, q(quality), DownloadType::VideoOnly).isEmpty());
}

void TestDownloadRules::testVideoHeights_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QString>("expected");
    // video_versions of the captured post: 720x900 and 452x566 (twice).
    QTest::newRow("best") << u"best"_s << u"720x900"_s;
    QTest::newRow("1080p: nearest not above") << u"1080p"_s << u"720x900"_s;
    QTest::newRow("720p: 900 is above, 566 fits") << u"720p"_s << u"452x566"_s;
    QTest::newRow("480p: none fits, the smallest") << u"480p"_s << u"452x566"_s;
    QTest::newRow("360p: the smallest") << u"360p"_s << u"452x566"_s;
    QTest::newRow("low") << u"low"_s << u"452x566"_s;
}

void TestDownloadRules::testVideoHeights()
{
    QFETCH(QString, quality);
    QFETCH(QString, expected);
    const ResolvedPost post = collectPostMedia(fixture(VideoPost));
    QCOMPARE(post.shortcode, u"CAG3E8-A3wf"_s);
    QCOMPARE(post.media.size(), 1);
    const ResolvedMedia &media = post.media.first();
    QVERIFY(media.isVideo);
    QCOMPARE(media.videos.size(), 2); // the same URL twice is one version
    QCOMPARE(media.dashVideo.size(), 2);
    QCOMPARE(media.dashAudio.size(), 1);
    QCOMPARE(size(pickVideo(media.videos, q(quality))), expected);
    const QList<PlannedFile> files = planFiles(post, q(quality), DownloadType::Media);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].kind, FileKind::Video); // the manifest offers nothing taller within the height
    QCOMPARE(u"%1x%2"_s.arg(files[0].width).arg(files[0].height), expected);
    QCOMPARE(files[0].extension, u"mp4"_s);
    QVERIFY(planFiles(post, q(quality), DownloadType::ImageOnly).isEmpty());
}

void TestDownloadRules::testGraphSidecarTypes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("kinds");
    QTest::newRow("media") << int(DownloadType::Media) << QStringList{u"image"_s, u"image"_s, u"video"_s};
    QTest::newRow("image_only") << int(DownloadType::ImageOnly) << QStringList{u"image"_s, u"image"_s};
    QTest::newRow("video_only") << int(DownloadType::VideoOnly) << QStringList{u"video"_s};
    QTest::newRow("audio_only") << int(DownloadType::AudioOnly) << QStringList{u"audio"_s};
}

void TestDownloadRules::testGraphSidecarTypes()
{
    QFETCH(int, type);
    QFETCH(QStringList, kinds);
    const ResolvedPost post = collectPostMedia(fixture(Sidecar));
    QCOMPARE(post.shortcode, u"CA_ifcxMjFR"_s);
    QVERIFY(post.carousel);
    QCOMPARE(post.media.size(), 3);
    const QList<PlannedFile> files = planFiles(post, Quality{}, DownloadType(type));
    QStringList got;
    for (const PlannedFile &f : files)
        got << fileKindName(f.kind);
    QCOMPARE(got, kinds);
    if (DownloadType(type) == DownloadType::Media) {
        QCOMPARE(files[0].width, 1080);
        QCOMPARE(files[0].height, 1350);
        QCOMPARE(files[1].height, 1349);
        QCOMPARE(files[2].position, 3);
        QVERIFY(files[2].url.contains(u".mp4"_s));
    }
}

void TestDownloadRules::testReelAndImageFixtures()
{
    const ResolvedPost reel = collectPostMedia(fixture(Reel));
    QCOMPARE(reel.shortcode, u"DFp17y5MymE"_s);
    QCOMPARE(reel.media.size(), 1);
    QVERIFY(reel.media[0].isVideo);
    QCOMPARE(size(pickVideo(reel.media[0].videos, q(u"480p"_s))), u"1080x1919"_s); // the only one
    QCOMPARE(size(pickImage(reel.media[0].images, Quality{})), u"1080x1919"_s);

    const ResolvedPost image = collectPostMedia(fixture(Image));
    QCOMPARE(image.media.size(), 1);
    QVERIFY(!image.media[0].isVideo);
    QCOMPARE(size(pickImage(image.media[0].images, Quality{})), u"1080x1350"_s);
    QCOMPARE(size(pickImage(image.media[0].images, q(u"medium"_s))), u"640x800"_s);
    QCOMPARE(size(pickImage(image.media[0].images, q(u"low"_s))), u"640x800"_s); // the narrowest ≥ 320
}

void TestDownloadRules::testTimelineNodes()
{
    // Every edge of a timeline page (clips and sidecars) resolves to at least one file to download.
    for (const QString &path : {Timeline, Profile}) {
        const QJsonObject root = fixture(path);
        QJsonArray edges = root.value(u"data"_s)
                               .toObject()
                               .value(u"user"_s)
                               .toObject()
                               .value(u"edge_owner_to_timeline_media"_s)
                               .toObject()
                               .value(u"edges"_s)
                               .toArray();
        QVERIFY2(!edges.isEmpty(), qPrintable(path));
        for (const QJsonValue &edge : edges) {
            const QJsonObject node = edge.toObject().value(u"node"_s).toObject();
            const ResolvedPost post = collectNodeMedia(node);
            QVERIFY2(!post.shortcode.isEmpty(), qPrintable(path));
            QVERIFY2(!planFiles(post, Quality{}, DownloadType::Media).isEmpty(), qPrintable(post.shortcode));
        }
    }
}

void TestDownloadRules::testTikTokWithoutWatermark()
{
    const QJsonObject item = fixture(TikTok);
    const ResolvedPost post = collectTikTokMedia(item);
    QCOMPARE(post.media.size(), 1);
    const ResolvedMedia &media = post.media.first();
    QVERIFY(media.isVideo);
    const QString download = item.value(u"video"_s).toObject().value(u"downloadAddr"_s).toString();
    for (const MediaVersion &v : media.videos)
        QVERIFY(v.url != download); // downloadAddr carries the watermark
    QCOMPARE(size(pickVideo(media.videos, Quality{})), u"720x1280"_s);
    QCOMPARE(size(pickVideo(media.videos, q(u"720p"_s))), u"576x1024"_s);
}

void TestDownloadRules::testDashOnlyQualityMerges()
{
    ResolvedPost post;
    ResolvedMedia media;
    media.mediaId = u"1"_s;
    media.isVideo = true;
    media.videos = {version(480, 854, u"https://cdn/p480.mp4"_s)};
    media.dashVideo = {version(1080, 1920, u"https://cdn/d1080.mp4"_s), version(720, 1280, u"https://cdn/d720.mp4"_s)};
    media.dashAudio = {MediaVersion{u"https://cdn/a.mp4"_s, 0, 0, 64000},
                       MediaVersion{u"https://cdn/a2.mp4"_s, 0, 0, 128000}};
    post.media = {media};
    QList<PlannedFile> files = planFiles(post, Quality{}, DownloadType::Media);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].kind, FileKind::MergedVideo);
    QCOMPARE(files[0].url, u"https://cdn/d1080.mp4"_s);
    QCOMPARE(files[0].audioUrl, u"https://cdn/a2.mp4"_s); // the highest bandwidth
    files = planFiles(post, q(u"1440p"_s), DownloadType::Media);
    QCOMPARE(files[0].kind, FileKind::MergedVideo);
    QCOMPARE(files[0].url, u"https://cdn/d720.mp4"_s); // 1920 is above 1440
    files = planFiles(post, q(u"1080p"_s), DownloadType::Media);
    QCOMPARE(files[0].kind, FileKind::Video); // both representations are above 1080: the progressive 854 fits
    QCOMPARE(files[0].url, u"https://cdn/p480.mp4"_s);
    files = planFiles(post, q(u"480p"_s), DownloadType::Media);
    QCOMPARE(files[0].kind, FileKind::Video); // nothing fits: the smallest, progressive
    QCOMPARE(files[0].url, u"https://cdn/p480.mp4"_s);
}

void TestDownloadRules::testAudioOnlyPlan()
{
    const ResolvedPost post = collectPostMedia(fixture(VideoPost));
    QList<PlannedFile> files = planFiles(post, Quality{}, DownloadType::AudioOnly, AudioFormat::Mp3);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].kind, FileKind::Audio);
    QCOMPARE(files[0].extension, u"mp3"_s);
    QCOMPARE(files[0].mimeType, u"audio/mpeg"_s);
    QCOMPARE(files[0].url, post.media[0].dashAudio[0].url);
    QCOMPARE(files[0].audioFormat, AudioFormat::Mp3);
    files = planFiles(post, Quality{}, DownloadType::AudioOnly, AudioFormat::Best);
    QCOMPARE(files[0].extension, u"m4a"_s);
    // Without a manifest, the audio comes out of the best video.
    const ResolvedPost reel = collectPostMedia(fixture(Reel));
    files = planFiles(reel, Quality{}, DownloadType::AudioOnly, AudioFormat::Aac);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].url, reel.media[0].videos[0].url);
    QCOMPARE(files[0].extension, u"aac"_s);
}

void TestDownloadRules::testImageRulesOnSyntheticList_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QString>("expected");
    QTest::newRow("best: largest area") << u"best"_s << u"1080x1350"_s;
    QTest::newRow("high") << u"high"_s << u"1080x1350"_s;
    QTest::newRow("medium") << u"medium"_s << u"640x800"_s;
    QTest::newRow("low: narrowest >= 320") << u"low"_s << u"320x400"_s;
}

void TestDownloadRules::testImageRulesOnSyntheticList()
{
    QFETCH(QString, quality);
    QFETCH(QString, expected);
    const QList<MediaVersion> list{version(150, 150, u"a"_s), version(240, 300, u"b"_s), version(320, 400, u"c"_s),
                                   version(640, 800, u"d"_s), version(1080, 1350, u"e"_s)};
    QCOMPARE(size(pickImage(list, q(quality))), expected);
    QVERIFY(!pickImage({}, Quality{}));
    // Only thumbnails: the narrowest still.
    QCOMPARE(size(pickImage({version(240, 240, u"x"_s), version(150, 150, u"y"_s)}, q(u"low"_s))), u"150x150"_s);
}

void TestDownloadRules::testSanitizer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"jlo_CAnqPB-Jzcj_1.jpg"_s << u"jlo_CAnqPB-Jzcj_1.jpg"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a_b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a_b"_s;
    QTest::newRow("dotdot") << u".."_s << u"_"_s;
    QTest::newRow("dot") << u"."_s << u"_"_s;
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_.__._etc_passwd"_s;
    QTest::newRow("inner dotdot") << u"a..b"_s << u"a_.b"_s;
    QTest::newRow("control") << u"a\nb\tc\x01"_s << u"a_b_c_"_s;
    QTest::newRow("windows chars") << u"a:b*c?d\"e<f>g|h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("reserved CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("reserved lpt1") << u"lpt1.jpg"_s << u"_lpt1.jpg"_s;
    QTest::newRow("not reserved") << u"console.jpg"_s << u"console.jpg"_s;
    QTest::newRow("trailing dots") << u"name. . "_s << u"name"_s;
    QTest::newRow("empty") << u""_s << u"_"_s;
}

void TestDownloadRules::testSanitizer()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeComponent(input), expected);
}

void TestDownloadRules::testTemplate_data()
{
    QTest::addColumn<QString>("tpl");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");
    QTest::newRow("carousel item") << QString() << u"2"_s << u"jlo"_s << u"jlo/jlo_CAnqPB-Jzcj_2.jpg"_s;
    QTest::newRow("single media: position left out")
        << QString() << QString() << u"jlo"_s << u"jlo/jlo_CAnqPB-Jzcj.jpg"_s;
    QTest::newRow("owner with a path") << QString() << QString() << u"../../x"_s
                                       << u"_.__._x/_.__._x_CAnqPB-Jzcj.jpg"_s;
    QTest::newRow("other fields") << u"{type}/{date}-{id}.{ext}"_s << QString() << u"jlo"_s
                                  << u"image/2020-05-25-2317006281046924667.jpg"_s;
    QTest::newRow("absolute template stays inside")
        << u"/../{owner}.{ext}"_s << QString() << u"jlo"_s << u"_/jlo.jpg"_s;
}

void TestDownloadRules::testTemplate()
{
    QFETCH(QString, tpl);
    QFETCH(QString, position);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    const QHash<QString, QString> fields{{u"owner"_s, owner},
                                         {u"shortcode"_s, u"CAnqPB-Jzcj"_s},
                                         {u"position"_s, position},
                                         {u"ext"_s, u"jpg"_s},
                                         {u"date"_s, u"2020-05-25"_s},
                                         {u"type"_s, u"image"_s},
                                         {u"id"_s, u"2317006281046924667"_s}};
    QCOMPARE(renderNameTemplate(tpl, fields), expected);
    // A 300-byte owner is cut to at most 200 bytes per component, on a character boundary.
    const QString longName = renderNameTemplate(
        QString(), {{u"owner"_s, QString(150, QChar(0x00e9))}, {u"shortcode"_s, u"X"_s}, {u"ext"_s, u"jpg"_s}});
    for (const QString &part : longName.split(u'/')) {
        QVERIFY(part.toUtf8().size() <= 200);
        QVERIFY(!part.contains(QChar::ReplacementCharacter));
    }
    QVERIFY(longName.endsWith(u".jpg"_s));
}

void TestDownloadRules::testPathInside()
{
    QVERIFY(pathInside(u"/tmp/dl"_s, u"a/b.jpg"_s).ok());
    QCOMPARE(pathInside(u"/tmp/dl"_s, u"a/b.jpg"_s).value(), u"/tmp/dl/a/b.jpg"_s);
    QVERIFY(!pathInside(u"/tmp/dl"_s, u"../x.jpg"_s).ok());
    QVERIFY(!pathInside(u"/tmp/dl"_s, u"a/../../x.jpg"_s).ok());
    QVERIFY(!pathInside(u"/tmp/dl"_s, u"/etc/passwd"_s).ok());
    QVERIFY(!pathInside(u"/tmp/dl"_s, u"../dl2/x"_s).ok());
}

void TestDownloadRules::testMediaUrlOverride()
{
    const QString cdn =
        u"https://scontent-arn2-1.cdninstagram.com/v/t51.2885-15/e35/abc_n.jpg?_nc_ht=x&oe=622EC877&oh=00_AT"_s;
    QCOMPARE(mediaFetchUrl(cdn, QString()).toString(), cdn);
    QCOMPARE(mediaFetchUrl(cdn, u"http://127.0.0.1:8123"_s).toString(),
             u"http://127.0.0.1:8123/v/t51.2885-15/e35/abc_n.jpg?_nc_ht=x&oe=622EC877&oh=00_AT"_s);
    QCOMPARE(mediaFetchUrl(u"https://a.example:8443/p?q=1"_s, u"http://proxy.local"_s).toString(),
             u"http://proxy.local/p?q=1"_s);
}

void TestDownloadRules::testBatchFile()
{
    auto items = parseBatchFile(u"url,type\n\"https://www.instagram.com/p/CAnqPB-Jzcj/\",post\n# note\n\n"
                                "https://www.instagram.com/reel/CAG3E8-A3wf/\nhttps://www.tiktok.com/@a/video/1\n"
                                "CA_ifcxMjFR,carousel\r\n"_s);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 4);
    QCOMPARE(items->at(0).url, u"https://www.instagram.com/p/CAnqPB-Jzcj/"_s);
    QCOMPARE(items->at(0).kind, u"post"_s);
    QCOMPARE(items->at(0).line, 2);
    QCOMPARE(items->at(1).kind, u"reel"_s);
    QCOMPARE(items->at(1).line, 5);
    QCOMPARE(items->at(2).kind, u"video"_s);
    QCOMPARE(items->at(3).kind, u"carousel"_s);
    auto bad = parseBatchFile(u"CAnqPB-Jzcj,highlight\n"_s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"Line 1"_s));
    QString many;
    for (int i = 0; i < MaxBatchItems + 1; ++i)
        many += u"CAnqPB-Jzcj\n"_s;
    QVERIFY(!parseBatchFile(many).ok());
    QVERIFY(parseBatchFile(many.left(many.size() - 12)).ok());
}

QTEST_GUILESS_MAIN(TestDownloadRules)
#include "testDownloadRules.moc"
