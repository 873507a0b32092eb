#include "FakeGraphServer.h"

#include "PublishQueueModel.h"
#include "auth/GraphTokenStore.h"
#include "auth/KeychainSecretStore.h"
#include "platform/Settings.h"
#include "publishing/AccountsDialog.h"
#include "publishing/CalendarWidget.h"
#include "publishing/ComposerWidget.h"
#include "publishing/PublishingPage.h"
#include "publishing/PublishingSettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::FakeGraphServer;

/// The publishing section with real widgets against the fake Graph server, tokens in a private keychain (the same
/// one reelpulse-cli reads: see with-keyring.sh): connect by token and by the browser's redirect, the composer's
/// rules, a post scheduled here and published by `reelpulse-cli publish --due`, and pictures for the README.
class TestPublishingGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testPasteTokenConnectsAccount();
    void testBrowserRedirectChecksState();
    void testComposerCountsAndRules();
    void testComposerLocalFilesAndShapes();
    void testSettingsDialogMediaHost();
    void testComposerAdvice();
    void testScheduledInAppIsPublishedByCliDue();
    void testLatePostIsNeverPublishedSilently();
    void testQueueModel();

private:
    void connectByToken();
    static QString shotPath(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeGraphServer> m_server;
    std::shared_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<PublishingPage> m_page;
};

QString TestPublishingGui::shotPath(const QString &name)
{
    // The pictures of docs/screenshots are written again only when asked (REELPULSE_UPDATE_SCREENSHOTS=1); a test
    // run leaves the sources alone and keeps its pictures beside the test program.
    const QString dir = qEnvironmentVariableIsSet("REELPULSE_UPDATE_SCREENSHOTS")
                            ? QStringLiteral(REELPULSE_SOURCE_DIR "/docs/screenshots")
                            : QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

void TestPublishingGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeGraphServer>();
    QVERIFY(m_server->start());
    qputenv("REELPULSE_GRAPH_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_OAUTH_URL", m_server->baseUrl().toUtf8());
    m_server->addAccount(u"IGAA-gui-token"_s, u"17841400000000007"_s, u"studio_nord"_s, 48210);
    QVERIFY(Settings(m_dir->path()).set(u"publish.poll_ms"_s, u"10"_s).ok());
    m_secrets = std::make_shared<KeychainSecretStore>(u"ReelPulse"_s);
    m_page = std::make_unique<PublishingPage>(m_dir->path(), m_secrets, false);
    m_page->resize(1100, 760);
    m_page->show();
}

void TestPublishingGui::cleanup()
{
    m_page.reset();
    m_server.reset();
    (void)m_secrets->remove(GraphTokenStore::tokenKey(u"17841400000000007"_s));
    qunsetenv("REELPULSE_GRAPH_URL");
    qunsetenv("REELPULSE_OAUTH_URL");
}

void TestPublishingGui::connectByToken()
{
    AccountsDialog *dialog = m_page->showAccounts();
    QVERIFY(!dialog->connectTokenButton()->isEnabled());
    QTest::keyClicks(dialog->tokenEdit(), u"  IGAA-gui-token "_s);
    QVERIFY(dialog->connectTokenButton()->isEnabled());
    QTest::mouseClick(dialog->connectTokenButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, 10000);
    QVERIFY(dialog->table()->item(0, 0)->text().startsWith(u"@studio_nord"_s));
    QCOMPARE(dialog->table()->item(0, 4)->text(), u"Connected"_s);
    QVERIFY(dialog->statusLabel()->text().contains(u"keychain"_s));
    QVERIFY(dialog->tokenEdit()->toPlainText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->composer()->accountBox()->count(), 1, 10000);
}

