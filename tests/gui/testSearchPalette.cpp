#include "MainWindow.h"
#include "ProfilesPage.h"
#include "SearchPalette.h"
#include "SearchResultsModel.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/TaskDashboard.h"
#include "domain/AppInfo.h"
#include "search/SearchSeed.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestSearchPalette final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrlKFindsWhatTheCliFinds();
    void enterOpensThePostsDashboard();
    void aCommentOpensItsPost();
    void nothingFoundSaysSo();
    void ctrlKWorksFromATextField();

private:
    SearchPalette *palette() const { return m_window->findChild<SearchPalette *>(); }
    /// Ctrl+K, then the text typed into the search field; waits for the answer.
    void typeSearch(const QString &text);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_reelId;
};

void TestSearchPalette::initTestCase()
{
    applyApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    auto opened = Database::open(m_dataDir.path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    searchseed::seed(m_database->connection(), 3, 6, 300);
    m_service = std::make_unique<TrackingService>(*m_database);
    // A reel tracked on its own, the newest post, whose caption and comment say "love".
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);
    QVERIFY(reel.ok());
    m_reelId = reel->id;
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(u"INSERT INTO media_items (id, platform, platform_id, shortcode, product_type, owner_username,"
                   " caption, first_seen, last_seen) VALUES (90000, 'instagram', '3560614185974049156',"
                   " 'DFp17y5MymE', 'clips', 'launchbrand', 'A love story in one reel', 0, 0)"_s));
    QVERIFY(q.exec(u"INSERT INTO task_items VALUES ('reel', '%1', 90000)"_s.arg(m_reelId)));
    QVERIFY(q.exec(u"INSERT INTO comments (item_id, platform, platform_id, author, text, first_seen, last_seen)"
                   " VALUES (90000, 'instagram', 'r1', 'zoe', 'love this reel <3', 0, 0)"_s));

    m_window = std::make_unique<MainWindow>(*m_service, m_dataDir.path());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(palette());
    m_tester = std::make_unique<QAbstractItemModelTester>(palette()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSearchPalette::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_service.reset();
    m_database.reset();
}

void TestSearchPalette::typeSearch(const QString &text)
{
    QTRY_VERIFY(!palette()->isVisible() || palette()->searchEdit()->hasFocus());
    if (!palette()->isVisible()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    }
    QTRY_VERIFY(palette()->isVisible());
    QLineEdit *edit = palette()->searchEdit();
    QVERIFY(edit->hasFocus() || edit->isVisible());
    edit->clear();
    QTest::keyClicks(edit, text);
    QTRY_VERIFY_WITH_TIMEOUT(palette()->model()->query() == text && !palette()->model()->isSearching(), 10000);
}

void TestSearchPalette::ctrlKFindsWhatTheCliFinds()
{
    typeSearch(u"love"_s);
    SearchResultsModel *model = palette()->model();
    const QList<SearchHit> comments = model->hits(SearchKind::Comment);
    QCOMPARE(comments.size(), SearchResultsModel::PerKind);
    QVERIFY(!model->hits(SearchKind::Post).isEmpty());
    // Grouped: a heading, then its results; the matches are marked.
    QVERIFY(model->data(model->index(0), SearchResultsModel::IsHeadingRole).toBool());
    const int first = model->firstResultRow();
    QVERIFY(model->data(model->index(first), SearchResultsModel::HtmlRole).toString().contains(u"<b>"_s));
    for (const SearchHit &hit : comments)
        QVERIFY(!hit.text.marks.isEmpty());

    // The same comments, in the same order, as `reelpulse-cli search love --in comments --json`.
    QProcess cli;
    cli.start(QStringLiteral(REELPULSE_CLI_PATH),
              {u"--data-dir"_s, m_dataDir.path(), u"search"_s, u"love"_s, u"--in"_s, u"comments"_s, u"--limit"_s,
               QString::number(SearchResultsModel::PerKind), u"--json"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray data = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), comments.size());
    for (int i = 0; i < data.size(); ++i) {
        QCOMPARE(data.at(i).toObject().value(u"id"_s).toString(), comments.at(i).id);
        QCOMPARE(data.at(i).toObject().value(u"text"_s).toString(), comments.at(i).text.text);
    }
}

