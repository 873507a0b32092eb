#pragma once

// A store with a history to chart: two profiles (own and a competitor) scraped every two days for four weeks, a
// reel tracked in a project with snapshots at 1, 3, 6, 12, 24 and 48 h, comments labelled positive, negative and
// neutral in three languages. Shared by the analytics, CLI-export, GUI and benchmark tests.

#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace seed {

struct Seeded
{
    QString ownTask;      ///< profile task of @brand
    QString rivalTask;    ///< profile task of @rival (a competitor)
    QString reelTask;     ///< reel task of ReelCode
    QDateTime now;        ///< the latest scrape
    QDateTime reelPosted; ///< when the tracked reel was posted
};

inline const QString ReelCode = u"DReelPulse1"_s;

inline reelpulse::MediaItem post(const QString &owner, const QString &ownerId, int index, bool reel,
                                 const QDateTime &postedAt, double ageHours, double strength)
{
    using namespace reelpulse;
    MediaItem m;
    m.id = ownerId + u"%1"_s.arg(index, 4, 10, QChar(u'0'));
    m.shortcode = u"%1P%2"_s.arg(owner.left(3)).arg(index, 4, 10, QChar(u'0'));
    m.kind = reel ? MediaKind::Reel : MediaKind::Image;
    m.productType = reel ? u"clips"_s : u"feed"_s;
    m.ownerId = ownerId;
    m.ownerUsername = owner;
    m.caption = reel ? u"New drop #launch #reels"_s : u"Behind the scenes #studio"_s;
    m.hashtags = reel ? QStringList{u"#launch"_s, u"#reels"_s} : QStringList{u"#studio"_s};
    m.takenAt = postedAt;
    // Counts grow with age (square root), scaled by the post's strength.
    const double growth = std::sqrt(std::max(ageHours, 0.0) + 1.0) * strength;
    m.likes = static_cast<qint64>(40.0 * growth);
    m.comments = static_cast<qint64>(4.0 * growth);
    if (reel) {
        m.views = static_cast<qint64>(900.0 * growth);
        m.plays = m.views;
    }
    return m;
}

inline QList<reelpulse::Comment> comments(const QString &itemId, const QDateTime &postedAt, int count)
{
    static const QStringList texts = {u"love this so much"_s, u"great work"_s, u"this is bad"_s,
                                      u"me encanta"_s,        u"ok"_s,         u"c'est nul"_s,
                                      u"amazing colours"_s,   u"meh, boring"_s};
    QList<reelpulse::Comment> list;
    for (int i = 0; i < count; ++i) {
        reelpulse::Comment c;
        c.id = itemId + u"c%1"_s.arg(i);
        c.text = texts.at(i % texts.size());
        c.authorUsername = u"fan%1"_s.arg(i);
        c.createdAt = postedAt.addSecs(3600 * (i + 1));
        c.likes = i % 5;
        list.append(c);
    }
    return list;
}

/// Labels every comment by its text (as the scorer would), in three languages, so the per-day counts exist.
inline bool labelComments(reelpulse::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"UPDATE comments SET sentiment_label = CASE "
                  "WHEN text IN ('love this so much', 'great work', 'me encanta', 'amazing colours') THEN 'positive' "
                  "WHEN text IN ('this is bad', 'c''est nul', 'meh, boring') THEN 'negative' ELSE 'neutral' END, "
                  "sentiment_compound = CASE WHEN text LIKE '%love%' THEN 0.6 WHEN text LIKE '%bad%' THEN -0.5 "
                  "ELSE 0.1 END, language = CASE WHEN text = 'me encanta' THEN 'es' WHEN text = 'c''est nul' THEN "
                  "'fr' ELSE 'en' END"_s);
}

/// Seeds the store of `db`; the latest scrape is at `now`.
inline Seeded seedStore(reelpulse::Database &db, const QDateTime &now, int postsPerProfile = 12)
{
    using namespace reelpulse;
    Seeded s;
    s.now = now;
    TrackingService tracking(db);
    s.ownTask = tracking.addProfile(u"brand"_s, false).value().id;
    s.rivalTask = tracking.addProfile(u"rival"_s, true).value().id;
    (void)tracking.addProject(u"launch"_s);
    s.reelTask = tracking.addReel(u"launch"_s, ReelCode).value().id;
    ScrapeStore store(db);

    struct Account
    {
        QString task, name, id;
        qint64 followers;
        qint64 gain;
        double strength;
    };
    const QList<Account> accounts = {{s.ownTask, u"brand"_s, u"1001"_s, 12000, 140, 1.0},
                                     {s.rivalTask, u"rival"_s, u"2002"_s, 30000, 60, 1.6}};
    // Posts every ~2.5 days back from now, alternating reels and images, at varied hours.
    for (const Account &a : accounts) {
        for (int scrape = 0; scrape <= 14; ++scrape) {
            const QDateTime at = now.addDays(-28 + 2 * scrape);
            ScrapeOutcome outcome;
            outcome.task = {TaskKind::Profile, a.task};
            outcome.scrapedAt = at;
            ProfileInfo info;
            info.id = a.id;
            info.username = a.name;
            info.followers = a.followers + a.gain * scrape + (scrape % 3) * 7;
            info.following = 300;
            info.posts = postsPerProfile;
            outcome.profile = info;
            for (int i = 0; i < postsPerProfile; ++i) {
                const QDateTime posted =
                    now.addSecs(-static_cast<qint64>(i) * 60 * 60 * 61 - 3600 * 3 - 3600 * ((i * 5) % 11));
                if (posted > at)
                    continue;
                const double age = static_cast<double>(posted.secsTo(at)) / 3600.0;
                const double strength = a.strength * (1.0 + 0.15 * ((i * 7) % 5));
                MediaItem item = post(a.name, a.id, i, i % 2 == 0, posted, age, strength);
                outcome.posts.append({item, comments(item.id, posted, 6 + (i % 4) * 2)});
            }
            (void)store.recordSuccess(outcome);
        }
    }
    // The tracked reel of @brand: snapshots at 1, 3, 6, 12, 24 and 48 h after posting, far above its baseline.
    s.reelPosted = now.addSecs(-48 * 3600);
    for (int hours : {1, 3, 6, 12, 24, 48}) {
        ScrapeOutcome outcome;
        outcome.task = {TaskKind::Reel, s.reelTask};
        outcome.scrapedAt = s.reelPosted.addSecs(hours * 3600);
        MediaItem reel = post(u"brand"_s, u"1001"_s, 9999, true, s.reelPosted, hours, 5.0);
        reel.shortcode = ReelCode;
        reel.id = u"3600000000000000001"_s;
        reel.saves = static_cast<qint64>(12 * hours);
        reel.durationSeconds = 21.5;
        outcome.posts.append({reel, hours == 48 ? comments(reel.id, s.reelPosted, 30) : QList<Comment>()});
        (void)store.recordSuccess(outcome);
    }
    labelComments(db);
    return s;
}

} // namespace seed
