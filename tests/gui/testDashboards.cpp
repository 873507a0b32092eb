#include "CommentsModel.h"
#include "DashboardModels.h"
#include "MainWindow.h"
#include "ReelsPage.h"
#include "TaskDetailPane.h"
#include "analytics/SeedStore.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/ComparisonView.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/OverviewView.h"
#include "dashboards/TaskDashboard.h"
#include "domain/AppInfo.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace reelpulse;
using namespace reelpulse::analytics;

/// The dashboards on a seeded store, as a person opens them: the window starts on the Overview, a card opens the
/// reel's dashboard, the profile dashboard and the competitor comparison show the stored history. Each view is
/// grabbed to a PNG (REELPULSE_SCREENSHOT_DIR, else "screenshots" in the test's folder).
class TestDashboards final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnOverview();
    void cardOpensTheReelDashboard();
    void profileDashboardShowsStoredHistory();
    void competitorComparison();
    void profileDashboardWordsEmojiAndHashtags();
    void projectDashboardFromTheReelsSection();
    void chartExportsFromTheWindow();
    void modelsPassTheModelTester();

private:
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    seed::Seeded m_seed;
    QString m_shots;
};

void TestDashboards::initTestCase()
{
    applyApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    auto opened = Database::open(m_dataDir.path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    m_seed = seed::seedStore(*m_database, QDateTime::currentDateTimeUtc().addSecs(-60));
    m_service = std::make_unique<TrackingService>(*m_database);
    m_shots = qEnvironmentVariable("REELPULSE_SCREENSHOT_DIR", QDir::current().filePath(u"screenshots"_s));
    QVERIFY(QDir().mkpath(m_shots));
    m_window = std::make_unique<MainWindow>(*m_service, m_dataDir.path());
    m_window->resize(1360, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboards::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    m_database.reset();
}

void TestDashboards::screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.save(QDir(m_shots).filePath(name + u".png"_s)));
}

void TestDashboards::opensOnOverview()
{
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Overview);
    DashboardsPage *page = m_window->dashboardsPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->currentTab(), DashboardsPage::Tab::Overview);
    OverviewView *overview = page->overview();
    QTRY_VERIFY_WITH_TIMEOUT(overview->isLoaded(), 15000);
    QCOMPARE(overview->findChild<QLabel *>(u"overviewProfiles"_s)->text(), u"2"_s);
    QCOMPARE(overview->findChild<QLabel *>(u"overviewReels"_s)->text(), u"1"_s);
    QCOMPARE(overview->data().comments, int(overview->data().sentiment.total()));
    QVERIFY(overview->data().comments > 100);
    // The biggest movers: both profiles and the reel; the reel far above @brand's usual is viral.
    QCOMPARE(overview->data().movers.size(), 3);
    QCOMPARE(overview->data().trending.size(), 1);
    QVERIFY(overview->data().trending.first().isViral);
    QVERIFY(!overview->data().sentimentByDay.isEmpty());
    screenshot(m_window.get(), u"overview"_s);
}

void TestDashboards::cardOpensTheReelDashboard()
{
    DashboardsPage *page = m_window->dashboardsPage();
    auto *trending = page->overview()->findChild<QListWidget *>(u"overviewTrending"_s);
    QVERIFY(trending && trending->count() == 1);
    emit trending->itemActivated(trending->item(0));
    QCOMPARE(page->currentTab(), DashboardsPage::Tab::Item);
    TaskDashboard *item = page->itemDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(item->isLoaded() && item->data().task.id == m_seed.reelTask, 15000);
    QVERIFY(item->data().item);
    QCOMPARE(item->data().item->history.size(), 6);
    const ChartData *views = item->data().chart(ChartKind::Views);
    QVERIFY(views);
    QCOMPARE(views->series.first().points.size(), 6); // one point per stored snapshot
    QVERIFY(!item->data().chart(ChartKind::Velocity)->isEmpty());
    QVERIFY(!item->data().languages.isEmpty()); // the comments' language mix
    QTRY_VERIFY(item->findChild<QLabel *>(u"dashboardKpis"_s)->text().contains(u"viral"_s));
    screenshot(m_window.get(), u"reel-dashboard"_s);
    // Its comments, with the explanation highlight and the manual relabel of the details pane.
    QVERIFY(item->comments());
    QTRY_COMPARE_WITH_TIMEOUT(item->comments()->commentsModel()->rowCount(), 30, 15000);
    QVERIFY(item->comments()->markNegativeAction());
    screenshot(item->comments(), u"reel-dashboard-comments"_s);
}

void TestDashboards::profileDashboardShowsStoredHistory()
{
    DashboardsPage *page = m_window->dashboardsPage();
    page->openTask({TaskKind::Profile, m_seed.ownTask});
    TaskDashboard *profile = page->profileDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(profile->isLoaded() && profile->data().task.id == m_seed.ownTask, 15000);
    const ChartData *followers = profile->data().chart(ChartKind::Followers);
    QVERIFY(followers);
    QCOMPARE(followers->series.first().points.size(), 15); // every snapshot of the last 30 days
    QCOMPARE(followers->series.first().points.last().value, double(12000 + 140 * 14 + (14 % 3) * 7));
    QVERIFY(!profile->data().chart(ChartKind::Engagement)->isEmpty());
    QVERIFY(!profile->data().chart(ChartKind::Heatmap)->isEmpty());
    QVERIFY(!profile->data().chart(ChartKind::Sentiment)->isEmpty());
    QVERIFY(!profile->data().chart(ChartKind::Languages)->isEmpty());
    QVERIFY(profile->topPosts()->rowCount() > 0);
    // Every chart of the dashboard is shown.
    int shown = 0;
    for (ChartWidget *chart : profile->chartWidgets())
        shown += chart->isVisible() ? 1 : 0;
    QCOMPARE(shown, int(profile->data().charts.size()));
    screenshot(m_window.get(), u"profile-dashboard"_s);
}

