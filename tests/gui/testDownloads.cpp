// The Downloads section on the real queue and the fake server: the transfer list with progress, pause and
// resume, "Show in folder", Add and paste; a picture of the section for the documentation.
#include "FakePlatformServer.h"
#include "GuiTestHelpers.h"

#include "DownloadsModel.h"
#include "MainWindow.h"
#include "downloads/AddDownloadDialog.h"
#include "downloads/DownloadsPage.h"
#include "platform/Settings.h"
#include "services/DownloadService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

QByteArray bytesFor(const QString &path)
{
    const qint64 size = path.endsWith(u".mp4"_s) ? 1536 * 1024 + 7 : 96 * 1024 + 3;
    QByteArray out;
    QByteArray block = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    while (out.size() < size) {
        out += block;
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
    }
    out.truncate(size);
    return out;
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

FakeResponse stalledAt(const QString &path, qint64 bytes)
{
    FakeResponse r = FakeResponse::media(FakeRequest{}, bytesFor(path), true, "video/mp4");
    r.sendBodyBytes = static_cast<int>(bytes);
    r.holdOpenAfterCut = true;
    return r;
}

} // namespace

class TestDownloads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testTransferList();
    void testAddDialogAndPaste();
    void cleanupTestCase();

private:
    int rowOfTarget(DownloadsModel *model, const QString &target, const QString &quality = {}) const;
    bool waitForStatus(DownloadsModel *model, const QString &target, const QString &status,
                       const QString &quality = {}) const;

    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_tracking;
    QString m_out;
};

void TestDownloads::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->start());
    m_server->installInstagramRoutes();
    for (const QString &prefix : {u"/v/"_s, u"/o1/"_s})
        m_server->setRoute(prefix, [](const FakeRequest &request) {
            return FakeResponse::media(request, bytesFor(request.path), true);
        });
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_MEDIA_URL", m_server->baseUrl().toUtf8());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = m_dir->path() + u"/Downloads/ReelPulse"_s;
    QVERIFY(Settings(m_dir->path()).set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    QVERIFY(Settings(m_dir->path()).set(u"downloads.folder"_s, m_out).ok());
    auto opened = Database::open(m_dir->path());
    QVERIFY(opened.ok());
    m_database = std::move(opened).value();
    m_tracking = std::make_unique<TrackingService>(*m_database);

    // Earlier downloads: two carousels done, one post that no longer exists.
    DownloadService::Options options;
    options.dataDir = m_dir->path();
    DownloadService service(*m_database, options);
    for (const QString &target : {u"CA_ifcxMjFR"_s, u"CAnqPB-Jzcj"_s, u"CSTg-0FH89e"_s, u"B0000000000"_s}) {
        DownloadRequest request;
        request.target = target;
        auto queued = service.enqueue(request);
        QVERIFY(queued.ok());
        QVERIFY(service.run(queued->job.id).ok());
    }
}

void TestDownloads::cleanupTestCase()
{
    DownloadsPage::setUrlOpener({});
    m_tracking.reset();
    m_database.reset();
}

int TestDownloads::rowOfTarget(DownloadsModel *model, const QString &target, const QString &quality) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const DownloadListEntry *e = model->entry(row);
        if (e->job.target == target && (quality.isEmpty() || e->job.quality == quality))
            return row;
    }
    return -1;
}

bool TestDownloads::waitForStatus(DownloadsModel *model, const QString &target, const QString &status,
                                  const QString &quality) const
{
    return QTest::qWaitFor(
        [&] {
            const int row = rowOfTarget(model, target, quality);
            return row >= 0 && model->entry(row)->job.status == status;
        },
        20000);
}

