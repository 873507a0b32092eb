#include "CreatorModels.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "analytics/SeedStore.h"
#include "creators/CreatorSeed.h"
#include "creators/CreatorsPage.h"
#include "dashboards/ChartWidget.h"
#include "domain/AppInfo.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;

/// The Creators section driven as a person would, on a seeded store with an Instagram and a TikTok account: a
/// creator is made, both accounts linked, its dashboard shows the followers of both summed day by day (checked
/// against the snapshots) and its top videos across platforms; unlink, rename, a duplicate name, and removal after a
/// confirmation that keeps the accounts. The window is grabbed to creators.png in the test's folder
/// (REELPULSE_SCREENSHOT_DIR; docs/screenshots when REELPULSE_UPDATE_SCREENSHOTS is set).
class TestCreators final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createAndLinkBothPlatforms();
    void dashboardSumsTheFollowersOfBothAccounts();
    void leaderboardLists();
    void unlinkRenameAndDuplicate();
    void removeAsksAndKeepsTheAccounts();

private:
    qint64 followersAt(const QStringList &tasks, const QDateTime &t);
    void clickWhenEnabled(const QString &buttonName);
    bool waitIdle();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    CreatorsPage *m_page = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    seed::Seeded m_seed;
    creatorseed::TikTok m_tiktok;
    QDateTime m_now;
};

void TestCreators::initTestCase()
{
    applyApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    auto opened = Database::open(m_dataDir.path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_seed = seed::seedStore(*m_database, m_now);
    m_tiktok = creatorseed::addTikTokAccount(*m_database, m_now);
    m_service = std::make_unique<TrackingService>(*m_database);
    m_window = std::make_unique<MainWindow>(*m_service, m_dataDir.path());
    m_window->resize(1360, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setCurrentSection(MainWindow::Section::Creators);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Creators);
    m_page = m_window->findChild<CreatorsPage *>();
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_page->creatorsModel(), m_page->accountsModel(), m_page->topItemsModel(), m_page->leaderboardModel()})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QVERIFY(waitIdle());
    // Every tracked account of both platforms can be linked.
    QCOMPARE(m_page->accountChoice()->count(), 3);
}

void TestCreators::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
    m_service.reset();
    m_database.reset();
}

bool TestCreators::waitIdle()
{
    QCoreApplication::processEvents();
    return QTest::qWaitFor([this] { return m_page->isIdle(); }, 15000);
}

void TestCreators::clickWhenEnabled(const QString &buttonName)
{
    auto *button = m_page->findChild<QPushButton *>(buttonName);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
}

qint64 TestCreators::followersAt(const QStringList &tasks, const QDateTime &t)
{
    qint64 sum = 0;
    for (const QString &task : tasks) {
        QSqlQuery q(m_database->connection());
        q.prepare(u"SELECT followers FROM profile_snapshots WHERE task_id = ? AND taken_at <= ? "
                  "ORDER BY taken_at DESC LIMIT 1"_s);
        q.addBindValue(task);
        q.addBindValue(t.toSecsSinceEpoch());
        if (q.exec() && q.next())
            sum += q.value(0).toLongLong();
    }
    return sum;
}

