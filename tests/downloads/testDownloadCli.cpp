// reelpulse-cli download against the fake server (captured post answers) and its fake CDN (media bytes):
// a carousel byte-identical with its sidecar, the ZIP, "already downloaded", the quality rule, audio with
// ffmpeg, a killed download resumed with Range, an expired URL resolved again, the hosted JSON shapes.
#include "FakePlatformServer.h"
#include "MediaBytes.h"

#include "domain/Identifiers.h"
#include "downloads/ZipPacker.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject fixture(const QString &relative)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(relative));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 mediaSize(const QString &path)
{
    return path.endsWith(u".mp4"_s) ? 1536 * 1024 + 7 : 96 * 1024 + 3;
}

/// The path of the largest image candidate of each carousel item, computed here from the captured answer.
QStringList bestCandidatePaths()
{
    QStringList paths;
    const QJsonObject item = fixture(u"instagram/api_v1_media_info__carousel__CAnqPB-Jzcj.json"_s)
                                 .value(u"items"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    for (const QJsonValue &child : item.value(u"carousel_media"_s).toArray()) {
        qint64 bestArea = -1;
        QString best;
        for (const QJsonValue &c :
             child.toObject().value(u"image_versions2"_s).toObject().value(u"candidates"_s).toArray()) {
            const QJsonObject o = c.toObject();
            const qint64 area = qint64(o.value(u"width"_s).toInt()) * o.value(u"height"_s).toInt();
            if (area > bestArea) {
                bestArea = area;
                best = QUrl(o.value(u"url"_s).toString()).path();
            }
        }
        paths << best;
    }
    return paths;
}

QJsonObject videoPost()
{
    return fixture(u"instagram/pgrimaud__media-2.json"_s).value(u"items"_s).toArray().first().toObject();
}

QString videoPath(int width)
{
    for (const QJsonValue &v : videoPost().value(u"video_versions"_s).toArray()) {
        if (v.toObject().value(u"width"_s).toInt() == width)
            return QUrl(v.toObject().value(u"url"_s).toString()).path();
    }
    return {};
}

QStringList partFiles(const QString &dir)
{
    QStringList parts;
    QDirIterator it(dir, {u"*.part"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        parts << it.next();
    return parts;
}

} // namespace

class TestDownloadCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testCarouselByteIdenticalWithSidecar();
    void testZipHoldsTheItems();
    void testReelQualityPick();
    void testAudioOnlyMp3();
    void testAudioOnlyWithoutFfmpegSaysHowToInstall();
    void testKilledDownloadResumesWithRange();
    void testExpiredUrlResolvesAgain();
    void testInvalidInput();
    void testDownloadsListStatusAndFormats();
    void testBatchWithFailures();
    void testTikTokVideoWithoutWatermark();
    void testProfilePosts();
    void testStoryNeedsASession();
    void testDashOnlyQualityIsMergedWithFfmpeg();
    void testInfoProfilePostsReelsAndStory();

private:
    Run cli(const QStringList &args, const QHash<QString, QString> &env = {});
    QProcess *startCli(const QStringList &args);
    QProcessEnvironment environment(const QHash<QString, QString> &extra) const;

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QHash<QString, QByteArray> m_overrides; ///< media path → bytes served instead of the generated ones
};

void TestDownloadCli::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
    for (const QString &prefix : {u"/v/"_s, u"/o1/"_s, u"/video/tos/"_s}) {
        m_server->setRoute(prefix, [this](const FakeRequest &request) {
            const QByteArray bytes = m_overrides.value(request.path, mediaBytes(request.path, mediaSize(request.path)));
            return FakeResponse::media(request, bytes, true,
                                       request.path.endsWith(u".mp4"_s) ? "video/mp4" : "image/jpeg");
        });
    }
}

void TestDownloadCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = m_dir->path() + u"/out"_s;
    m_server->clearInjections();
    m_server->clearRequests();
    m_overrides.clear();
    QCOMPARE(cli({u"config"_s, u"set"_s, u"governor.jitter_max_ms"_s, u"0"_s}).exitCode, 0);
}

