#include "ActivityLogModel.h"
#include "ModelTestHelpers.h"
#include "ProfileTasksModel.h"
#include "ReelTasksModel.h"
#include "TaskMetaTypes.h"
#include "TaskSortFilterModel.h"
#include "VideoTasksModel.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::reloadAndWait;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// A task table over a plain list, to drive the row syncing through every kind of change.
struct Item
{
    QString id;
    QString name;
};

class ListModel final : public TaskTableModel
{
public:
    explicit ListModel(QObject *parent = nullptr)
        : TaskTableModel(TaskKind::Reel, twoColumns(), parent)
    {
    }
    static Columns twoColumns()
    {
        Columns columns;
        columns.count = 2;
        return columns;
    }
    QList<Item> next;
    QList<Item> shown;

    void reload() override
    {
        syncRows(shown, next);
        markLoaded();
        emit reloaded();
    }
    void reloadTask(const QString &) override { reload(); }
    QString idAt(int row) const override { return row >= 0 && row < shown.size() ? shown.at(row).id : QString(); }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(shown.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Item &item = shown.at(index.row());
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? item.id : item.name;
        if (role == IdRole)
            return item.id;
        if (role == SortRole)
            return index.column() == 0 ? QVariant(item.id) : QVariant(item.name.size());
        return {};
    }

protected:
    QString columnTitle(int column) const override { return column == 0 ? u"Id"_s : u"Name"_s; }
};

QStringList idsOf(const QList<Item> &items)
{
    QStringList ids;
    for (const Item &item : items)
        ids.append(item.id);
    return ids;
}

QStringList shownIds(const TaskTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(TaskTableModel::IdRole).toString());
    return ids;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, col).data().toString());
    return texts;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testSyncRowsHandlesEveryChange();
    void testProfilesModelFollowsTheStore();
    void testProxyFiltersAllColumnsIgnoringCase();
    void testProxySortsByNaturalValues();
    void testReelsModelAndProjectFilter();
    void testVideosModelShowsMetadataAndState();
    void testActivityLogKeepsOrderAndLimit();
    void testReloadReturnsAtOnceAndIsAnsweredByTheQueryThread();
    void testAnAnswerOvertakenByANewerReloadIsDropped();
    void testAStoreThatCannotBeReadKeepsTheRowsAndSaysWhy();

private:
    /// Blocks the query service's thread until the returned semaphore is released; `thread` receives it.
    std::shared_ptr<QSemaphore> blockQueries(QThread **thread = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<QueryService> m_queries;
    QDateTime m_now;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_now = QDateTime(QDate(2025, 8, 1), QTime(12, 0), Qt::UTC);
    // Each task is created a minute after the previous one, so the store's order is known.
    m_service = std::make_unique<TrackingService>(*m_database, [this] { return m_now = m_now.addSecs(60); });
    m_queries = std::make_unique<QueryService>(m_dir->path());
}

void TestModels::cleanup()
{
    m_queries.reset();
    m_service.reset();
    m_database.reset();
    m_dir.reset();
}