void TestPublishingGui::testPasteTokenConnectsAccount()
{
    connectByToken();
    // In the keychain, and nowhere in the data folder.
    QCOMPARE(m_secrets->read(GraphTokenStore::tokenKey(u"17841400000000007"_s)).value().value_or(QString()),
             u"IGAA-gui-token"_s);
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("IGAA-gui-token"), qPrintable(name));
    }
    AccountsDialog *dialog = m_page->showAccounts();
    dialog->table()->selectRow(0);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(shotPath(u"publishing-accounts.png"_s)));
    // A wrong token says why and connects nothing.
    QTest::keyClicks(dialog->tokenEdit(), u"not-a-token"_s);
    QTest::mouseClick(dialog->connectTokenButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"refused"_s), 10000);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 4)->text(), u"Connected"_s);
}

void TestPublishingGui::testBrowserRedirectChecksState()
{
    AccountsDialog *dialog = m_page->showAccounts();
    QUrl opened;
    dialog->setUrlOpener([&opened](const QUrl &url) { opened = url; });
    // Without an app id: said plainly, nothing opened.
    dialog->connectWithSystemBrowser();
    QVERIFY(opened.isEmpty());
    QVERIFY(dialog->statusLabel()->text().contains(u"Composer › Settings"_s));

    QVERIFY(Settings(m_dir->path()).set(u"publish.app_id"_s, u"990602627938098"_s).ok());
    QVERIFY(GraphTokenStore(m_secrets).saveAppSecret(u"app-secret"_s).ok());
    dialog->connectWithSystemBrowser();
    QVERIFY(opened.isValid());
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"990602627938098"_s);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    const QString state = query.queryItemValue(u"state"_s);
    QCOMPARE(state, dialog->pendingState());

    // The browser comes back to the loopback listener: a forged state is refused, the right one connects.
    QNetworkAccessManager manager;
    auto visit = [&manager, redirect](const QString &code, const QString &withState) -> QByteArray {
        QUrl url = redirect;
        url.setQuery(u"code=%1&state=%2"_s.arg(code, withState));
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            return {};
        const QByteArray page = reply->readAll();
        reply->deleteLater();
        return page;
    };
    QVERIFY(visit(u"good-code"_s, u"forged"_s).contains("close this tab"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"state"_s), 30000);
    QCOMPARE(dialog->table()->rowCount(), 0);
    QCOMPARE(m_server->requestCount("POST", u"/oauth/access_token"_s), 0);

    visit(u"good-code"_s, state);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, 30000);
    const auto exchange = m_server->requestsTo("POST", u"/oauth/access_token"_s);
    QCOMPARE(exchange.size(), 1);
    QCOMPARE(exchange.first().param(u"client_id"_s), u"990602627938098"_s);
    QCOMPARE(exchange.first().param(u"redirect_uri"_s), redirect.toString());
    QCOMPARE(m_server->requestCount("GET", u"/access_token"_s), 1); // short-lived → long-lived
    (void)m_secrets->remove(QString::fromLatin1(GraphTokenStore::AppSecretKey));
}

void TestPublishingGui::testComposerCountsAndRules()
{
    connectByToken();
    ComposerWidget *composer = m_page->composer();
    QVERIFY(!composer->scheduleButton()->isEnabled());
    QTest::keyClicks(composer->mediaUrlEdit(), u"https://cdn.example/a.jpg"_s);
    QTest::keyClick(composer->mediaUrlEdit(), Qt::Key_Return);
    QCOMPARE(composer->mediaList()->count(), 1);
    QTest::keyClicks(composer->captionEdit(), u"Hi @anna #one #two"_s);
    QVERIFY(composer->counterLabel()->text().contains(u"18/2200"_s));
    QVERIFY(composer->counterLabel()->text().contains(u"2/30"_s));
    QVERIFY(composer->counterLabel()->text().contains(u"1/20"_s));
    QVERIFY(composer->scheduleButton()->isEnabled());
    QString tags;
    for (int i = 0; i < 29; ++i)
        tags += u" #t%1"_s.arg(i);
    QTest::keyClicks(composer->captionEdit(), tags);
    QVERIFY(composer->counterLabel()->text().contains(u"31/30"_s));
    QVERIFY(!composer->scheduleButton()->isEnabled());
    QVERIFY(composer->messageLabel()->text().contains(u"31 hashtags"_s));
    // A carousel wants 2 to 10.
    composer->captionEdit()->setPlainText(u"ok"_s);
    composer->kindBox()->setCurrentIndex(composer->kindBox()->findData(int(PostKind::Carousel)));
    QVERIFY(!composer->scheduleButton()->isEnabled());
    composer->addMedia(u"https://cdn.example/b.mp4"_s, true);
    QVERIFY(composer->scheduleButton()->isEnabled());
}