void TestDashboards::competitorComparison()
{
    DashboardsPage *page = m_window->dashboardsPage();
    page->setCurrentTab(DashboardsPage::Tab::Comparison);
    ComparisonView *comparison = page->comparison();
    QTRY_VERIFY_WITH_TIMEOUT(comparison->isLoaded(), 15000);
    QCOMPARE(comparison->model()->rowCount(), 2);
    QCOMPARE(comparison->model()->profiles().first().username, u"brand"_s); // own profiles first
    QVERIFY(comparison->model()->profiles().last().isCompetitor);
    QCOMPARE(comparison->chart()->chart().bars.size(), 2);
    screenshot(m_window.get(), u"competitor-comparison"_s);
}

void TestDashboards::profileDashboardWordsEmojiAndHashtags()
{
    DashboardsPage *page = m_window->dashboardsPage();
    page->openTask({TaskKind::Profile, m_seed.ownTask});
    TaskDashboard *profile = page->profileDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(profile->isLoaded() && profile->data().task.id == m_seed.ownTask, 15000);
    // The seeded comments' words ("love this so much", "great work", ...) and the posts' hashtags.
    const ChartData *words = profile->data().chart(ChartKind::Words);
    QVERIFY(words && !words->isEmpty());
    QVERIFY(words->categories.contains(u"love"_s));
    QVERIFY(!words->categories.contains(u"this"_s));
    const ChartData *hashtags = profile->data().chart(ChartKind::Hashtags);
    QVERIFY(hashtags && !hashtags->isEmpty());
    QVERIFY(profile->data().chart(ChartKind::Emoji));
    // The chart says which comments it read.
    ChartWidget *wordsWidget = nullptr;
    for (ChartWidget *chart : profile->chartWidgets())
        if (chart->isVisible() && chart->chart().kind == ChartKind::Words)
            wordsWidget = chart;
    QVERIFY(wordsWidget);
    QVERIFY2(wordsWidget->toolTip().contains(u"2000"_s) || wordsWidget->toolTip().contains(u"2,000"_s),
             qPrintable(wordsWidget->toolTip()));
}

void TestDashboards::projectDashboardFromTheReelsSection()
{
    ReelsPage *reels = m_window->reelsPage();
    m_window->setCurrentSection(MainWindow::Section::Reels);
    QTRY_VERIFY_WITH_TIMEOUT(
        !reels->projectsLoading() && reels->projectFilter()->findText(u"launch"_s, Qt::MatchStartsWith) >= 0, 15000);
    auto *button = reels->findChild<QPushButton *>(u"reelsProjectDashboardButton"_s);
    QVERIFY(button);
    reels->projectFilter()->setCurrentIndex(reels->projectFilter()->findText(u"launch"_s, Qt::MatchStartsWith));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Overview);
    DashboardsPage *page = m_window->dashboardsPage();
    QCOMPARE(page->currentTab(), DashboardsPage::Tab::Project);
    TaskDashboard *project = page->projectDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(project->isLoaded() && project->data().label == u"launch"_s, 15000);
    QCOMPARE(project->data().posts.size(), 1);
    QVERIFY(!project->data().chart(ChartKind::Views)->isEmpty());
    auto *table = project->findChild<QTableView *>(u"projectReelsView"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, TopPostsModel::PostColumn).data().toString(), seed::ReelCode);
    screenshot(m_window.get(), u"project-dashboard"_s);
}

void TestDashboards::chartExportsFromTheWindow()
{
    TaskDashboard *profile = m_window->dashboardsPage()->profileDashboard();
    QTemporaryDir out;
    ChartWidget *first = profile->chartWidgets().first();
    QVERIFY(first->exportTo(out.filePath(u"chart.svg"_s)));
    QFile svg(out.filePath(u"chart.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY(!xml.hasError());
    QVERIFY(text.contains(first->chart().title));
    QVERIFY(first->exportTo(out.filePath(u"chart.png"_s)));
    QCOMPARE(QImage(out.filePath(u"chart.png"_s)).size(), QSize(1920, 1080));
    QVERIFY(first->exportTo(out.filePath(u"chart.csv"_s)));
    QVERIFY(!first->exportTo(out.filePath(u"chart.gif"_s)));
}

void TestDashboards::modelsPassTheModelTester()
{
    TopPostsModel posts;
    QAbstractItemModelTester postsTester(&posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    posts.setPosts(m_window->dashboardsPage()->profileDashboard()->data().profile->best);
    QVERIFY(posts.rowCount() > 0);
    QVERIFY(posts.index(0, TopPostsModel::RateColumn).data().toString().endsWith(u"%"_s));
    posts.setPosts({});
    QCOMPARE(posts.rowCount(), 0);

    ComparisonModel comparison;
    QAbstractItemModelTester comparisonTester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    comparison.setProfiles(m_window->dashboardsPage()->comparison()->model()->profiles());
    QCOMPARE(comparison.rowCount(), 2);
    QCOMPARE(comparison.index(0, ComparisonModel::ProfileColumn).data().toString(), u"@brand (own)"_s);
    QCOMPARE(comparison.index(1, ComparisonModel::ProfileColumn).data().toString(), u"@rival"_s);
}

QTEST_MAIN(TestDashboards)
#include "testDashboards.moc"
