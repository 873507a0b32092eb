#pragma once

// The generated store of the dashboard benchmarks (benchDashboards, benchDashboardStall): 50 profiles with
// `postsPerProfile` posts each (reels and images in turn, over 90 days), `snapshotsPerPost` snapshots per post,
// 60 profile snapshots per profile, a project with one reel task, and `comments` comments spread over the posts
// and the last 90 days (scored, in three languages). Bulk inserts in one transaction; the store's triggers keep
// the sentiment counts.
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace reelpulse::benchstore {

using namespace Qt::Literals::StringLiterals;

constexpr int Profiles = 50;

struct Store
{
    QStringList profileTasks;
    QString reelTask;
};

inline Store fill(Database &db, int postsPerProfile, int snapshotsPerPost, int comments)
{
    Store store;
    TrackingService tracking(db);
    for (int p = 0; p < Profiles; ++p)
        store.profileTasks.append(tracking.addProfile(u"brand%1"_s.arg(p), p % 3 != 0).value().id);
    (void)tracking.addProject(u"launch"_s);
    store.reelTask = tracking.addReel(u"launch"_s, u"DBench00001"_s).value().id;

    QSqlDatabase c = db.connection();
    c.transaction();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery profile(c);
    profile.prepare(u"INSERT INTO profile_snapshots (task_id, taken_at, username, platform_user_id, followers) "
                    "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery item(c);
    item.prepare(u"INSERT INTO media_items (id, platform, platform_id, shortcode, owner_id, owner_username, "
                 "media_type, taken_at, first_seen, last_seen) VALUES (?, 'instagram', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery link(c);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES (?, ?, ?)"_s);
    QSqlQuery snapshot(c);
    snapshot.prepare(u"INSERT INTO item_snapshots (item_id, taken_at, likes, comments, views, plays) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QRandomGenerator random(7);
    int row = 0;
    for (int p = 0; p < Profiles; ++p) {
        const QString owner = u"brand%1"_s.arg(p);
        for (int s = 0; s < 60; ++s) {
            profile.addBindValue(store.profileTasks.at(p));
            profile.addBindValue(now - (60 - s) * 86400 * 3 / 2);
            profile.addBindValue(owner);
            profile.addBindValue(QString::number(1000 + p));
            profile.addBindValue(10000 + p * 1000 + s * 40);
            profile.exec();
        }
        for (int i = 0; i < postsPerProfile; ++i) {
            ++row;
            const qint64 posted = now - qint64(i) * 90 * 86400 / postsPerProfile - 3600;
            item.addBindValue(row);
            item.addBindValue(QString::number(row));
            item.addBindValue(u"B%1"_s.arg(row));
            item.addBindValue(QString::number(1000 + p));
            item.addBindValue(owner);
            item.addBindValue(i % 2 ? u"image"_s : u"reel"_s);
            item.addBindValue(posted);
            item.addBindValue(posted);
            item.addBindValue(now);
            item.exec();
            link.addBindValue(u"profile"_s);
            link.addBindValue(store.profileTasks.at(p));
            link.addBindValue(row);
            link.exec();
            if (p == 0 && i == 0) {
                link.addBindValue(u"reel"_s);
                link.addBindValue(store.reelTask);
                link.addBindValue(row);
                link.exec();
            }
            for (int s = 0; s < snapshotsPerPost; ++s) {
                const qint64 age = 3600LL * (1 << std::min(s, 10));
                const qint64 base = qint64(random.bounded(400)) + 100;
                snapshot.addBindValue(row);
                snapshot.addBindValue(posted + age);
                snapshot.addBindValue(base * (s + 1));
                snapshot.addBindValue(base * (s + 1) / 10);
                snapshot.addBindValue(i % 2 ? QVariant() : QVariant(base * 20 * (s + 1)));
                snapshot.addBindValue(QVariant());
                snapshot.exec();
            }
        }
    }
    QSqlQuery comment(c);
    comment.prepare(
        u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen,"
        " sentiment_label, sentiment_compound, language) VALUES (?, 'instagram', ?, ?, ?, 0, 0, ?, ?, ?)"_s);
    const QString labels[] = {u"positive"_s, u"negative"_s, u"neutral"_s};
    const QString texts[] = {u"nice colours, love this 😍"_s,
                             u"worst delivery ever @brandcare"_s,
                             u"where is this? 📍"_s,
                             u"🔥🔥🔥"_s,
                             u"que bonito diseño"_s,
                             u"schönes Design, gefällt mir"_s,
                             u"ok"_s};
    const QString languages[] = {u"en"_s, u"es"_s, u"de"_s};
    for (int i = 0; i < comments; ++i) {
        comment.addBindValue(1 + i % row);
        comment.addBindValue(QString::number(i));
        comment.addBindValue(texts[i % 7]);
        comment.addBindValue(now - qint64(random.bounded(90 * 86400)));
        const int l = int(random.bounded(3));
        comment.addBindValue(labels[l]);
        comment.addBindValue(l == 0 ? 0.6 : l == 1 ? -0.5 : 0.0);
        comment.addBindValue(languages[i % 7 == 0 ? 1 : i % 11 == 0 ? 2 : 0]);
        comment.exec();
    }
    c.commit();
    return store;
}

/// The tasks of a store fill() built earlier (none when the store is new).
inline Store existing(Database &db)
{
    Store store;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT id FROM profile_tasks ORDER BY CAST(substr(target_profile, 6) AS INTEGER)"_s))
        while (q.next())
            store.profileTasks.append(q.value(0).toString());
    if (q.exec(u"SELECT id FROM reel_tasks LIMIT 1"_s) && q.next())
        store.reelTask = q.value(0).toString();
    return store;
}

} // namespace reelpulse::benchstore