QProcessEnvironment TestDownloadCli::environment(const QHash<QString, QString> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_INSTAGRAM_URL"_s, m_server->baseUrl());
    env.insert(u"REELPULSE_MEDIA_URL"_s, m_server->baseUrl());
    env.insert(u"REELPULSE_TIKTOK_URL"_s, m_server->baseUrl());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

Run TestDownloadCli::cli(const QStringList &args, const QHash<QString, QString> &env)
{
    QProcess p;
    p.setProcessEnvironment(environment(env));
    p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p.setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.start();
    Run run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QProcess *TestDownloadCli::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(environment({}));
    p->setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p->setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p->start();
    return p;
}

void TestDownloadCli::testCarouselByteIdenticalWithSidecar()
{
    const Run run =
        cli({u"download"_s, u"post"_s, u"https://www.instagram.com/p/CAnqPB-Jzcj/"_s, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject job = run.json();
    QCOMPARE(job.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(job.value(u"progress"_s).toInt(), 100);
    QCOMPARE(job.value(u"file_count"_s).toInt(), 3);
    QVERIFY(!job.value(u"job_id"_s).toString().isEmpty());
    QVERIFY(job.value(u"duration_seconds"_s).isDouble());
    QVERIFY(job.value(u"total_size_mb"_s).toDouble() > 0);
    const QJsonArray files = job.value(u"files"_s).toArray();
    const QStringList sources = bestCandidatePaths();
    QCOMPARE(sources.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject f = files.at(i).toObject();
        const QString expectedPath = m_out + u"/jlo/jlo_CAnqPB-Jzcj_%1.jpg"_s.arg(i + 1);
        QCOMPARE(f.value(u"path"_s).toString(), expectedPath);
        QCOMPARE(f.value(u"filename"_s).toString(), QFileInfo(expectedPath).fileName());
        QCOMPARE(f.value(u"media_type"_s).toString(), u"image/jpeg"_s);
        QVERIFY(f.value(u"dimensions"_s).toString() == u"1440x1440" ||
                f.value(u"dimensions"_s).toString() == u"1242x1242");
        QCOMPARE(readAll(expectedPath), mediaBytes(sources.at(i), mediaSize(sources.at(i))));
    }
    QCOMPARE(m_server->requestCount(u"/v/"_s), 3);
    QVERIFY(partFiles(m_out).isEmpty());

    const QJsonObject sidecar = QJsonDocument::fromJson(readAll(m_out + u"/jlo/jlo_CAnqPB-Jzcj.json"_s)).object();
    QCOMPARE(sidecar.value(u"shortcode"_s).toString(), u"CAnqPB-Jzcj"_s);
    QCOMPARE(sidecar.value(u"owner"_s).toObject().value(u"username"_s).toString(), u"jlo"_s);
    QVERIFY(sidecar.contains(u"caption"_s));
    QVERIFY(sidecar.value(u"hashtags"_s).isArray());
    QVERIFY(sidecar.value(u"mentions"_s).isArray());
    QVERIFY(sidecar.value(u"counts_at_download"_s).toObject().value(u"likes"_s).toDouble() > 0);
    QCOMPARE(sidecar.value(u"source_url"_s).toString(), u"https://www.instagram.com/p/CAnqPB-Jzcj/"_s);
    QCOMPARE(sidecar.value(u"taken_at_timestamp"_s).toInteger(), 1590428694);

    // Never twice: the second request reports the earlier download and fetches nothing.
    m_server->clearRequests();
    const Run again = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_out, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.json().value(u"message"_s).toString().startsWith(u"already downloaded"_s));
    QCOMPARE(again.json().value(u"job_id"_s), job.value(u"job_id"_s));
    QCOMPARE(again.json().value(u"files"_s).toArray().size(), 3);
    QCOMPARE(m_server->requestCount(), 0);
    const Run text = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_out});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("already downloaded"), text.out.constData());
    QVERIFY(text.out.contains("jlo_CAnqPB-Jzcj_1.jpg"));

    // --force downloads again.
    const Run forced = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_out, u"--force"_s, u"--json"_s});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(m_server->requestCount(u"/v/"_s), 3);
    QVERIFY(forced.json().value(u"job_id"_s) != job.value(u"job_id"_s));
}