void TestModels::testSyncRowsHandlesEveryChange()
{
    ListModel model;
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.next = {{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta"_s}, {u"c"_s, u"Gamma"_s}, {u"d"_s, u"Delta"_s}};
    QVERIFY(reloadAndWait(model));
    QCOMPARE(shownIds(model), idsOf(model.next));
    QCOMPARE(inserted.size(), 1); // the first load is one block

    const QPersistentModelIndex keptC(model.index(2, 1));
    // Remove b, move d before a, insert x and y between, rename c.
    model.next = {
        {u"d"_s, u"Delta"_s}, {u"x"_s, u"Xi"_s}, {u"y"_s, u"Ypsilon"_s}, {u"a"_s, u"Alpha"_s}, {u"c"_s, u"Gamma 2"_s}};
    inserted.clear();
    QVERIFY(reloadAndWait(model));
    QCOMPARE(shownIds(model), idsOf(model.next));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(inserted.size(), 1); // x and y in one block
    QCOMPARE(reset.size(), 0);
    QVERIFY(keptC.isValid());
    QCOMPARE(keptC.row(), 4);
    QCOMPARE(keptC.data().toString(), u"Gamma 2"_s);

    // Reverse everything, then empty the list, then fill it again.
    std::reverse(model.next.begin(), model.next.end());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(shownIds(model), idsOf(model.next));
    QCOMPARE(keptC.row(), 0);

    model.next.clear();
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!keptC.isValid());

    model.next = {{u"z"_s, u"Zeta"_s}};
    QVERIFY(reloadAndWait(model));
    QCOMPARE(shownIds(model), QStringList{u"z"_s});
    QCOMPARE(model.rowOfId(u"z"_s), 0);
    QCOMPARE(model.rowOfId(u"a"_s), -1);
}

void TestModels::testProfilesModelFollowsTheStore()
{
    ProfileTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);

    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ProfileTasksModel::ColumnCount));
    QCOMPARE(model.headerData(ProfileTasksModel::ProfileColumn, Qt::Horizontal).toString(), u"Profile"_s);

    auto natgeo = m_service->addProfile(u"@NatGeo"_s, true, 3);
    QVERIFY(natgeo.ok());
    QVERIFY(m_service->addProfile(u"https://www.instagram.com/nasa/"_s, false).ok());
    QVERIFY(m_service->addProfile(u"bbcnews"_s, true).ok());
    QCOMPARE(model.rowCount(), 0); // nothing changes until a reload answers
    model.reload();
    QCOMPARE(model.rowCount(), 0); // a reload returns before its answer
    QVERIFY(model.isLoading());
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(column(model, ProfileTasksModel::ProfileColumn), (QStringList{u"@natgeo"_s, u"@nasa"_s, u"@bbcnews"_s}));
    QCOMPARE(column(model, ProfileTasksModel::KindColumn), (QStringList{u"Competitor"_s, u"Own"_s, u"Competitor"_s}));
    QCOMPARE(model.index(0, ProfileTasksModel::IntervalColumn).data().toString(), u"every 3 days"_s);
    QCOMPARE(model.index(0, ProfileTasksModel::LastScrapedColumn).data().toString(), u"never"_s);
    QCOMPARE(model.index(0, 0).data(TaskTableModel::IdRole).toString(), natgeo->id);
    const auto task = model.index(0, 3).data(TaskTableModel::UnderlyingDataRole).value<ProfileTask>();
    QCOMPARE(task.id, natgeo->id);
    QCOMPARE(task.targetProfile, u"natgeo"_s);
    QCOMPARE(model.taskAt(0).intervalDays, 3);

    const QPersistentModelIndex nasa(model.index(1, 0));
    QVERIFY(m_service->updateProfile(natgeo->id, {std::nullopt, 1, TaskStatus::Paused}).ok());
    QVERIFY(m_service->removeProfile(model.taskAt(2).id).ok());
    QVERIFY(m_service->addProfile(u"nike"_s, false).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(column(model, ProfileTasksModel::ProfileColumn), (QStringList{u"@natgeo"_s, u"@nasa"_s, u"@nike"_s}));
    QCOMPARE(model.index(0, ProfileTasksModel::StatusColumn).data().toString(), u"Paused"_s);
    QCOMPARE(model.index(0, ProfileTasksModel::IntervalColumn).data().toString(), u"every day"_s);
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid()); // paused rows are greyed
    QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(nasa.isValid());
    QCOMPARE(nasa.row(), 1);

    // Reloading an unchanged store changes no rows.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(removed.size() + inserted.size(), 0);

    for (int row = model.rowCount() - 1; row >= 0; --row)
        QVERIFY(m_service->removeProfile(model.taskAt(row).id).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModels::testProxyFiltersAllColumnsIgnoringCase()
{
    ProfileTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    QVERIFY(m_service->addProfile(u"natgeo"_s, true).ok());
    QVERIFY(m_service->addProfile(u"nasa"_s, false).ok());
    QVERIFY(m_service->addProfile(u"competitor.watch"_s, false).ok());
    QVERIFY(reloadAndWait(model));

    QVERIFY(!proxy.isFiltering());
    proxy.setFilterText(u"  NAT "_s);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(column(proxy, 0), QStringList{u"@natgeo"_s});

    // "compet" is in the Type column of natgeo and the name of competitor.watch.
    proxy.setFilterText(u"COMPET"_s);
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setFilterText(u"own"_s);
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setFilterText(u"nothing like this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);

    // New rows that match the filter show up on reload; others stay hidden.
    proxy.setFilterText(u"na"_s);
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(m_service->addProfile(u"nationalpark"_s, false).ok());
    QVERIFY(m_service->addProfile(u"bbc"_s, false).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestModels::testProxySortsByNaturalValues()
{
    ProfileTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    QVERIFY(m_service->addProfile(u"alpha"_s, false, 10).ok());
    QVERIFY(m_service->addProfile(u"Bravo"_s, false, 2).ok());
    QVERIFY(m_service->addProfile(u"charlie"_s, false, 100).ok());
    QVERIFY(reloadAndWait(model));

    // Text would put "every 10 days" before "every 2 days"; the sort role sorts by number.
    proxy.sort(ProfileTasksModel::IntervalColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{u"@bravo"_s, u"@alpha"_s, u"@charlie"_s}));
    proxy.sort(ProfileTasksModel::IntervalColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{u"@charlie"_s, u"@alpha"_s, u"@bravo"_s}));
    proxy.sort(ProfileTasksModel::ProfileColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{u"@charlie"_s, u"@bravo"_s, u"@alpha"_s}));
    proxy.sort(ProfileTasksModel::NextDueColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, 0), (QStringList{u"@bravo"_s, u"@alpha"_s, u"@charlie"_s}));

    // The sort follows edits on reload.
    QVERIFY(m_service->updateProfile(model.taskAt(2).id, {std::nullopt, 1, std::nullopt}).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(column(proxy, 0), (QStringList{u"@charlie"_s, u"@bravo"_s, u"@alpha"_s}));
}

void TestModels::testReelsModelAndProjectFilter()
{
    ReelTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);

    auto summer = m_service->addProject(u"Summer"_s);
    auto autumn = m_service->addProject(u"Autumn"_s);
    QVERIFY(summer.ok() && autumn.ok());
    QVERIFY(m_service->addReel(u"Summer"_s, u"https://www.instagram.com/reel/C0ABCdefGHI/"_s).ok());
    QVERIFY(m_service->addReel(u"Summer"_s, u"C0ABCdefGHJ"_s, 5).ok());
    QVERIFY(m_service->addReel(u"Autumn"_s, u"https://instagram.com/p/B1xyzXYZ123/"_s).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, ReelTasksModel::ProjectColumn), (QStringList{u"Autumn"_s, u"Summer"_s, u"Summer"_s}));
    QCOMPARE(column(model, ReelTasksModel::ReelColumn),
             (QStringList{u"B1xyzXYZ123"_s, u"C0ABCdefGHI"_s, u"C0ABCdefGHJ"_s}));
    QCOMPARE(model.index(1, ReelTasksModel::ReelColumn).data(Qt::ToolTipRole).toString(),
             u"https://www.instagram.com/reel/C0ABCdefGHI/"_s);
    QCOMPARE(model.index(0, 0).data(ReelTasksModel::ProjectIdRole).toString(), autumn->id);
    QCOMPARE(model.index(2, 0).data(TaskTableModel::UnderlyingDataRole).value<ReelTask>().intervalDays, 5);

    proxy.setRoleFilter(ReelTasksModel::ProjectIdRole, summer->id);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(u"ghj"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    proxy.setRoleFilter(ReelTasksModel::ProjectIdRole, autumn->id);
    QCOMPARE(column(proxy, ReelTasksModel::ReelColumn), QStringList{u"B1xyzXYZ123"_s});
    proxy.setRoleFilter(ReelTasksModel::ProjectIdRole, QVariant());
    QCOMPARE(proxy.rowCount(), 3);

    // Removing a project removes its reels from the model on reload.
    proxy.setRoleFilter(ReelTasksModel::ProjectIdRole, summer->id);
    QVERIFY(m_service->removeProject(u"Summer"_s).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.isFiltering());
}

