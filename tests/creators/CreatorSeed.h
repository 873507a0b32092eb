#pragma once

// A TikTok account beside the seeded Instagram ones (tests/analytics/SeedStore.h): a profile task row with
// platform 'tiktok', its follower snapshots (exact counts) and two videos with snapshots, written directly.

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace creatorseed {

using namespace Qt::Literals::StringLiterals;

struct TikTok
{
    QString task;
    QList<QPair<QDateTime, qint64>> followers; ///< oldest first
};

inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("seed failed: %s", qPrintable(sql));
        return false;
    }
    return true;
}

/// Adds @dancer.tt on TikTok: followers at now − 20, − 10 and − 2 days; two videos found by the account.
inline TikTok addTikTokAccount(reelpulse::Database &db, const QDateTime &now, const QString &username = u"dancer.tt"_s)
{
    TikTok t;
    t.task = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db.connection());
    exec(q,
         u"INSERT INTO profile_tasks (id, target_profile, is_competitor, status, interval_days, created_at, "
         "next_scrape_due, platform) VALUES (?, ?, 0, 'active', 2, ?, ?, 'tiktok')"_s,
         {t.task, username, now.addDays(-30).toSecsSinceEpoch(), now.addDays(1).toSecsSinceEpoch()});
    const QList<QPair<int, qint64>> followers = {{20, 427682}, {10, 430015}, {2, 431501}};
    for (const auto &[daysAgo, count] : followers) {
        const QDateTime at = now.addDays(-daysAgo);
        exec(q,
             u"INSERT INTO profile_snapshots (task_id, taken_at, username, followers, following, posts, likes) "
             "VALUES (?, ?, ?, ?, 12, 40, 9100000)"_s,
             {t.task, at.toSecsSinceEpoch(), username, count});
        t.followers.append({at, count});
    }
    struct Video
    {
        const char *id;
        int postedDaysAgo;
        qint64 views;
    };
    for (const Video &v : {Video{"7300000000000000001", 12, 25000}, Video{"7300000000000000002", 4, 90000000}}) {
        const QDateTime posted = now.addDays(-v.postedDaysAgo);
        exec(q,
             u"INSERT INTO media_items (platform, platform_id, owner_username, media_type, caption, taken_at, "
             "first_seen, last_seen) VALUES ('tiktok', ?, ?, 'video', 'dance #fyp', ?, ?, ?)"_s,
             {QString::fromLatin1(v.id), username, posted.toSecsSinceEpoch(), posted.addSecs(3600).toSecsSinceEpoch(),
              now.toSecsSinceEpoch()});
        const qint64 item = q.lastInsertId().toLongLong();
        exec(q, u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('profile', ?, ?)"_s, {t.task, item});
        // Two snapshots: a day after posting and a day ago.
        exec(q,
             u"INSERT INTO item_snapshots (item_id, taken_at, views, likes, comments, shares) VALUES (?, ?, ?, ?, ?, "
             "?)"_s,
             {item, posted.addDays(1).toSecsSinceEpoch(), v.views / 2, v.views / 20, v.views / 400, v.views / 500});
        exec(q,
             u"INSERT INTO item_snapshots (item_id, taken_at, views, likes, comments, shares) VALUES (?, ?, ?, ?, ?, "
             "?)"_s,
             {item, now.addDays(-1).toSecsSinceEpoch(), v.views, v.views / 10, v.views / 200, v.views / 250});
    }
    return t;
}

} // namespace creatorseed