void TestDownloads::testTransferList()
{
    QList<QUrl> opened;
    DownloadsPage::setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    // Two downloads that stop sending part-way: one keeps downloading, the other is paused from the window.
    const QString big = videoPath(720);
    const QString small = videoPath(452);
    m_server->injectResponse(stalledAt(big, 610000), big);
    m_server->injectResponse(stalledAt(small, 1010000), small);

    MainWindow window(*m_tracking, m_dir->path());
    window.resize(1240, 620);
    window.show();
    window.setCurrentSection(MainWindow::Section::Downloads);
    DownloadsPage *page = window.downloadsPage();
    QVERIFY(page);
    DownloadsModel *model = page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
    QCOMPARE(model->entry(rowOfTarget(model, u"CAnqPB-Jzcj"_s))->job.status, u"completed"_s);
    QCOMPARE(model->entry(rowOfTarget(model, u"B0000000000"_s))->job.status, u"failed"_s);

    DownloadRequest reel;
    reel.kind = u"reel"_s;
    reel.target = u"CAG3E8-A3wf"_s;
    DownloadRequest lower = reel;
    lower.quality = u"480p"_s;
    QCOMPARE(page->addUrls(u"nothing here"_s), 0);
    DownloadQueue *queue = window.findChild<DownloadQueue *>();
    QVERIFY(queue);
    queue->add(lower);
    QVERIFY(waitForStatus(model, u"CAG3E8-A3wf"_s, u"processing"_s, u"480p"_s));
    const int lowerRow = rowOfTarget(model, u"CAG3E8-A3wf"_s, u"480p"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(lowerRow, DownloadsModel::ProgressColumn).data(DownloadsModel::ProgressRole).toInt(),
        int(1010000LL * 100 / bytesFor(small).size()), 20000);

    // Pause it from the toolbar: the status says so and Resume is offered.
    page->selectJob(model->entry(lowerRow)->job.id);
    QVERIFY(page->pauseAction()->isEnabled());
    page->pauseAction()->trigger();
    QVERIFY(waitForStatus(model, u"CAG3E8-A3wf"_s, u"paused"_s, u"480p"_s));
    QTRY_VERIFY(page->resumeAction()->isEnabled());
    QVERIFY(!page->pauseAction()->isEnabled());
    const QString lowerPart = m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4.part"_s;
    QCOMPARE(QFileInfo(lowerPart).size(), 1010000);

    // The best version keeps downloading (stalled at 610,000 bytes of 1.5 MiB).
    queue->add(reel);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTarget(model, u"CAG3E8-A3wf"_s, u"best"_s) >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(rowOfTarget(model, u"CAG3E8-A3wf"_s, u"best"_s), DownloadsModel::ProgressColumn)
            .data(DownloadsModel::ProgressRole)
            .toInt(),
        int(610000LL * 100 / bytesFor(big).size()), 20000);
    const int bestRow = rowOfTarget(model, u"CAG3E8-A3wf"_s, u"best"_s);
    QVERIFY(!model->index(bestRow, DownloadsModel::SpeedColumn).data().toString().isEmpty());
    QVERIFY(page->totalsLabel()->text().contains(u"1 running"_s));

    // Show in folder opens the folder of the selected download's files.
    page->selectJob(model->entry(rowOfTarget(model, u"CAnqPB-Jzcj"_s))->job.id);
    QVERIFY(page->showInFolderAction()->isEnabled());
    page->showInFolderAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), QUrl::fromLocalFile(m_out + u"/jlo"_s));
    page->selectJob(model->entry(rowOfTarget(model, u"CAG3E8-A3wf"_s, u"480p"_s))->job.id);

    // The picture for the documentation: two done, one downloading, one paused, one failed.
    QTest::qWait(300);
    const QImage picture = window.grab().toImage();
    QVERIFY(!picture.isNull());
    const QString pictureDir = qEnvironmentVariableIsSet("REELPULSE_UPDATE_SCREENSHOTS")
                                   ? QStringLiteral(REELPULSE_SOURCE_DIR "/docs/screenshots")
                                   : m_dir->path();
    QDir().mkpath(pictureDir);
    QVERIFY(picture.save(pictureDir + u"/downloads.png"_s));

    // Resume: the paused download continues where it stopped (Range) and completes.
    page->resumeAction()->trigger();
    QVERIFY(waitForStatus(model, u"CAG3E8-A3wf"_s, u"completed"_s, u"480p"_s));
    QCOMPARE(m_server->lastRequest(small)->header("Range"), QByteArray("bytes=1010000-"));
    QFile done(m_out + u"/jlo/jlo_CAG3E8-A3wf.mp4"_s);
    QVERIFY(done.open(QIODevice::ReadOnly));
    QCOMPARE(done.readAll(), bytesFor(small));
    QVERIFY(!QFile::exists(lowerPart));
    const int doneRow = rowOfTarget(model, u"CAG3E8-A3wf"_s, u"480p"_s);
    QCOMPARE(model->index(doneRow, DownloadsModel::ProgressColumn).data(DownloadsModel::ProgressRole).toInt(), 100);
    QCOMPARE(model->index(doneRow, DownloadsModel::StatusColumn).data().toString(), tr("Completed"));
    queue->cancel(model->entry(rowOfTarget(model, u"CAG3E8-A3wf"_s, u"best"_s))->job.id);
    QVERIFY(waitForStatus(model, u"CAG3E8-A3wf"_s, u"cancelled"_s, u"best"_s));
}

