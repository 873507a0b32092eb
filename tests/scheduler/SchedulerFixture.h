#pragma once

// A temporary store with tracking tasks and the fake world that answers for them, shared by the
// scheduler tests.

#include "scheduler/FakeSources.h"
#include "services/ScrapeWorker.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeRecords.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace fake {

class Fixture final
{
public:
    Fixture()
    {
        auto db = Database::open(m_dir.path());
        if (db.ok())
            m_db = std::move(db.value());
        tracking = std::make_unique<TrackingService>(*m_db);
        (void)tracking->addProject(u"campaign"_s);
    }
    Q_DISABLE_COPY_MOVE(Fixture)

    bool ok() const { return m_dir.isValid() && m_db; }
    Database &db() { return *m_db; }
    QString databaseFile() const { return m_db->filePath(); }

    std::shared_ptr<World> world = std::make_shared<World>();
    std::unique_ptr<TrackingService> tracking;
    int expectedPosts = 0;    ///< top-level items one scrape of every task stores
    int expectedItems = 0;    ///< items including carousel children
    int expectedComments = 0; ///< comments and replies one scrape of every task stores
    QList<TaskRef> tasks;

    TaskRef addReel(const QString &shortcode, int comments, int children = 0)
    {
        world->posts.insert(shortcode, post(shortcode, 1730000000, children));
        world->commentsOf.insert(shortcode, fake::comments(shortcode, comments));
        auto reel = tracking->addReel(u"campaign"_s, shortcode);
        expectedPosts += 1;
        expectedItems += 1 + children;
        expectedComments += flatCount(fake::comments(shortcode, std::min(comments, 200)));
        return remember(TaskKind::Reel, reel.ok() ? reel->id : QString());
    }

    TaskRef addProfile(const QString &username, int posts, int firstPage, int commentsPerPost)
    {
        world->addProfile(username, posts, firstPage, commentsPerPost, 1735000000);
        auto profile = tracking->addProfile(username, true);
        const int stored = std::min(posts, 12);
        expectedPosts += stored;
        expectedItems += stored + (stored > 1 ? 3 : 0); // the second post is a carousel of 3
        expectedComments += std::min(stored, 5) * flatCount(fake::comments(u"x"_s, std::min(commentsPerPost, 200)));
        return remember(TaskKind::Profile, profile.ok() ? profile->id : QString());
    }

    TaskRef addInstagramVideo(const QString &shortcode, int comments, int children)
    {
        world->posts.insert(shortcode, post(shortcode, 1731000000, children));
        world->commentsOf.insert(shortcode, fake::comments(shortcode, comments));
        auto video = tracking->addVideo(Platform::Instagram, shortcode);
        expectedPosts += 1;
        expectedItems += 1 + children;
        expectedComments += flatCount(fake::comments(shortcode, std::min(comments, 200)));
        return remember(TaskKind::Video, video.ok() ? video->id : QString());
    }

    TaskRef addTikTok(const QString &videoId, int comments)
    {
        world->videos.insert(videoId, post(videoId, 1732000000, 0, Platform::TikTok));
        world->commentsOf.insert(videoId, fake::comments(u"tt"_s + videoId, comments));
        auto video = tracking->addVideo(Platform::TikTok, videoId);
        expectedPosts += 1;
        expectedItems += 1;
        expectedComments += flatCount(fake::comments(u"x"_s, std::min(comments, 200)));
        return remember(TaskKind::Video, video.ok() ? video->id : QString());
    }

    /// Makes every task due, the first added the longest ago.
    void makeAllDue()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < tasks.size(); ++i)
            setDue(tasks.at(i), now - 10000 + i);
    }

    void setDue(const TaskRef &task, qint64 epoch)
    {
        const char *table = task.kind == TaskKind::Profile ? "profile_tasks"
                            : task.kind == TaskKind::Reel  ? "reel_tasks"
                                                           : "video_tasks";
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE %1 SET next_scrape_due = ? WHERE id = ?"_s.arg(QLatin1StringView(table)));
        q.addBindValue(epoch);
        q.addBindValue(task.id);
        q.exec();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    ScrapeWorker::Config config(std::atomic<int> *calls = nullptr)
    {
        ScrapeWorker::Config c;
        c.databaseFile = databaseFile();
        c.sources = factory(world, calls);
        c.pollIntervalMs = 60000;
        return c;
    }

private:
    TaskRef remember(TaskKind kind, const QString &id)
    {
        tasks.append(TaskRef{kind, id});
        return tasks.last();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace fake
