// How long the GUI thread stalls while the dashboards load: their data is read by the query service's thread, so
// the window should never stop answering for more than a frame (16 ms) while the Overview, a profile dashboard,
// the competitor comparison, the reel dashboard and the project dashboard are read and drawn.
//
//   benchDashboardStall            the benchmark store: 50 profiles, 10,000 posts, 100,000 snapshots,
//                                  1,000,000 comments (`cmake --build build --target bench`)
//   benchDashboardStall --small    a tenth of the posts, snapshots and comments
//   benchDashboardStall --smoke    a tiny store: checks that the measurement runs (a ctest test)
//   benchDashboardStall --keep DIR the store built in DIR and kept there, or read again
//
// A 1 ms timer records the longest gap between its ticks (the longest time the GUI thread did not get to it) while
// each dashboard is opened and until its data is drawn; the time until then is printed beside it, and the longest
// single event the GUI thread handled (its own work, without the time other processes took the CPU).
#include "BenchStore.h"
#include "dashboards/ComparisonView.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/OverviewView.h"
#include "dashboards/TaskDashboard.h"
#include "domain/AppInfo.h"
#include "services/QueryService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

/// Times every event the GUI thread delivers from its event loop (nested deliveries count in the outer one): the
/// longest is the GUI's own work, where a longer timer gap also counts the time the system gave to other processes.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread() || m_depth > 0)
            return nested(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const bool handled = nested(receiver, event);
        m_worstNs = std::max(m_worstNs, clock.nsecsElapsed());
        return handled;
    }

    void startMeasuring() { m_worstNs = 0; }
    double worstEventMs() const { return double(m_worstNs) / 1e6; }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }

    int m_depth = 0;
    qint64 m_worstNs = 0;
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
        m_timer.start();
    }

    void stop()
    {
        tick();
        m_timer.stop();
    }

    double worstGapMs() const { return double(m_worst) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
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

/// Sets *done when `sender` emits `signal` the next time.
template <typename Sender> std::function<void(bool *)> once(Sender *sender, void (Sender::*signal)())
{
    return [sender, signal](bool *done) {
        auto *connection = new QMetaObject::Connection;
        *connection = QObject::connect(sender, signal, sender, [done, connection] {
            *done = true;
            QObject::disconnect(*connection);
            delete connection;
        });
    };
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    applyApplicationIdentity();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const bool small = app.arguments().contains(u"--small"_s);
    const int posts = smoke ? 4 : small ? 20 : 200;
    const int comments = smoke ? 2000 : small ? 100'000 : 1'000'000;
    // --keep DIR: the store is built in DIR and kept, or read again when DIR has one (as benchDashboards).
    QTemporaryDir temporary;
    const qsizetype keep = app.arguments().indexOf(u"--keep"_s);
    const QDir dir(keep > 0 && keep + 1 < app.arguments().size() ? app.arguments().at(keep + 1) : temporary.path());
    QElapsedTimer build;
    build.start();
    benchstore::Store store;
    {
        auto db = Database::open(dir.path());
        if (!db.ok()) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(db.error().message));
            return 1;
        }
        store = benchstore::existing(*db.value());
        if (store.profileTasks.isEmpty()) {
            store = benchstore::fill(*db.value(), posts, 10, comments);
            std::printf("store: %d profiles, %d posts, %d post snapshots, %d comments (built in %.1f s)\n\n",
                        benchstore::Profiles, benchstore::Profiles * posts, benchstore::Profiles * posts * 10, comments,
                        double(build.elapsed()) / 1000.0);
        } else {
            std::printf("store: the one in %s\n\n", qPrintable(dir.path()));
        }
    }

    QueryService queries(dir.path());
    DashboardsPage page(queries, dir.path());
    page.resize(1360, 900);
    StallMeter meter;
    int failures = 0;
    double worstOverall = 0.0;
    const auto measure = [&](const char *what, const std::function<void()> &open,
                             const std::function<void(bool *)> &watch) {
        bool done = false;
        watch(&done);
        meter.start();
        app.startMeasuring();
        open();
        const qint64 ms = waitUntil([&] { return done; });
        // A few more frames: what the data set off (layouts, chart drawing) counts too.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 100)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        meter.stop();
        worstOverall = std::max(worstOverall, meter.worstGapMs());
        if (ms < 0)
            ++failures;
        std::printf("%-40s drawn after %7.1f ms   longest GUI-thread stall %6.1f ms (longest event %6.1f ms)   "
                    "goal < 16 ms %s\n",
                    what, double(ms), meter.worstGapMs(), app.worstEventMs(),
                    ms >= 0 && meter.worstGapMs() < 16.0 ? "" : "  MISSED");
        std::fflush(stdout);
    };

    measure(
        "Overview", [&] { page.show(); }, once(page.overview(), &OverviewView::loaded));
    measure(
        "profile dashboard (30 d)",
        [&] {
            page.openTask({TaskKind::Profile, store.profileTasks.first()});
        },
        once(page.profileDashboard(), &TaskDashboard::loaded));
    measure(
        "competitor comparison (50 profiles)", [&] { page.setCurrentTab(DashboardsPage::Tab::Comparison); },
        once(page.comparison(), &ComparisonView::loaded));
    measure(
        "reel dashboard (30 d)",
        [&] {
            page.openTask({TaskKind::Reel, store.reelTask});
        },
        once(page.itemDashboard(), &TaskDashboard::loaded));
    measure(
        "project dashboard (its reels together)", [&] { page.openProject(u"launch"_s); },
        once(page.projectDashboard(), &TaskDashboard::loaded));
    std::printf("\nlongest GUI-thread stall while the dashboards loaded: %.1f ms (goal < 16 ms)\n", worstOverall);
    // The smoke run checks that every dashboard was drawn; timing is not a test.
    return failures == 0 ? 0 : 1;
}
