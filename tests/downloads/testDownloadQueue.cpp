// The download queue and engine in-process against the fake server: crash-resume of unfinished jobs,
// concurrency and connections per host, pause/resume with Range, retries with backoff, the low-disk pause,
// batches, and the store's registry.
#include "FakePlatformServer.h"
#include "MediaBytes.h"

#include "platform/Settings.h"
#include "services/DownloadQueue.h"
#include "services/DownloadService.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

qint64 mediaSize(const QString &path)
{
    return path.endsWith(u".mp4"_s) ? 1536 * 1024 + 7 : 96 * 1024 + 3;
}

QString videoPath(int width)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/instagram/pgrimaud__media-2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject item =
        QJsonDocument::fromJson(file.readAll()).object().value(u"items"_s).toArray().first().toObject();
    for (const QJsonValue &v : item.value(u"video_versions"_s).toArray()) {
        if (v.toObject().value(u"width"_s).toInt() == width)
            return QUrl(v.toObject().value(u"url"_s).toString()).path();
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const DownloadJobRecord *find(const QList<DownloadListEntry> &entries, const QString &target)
{
    for (const DownloadListEntry &e : entries) {
        if (e.job.target == target)
            return &e.job;
    }
    return nullptr;
}

} // namespace

class TestDownloadQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testUnfinishedJobResumesAfterARestart();
    void testPauseAndResumeContinueWithRange();
    void testConnectionsPerHost();
    void testQuitLeavesRunningJobsToResume();
    void testRetriesServerErrorsWithBackoff();
    void testLowDiskPausesTheQueue();
    void testFileLargerThanTheFreeSpacePausesTheQueue();
    void testJobsQueuedElsewhereArePickedUp();
    void testBatchFinishes();
    void testRegistrySurvivesTheList();

private:
    /// Waits until the latest list has the job of target in status; the last list.
    QList<DownloadListEntry> waitFor(QSignalSpy &spy, const QString &target, const QString &status, int ms = 20000);
    DownloadService::Options serviceOptions() const
    {
        DownloadService::Options o;
        o.dataDir = m_dir->path();
        o.backoffBaseMs = 10;
        return o;
    }

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
};

void TestDownloadQueue::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    m_server->setRoute(u"/v/"_s, [](const FakeRequest &request) {
        return FakeResponse::media(request, mediaBytes(request.path, mediaSize(request.path)), true);
    });
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_MEDIA_URL", m_server->baseUrl().toUtf8());
}

void TestDownloadQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = m_dir->path() + u"/out"_s;
    QVERIFY(Settings(m_dir->path()).set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    QVERIFY(Settings(m_dir->path()).set(u"downloads.folder"_s, m_out).ok());
    m_server->clearInjections();
    m_server->clearRequests();
}

void TestDownloadQueue::cleanup()
{
    m_server->clearInjections();
}

QList<DownloadListEntry> TestDownloadQueue::waitFor(QSignalSpy &spy, const QString &target, const QString &status,
                                                    int ms)
{
    QList<DownloadListEntry> last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (!spy.isEmpty()) {
            last = spy.last().first().value<QList<DownloadListEntry>>();
            const DownloadJobRecord *job = find(last, target);
            if (job && job->status == status)
                return last;
        }
        spy.wait(200);
    }
    return last;
}

void TestDownloadQueue::testUnfinishedJobResumesAfterARestart()
{
    const QString source = videoPath(720);
    const QByteArray bytes = mediaBytes(source, mediaSize(source));
    const QString target = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s;
    {
        // A process that died mid-download: the job says processing, half the file is in .part.
        auto db = Database::open(m_dir->path());
        QVERIFY(db.ok());
        DownloadService service(*db.value(), serviceOptions());
        DownloadRequest request;
        request.kind = u"reel"_s;
        request.target = u"CAG3E8-A3wf"_s;
        auto queued = service.enqueue(request);
        QVERIFY(queued.ok());
        QVERIFY(service.store().setStatus(queued->job.id, u"processing"_s).ok());
        DownloadFileRecord file; // the row a run writes before its first byte
        file.jobId = queued->job.id;
        file.mediaId = u"2307774091974900767"_s;
        file.variant = u"best/media/best"_s;
        file.kind = u"video"_s;
        file.sourceUrl = u"https://example.invalid"_s + source;
        file.path = target;
        QVERIFY(service.store().upsertFile(file).ok());
        QDir().mkpath(QFileInfo(target).path());
        QFile part(target + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bytes.left(777777));
    }
    DownloadQueue queue(m_dir->path());
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    queue.start();
    const auto list = waitFor(spy, u"CAG3E8-A3wf"_s, u"completed"_s);
    QVERIFY(find(list, u"CAG3E8-A3wf"_s));
    QCOMPARE(find(list, u"CAG3E8-A3wf"_s)->status, u"completed"_s);
    QCOMPARE(m_server->lastRequest(source)->header("Range"), QByteArray("bytes=777777-"));
    QCOMPARE(readAll(target), bytes);
    QVERIFY(!QFile::exists(target + u".part"_s));
    QCOMPARE(list.first().paths, QStringList{target});
}