void TestPublishingGui::testComposerLocalFilesAndShapes()
{
    connectByToken();
    ComposerWidget *composer = m_page->composer();
    composer->clear();
    QTemporaryDir dir;
    QImage tall(1080, 1920, QImage::Format_RGB32);
    tall.fill(Qt::darkMagenta);
    const QString poster = dir.filePath(u"poster.png"_s);
    QVERIFY(tall.save(poster, "PNG"));
    QFile clip(dir.filePath(u"clip.mp4"_s));
    QVERIFY(clip.open(QIODevice::WriteOnly));
    clip.write("not really a video");
    clip.close();

    composer->kindBox()->setCurrentIndex(composer->kindBox()->findData(int(PostKind::Image)));
    composer->addFiles({poster});
    QCOMPARE(composer->mediaList()->count(), 1);
    QVERIFY(composer->mediaList()->item(0)->text().endsWith(u"poster.png"_s));
    // The preview arrives from a worker thread; a 9:16 image in the feed is refused as it is.
    QTRY_VERIFY(!composer->mediaList()->item(0)->icon().isNull());
    QVERIFY(!composer->scheduleButton()->isEnabled());
    QVERIFY2(composer->messageLabel()->text().contains(u"crop or pad"_s), qPrintable(composer->messageLabel()->text()));
    composer->fitBox()->setCurrentIndex(composer->fitBox()->findData(u"crop"_s));
    QVERIFY(composer->scheduleButton()->isEnabled());
    const PublishPost post = composer->post();
    QCOMPARE(post.options.fit, u"crop"_s);
    QCOMPARE(post.items.first().url, QUrl::fromLocalFile(poster).toString());
    // As a story the same shape is fine; the shape choice does not apply there.
    composer->fitBox()->setCurrentIndex(0);
    composer->kindBox()->setCurrentIndex(composer->kindBox()->findData(int(PostKind::Story)));
    QVERIFY(!composer->fitBox()->isEnabled());
    QVERIFY(composer->scheduleButton()->isEnabled());
    // A video file is recognised by its suffix.
    composer->clear();
    composer->kindBox()->setCurrentIndex(composer->kindBox()->findData(int(PostKind::Reel)));
    composer->addFiles({clip.fileName()});
    QVERIFY(composer->post().items.first().video);
    QVERIFY(composer->scheduleButton()->isEnabled());
    composer->clear();
}