void TestSearchPalette::enterOpensThePostsDashboard()
{
    typeSearch(u"love"_s);
    // The first result is selected: the newest post, the reel's.
    const SearchHit *hit = palette()->model()->hitAt(palette()->resultsView()->currentIndex().row());
    QVERIFY(hit);
    QCOMPARE(hit->kind, SearchKind::Post);
    QCOMPARE(hit->id, u"90000"_s);
    QCOMPARE(hit->postUrl, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);
    QTest::keyClick(palette()->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!palette()->isVisible());
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Overview);
    QCOMPARE(m_window->dashboardsPage()->currentTab(), DashboardsPage::Tab::Item);
    QCOMPARE(m_window->dashboardsPage()->itemDashboard()->task(), (TaskRef{TaskKind::Reel, m_reelId}));
}

void TestSearchPalette::aCommentOpensItsPost()
{
    typeSearch(u"love"_s);
    SearchResultsModel *model = palette()->model();
    // Down moves through the results (over the headings) to the first comment.
    for (int i = 0; i < 40; ++i) {
        const SearchHit *hit = model->hitAt(palette()->resultsView()->currentIndex().row());
        QVERIFY(hit);
        if (hit->kind == SearchKind::Comment)
            break;
        QTest::keyClick(palette()->searchEdit(), Qt::Key_Down);
    }
    const SearchHit *comment = model->hitAt(palette()->resultsView()->currentIndex().row());
    QVERIFY(comment && comment->kind == SearchKind::Comment);
    QVERIFY(comment->post.has_value());
    // The comment is shown in its post: the link, the caption, the tasks.
    const QString preview = palette()->previewLabel()->text();
    QVERIFY2(preview.contains(comment->postUrl), qPrintable(preview));
    QVERIFY2(preview.contains(comment->post->caption.left(40).toHtmlEscaped()), qPrintable(preview));
    QVERIFY2(preview.contains(comment->tasks.first().label), qPrintable(preview));
    const auto task = comment->dashboardTask();
    QVERIFY(task.has_value());
    QTest::keyClick(palette()->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!palette()->isVisible());
    const DashboardsPage *page = m_window->dashboardsPage();
    if (task->kind == TaskKind::Profile) {
        QCOMPARE(page->currentTab(), DashboardsPage::Tab::Profile);
        QCOMPARE(page->profileDashboard()->task(), *task);
    } else {
        QCOMPARE(page->currentTab(), DashboardsPage::Tab::Item);
        QCOMPARE(page->itemDashboard()->task(), *task);
    }
}

void TestSearchPalette::nothingFoundSaysSo()
{
    typeSearch(u"\"( -* ^:"_s);
    QCOMPARE(palette()->model()->firstResultRow(), -1);
    typeSearch(u"nosuchwordanywhere"_s);
    QCOMPARE(palette()->model()->rowCount(), 0);
    QVERIFY(palette()->statusLabel()->text().contains(u"nosuchwordanywhere"_s));
    QTest::keyClick(palette()->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!palette()->isVisible());
}

void TestSearchPalette::ctrlKWorksFromATextField()
{
    // A text field takes Ctrl+K for itself (delete to the end of the line); in the window it opens the search.
    m_window->setCurrentSection(MainWindow::Section::Profiles);
    QLineEdit *filter = m_window->profilesPage()->filterEdit();
    QTRY_VERIFY(filter->isVisible());
    filter->setFocus();
    QTest::keyClicks(filter, u"brand"_s);
    filter->setCursorPosition(0);
    QVERIFY(!palette()->isVisible());
    QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette()->isVisible());
    QCOMPARE(filter->text(), u"brand"_s);
    QTest::keyClick(palette()->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!palette()->isVisible());
}

QTEST_MAIN(TestSearchPalette)
#include "testSearchPalette.moc"