void TestModels::testVideosModelShowsMetadataAndState()
{
    VideoTasksModel model(*m_queries);
    TaskSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);

    const QJsonObject metadata{{u"owner"_s, u"anna"_s}, {u"campaign"_s, u"summer"_s}};
    auto tiktok = m_service->addVideo(Platform::TikTok, u"https://www.tiktok.com/@someone/video/7234567890123456789"_s,
                                      metadata, 12);
    QVERIFY2(tiktok.ok(), qPrintable(tiktok.ok() ? QString() : tiktok.error().message));
    QVERIFY(m_service->addVideo(Platform::Instagram, u"C0ABCdefGHI"_s, {}, std::nullopt, false).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column(model, VideoTasksModel::PlatformColumn), (QStringList{u"TikTok"_s, u"Instagram"_s}));
    QCOMPARE(column(model, VideoTasksModel::VideoColumn), (QStringList{u"7234567890123456789"_s, u"C0ABCdefGHI"_s}));
    QCOMPARE(column(model, VideoTasksModel::ActiveColumn), (QStringList{u"Active"_s, u"Inactive"_s}));
    QCOMPARE(model.index(0, VideoTasksModel::MetadataColumn).data().toString(), u"campaign=summer, owner=anna"_s);
    QCOMPARE(model.index(0, VideoTasksModel::IntervalColumn).data().toString(), u"every 12 hours"_s);
    QCOMPARE(model.index(1, VideoTasksModel::NextDueColumn).data().toString(), u"not scheduled"_s);

    proxy.setFilterText(u"ANNA"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});

    QVERIFY(m_service->updateVideo(tiktok->id, {false, 48, QJsonObject{}}).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.index(0, VideoTasksModel::ActiveColumn).data().toString(), u"Inactive"_s);
    QCOMPARE(model.index(0, VideoTasksModel::MetadataColumn).data().toString(), QString());
    QCOMPARE(model.taskAt(0).intervalHours, 48);

    QVERIFY(m_service->removeVideo(tiktok->id).ok());
    QVERIFY(reloadAndWait(model));
    QCOMPARE(column(model, VideoTasksModel::VideoColumn), QStringList{u"C0ABCdefGHI"_s});
}