void TestPublishingGui::testSettingsDialogMediaHost()
{
    PublishingSettingsDialog *dialog = m_page->showSettings();
    dialog->show();
    auto edit = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    QVERIFY(edit("putUrlEdit") && edit("publicUrlEdit") && edit("userEdit") && edit("hostPasswordEdit"));
    // A value the settings refuse is named, and nothing is tested.
    edit("putUrlEdit")->setText(u"not a url"_s);
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->statusLabel()->text().contains(u"media_host.put_url"_s) ||
                 dialog->statusLabel()->text().contains(u"URL"_s),
             qPrintable(dialog->statusLabel()->text()));

    const QString base = m_server->baseUrl();
    edit("putUrlEdit")->setText(base + u"/dav"_s);
    edit("publicUrlEdit")->setText(base + u"/public"_s);
    edit("userEdit")->setText(u"media"_s);
    edit("hostPasswordEdit")->setText(u"secret"_s);
    edit("appIdEdit")->setText(u"990602627938098"_s);
    dialog->testMediaHost();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"works"_s), 15000);
    QVERIFY(m_server->hostedFiles().isEmpty());          // the check's file was deleted
    QVERIFY(edit("hostPasswordEdit")->text().isEmpty()); // in the keychain now, not in the window
    QVERIFY(dialog->grab().save(shotPath(u"publishing-settings.png"_s)));
    const Settings settings(m_dir->path());
    QCOMPARE(settings.value(u"media_host.put_url"_s).toString(), base + u"/dav"_s);
    QCOMPARE(settings.value(u"media_host.user"_s).toString(), u"media"_s);
    QCOMPARE(settings.value(u"publish.app_id"_s).toString(), u"990602627938098"_s);
    QCOMPARE(settings.value(u"media_host.kind"_s).toString(), u"webdav"_s);
    // The password was stored: a new dialog tests without typing it again.
    dialog->close();
    PublishingSettingsDialog *again = m_page->showSettings();
    QCOMPARE(again->findChild<QLineEdit *>(u"putUrlEdit"_s)->text(), base + u"/dav"_s);
    again->show();
    again->testMediaHost();
    QTRY_VERIFY_WITH_TIMEOUT(again->statusLabel()->text().contains(u"works"_s), 15000);
    // S3 shows its own fields; its access key is the host's user.
    auto *kind = again->findChild<QComboBox *>(u"hostKindBox"_s);
    kind->setCurrentIndex(kind->findData(u"s3"_s));
    QVERIFY(again->findChild<QLineEdit *>(u"bucketEdit"_s)->isVisible());
    QVERIFY(!again->findChild<QLineEdit *>(u"putUrlEdit"_s)->isVisible());
    again->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"https://s3.eu-central-1.amazonaws.com"_s);
    again->findChild<QLineEdit *>(u"bucketEdit"_s)->setText(u"studio-nord-media"_s);
    again->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(u"AKIDSTUDIO"_s);
    QVERIFY(again->save());
    const Settings saved(m_dir->path());
    QCOMPARE(saved.value(u"media_host.kind"_s).toString(), u"s3"_s);
    QCOMPARE(saved.value(u"media_host.s3_bucket"_s).toString(), u"studio-nord-media"_s);
    QCOMPARE(saved.value(u"media_host.user"_s).toString(), u"AKIDSTUDIO"_s);
    again->close();
    (void)m_secrets->remove(u"media-host-password"_s);
}