void TestDownloadQueue::testPauseAndResumeContinueWithRange()
{
    const QString source = videoPath(720);
    const QByteArray bytes = mediaBytes(source, mediaSize(source));
    FakeResponse stall = FakeResponse::media(FakeRequest{}, bytes, true);
    stall.sendBodyBytes = 500000;
    stall.holdOpenAfterCut = true;
    m_server->injectResponse(stall, source);
    DownloadQueue queue(m_dir->path());
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    QSignalSpy progress(&queue, &DownloadQueue::progress);
    queue.start();
    DownloadRequest request;
    request.kind = u"reel"_s;
    request.target = u"https://www.instagram.com/reel/CAG3E8-A3wf/"_s;
    queue.add(request);
    auto list = waitFor(spy, u"CAG3E8-A3wf"_s, u"pending"_s);
    QVERIFY(find(list, u"CAG3E8-A3wf"_s));
    const QString id = find(list, u"CAG3E8-A3wf"_s)->id;
    const QString target = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target + u".part"_s).size() == 500000, 20000);
    // The progress of the last bytes written comes through a queued signal, possibly after the file grew.
    QTRY_VERIFY_WITH_TIMEOUT(
        !progress.isEmpty() && progress.last().first().value<DownloadProgress>().bytesDone == 500000, 5000);
    const auto p = progress.last().first().value<DownloadProgress>();
    QCOMPARE(p.jobId, id);
    QCOMPARE(p.bytesDone, 500000);
    QCOMPARE(p.bytesTotal, bytes.size());
    queue.pause(id);
    list = waitFor(spy, u"CAG3E8-A3wf"_s, u"paused"_s);
    QCOMPARE(find(list, u"CAG3E8-A3wf"_s)->status, u"paused"_s);
    QTest::qWait(300);
    QCOMPARE(QFileInfo(target + u".part"_s).size(), 500000);
    queue.resume(id);
    list = waitFor(spy, u"CAG3E8-A3wf"_s, u"completed"_s);
    QCOMPARE(find(list, u"CAG3E8-A3wf"_s)->status, u"completed"_s);
    QCOMPARE(m_server->lastRequest(source)->header("Range"), QByteArray("bytes=500000-"));
    QCOMPARE(readAll(target), bytes);
}

void TestDownloadQueue::testConnectionsPerHost()
{
    // Four single-file jobs whose media answer after 1.2 s: with 3 jobs at once and 2 connections per host,
    // two transfers start together, the third only when one of them ends.
    FakeResponse slow = FakeResponse::media(FakeRequest{}, QByteArray(1000, 'x'), false);
    slow.delayMs = 1200;
    m_server->injectResponse(slow, u"/v/"_s, 8);
    DownloadQueue::Options options;
    options.concurrentJobs = 3;
    options.connectionsPerHost = 2;
    DownloadQueue queue(m_dir->path(), options);
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    queue.start();
    const QStringList qualities{u"best"_s, u"360p"_s, u"high"_s, u"medium"_s};
    for (const QString &quality : qualities) {
        DownloadRequest request;
        request.kind = u"post"_s;
        request.target = u"CAnqPB-Jzcj"_s;
        request.quality = quality;
        request.metadata = false;
        request.folder = m_out + u'/' + quality;
        request.force = true;
        queue.add(request);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"/v/"_s) >= 3, 30000);
    QList<qint64> times;
    for (const FakeRequest &r : m_server->requests()) {
        if (r.path.startsWith(u"/v/"_s))
            times << r.atMs;
    }
    std::sort(times.begin(), times.end());
    QVERIFY(times.size() >= 3);
    QVERIFY2(times.at(1) - times.at(0) < 1000, "two connections start together");
    QVERIFY2(times.at(2) - times.at(0) >= 1000, "the third waits for a free connection");
}