void TestDownloadCli::testZipHoldsTheItems()
{
    const Run run = cli({u"download"_s, u"carousel"_s, u"CAnqPB-Jzcj"_s, u"--zip"_s, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonArray files = run.json().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 1);
    const QString zipPath = m_out + u"/jlo/jlo_CAnqPB-Jzcj.zip"_s;
    QCOMPARE(files.first().toObject().value(u"path"_s).toString(), zipPath);
    QCOMPARE(files.first().toObject().value(u"media_type"_s).toString(), u"application/zip"_s);
    auto entries = downloads::readZip(zipPath);
    QVERIFY(entries.ok());
    QStringList names;
    for (const auto &e : entries.value())
        names << e.name;
    QCOMPARE(names, (QStringList{u"jlo_CAnqPB-Jzcj_1.jpg"_s, u"jlo_CAnqPB-Jzcj_2.jpg"_s, u"jlo_CAnqPB-Jzcj_3.jpg"_s,
                                 u"metadata.json"_s}));
    const QStringList sources = bestCandidatePaths();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(entries->at(i).data, mediaBytes(sources.at(i), mediaSize(sources.at(i))));
    QCOMPARE(QJsonDocument::fromJson(entries->at(3).data).object().value(u"shortcode"_s).toString(), u"CAnqPB-Jzcj"_s);
    // Only the ZIP: no loose items, no staging folder, no .part.
    QDirIterator it(m_out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList all;
    while (it.hasNext())
        all << it.next();
    QCOMPARE(all, QStringList{zipPath});

    const Run again = cli({u"download"_s, u"carousel"_s, u"CAnqPB-Jzcj"_s, u"--zip"_s, u"--out"_s, m_out});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already downloaded"));
}

void TestDownloadCli::testReelQualityPick()
{
    // video_versions: 720x900 and 452x566. 480p: nothing is within 480, so the smallest.
    const Run run = cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--quality"_s, u"480p"_s, u"--out"_s, m_out,
                         u"--json"_s, u"--no-metadata"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject file = run.json().value(u"files"_s).toArray().first().toObject();
    QCOMPARE(file.value(u"dimensions"_s).toString(), u"452x566"_s);
    QCOMPARE(file.value(u"path"_s).toString(), m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s);
    const QString source = videoPath(452);
    QCOMPARE(m_server->lastRequest(u"/v/"_s)->path, source);
    QCOMPARE(readAll(file.value(u"path"_s).toString()), mediaBytes(source, mediaSize(source)));
    QVERIFY(!QFile::exists(m_out + u"/jlo/jlo_CAG3E8-A3wf.json"_s)); // --no-metadata

    const Run best =
        cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--out"_s, m_dir->path() + u"/best"_s, u"--json"_s});
    QCOMPARE(best.exitCode, 0);
    QCOMPARE(best.json().value(u"files"_s).toArray().first().toObject().value(u"dimensions"_s).toString(),
             u"720x900"_s);
    QCOMPARE(m_server->lastRequest(u"/v/"_s)->path, videoPath(720));
}

void TestDownloadCli::testAudioOnlyMp3()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed: the MP3 check needs it (the failure without it is tested below)");
    // A short video with a sound, made here, served as the post's DASH audio representation.
    const QString made = m_dir->path() + u"/made.mp4"_s;
    QProcess make;
    make.start(ffmpeg,
               {u"-y"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=440:duration=1"_s,
                u"-f"_s, u"lavfi"_s, u"-i"_s, u"color=c=black:s=64x64:d=1"_s, u"-c:v"_s, u"mpeg4"_s, u"-c:a"_s,
                u"aac"_s, u"-shortest"_s, made});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
    QString audioPath;
    {
        const QString mpd = videoPost().value(u"video_dash_manifest"_s).toString();
        const qsizetype audioSet = mpd.indexOf(u"audio/mp4"_s);
        const qsizetype start = mpd.indexOf(u"<BaseURL"_s, audioSet);
        const qsizetype open = mpd.indexOf(u'>', start) + 1;
        audioPath = QUrl(mpd.mid(open, mpd.indexOf(u"</BaseURL>"_s, open) - open).replace(u"&amp;"_s, u"&"_s)).path();
    }
    m_overrides.insert(audioPath, readAll(made));
    const Run run = cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--type"_s, u"audio_only"_s, u"--audio-format"_s,
                         u"mp3"_s, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject file = run.json().value(u"files"_s).toArray().first().toObject();
    const QString mp3 = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp3"_s;
    QCOMPARE(file.value(u"path"_s).toString(), mp3);
    QCOMPARE(file.value(u"media_type"_s).toString(), u"audio/mpeg"_s);
    QCOMPARE(m_server->lastRequest(u"/v/"_s)->path, audioPath);
    const QByteArray bytes = readAll(mp3);
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("ID3") || (uchar(bytes.at(0)) == 0xff && (uchar(bytes.at(1)) & 0xe0) == 0xe0));
    QProcess probe;
    probe.start(QStandardPaths::findExecutable(u"ffprobe"_s),
                {u"-v"_s, u"error"_s, u"-show_entries"_s, u"stream=codec_name"_s, u"-of"_s, u"csv=p=0"_s, mp3});
    if (probe.waitForFinished(30000) && probe.exitCode() == 0)
        QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("mp3"));
    QVERIFY(!QFile::exists(mp3 + u".source"_s));
    QVERIFY(partFiles(m_out).isEmpty());
}