void TestPublishingGui::testComposerAdvice()
{
    // The account's own recent posts: two on Tuesdays at 18h (likes + comments 300 and 100: median 200), two on
    // Thursdays at 9h (40 and 60: median 50), #sale on the Tuesday ones.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto seed = [this, zone](const QString &id, QDate day, int hour, qint64 likes, const QString &caption) {
        FakeGraphServer::Media m;
        m.id = id;
        m.caption = caption;
        m.mediaType = u"IMAGE"_s;
        m.productType = u"FEED"_s;
        m.timestamp = QDateTime(day, QTime(hour, 20), zone).toUTC();
        m.likes = likes;
        m.comments = 0;
        m_server->seedMedia(m);
    };
    seed(u"9001"_s, QDate(2026, 11, 24), 18, 300, u"Weekend #Sale"_s);
    seed(u"9002"_s, QDate(2026, 12, 1), 18, 100, u"Last day #sale #studio"_s);
    seed(u"9003"_s, QDate(2026, 11, 26), 9, 40, u"Morning #studio"_s);
    seed(u"9004"_s, QDate(2026, 12, 3), 9, 60, u"Coffee"_s);
    connectByToken();
    ComposerWidget *composer = m_page->composer();
    QTRY_VERIFY_WITH_TIMEOUT(composer->adviceLabel()->text().contains(u"Best times"_s), 10000);
    const QString text = composer->adviceLabel()->text();
    const QString tuesday = QLocale().dayName(2, QLocale::ShortFormat);
    QVERIFY2(text.indexOf(tuesday + u" 18:00"_s) <
                 text.indexOf(QLocale().dayName(4, QLocale::ShortFormat) + u" 09:00"_s),
             qPrintable(text));
    // #sale (as the newest post writes it) did 200 on average, #studio 70.
    QVERIFY2(text.contains(u"#sale"_s), qPrintable(text));
    QVERIFY(text.indexOf(u"#sale"_s) < text.indexOf(u"#studio"_s));

    // A click uses it: the time becomes the next Tuesday 18:00, the tag joins the caption once.
    composer->captionEdit()->setPlainText(u"New colours"_s);
    emit composer->adviceLabel()->linkActivated(u"time:2:18"_s);
    const QDateTime when = composer->whenEdit()->dateTime();
    QCOMPARE(when.date().dayOfWeek(), 2);
    QCOMPARE(when.time(), QTime(18, 0));
    QVERIFY(when > QDateTime::currentDateTime());
    QVERIFY(when < QDateTime::currentDateTime().addDays(8));
    emit composer->adviceLabel()->linkActivated(u"tag:#Sale"_s);
    emit composer->adviceLabel()->linkActivated(u"tag:#Sale"_s);
    QCOMPARE(composer->captionEdit()->toPlainText(), u"New colours #Sale"_s);
    composer->clear();
}