void TestModels::testActivityLogKeepsOrderAndLimit()
{
    ActivityLogModel log;
    QAbstractItemModelTester tester(&log, Fatal);
    log.addInfo(u"Added @natgeo"_s);
    log.addError(u"Could not remove @nasa: the store is locked"_s);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(0).data(ActivityLogModel::MessageRole).toString(), u"Added @natgeo"_s);
    QVERIFY(log.index(0).data().toString().endsWith(u"Added @natgeo"_s));
    QCOMPARE(log.index(1).data(ActivityLogModel::KindRole).toInt(), int(ActivityLogModel::Kind::Error));
    QVERIFY(log.index(1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!log.index(0).data(Qt::ForegroundRole).isValid());

    for (int i = 0; i < ActivityLogModel::MaxEntries; ++i)
        log.add(ActivityLogModel::Kind::Info, QString::number(i), QDateTime::currentDateTimeUtc());
    QCOMPARE(log.rowCount(), ActivityLogModel::MaxEntries);
    QCOMPARE(log.index(0).data(ActivityLogModel::MessageRole).toString(), u"0"_s);
    QCOMPARE(log.index(log.rowCount() - 1).data(ActivityLogModel::MessageRole).toString(),
             QString::number(ActivityLogModel::MaxEntries - 1));
}