void TestDownloadCli::testAudioOnlyWithoutFfmpegSaysHowToInstall()
{
    const Run run =
        cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--type"_s, u"audio_only"_s, u"--out"_s, m_out, u"--json"_s},
            {{u"REELPULSE_FFMPEG"_s, m_dir->path() + u"/no-ffmpeg-here"_s}});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject job = run.json();
    QCOMPARE(job.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(job.value(u"error"_s).toObject().value(u"code"_s).toString(), u"FFMPEG_MISSING"_s);
    QVERIFY(job.value(u"error"_s).toObject().value(u"details"_s).toString().contains(u"apt install ffmpeg"_s));
    QCOMPARE(m_server->requestCount(u"/v/"_s), 0); // nothing fetched in vain
    QVERIFY(!QDir(m_out).exists() || partFiles(m_out).isEmpty());
}

void TestDownloadCli::testKilledDownloadResumesWithRange()
{
    const QString source = videoPath(720);
    const QByteArray bytes = mediaBytes(source, mediaSize(source));
    FakeResponse stall = FakeResponse::media(FakeRequest{}, bytes, true, "video/mp4");
    stall.sendBodyBytes = 1000000;
    stall.holdOpenAfterCut = true;
    m_server->injectResponse(stall, source);
    const QString target = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s;
    const QString part = target + u".part"_s;
    QProcess *first = startCli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--out"_s, m_out});
    QElapsedTimer clock;
    clock.start();
    while (QFileInfo(part).size() < 1000000 && clock.elapsed() < 60000)
        QThread::msleep(50);
    QCOMPARE(QFileInfo(part).size(), 1000000);
    first->kill(); // SIGKILL, mid-download
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFile::exists(target));

    const Run again = cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + QString::fromUtf8(again.out)));
    const auto last = m_server->lastRequest(source);
    QVERIFY(last);
    QCOMPARE(last->header("Range"), QByteArray("bytes=1000000-"));
    QCOMPARE(readAll(target), bytes);
    QVERIFY(partFiles(m_out).isEmpty());
    QCOMPARE(again.json().value(u"status"_s).toString(), u"completed"_s);
    // The killed job was continued, not duplicated.
    const Run list = cli({u"downloads"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.json().value(u"total_jobs"_s).toInt(), 1);
}

