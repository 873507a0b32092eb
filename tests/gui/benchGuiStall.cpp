// How long the GUI thread stalls while the window shows a task of a large store: the details pane, a post's
// comments and the sentiment summaries are read by the query service's thread, so the window should never
// stop answering for more than a frame (16 ms), whatever the number of comments.
//
//   benchGuiStall                      10,000 and 1,000,000 comments (`cmake --build build --target bench`)
//   benchGuiStall --comments N [...]   other sizes
//   benchGuiStall --smoke              a tiny store: checks that the measurement runs (a ctest test)
//
// Each run builds a store in a temporary folder (bulk inserts in one transaction; the store's triggers fill
// the per-day sentiment counts), opens the real MainWindow (offscreen), selects the task that holds most of the
// comments, opens the details pane, waits for its posts, the first post's comments and both summaries, selects
// another post with many comments and waits for its comments and summary, then scrolls the comments once. A
// 1 ms timer records the longest gap between its ticks (the longest time the GUI thread did not get to it),
// and the application times every event it delivers. BENCH_VERBOSE=1 lists every gap over 8 ms and every event
// over 3 ms as they happen.

#include "CommentsModel.h"
#include "MainWindow.h"
#include "ProfilesPage.h"
#include "TaskDetailPane.h"
#include "TaskItemsModel.h"
#include "TaskTableModel.h"
#include "domain/AppInfo.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Times every event the GUI thread delivers from its event loop (nested deliveries count in the outer one).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // the query service's thread, the pool: not the GUI's
            return QApplication::notify(receiver, event);
        if (m_depth > 0 || !m_measuring)
            return nested(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const int type = event->type(); // the event may be gone after delivery
        const bool handled = nested(receiver, event);
        const qint64 ns = clock.nsecsElapsed();
        if (m_verbose && ns > 3000000)
            out() << "    event " << QString::number(ns / 1e6, 'f', 1)
                  << " ms: " << QMetaEnum::fromType<QEvent::Type>().valueToKey(type) << " to "
                  << (receiver ? receiver->metaObject()->className() : "?") << " "
                  << (receiver ? receiver->objectName() : QString()) << Qt::endl;
        if (ns > m_worstNs) {
            m_worstNs = ns;
            m_worstWhat = QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)) + u" to "_s +
                          QString::fromLatin1(receiver ? receiver->metaObject()->className() : "?");
        }
        return handled;
    }

    void startMeasuring()
    {
        m_worstNs = 0;
        m_worstWhat.clear();
        m_measuring = true;
    }
    void stopMeasuring() { m_measuring = false; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    double worstEventMs() const { return m_worstNs / 1e6; }
    QString worstEvent() const { return m_worstWhat; }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }

    int m_depth = 0;
    bool m_measuring = false;
    bool m_verbose = false;
    qint64 m_worstNs = 0;
    QString m_worstWhat;
};

/// A 1 ms timer: the longest gap between two ticks is the longest the GUI thread was busy elsewhere.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_ticks = 0;
        m_timer.start();
    }

    void stop()
    {
        tick();
        m_timer.stop();
    }

    double worstGapMs() const { return m_worst / 1e6; }
    int ticks() const { return m_ticks; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_verbose && now - m_last > 8000000)
            out() << "    gap " << QString::number((now - m_last) / 1e6, 'f', 1) << " ms at "
                  << QString::number(now / 1e6, 'f', 1) << " ms" << Qt::endl;
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    int m_ticks = 0;
    bool m_verbose = false;
};

/// Runs the event loop until `done` or `timeoutMs`; returns the milliseconds it took (-1: timed out).
qint64 waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return clock.elapsed();
}

struct Store
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    QString selectedTaskId;
    int posts = 0;
    int comments = 0;
    qint64 buildMs = 0;
    QString error;
};

bool exec(QSqlQuery &q, QString &error)
{
    if (q.exec())
        return true;
    error = q.lastError().text();
    return false;
}