void TestDownloads::testAddDialogAndPaste()
{
    QCOMPARE(AddDownloadDialog::kindOf(u"https://www.instagram.com/reel/CAG3E8-A3wf/"_s), u"reel"_s);
    QCOMPARE(AddDownloadDialog::kindOf(u"https://www.tiktok.com/@a/video/7603296357641735445"_s), u"video"_s);
    QCOMPARE(AddDownloadDialog::kindOf(u"CAnqPB-Jzcj"_s), u"post"_s);
    QCOMPARE(
        AddDownloadDialog::urlsIn(u"hello\nhttps://www.instagram.com/p/CAnqPB-Jzcj/\n\n  CAG3E8-A3wf \nnot a url"_s),
        (QStringList{u"https://www.instagram.com/p/CAnqPB-Jzcj/"_s, u"CAG3E8-A3wf"_s}));

    AddDownloadDialog dialog(m_out);
    QVERIFY(!dialog.addButton()->isEnabled());
    QTest::keyClicks(dialog.urlsEdit(), u"https://www.instagram.com/reel/CAG3E8-A3wf/"_s);
    QVERIFY(dialog.addButton()->isEnabled());
    dialog.qualityBox()->setCurrentIndex(dialog.qualityBox()->findData(u"720p"_s));
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(u"video_only"_s));
    const QList<DownloadRequest> requests = dialog.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().kind, u"reel"_s);
    QCOMPARE(requests.first().quality, u"720p"_s);
    QCOMPARE(requests.first().downloadType, u"video_only"_s);
    QCOMPARE(requests.first().folder, m_out);

    // Ctrl+V on the section opens the dialog with the URLs of the clipboard.
    MainWindow window(*m_tracking, m_dir->path());
    window.show();
    window.setCurrentSection(MainWindow::Section::Downloads);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->setText(
        u"https://www.instagram.com/p/CAnqPB-Jzcj/\nhttps://www.instagram.com/p/CA_ifcxMjFR/"_s);
    QString failure;
    QString pasted;
    reelpulse::testing::onNextModal<AddDownloadDialog>(failure, [&pasted](AddDownloadDialog *d) {
        pasted = d->urlsEdit()->toPlainText();
        d->reject();
    });
    window.downloadsPage()->view()->setFocus();
    QTest::keySequence(window.downloadsPage()->view(), QKeySequence::Paste);
    QTRY_VERIFY_WITH_TIMEOUT(!pasted.isEmpty() || !failure.isEmpty(), 6000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(pasted, u"https://www.instagram.com/p/CAnqPB-Jzcj/\nhttps://www.instagram.com/p/CA_ifcxMjFR/"_s);
}

QTEST_MAIN(TestDownloads)
#include "testDownloads.moc"