void TestDownloadCli::testExpiredUrlResolvesAgain()
{
    const QStringList sources = bestCandidatePaths();
    m_server->injectResponse(FakeResponse::json("URL signature expired", 403), sources.at(1));
    const Run run = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    QCOMPARE(m_server->requestCount(u"/api/v1/media/2317006284167526179/info"_s), 2); // resolved once more
    QCOMPARE(readAll(m_out + u"/jlo/jlo_CAnqPB-Jzcj_2.jpg"_s), mediaBytes(sources.at(1), mediaSize(sources.at(1))));

    // Expired again after the fresh look-up: the job fails with FILE_EXPIRED, no half file left.
    m_server->injectResponse(FakeResponse::json("expired", 410), sources.at(0), 2);
    const Run twice = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_dir->path() + u"/other"_s,
                           u"--force"_s, u"--json"_s});
    QCOMPARE(twice.exitCode, 1);
    QCOMPARE(twice.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"FILE_EXPIRED"_s);
    QVERIFY(!QFile::exists(m_dir->path() + u"/other/jlo/jlo_CAnqPB-Jzcj_1.jpg"_s));

    // Without --force, the same media in another folder is already downloaded: reported with its path.
    m_server->clearRequests();
    const Run elsewhere =
        cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_dir->path() + u"/third"_s, u"--json"_s});
    QCOMPARE(elsewhere.exitCode, 0);
    QCOMPARE(m_server->requestCount(u"/v/"_s), 0);
    QCOMPARE(elsewhere.json().value(u"files"_s).toArray().first().toObject().value(u"path"_s).toString(),
             m_out + u"/jlo/jlo_CAnqPB-Jzcj_1.jpg"_s);
}