void TestDownloadQueue::testQuitLeavesRunningJobsToResume()
{
    const QString source = videoPath(720);
    FakeResponse stall = FakeResponse::media(FakeRequest{}, mediaBytes(source, mediaSize(source)), true);
    stall.sendBodyBytes = 100000;
    stall.holdOpenAfterCut = true;
    m_server->injectResponse(stall, source);
    const QString target = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s;
    {
        DownloadQueue queue(m_dir->path());
        queue.start();
        DownloadRequest request;
        request.kind = u"reel"_s;
        request.target = u"CAG3E8-A3wf"_s;
        queue.add(request);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(target + u".part"_s).size() == 100000, 20000);
    } // the app quits mid-download
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    DownloadStore store(db.value()->connection());
    QCOMPARE(store.jobs()->first().status, u"pending"_s);
    QCOMPARE(store.runnableJobs()->size(), 1);
}

void TestDownloadQueue::testRetriesServerErrorsWithBackoff()
{
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    DownloadService service(*db.value(), serviceOptions());
    DownloadRequest request;
    request.kind = u"reel"_s;
    request.target = u"CAG3E8-A3wf"_s;
    request.folder = m_out;
    m_server->injectFault(FakeFault::ServerError, videoPath(720), 4);
    auto queued = service.enqueue(request);
    QVERIFY(queued.ok());
    auto ran = service.run(queued->job.id);
    QVERIFY(ran.ok());
    QCOMPARE(ran->status, u"completed"_s);
    QCOMPARE(m_server->requestCount(videoPath(720)), 5);

    // Five server errors in a row: the job fails, saying it gave up.
    m_server->clearRequests();
    m_server->injectFault(FakeFault::ServerError, videoPath(720), 5);
    request.force = true;
    request.folder = m_out + u"/again"_s;
    queued = service.enqueue(request);
    QVERIFY(queued.ok());
    ran = service.run(queued->job.id);
    QVERIFY(ran.ok());
    QCOMPARE(ran->status, u"failed"_s);
    QCOMPARE(ran->errorCode, u"DOWNLOAD_FAILED"_s);
    QVERIFY(ran->errorDetails.contains(u"5"_s));
    QCOMPARE(m_server->requestCount(videoPath(720)), 5);
}

void TestDownloadQueue::testLowDiskPausesTheQueue()
{
    auto free = std::make_shared<std::atomic<qint64>>(100LL * 1024 * 1024);
    DownloadQueue::Options options;
    options.freeBytes = [free](const QString &) {
        return free->load();
    };
    DownloadQueue queue(m_dir->path(), options);
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    QSignalSpy notices(&queue, &DownloadQueue::lowDiskSpace);
    queue.start();
    DownloadRequest request;
    request.kind = u"post"_s;
    request.target = u"CAnqPB-Jzcj"_s;
    queue.add(request);
    auto list = waitFor(spy, u"CAnqPB-Jzcj"_s, u"paused"_s);
    QVERIFY(find(list, u"CAnqPB-Jzcj"_s));
    QCOMPARE(find(list, u"CAnqPB-Jzcj"_s)->errorCode, u"LOW_DISK_SPACE"_s);
    QVERIFY(!notices.isEmpty());
    QVERIFY(notices.last().first().toString().contains(u"500 MiB"_s));
    QCOMPARE(m_server->requestCount(u"/v/"_s), 0);
    free->store(10LL * 1024 * 1024 * 1024);
    queue.resumeQueue();
    list = waitFor(spy, u"CAnqPB-Jzcj"_s, u"completed"_s);
    QCOMPARE(find(list, u"CAnqPB-Jzcj"_s)->status, u"completed"_s);
    QCOMPARE(m_server->requestCount(u"/v/"_s), 3);
}