void TestPublishingGui::testScheduledInAppIsPublishedByCliDue()
{
    connectByToken();
    m_page->showAccounts()->hide();
    ComposerWidget *composer = m_page->composer();
    composer->addMedia(u"https://cdn.example/launch.jpg"_s, false);
    composer->captionEdit()->setPlainText(
        u"Spring collection is here. Swipe to see every colour, and tell us your favourite!\n\n#springlaunch "
        "#studionord #slowfashion @anna.design"_s);
    composer->whenEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(shotPath(u"publishing-composer.png"_s)));
    QVERIFY(composer->scheduleButton()->isEnabled());
    QTest::mouseClick(composer->scheduleButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(composer->messageLabel()->text().contains(u"scheduled"_s), 10000);

    // cron: reelpulse-cli publish --due, the same data folder and keychain.
    QProcess cli;
    cli.start(QStringLiteral(REELPULSE_CLI_PATH),
              {u"--data-dir"_s, m_dir->path(), u"--json"_s, u"publish"_s, u"--due"_s});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(m_server->publishCount(), 1);
    QVERIFY(out.contains(m_server->publishedMedia().first().id.toUtf8()));
    QCOMPARE(m_server->requestsTo("POST", u"/media"_s).first().param(u"image_url"_s),
             u"https://cdn.example/launch.jpg"_s);

    // The calendar and the queue show it published; other states around it for the picture.
    composer->clear();
    composer->addMedia(u"https://cdn.example/next.jpg"_s, false);
    composer->captionEdit()->setPlainText(u"Behind the scenes"_s);
    composer->whenEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
    QTest::mouseClick(composer->scheduleButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(composer->messageLabel()->text().contains(u"scheduled"_s), 10000);
    composer->kindBox()->setCurrentIndex(composer->kindBox()->findData(int(PostKind::Reel)));
    composer->clear();
    composer->addMedia(u"https://cdn.example/reel.mp4"_s, true);
    composer->whenEdit()->setDateTime(QDateTime::currentDateTime().addDays(2));
    QTest::mouseClick(composer->findChild<QPushButton *>(u"draftButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(composer->messageLabel()->text().contains(u"Draft"_s), 10000);

    CalendarWidget *calendar = m_page->calendar();
    m_page->tabs()->setCurrentWidget(calendar);
    calendar->reload();
    QTRY_COMPARE_WITH_TIMEOUT(calendar->queueModel()->rowCount(), 3, 10000);
    int published = 0;
    for (const PublishPost &p : calendar->queueModel()->posts())
        published += p.state == PostState::Published;
    QCOMPARE(published, 1);
    // Selecting the published post reads its insights from Instagram (off the GUI thread).
    calendar->queueView()->setCurrentIndex(QModelIndex());
    for (int row = 0; row < calendar->queueModel()->rowCount(); ++row) {
        if (calendar->queueModel()->postAt(row)->state == PostState::Published)
            calendar->queueView()->setCurrentIndex(calendar->queueModel()->index(row, 0));
    }
    QTRY_VERIFY_WITH_TIMEOUT(calendar->insightsLabel()->text().contains(u"3,890 reached"_s), 10000);
    QVERIFY2(calendar->insightsLabel()->text().contains(u"5,234 views"_s),
             qPrintable(calendar->insightsLabel()->text()));
    QVERIFY(calendar->insightsLabel()->text().contains(u"7.20 %"_s)); // 280 ÷ 3,890
    int shown = 0;
    for (int row = 0; row < calendar->grid()->rowCount(); ++row)
        for (int column = 0; column < 7; ++column)
            shown += calendar->grid()->item(row, column)->data(Qt::UserRole + 1).toInt();
    QVERIFY(shown >= 1);
    calendar->setSpan(CalendarWidget::Span::Month);
    QTRY_COMPARE_WITH_TIMEOUT(calendar->grid()->rowCount(), 6, 10000);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(shotPath(u"publishing-calendar.png"_s)));
}

void TestPublishingGui::testLatePostIsNeverPublishedSilently()
{
    connectByToken();
    m_page->showAccounts()->hide();
    // Scheduled for two hours ago (while nothing ran), and one due now.
    for (const QDateTime &when :
         {QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), QDateTime::currentDateTimeUtc().addSecs(-60)}) {
        QProcess cli;
        cli.start(QStringLiteral(REELPULSE_CLI_PATH),
                  {u"--data-dir"_s, m_dir->path(), u"publish"_s, u"image"_s, u"--image-url"_s,
                   u"https://cdn.example/late.jpg"_s, u"--at"_s, when.toString(Qt::ISODate)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
    }
    m_page->runSchedulerPass();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->lateBanner()->isVisible(), 20000);
    QCOMPARE(m_server->publishCount(), 1); // the one due now; the late one waits for the person
    auto *keep = m_page->lateBanner()->findChild<QPushButton *>(u"lateDraft"_s);
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(!m_page->lateBanner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const PublishPost &p : m_page->calendar()->queueModel()->posts())
                if (p.state == PostState::Draft)
                    return true;
            return false;
        }(),
        10000);
    m_page->runSchedulerPass();
    QTest::qWait(500);
    QCOMPARE(m_server->publishCount(), 1);
    QVERIFY(!m_page->lateBanner()->isVisible());
}

void TestPublishingGui::testQueueModel()
{
    PublishQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PublishPost failed;
    failed.id = 4;
    failed.accountUsername = u"studio_nord"_s;
    failed.kind = PostKind::Carousel;
    failed.items = {{u"https://a"_s, false, {}}, {u"https://b"_s, false, {}}};
    failed.state = PostState::Failed;
    failed.lastError = u"Instagram could not fetch the media."_s;
    model.setPosts({failed});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PublishQueueModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(0, PublishQueueModel::ReasonColumn).data().toString(), failed.lastError);
    QCOMPARE(model.index(0, PublishQueueModel::KindColumn).data().toString(), u"Carousel (2 items)"_s);
    QCOMPARE(model.index(0, 0).data(PublishQueueModel::PostIdRole).toLongLong(), 4);
}

QTEST_MAIN(TestPublishingGui)
#include "testPublishingGui.moc"