void TestDownloadCli::testInvalidInput()
{
    Run run = cli({u"download"_s, u"post"_s, u"https://example.com/nothing"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_URL"_s);
    run = cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--quality"_s, u"4k"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_QUALITY"_s);
    run = cli({u"download"_s, u"reel"_s, u"CAG3E8-A3wf"_s, u"--type"_s, u"everything"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"video_only"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestDownloadCli::testDownloadsListStatusAndFormats()
{
    const Run queued = cli({u"download"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--out"_s, m_out, u"--detach"_s, u"--json"_s});
    QCOMPARE(queued.exitCode, 0);
    const QString id = queued.json().value(u"job_id"_s).toString();
    QCOMPARE(queued.json().value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(m_server->requestCount(), 0);
    Run status = cli({u"downloads"_s, u"status"_s, id.left(8), u"--json"_s});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(cli({u"downloads"_s, u"pause"_s, id}).exitCode, 0);
    QCOMPARE(cli({u"downloads"_s, u"status"_s, id, u"--json"_s}).json().value(u"status"_s).toString(), u"paused"_s);
    const Run resumed = cli({u"downloads"_s, u"resume"_s, id, u"--json"_s});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.json().value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(resumed.json().value(u"file_count"_s).toInt(), 3);
    const Run list = cli({u"downloads"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.json().value(u"total_jobs"_s).toInt(), 1);
    QCOMPARE(list.json().value(u"jobs"_s).toArray().first().toObject().value(u"job_id"_s).toString(), id);
    QCOMPARE(cli({u"downloads"_s, u"cancel"_s, id}).exitCode, 4); // finished already: a conflict
    const Run formats = cli({u"downloads"_s, u"formats"_s, u"--json"_s});
    QCOMPARE(formats.json().value(u"type"_s).toString(), u"available_formats"_s);
    QVERIFY(formats.json().value(u"reel_formats"_s).toObject().value(u"audio_formats"_s).toArray().size() == 4);
    QCOMPARE(cli({u"downloads"_s, u"status"_s, u"ffffffff"_s}).exitCode, 3);
}

void TestDownloadCli::testBatchWithFailures()
{
    const QString file = m_dir->path() + u"/batch.csv"_s;
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("url,type\n"
              "https://www.instagram.com/p/CAnqPB-Jzcj/,post\n"
              "# a comment\n"
              "\n"
              "https://example.com/not-instagram,post\n"
              "https://www.instagram.com/reel/CAG3E8-A3wf/,reel\n"
              "https://www.instagram.com/p/B0000000000/,post\n");
    csv.close();
    const Run run = cli({u"download"_s, u"batch"_s, file, u"--out"_s, m_out, u"--json"_s, u"--no-metadata"_s});
    QCOMPARE(run.exitCode, 1); // some failed
    const QJsonObject batch = run.json();
    QVERIFY(!batch.value(u"batch_job_id"_s).toString().isEmpty());
    QCOMPARE(batch.value(u"status"_s).toString(), u"partial"_s);
    QCOMPARE(batch.value(u"batch_size"_s).toInt(), 4);
    QCOMPARE(batch.value(u"completed"_s).toInt(), 2);
    QCOMPARE(batch.value(u"failed"_s).toInt(), 2);
    const QJsonArray items = batch.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0).toObject().value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(items.at(1).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(), u"INVALID_URL"_s);
    QCOMPARE(items.at(2).toObject().value(u"status"_s).toString(), u"completed"_s); // went on after the failure
    QCOMPARE(items.at(3).toObject().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(QFile::exists(m_out + u"/jlo/jlo_CAnqPB-Jzcj_3.jpg"_s));
    QVERIFY(QFile::exists(m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s));

    // --stop-on-error: nothing after the first failure runs.
    const Run stop = cli({u"download"_s, u"batch"_s, file, u"--out"_s, m_dir->path() + u"/stop"_s, u"--force"_s,
                          u"--stop-on-error"_s, u"--json"_s});
    const QJsonArray stopped = stop.json().value(u"items"_s).toArray();
    QCOMPARE(stopped.at(2).toObject().value(u"status"_s).toString(), u"skipped"_s);
    QCOMPARE(stopped.at(3).toObject().value(u"status"_s).toString(), u"skipped"_s);

    // More than 500 items are refused before anything runs.
    QFile big(m_dir->path() + u"/big.txt"_s);
    QVERIFY(big.open(QIODevice::WriteOnly));
    for (int i = 0; i < 501; ++i)
        big.write("https://www.instagram.com/p/CAnqPB-Jzcj/\n");
    big.close();
    m_server->clearRequests();
    const Run tooBig = cli({u"download"_s, u"batch"_s, big.fileName()});
    QCOMPARE(tooBig.exitCode, 2);
    QVERIFY(tooBig.err.contains(u"500"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestDownloadCli::testTikTokVideoWithoutWatermark()
{
    const QJsonObject item = fixture(u"tiktok/web_item_struct__7603296357641735445__2026-02.json"_s);
    QString best;
    for (const QJsonValue &v : item.value(u"video"_s).toObject().value(u"bitrateInfo"_s).toArray()) {
        const QJsonObject addr = v.toObject().value(u"PlayAddr"_s).toObject();
        if (addr.value(u"Height"_s).toInt() == 1280)
            best = QUrl(addr.value(u"UrlList"_s).toArray().first().toString()).path();
    }
    QVERIFY(!best.isEmpty());
    const QString owner = item.value(u"author"_s).toObject().value(u"uniqueId"_s).toString();
    const Run run =
        cli({u"download"_s, u"video"_s, u"https://www.tiktok.com/@"_s + owner + u"/video/7603296357641735445"_s,
             u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject file = run.json().value(u"files"_s).toArray().first().toObject();
    const QString expected = m_out + u'/' + owner + u'/' + owner + u"_7603296357641735445.mp4"_s;
    QCOMPARE(file.value(u"path"_s).toString(), expected);
    QCOMPARE(file.value(u"dimensions"_s).toString(), u"720x1280"_s);
    QCOMPARE(m_server->lastRequest(u"/video/tos/"_s)->path, best);
    QCOMPARE(readAll(expected), mediaBytes(best, mediaSize(best)));
    const QString download = QUrl(item.value(u"video"_s).toObject().value(u"downloadAddr"_s).toString()).path();
    for (const FakeRequest &r : m_server->requests())
        QVERIFY(r.path != download || download == best); // the watermarked address is never fetched
}

void TestDownloadCli::testProfilePosts()
{
    const Run added = cli({u"profiles"_s, u"add"_s, u"instagram"_s, u"--json"_s});
    QCOMPARE(added.exitCode, 0);
    const QString task = added.json().value(u"_id"_s).toString();
    QVERIFY(!task.isEmpty());
    const Run none = cli({u"download"_s, u"profile"_s, task});
    QCOMPARE(none.exitCode, 3);
    QVERIFY(none.err.contains(u"scrape"_s));
    QCOMPARE(cli({u"scrape"_s, task}).exitCode, 0);
    // Each post of the profile answers at its media-info address with its own node.
    const QJsonArray edges = fixture(u"instagram/web_profile_info__instagram__2024-12.json"_s)
                                 .value(u"data"_s)
                                 .toObject()
                                 .value(u"user"_s)
                                 .toObject()
                                 .value(u"edge_owner_to_timeline_media"_s)
                                 .toObject()
                                 .value(u"edges"_s)
                                 .toArray();
    for (const QJsonValue &edge : edges) {
        const QJsonObject node = edge.toObject().value(u"node"_s).toObject();
        m_server->serveResponse(u"/api/v1/media/%1/info/"_s.arg(node.value(u"id"_s).toString()),
                                FakeResponse::json(QJsonDocument(node).toJson(QJsonDocument::Compact)));
    }
    const Run run = cli({u"download"_s, u"profile"_s, task.left(8), u"--limit"_s, u"2"_s, u"--out"_s, m_out,
                         u"--no-metadata"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    QCOMPARE(run.json().value(u"batch_size"_s).toInt(), 2);
    QCOMPARE(run.json().value(u"completed"_s).toInt(), 2);
    for (const QJsonValue &v : run.json().value(u"items"_s).toArray()) {
        for (const QJsonValue &f : v.toObject().value(u"files"_s).toArray()) {
            const QString path = f.toObject().value(u"path"_s).toString();
            QVERIFY2(path.startsWith(m_out + u"/instagram/instagram_"_s), qPrintable(path));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }
}

void TestDownloadCli::testStoryNeedsASession()
{
    const Run run = cli({u"download"_s, u"story"_s, u"instagram"_s, u"--json"_s},
                        {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s}});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error = run.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"STORIES_UNAVAILABLE"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"signed-in"_s));
    QVERIFY(error.value(u"details"_s).toString().contains(u"Sign in"_s));
    QCOMPARE(m_server->requestCount(u"/api/v1/feed/reels_media"_s), 0);
}

void TestDownloadCli::testDashOnlyQualityIsMergedWithFfmpeg()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    // A post whose progressive version is 240p while its DASH manifest offers 720p video and an audio track.
    const QString video = m_dir->path() + u"/d720.mp4"_s;
    const QString audio = m_dir->path() + u"/a.m4a"_s;
    QProcess make;
    make.start(ffmpeg, {u"-y"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                        u"color=c=blue:s=72x128:d=1"_s, u"-c:v"_s, u"mpeg4"_s, u"-an"_s, u"-f"_s, u"mp4"_s, video});
    QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
    make.start(ffmpeg, {u"-y"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                        u"sine=frequency=220:duration=1"_s, u"-c:a"_s, u"aac"_s, u"-vn"_s, u"-f"_s, u"mp4"_s, audio});
    QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
    m_overrides.insert(u"/v/dash/d720.mp4"_s, readAll(video));
    m_overrides.insert(u"/v/dash/a.mp4"_s, readAll(audio));
    const QString shortcode = u"DASHtest123"_s;
    const QString mediaId = QString::number(shortcodeToMediaId(shortcode).value());
    const QString mpd =
        u"<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"><Period>"
        "<AdaptationSet mimeType=\"video/mp4\"><Representation id=\"v\" width=\"720\" height=\"1280\" "
        "bandwidth=\"900000\"><BaseURL>https://cdn.example/v/dash/d720.mp4?oe=1&amp;oh=2</BaseURL></Representation>"
        "</AdaptationSet><AdaptationSet mimeType=\"audio/mp4\"><Representation id=\"a\" bandwidth=\"64000\">"
        "<BaseURL>https://cdn.example/v/dash/a.mp4</BaseURL></Representation></AdaptationSet></Period></MPD>"_s;
    QJsonObject item =
        QJsonDocument::fromJson(
            u"{\"pk\": \"%1\", \"id\": \"%1_1\", \"code\": \"%2\", \"media_type\": 2, \"taken_at\": "
            "1700000000, \"user\": {\"pk\": \"1\", \"username\": \"dashuser\"}, \"caption\": {\"text\": "
            "\"dash #test\"}, \"video_versions\": [{\"width\": 240, \"height\": 426, \"url\": "
            "\"https://cdn.example/v/dash/p240.mp4\"}], \"image_versions2\": {\"candidates\": [{\"width\": "
            "640, \"height\": 1136, \"url\": \"https://cdn.example/v/dash/c.jpg\"}]}}"_s.arg(mediaId, shortcode)
                .toUtf8())
            .object();
    QVERIFY(!item.isEmpty());
    item.insert(u"video_dash_manifest"_s, mpd);
    QJsonArray items;
    items.append(item);
    QJsonObject root;
    root.insert(u"items"_s, items);
    m_server->serveResponse(u"/api/v1/media/%1/info/"_s.arg(mediaId), FakeResponse::json(QJsonDocument(root).toJson()));
    const Run run = cli({u"download"_s, u"reel"_s, shortcode, u"--out"_s, m_out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject file = run.json().value(u"files"_s).toArray().first().toObject();
    const QString merged = m_out + u"/dashuser/dashuser_DASHtest123.mp4"_s;
    QCOMPARE(file.value(u"path"_s).toString(), merged);
    QCOMPARE(file.value(u"dimensions"_s).toString(), u"720x1280"_s);
    QCOMPARE(m_server->requestCount(u"/v/dash/p240.mp4"_s), 0);
    QCOMPARE(m_server->requestCount(u"/v/dash/d720.mp4"_s), 1);
    QCOMPARE(m_server->requestCount(u"/v/dash/a.mp4"_s), 1);
    QProcess probe;
    probe.start(QStandardPaths::findExecutable(u"ffprobe"_s),
                {u"-v"_s, u"error"_s, u"-show_entries"_s, u"stream=codec_type"_s, u"-of"_s, u"csv=p=0"_s, merged});
    QVERIFY(probe.waitForFinished(30000));
    const QByteArray streams = probe.readAllStandardOutput();
    QVERIFY2(streams.contains("video") && streams.contains("audio"), streams.constData()); // merged, not re-encoded
    QVERIFY(QDir(m_out + u"/dashuser"_s).entryList({u"*.video"_s, u"*.audio"_s, u"*.part"_s}, QDir::Files).isEmpty());
}

void TestDownloadCli::testInfoProfilePostsReelsAndStory()
{
    const Run posts = cli({u"info"_s, u"profile"_s, u"instagram"_s, u"--posts"_s, u"3"_s, u"--json"_s});
    QVERIFY2(posts.exitCode == 0, qPrintable(posts.err));
    QCOMPARE(posts.json().value(u"type"_s).toString(), u"profile_posts"_s);
    QCOMPARE(posts.json().value(u"username"_s).toString(), u"instagram"_s);
    QCOMPARE(posts.json().value(u"posts"_s).toArray().size(), 3);
    QVERIFY(posts.json().value(u"page_info"_s).toObject().contains(u"has_next_page"_s));
    QVERIFY(!posts.json().value(u"posts"_s).toArray().first().toObject().value(u"shortcode"_s).toString().isEmpty());

    const Run reels = cli({u"info"_s, u"profile"_s, u"instagram"_s, u"--reels"_s, u"--json"_s});
    QVERIFY2(reels.exitCode == 0, qPrintable(reels.err));
    QCOMPARE(reels.json().value(u"type"_s).toString(), u"profile_reels"_s);
    const QJsonArray list = reels.json().value(u"reels"_s).toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &r : list)
        QVERIFY(r.toObject().contains(u"reel_id"_s));

    QCOMPARE(cli({u"info"_s, u"post"_s, u"CAnqPB-Jzcj"_s, u"--posts"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(cli({u"info"_s, u"profile"_s, u"instagram"_s, u"--posts"_s, u"51"_s}).exitCode, 2);

    const Run story = cli({u"info"_s, u"story"_s, u"instagram"_s, u"--json"_s},
                          {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s}});
    QCOMPARE(story.exitCode, 3);
    QCOMPARE(story.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"STORIES_UNAVAILABLE"_s);
}

QTEST_GUILESS_MAIN(TestDownloadCli)
#include "testDownloadCli.moc"