/// 50 profile tasks with 40 posts each (the first task 200), and `comments` comments: 35 % on each of the
/// selected task's two newest posts, 20 % over its other posts and 10 % over every other post.
Store buildStore(int comments)
{
    Store store;
    QElapsedTimer clock;
    clock.start();
    store.dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(store.dir->path());
    if (!opened.ok()) {
        store.error = opened.error().message;
        return store;
    }
    store.database = std::move(opened.value());
    TrackingService tracking(*store.database);
    QStringList taskIds;
    for (int i = 0; i < 50; ++i) {
        auto task = tracking.addProfile(u"brand%1"_s.arg(i, 3, 10, QLatin1Char('0')), i % 3 == 0);
        if (!task.ok()) {
            store.error = task.error().message;
            return store;
        }
        taskIds << task->id;
    }
    store.selectedTaskId = taskIds.first();

    QSqlDatabase db = store.database->connection();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QRandomGenerator rng(20250801);
    const QStringList texts{
        u"love this so much, wonderful!"_s, u"this is awful, worst post ever"_s, u"where was this taken?"_s, u"🔥🔥🔥"_s,
        u"great colours, amazing shot"_s,   u"not sure about this one"_s,        u"so bad, unfollowing"_s,   u"ok"_s};
    const QStringList labels{u"positive"_s, u"negative"_s, u"neutral"_s,  u"positive"_s,
                             u"positive"_s, u"neutral"_s,  u"negative"_s, u"neutral"_s};
    db.transaction();
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO media_items (platform, platform_id, shortcode, owner_username, media_type, caption, "
                 "taken_at, first_seen, last_seen) VALUES ('instagram', ?, ?, ?, 'image', ?, ?, ?, ?)"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('profile', ?, ?)"_s);
    QSqlQuery snapshot(db);
    snapshot.prepare(
        u"INSERT INTO item_snapshots (item_id, taken_at, likes, comments, views) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery profile(db);
    profile.prepare(u"INSERT INTO profile_snapshots (task_id, taken_at, username, followers, following, posts) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery scraped(db);
    scraped.prepare(u"UPDATE profile_tasks SET last_scraped = ? WHERE id = ?"_s);

    QList<qint64> selectedPosts; // newest first
    QList<qint64> otherPosts;
    int postNumber = 0;
    for (int t = 0; t < taskIds.size(); ++t) {
        const int count = t == 0 ? 200 : 40;
        for (int p = 0; p < count; ++p) {
            const QString code = u"B%1P%2"_s.arg(t, 3, 10, QLatin1Char('0')).arg(p, 4, 10, QLatin1Char('0'));
            const qint64 takenAt = now - 3600 - qint64(p) * 86400;
            item.bindValue(0, QString::number(9000000000LL + postNumber++));
            item.bindValue(1, code);
            item.bindValue(2, u"brand%1"_s.arg(t, 3, 10, QLatin1Char('0')));
            item.bindValue(3, u"Post %1 of a long-followed brand #daily #news"_s.arg(code));
            item.bindValue(4, takenAt);
            item.bindValue(5, now);
            item.bindValue(6, now);
            if (!exec(item, store.error))
                return store;
            const qint64 rowId = item.lastInsertId().toLongLong();
            link.bindValue(0, taskIds.at(t));
            link.bindValue(1, rowId);
            snapshot.bindValue(0, rowId);
            snapshot.bindValue(1, now);
            snapshot.bindValue(2, 1000 + rng.bounded(50000));
            snapshot.bindValue(3, 10 + rng.bounded(5000));
            snapshot.bindValue(4, 20000 + rng.bounded(900000));
            if (!exec(link, store.error) || !exec(snapshot, store.error))
                return store;
            (t == 0 ? selectedPosts : otherPosts).append(rowId);
        }
        profile.bindValue(0, taskIds.at(t));
        profile.bindValue(1, now);
        profile.bindValue(2, u"brand%1"_s.arg(t, 3, 10, QLatin1Char('0')));
        profile.bindValue(3, 100000 + t * 1000);
        profile.bindValue(4, 300);
        profile.bindValue(5, count);
        scraped.bindValue(0, now);
        scraped.bindValue(1, taskIds.at(t));
        if (!exec(profile, store.error) || !exec(scraped, store.error))
            return store;
    }
    store.posts = postNumber;

    QSqlQuery comment(db);
    comment.prepare(u"INSERT INTO comments (item_id, platform, platform_id, author, text, created_at, like_count, "
                    "first_seen, last_seen, sentiment_label, sentiment_compound, sentiment_engine) "
                    "VALUES (?, 'instagram', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')"_s);
    const int big = comments * 35 / 100;
    const int restOfTask = comments * 20 / 100;
    for (int c = 0; c < comments; ++c) {
        qint64 itemId = 0;
        if (c < big)
            itemId = selectedPosts.at(0);
        else if (c < 2 * big)
            itemId = selectedPosts.at(1);
        else if (c < 2 * big + restOfTask)
            itemId = selectedPosts.at(2 + int(rng.bounded(int(selectedPosts.size()) - 2)));
        else
            itemId = otherPosts.at(int(rng.bounded(int(otherPosts.size()))));
        const int kind = int(rng.bounded(int(texts.size())));
        const bool scored = rng.bounded(20) != 0; // 5 % wait for scoring
        comment.bindValue(0, itemId);
        comment.bindValue(1, QString::number(17000000000000000LL + c));
        comment.bindValue(2, u"fan%1"_s.arg(rng.bounded(200000)));
        comment.bindValue(3, texts.at(kind));
        comment.bindValue(4, now - qint64(rng.bounded(365 * 86400)));
        comment.bindValue(5, int(rng.bounded(300)));
        comment.bindValue(6, now);
        comment.bindValue(7, now);
        comment.bindValue(8, scored ? QVariant(labels.at(kind)) : QVariant(QMetaType(QMetaType::QString)));
        comment.bindValue(9, scored ? QVariant(labels.at(kind) == u"positive"   ? 0.6
                                               : labels.at(kind) == u"negative" ? -0.6
                                                                                : 0.0)
                                    : QVariant(QMetaType(QMetaType::Double)));
        if (!exec(comment, store.error))
            return store;
    }
    if (!db.commit()) {
        store.error = db.lastError().text();
        return store;
    }
    store.comments = comments;
    store.buildMs = clock.elapsed();
    return store;
}

struct Figures
{
    bool ok = false;
    QString failure;
    double startupStallMs = 0;
    qint64 tablesMs = 0;
    qint64 postsMs = 0;
    qint64 firstPostMs = 0;
    qint64 taskSummaryMs = 0;
    int firstPostComments = 0;
    qint64 otherPostMs = 0;
    int otherPostComments = 0;
    qint64 scrollMs = 0;
    qint64 otherTaskMs = 0;
    double explanationMs = 0;
    double worstGapMs = 0;
    double worstEventMs = 0;
    QString worstEvent;
    int ticks = 0;
};

bool summaryShown(const QLabel *label)
{
    return label->text().contains(u"Overall"_s);
}

Figures measure(TimedApplication &app, Store &store)
{
    Figures f;
    StallMeter meter;
    meter.setVerbose(qEnvironmentVariableIsSet("BENCH_VERBOSE"));
    app.setVerbose(qEnvironmentVariableIsSet("BENCH_VERBOSE"));
    TrackingService service(*store.database);

    meter.start();
    app.startMeasuring();
    MainWindow window(service, store.dir->path());
    window.resize(1400, 900);
    window.show();
    window.setCurrentSection(MainWindow::Section::Profiles);
    TaskPage *page = window.profilesPage();
    QElapsedTimer clock;
    clock.start();
    f.tablesMs = waitUntil([&] { return page->model()->hasLoaded() && page->model()->rowCount() == 50; });
    // Let the first paint and the window's own start-up settle.
    waitUntil([] { return false; }, 300);
    meter.stop();
    app.stopMeasuring();
    f.startupStallMs = meter.worstGapMs();
    if (f.tablesMs < 0) {
        f.failure = u"the task table was not shown"_s;
        return f;
    }

    // From here on the GUI thread must never stall: select the task, open the details, pick a post.
    meter.start();
    app.startMeasuring();
    clock.restart();
    // One step per event, as a person's clicks come: the task, then the details action.
    QElapsedTimer step;
    step.start();
    page->selectId(store.selectedTaskId);
    const qint64 selectNs = step.nsecsElapsed();
    waitUntil([] { return false; }, 30);
    clock.restart(); // the times below count from opening the details
    step.restart();
    window.findChild<QAction *>(u"detailsAction"_s)->setChecked(true);
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        out() << "    select " << selectNs / 1e6 << " ms, details " << step.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    TaskDetailPane *details = page->detailPane();
    if (!details) {
        f.failure = u"the details pane did not open"_s;
        return f;
    }
    TaskItemsModel *items = details->itemsModel();
    CommentsModel *comments = details->commentsModel();
    f.postsMs = waitUntil([&] { return items->rowCount() > 0; });
    f.firstPostMs = waitUntil(
        [&] { return comments->rowCount() > 0 && comments->overview() && summaryShown(details->summaryLabel()); });
    if (f.firstPostMs >= 0)
        f.firstPostMs = clock.elapsed();
    f.taskSummaryMs = waitUntil([&] { return summaryShown(details->taskSummaryLabel()); });
    if (f.taskSummaryMs >= 0)
        f.taskSummaryMs = clock.elapsed();
    f.firstPostComments = comments->totalCount();

    // Another post with many comments.
    clock.restart();
    details->itemsView()->setCurrentIndex(items->index(1, 0));
    f.otherPostMs = waitUntil([&] {
        return comments->item() == items->itemAt(1).rowId && comments->rowCount() > 0 && comments->overview() &&
               summaryShown(details->summaryLabel());
    });
    f.otherPostComments = comments->totalCount();

    // A comment: its explanation (its words scored again, in the window).
    QElapsedTimer explain;
    explain.start();
    details->commentsView()->setCurrentIndex(comments->index(0, 0));
    f.explanationMs = explain.nsecsElapsed() / 1e6;

    // Scrolling to the end of the first page asks for the next one.
    clock.restart();
    const int shown = comments->rowCount();
    details->commentsView()->scrollToBottom();
    f.scrollMs = shown < f.otherPostComments ? waitUntil([&] { return comments->rowCount() > shown; }) : 0;

    // Another task while the details stay open (the usual way through the list).
    clock.restart();
    const QString otherTask = page->model()->idAt(page->model()->rowOfId(store.selectedTaskId) == 0 ? 1 : 0);
    page->selectId(otherTask);
    f.otherTaskMs = waitUntil([&] {
        return details->task() && details->task()->id == otherTask && items->rowCount() > 0 && comments->overview() &&
               summaryShown(details->taskSummaryLabel());
    });

    waitUntil([] { return false; }, 200);
    meter.stop();
    app.stopMeasuring();
    f.worstGapMs = meter.worstGapMs();
    f.worstEventMs = app.worstEventMs();
    f.worstEvent = app.worstEvent();
    f.ticks = meter.ticks();
    if (f.postsMs < 0 || f.firstPostMs < 0 || f.taskSummaryMs < 0 || f.otherPostMs < 0 || f.scrollMs < 0 ||
        f.otherTaskMs < 0) {
        f.failure = u"the details were not all shown within two minutes"_s;
        return f;
    }
    f.ok = true;
    return f;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

bool run(TimedApplication &app, int comments, bool smoke)
{
    const QLocale locale(QLocale::English);
    out() << "benchGuiStall: " << locale.toString(comments) << " comments" << Qt::endl;
    Store store = buildStore(comments);
    if (!store.error.isEmpty()) {
        out() << "  could not build the store: " << store.error << Qt::endl;
        return false;
    }
    out() << "  store: 50 profile tasks, " << locale.toString(store.posts) << " posts, "
          << locale.toString(store.comments) << " comments, built in " << locale.toString(store.buildMs) << " ms"
          << Qt::endl;
    const Figures f = measure(app, store);
    if (!f.ok) {
        out() << "  FAILED: " << f.failure << Qt::endl;
        return false;
    }
    out() << "  window start-up (not measured against the goal): tables in " << f.tablesMs << " ms, longest stall "
          << ms(f.startupStallMs) << Qt::endl;
    out() << "  select the task, open the details: first page of posts in " << f.postsMs << " ms; first post ("
          << locale.toString(f.firstPostComments) << " comments) with its comments and summary in " << f.firstPostMs
          << " ms; the task's summary in " << f.taskSummaryMs << " ms" << Qt::endl;
    out() << "  select another post (" << locale.toString(f.otherPostComments) << " comments): comments and summary in "
          << f.otherPostMs << " ms; next page on scrolling in " << f.scrollMs << " ms" << Qt::endl;
    out() << "  select a comment: its explanation in " << ms(f.explanationMs) << Qt::endl;
    out() << "  select another task with the details open: its posts, first post and summaries in " << f.otherTaskMs
          << " ms" << Qt::endl;
    out() << "  longest GUI-thread stall: " << ms(f.worstGapMs) << " (gap between ticks of a 1 ms timer, " << f.ticks
          << " ticks); longest single event: " << ms(f.worstEventMs) << " (" << f.worstEvent << ")" << Qt::endl;
    if (!smoke)
        out() << "  goal: no stall over 16 ms — " << (f.worstGapMs <= 16.0 ? "met" : "NOT met") << Qt::endl;
    return !smoke || f.ticks > 10;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("REELPULSE_NO_NETWORK", "1");
    TimedApplication app(argc, argv);
    applyApplicationIdentity();
    // The window's remembered layout goes to a temporary folder, never to the person's settings.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();

    QList<int> sizes;
    bool smoke = false;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--smoke") {
            smoke = true;
        } else if (args.at(i) == u"--comments" && i + 1 < args.size()) {
            sizes << args.at(++i).toInt();
        } else {
            QTextStream(stderr) << "usage: benchGuiStall [--comments N]... [--smoke]" << Qt::endl;
            return 2;
        }
    }
    if (sizes.isEmpty())
        sizes = smoke ? QList<int>{2000} : QList<int>{10000, 1000000};
    bool ok = true;
    for (int size : std::as_const(sizes))
        ok = run(app, size, smoke) && ok;
    return ok ? 0 : 1;
}
