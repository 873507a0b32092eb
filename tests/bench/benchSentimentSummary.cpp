// A task's sentiment summary on stores of 10 000, 100 000 and 1 000 000 comments: the summary reads the per-item,
// per-day counts kept at write time, so its time must not grow with the comment count (goal: the 1 000 000 store
// within about 2x of the 10 000 one). Each store has 50 profile tasks of 20 posts; the comments are spread over
// every post and 90 days, so the measured task holds 1/50 of them.
#include "platform/DataDir.h"
#include "sentiment/CommentSentimentStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

constexpr int Tasks = 50;
constexpr int PostsPerTask = 20;

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(q.lastQuery()));
    return false;
}

/// Fills a new store with Tasks profile tasks, their posts and `comments` comments; returns the first task's id.
QString fill(Database &db, int comments)
{
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery task(c);
    task.prepare(u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due) VALUES (?, ?, 0, 0)"_s);
    QSqlQuery item(c);
    item.prepare(
        u"INSERT INTO media_items (id, platform, platform_id, first_seen, last_seen) VALUES (?, 'instagram', ?,"
        " 0, 0)"_s);
    QSqlQuery link(c);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('profile', ?, ?)"_s);
    QString first;
    for (int t = 0; t < Tasks; ++t) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (first.isEmpty())
            first = id;
        task.addBindValue(id);
        task.addBindValue(u"brand%1"_s.arg(t));
        exec(task);
        for (int p = 0; p < PostsPerTask; ++p) {
            const int row = t * PostsPerTask + p + 1;
            item.addBindValue(row);
            item.addBindValue(QString::number(row));
            exec(item);
            link.addBindValue(id);
            link.addBindValue(row);
            exec(link);
        }
    }
    QSqlQuery comment(c);
    comment.prepare(u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen,"
                    " sentiment_label, sentiment_compound) VALUES (?, 'instagram', ?, 'nice', ?, 0, 0, ?, ?)"_s);
    QRandomGenerator random(11);
    const QString labels[] = {u"positive"_s, u"negative"_s, u"neutral"_s};
    for (int i = 0; i < comments; ++i) {
        comment.addBindValue(1 + i % (Tasks * PostsPerTask));
        comment.addBindValue(QString::number(i));
        comment.addBindValue(qint64(1767225600) + qint64(random.bounded(90 * 86400)));
        const int l = int(random.bounded(3));
        comment.addBindValue(labels[l]);
        comment.addBindValue(l == 0 ? 0.6 : l == 1 ? -0.5 : 0.0);
        exec(comment);
    }
    c.commit();
    return first;
}

template <typename Read> double medianMicros(const Read &read, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!read())
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("a task's sentiment summary (and its 90 daily buckets, for charts), median of 200 runs\n"
                "(%d tasks x %d posts, comments over 90 days)\n\n",
                Tasks, PostsPerTask);
    std::printf("%12s %14s %14s %10s %14s\n", "comments", "task comments", "summary (us)", "vs 10k", "by day (us)");
    double base = 0;
    for (const int comments : {10'000, 100'000, 1'000'000}) {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        if (!db.ok())
            return 1;
        QElapsedTimer build;
        build.start();
        const QString taskId = fill(*db.value(), comments);
        sentiment::CommentSentimentStore store(db.value()->connection());
        const TaskRef task{TaskKind::Profile, taskId};
        const double us = medianMicros(
            [&] {
                auto summary = store.taskSummary(task);
                return summary.ok() && summary->total() == comments / Tasks;
            },
            200);
        const double days = medianMicros(
            [&] {
                auto buckets = store.taskBuckets(task, sentiment::SummaryBucket::Day);
                return buckets.ok() && !buckets->isEmpty();
            },
            200);
        if (us < 0 || days < 0)
            return 1;
        if (base == 0)
            base = us;
        std::printf("%12d %14d %14.1f %9.2fx %14.1f   (store built in %.1f s)\n", comments, comments / Tasks, us,
                    us / base, days, double(build.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    return 0;
}