std::shared_ptr<QSemaphore> TestModels::blockQueries(QThread **thread)
{
    auto gate = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    (void)m_queries
        ->run<QThread *>([gate, started](Database &) -> Result<QThread *> {
            started->release();
            gate->acquire();
            return QThread::currentThread();
        })
        .then([thread](Result<QThread *> ran) {
            if (thread)
                *thread = ran.value();
        });
    started->acquire(); // the query thread is inside the job now
    return gate;
}

void TestModels::testReloadReturnsAtOnceAndIsAnsweredByTheQueryThread()
{
    QVERIFY(m_service->addProfile(u"natgeo"_s, true).ok());
    QVERIFY(m_service->addProfile(u"nasa"_s, false).ok());
    ProfileTasksModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy reloaded(&model, &TaskTableModel::reloaded);

    // The query thread is busy (a long read): reload() does not wait for it, and shows nothing yet. Were the
    // rows read on the GUI thread, they would be there at once.
    QThread *queryThread = nullptr;
    const auto gate = blockQueries(&queryThread);
    QElapsedTimer clock;
    clock.start();
    model.reload();
    model.reloadTask(u"no-such-task"_s);
    QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(!model.hasLoaded());
    QCOMPARE(reloaded.size(), 0);

    gate->release();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.hasLoaded());
    QVERIFY(!model.isLoading());
    QVERIFY(queryThread);
    QVERIFY(queryThread != QThread::currentThread());
}

void TestModels::testAnAnswerOvertakenByANewerReloadIsDropped()
{
    QVERIFY(m_service->addProfile(u"natgeo"_s, true).ok());
    ProfileTasksModel model(*m_queries);
    QAbstractItemModelTester tester(&model, Fatal);
    QVERIFY(reloadAndWait(model));
    const QPersistentModelIndex natgeo(model.index(0, 0));
    QSignalSpy reloaded(&model, &TaskTableModel::reloaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Two reloads queued behind a busy query thread; a task is added between their reads.
    const auto first = blockQueries();
    model.reload();
    auto second = std::make_shared<QSemaphore>();
    auto between = std::make_shared<QSemaphore>();
    (void)m_queries->run<int>([second, between](Database &) -> Result<int> {
        between->release();
        second->acquire();
        return 0;
    });
    model.reload();
    first->release();
    between->acquire(); // the first reload has read the store: one task
    QVERIFY(m_service->addProfile(u"nasa"_s, false).ok());
    second->release();

    // Only the newer answer is shown: one reload, the rows of the store as it is now.
    QTRY_COMPARE(reloaded.size(), 1);
    QTest::qWait(50);
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(natgeo.isValid()); // the selection of a task that stayed survives
    QCOMPARE(natgeo.data().toString(), u"@natgeo"_s);
}

void TestModels::testAStoreThatCannotBeReadKeepsTheRowsAndSaysWhy()
{
    QVERIFY(m_service->addProfile(u"natgeo"_s, true).ok());
    ProfileTasksModel model(*m_queries);
    QVERIFY(reloadAndWait(model));
    QCOMPARE(model.rowCount(), 1);

    // A data folder that is a file: the query service cannot open it, and says so through the model.
    QTemporaryDir other;
    const QString notAFolder = other.filePath(u"file"_s);
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QueryService broken(notAFolder);
    ProfileTasksModel brokenModel(broken);
    QSignalSpy failed(&brokenModel, &TaskTableModel::reloadFailed);
    QVERIFY(!reloadAndWait(brokenModel));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(brokenModel.rowCount(), 0);
    QVERIFY(!brokenModel.isLoading());

    QSignalSpy taskFailed(&brokenModel, &TaskTableModel::taskReloadFailed);
    brokenModel.reloadTask(u"whatever"_s);
    QTRY_COMPARE(taskFailed.size(), 1);
}

QTEST_MAIN(TestModels)
#include "testModels.moc"