void TestDownloadQueue::testFileLargerThanTheFreeSpacePausesTheQueue()
{
    // Above the minimum (lowered here) but less than one carousel image (96 KiB): the size in the headers stops
    // the transfer before a byte is written.
    auto free = std::make_shared<std::atomic<qint64>>(64 * 1024);
    DownloadQueue::Options options;
    options.minimumFreeBytes = 16 * 1024;
    options.freeBytes = [free](const QString &) {
        return free->load();
    };
    DownloadQueue queue(m_dir->path(), options);
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    QSignalSpy notices(&queue, &DownloadQueue::lowDiskSpace);
    queue.start();
    DownloadRequest request;
    request.kind = u"post"_s;
    request.target = u"CAnqPB-Jzcj"_s;
    queue.add(request);
    auto list = waitFor(spy, u"CAnqPB-Jzcj"_s, u"paused"_s);
    QVERIFY(find(list, u"CAnqPB-Jzcj"_s));
    QCOMPARE(find(list, u"CAnqPB-Jzcj"_s)->errorCode, u"LOW_DISK_SPACE"_s);
    QTRY_VERIFY(!notices.isEmpty());
    const QString message = notices.last().first().toString();
    QVERIFY2(message.contains(u"needs 96.0 kB"_s) && message.contains(u"64.0 kB"_s), qPrintable(message));
    QCOMPARE(m_server->requestCount(u"/v/"_s), 1);
    QDirIterator written(m_out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (written.hasNext())
        QCOMPARE(QFileInfo(written.next()).size(), 0); // nothing of the file, and no .part with bytes

    // Resumed while the space is still short: the size known from the first try pauses it before a request.
    queue.resumeQueue();
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 20000);
    QVERIFY(notices.last().first().toString().contains(u"needs 96.0 kB"_s));
    QCOMPARE(m_server->requestCount(u"/v/"_s), 1);

    free->store(10LL * 1024 * 1024 * 1024);
    queue.resumeQueue();
    list = waitFor(spy, u"CAnqPB-Jzcj"_s, u"completed"_s);
    QCOMPARE(find(list, u"CAnqPB-Jzcj"_s)->status, u"completed"_s);
    QCOMPARE(m_server->requestCount(u"/v/"_s), 4);
}

void TestDownloadQueue::testJobsQueuedElsewhereArePickedUp()
{
    DownloadQueue::Options options;
    options.pollMs = 200;
    DownloadQueue queue(m_dir->path(), options);
    QSignalSpy spy(&queue, &DownloadQueue::listChanged);
    queue.start();
    QTRY_VERIFY(!spy.isEmpty());
    // Another process (reelpulse-cli download --detach, a scrape's auto-download) queues a job in the store.
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    DownloadService service(*db.value(), serviceOptions());
    DownloadRequest request;
    request.kind = u"post"_s;
    request.target = u"CAnqPB-Jzcj"_s;
    QVERIFY(service.enqueue(request).ok());
    const auto list = waitFor(spy, u"CAnqPB-Jzcj"_s, u"completed"_s);
    QCOMPARE(find(list, u"CAnqPB-Jzcj"_s)->status, u"completed"_s);
}

void TestDownloadQueue::testBatchFinishes()
{
    DownloadQueue queue(m_dir->path());
    QSignalSpy finished(&queue, &DownloadQueue::batchFinished);
    QSignalSpy refused(&queue, &DownloadQueue::addFailed);
    queue.start();
    for (const QString &target : {u"CAnqPB-Jzcj"_s, u"CAG3E8-A3wf"_s, u"not a url at all"_s}) {
        DownloadRequest request;
        request.kind = u"post"_s;
        request.target = target;
        request.batchId = u"b1"_s;
        queue.add(request);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(0).toString(), u"b1"_s);
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QCOMPARE(refused.size(), 1); // the bad line is refused, the others go on
}

void TestDownloadQueue::testRegistrySurvivesTheList()
{
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    DownloadService service(*db.value(), serviceOptions());
    DownloadRequest request;
    request.kind = u"post"_s;
    request.target = u"CAnqPB-Jzcj"_s;
    auto queued = service.enqueue(request);
    QVERIFY(queued.ok());
    QCOMPARE(service.run(queued->job.id)->status, u"completed"_s);
    QVERIFY(service.store().unlist(queued->job.id).ok());
    QVERIFY(service.store().jobs()->isEmpty());
    m_server->clearRequests();
    auto again = service.enqueue(request);
    QVERIFY(again.ok());
    QVERIFY(again->alreadyDownloaded);
    QCOMPARE(again->alreadyDownloaded->id, queued->job.id);
    QCOMPARE(m_server->requestCount(), 0);
    // Retention: finished jobs older than the cut leave the list, their rows stay.
    QCOMPARE(service.store().unlistFinishedBefore(QDateTime::currentDateTimeUtc().addDays(1)).value(), 0);
}

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "testDownloadQueue.moc"