void TestCreators::createAndLinkBothPlatforms()
{
    QCOMPARE(m_page->creatorsModel()->rowCount(), 0);
    QTest::keyClicks(m_page->nameEdit(), u"Jane Doe"_s);
    clickWhenEnabled(u"addCreator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->creatorsModel()->rowCount(), 1, 10000);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->creatorsModel()->creators().first().name, u"Jane Doe"_s);
    QVERIFY(!m_page->currentCreatorId().isEmpty());
    QVERIFY(m_page->nameEdit()->text().isEmpty());

    for (const QString &task : {m_seed.ownTask, m_tiktok.task}) {
        const int index = m_page->accountChoice()->findData(task);
        QVERIFY(index >= 0);
        m_page->accountChoice()->setCurrentIndex(index);
        const qsizetype before = m_page->accountsModel()->rowCount();
        clickWhenEnabled(u"linkAccount"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->accountsModel()->rowCount(), before + 1, 10000);
        QVERIFY(waitIdle());
    }
    QCOMPARE(m_page->accountsModel()->accounts().at(0).platform, u"instagram"_s);
    QCOMPARE(m_page->accountsModel()->accounts().at(1).platform, u"tiktok"_s);
    QCOMPARE(m_page->accountsModel()->index(1, CreatorAccountsModel::PlatformColumn).data().toString(), u"TikTok"_s);
    QCOMPARE(m_page->creatorsModel()->index(0, CreatorsModel::PlatformsColumn).data().toString(),
             u"Instagram, TikTok"_s);
}

void TestCreators::dashboardSumsTheFollowersOfBothAccounts()
{
    QVERIFY(waitIdle());
    const analytics::ChartData &chart = m_page->followersChart()->chart();
    QCOMPARE(chart.kind, analytics::ChartKind::Followers);
    QVERIFY(!chart.isEmpty());
    const QList<analytics::ChartPoint> &points = chart.series.first().points;
    // The last 30 days; @brand's first snapshot is 28 days old, so the days before it are not drawn.
    QVERIFY(points.size() >= 28 && points.size() <= 30);
    for (const analytics::ChartPoint &p : points) {
        const QDateTime endOfDay(p.time.date(), QTime(23, 59, 59), Qt::UTC);
        QCOMPARE(qint64(p.value), followersAt({m_seed.ownTask, m_tiktok.task}, endOfDay));
    }
    // The last day is the sum of both accounts' latest followers; TikTok's counts alone are above 431,500.
    QCOMPARE(qint64(points.last().value), followersAt({m_seed.ownTask, m_tiktok.task}, m_now));
    QVERIFY(points.last().value > 431501.0);
    QVERIFY(!m_page->engagementChart()->chart().isEmpty());

    // Top videos across platforms: the TikTok video with 90M views first, Instagram posts after.
    CreatorTopItemsModel *top = m_page->topItemsModel();
    QVERIFY(top->rowCount() >= 2);
    QCOMPARE(top->index(0, CreatorTopItemsModel::PlatformColumn).data().toString(), u"TikTok"_s);
    QCOMPARE(top->items().first().views, std::optional<qint64>(90000000));
    bool instagram = false;
    for (const TopItem &t : top->items())
        instagram = instagram || t.item.platform == u"instagram";
    QVERIFY(instagram);

    m_page->tabs()->setCurrentIndex(0);
    QTest::qWait(200);
    const QPixmap picture = m_window->grab();
    QVERIFY(!picture.isNull());
    const QString dir =
        qEnvironmentVariableIsSet("REELPULSE_UPDATE_SCREENSHOTS")
            ? QStringLiteral(REELPULSE_SOURCE_DIR "/docs/screenshots")
            : qEnvironmentVariable("REELPULSE_SCREENSHOT_DIR", QDir::current().filePath(u"screenshots"_s));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(picture.save(QDir(dir).filePath(u"creators.png"_s)));
}

void TestCreators::leaderboardLists()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_page->leaderboardModel()->rowCount(), 1, 10000);
    const analytics::LeaderboardRow &row = m_page->leaderboardModel()->rows().first();
    QCOMPARE(row.name, u"Jane Doe"_s);
    QCOMPARE(row.rank, 1);
    QCOMPARE(row.accounts, 2);
    m_page->leaderboardBy()->setCurrentIndex(1); // engagement
    QVERIFY(waitIdle());
    QVERIFY(m_page->leaderboardModel()->rows().first().engagement.value_or(0) > 0);
    m_page->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    const QString dir = qEnvironmentVariable("REELPULSE_SCREENSHOT_DIR", QDir::current().filePath(u"screenshots"_s));
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"creators-leaderboard.png"_s)));
    m_page->tabs()->setCurrentIndex(0);
}

void TestCreators::unlinkRenameAndDuplicate()
{
    // Unlink the Instagram account: the TikTok one stays; the dashboard follows.
    m_page->accountsView()->selectRow(0);
    clickWhenEnabled(u"unlinkAccount"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->accountsModel()->rowCount(), 1, 10000);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->accountsModel()->accounts().first().platform, u"tiktok"_s);
    QCOMPARE(qint64(m_page->followersChart()->chart().series.first().points.last().value), 431501);

    // Rename.
    QTest::keyClicks(m_page->nameEdit(), u"Janet"_s);
    clickWhenEnabled(u"renameCreator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->creatorsModel()->creators().first().name, u"Janet"_s, 10000);
    QVERIFY(waitIdle());

    // A second creator of the same name in another case is refused with a message.
    QTest::keyClicks(m_page->nameEdit(), u"JANET"_s);
    clickWhenEnabled(u"addCreator"_s);
    QVERIFY(waitIdle());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message().contains(u"exists already"_s), 5000);
    QCOMPARE(m_page->creatorsModel()->rowCount(), 1);
    m_page->nameEdit()->clear();
}

void TestCreators::removeAsksAndKeepsTheAccounts()
{
    QVERIFY(!m_page->currentCreatorId().isEmpty());
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    clickWhenEnabled(u"removeCreator"_s);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->creatorsModel()->rowCount(), 1);
    QVERIFY(MessageBox::lastText().contains(u"Janet"_s));

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    clickWhenEnabled(u"removeCreator"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->creatorsModel()->rowCount(), 0, 10000);
    QVERIFY(waitIdle());
    QCOMPARE(m_page->accountsModel()->rowCount(), 0);
    QCOMPARE(m_page->leaderboardModel()->rowCount(), 0);
    // The accounts are still tracked with their history.
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM profile_tasks"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(followersAt({m_tiktok.task}, m_now), 431501);
    MessageBox::setNextAnswer(MessageBox::Answer::None);
}

QTEST_MAIN(TestCreators)
#include "testCreators.moc"
