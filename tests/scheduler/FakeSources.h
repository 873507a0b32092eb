#pragma once

// In-memory platform readers for ingestion and scheduler tests: they answer from a FakeWorld the
// test builds, count their calls, can fail any call with a chosen class, can block (to test abort
// and pause) and honour abort() from another thread like the real clients.

#include "domain/Identifiers.h"
#include "platform/PlatformSources.h"
#include "services/ScrapeSources.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <memory>

namespace fake {

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

inline QDateTime at(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
}

/// Comments c{prefix}-0 … with likes i and one reply on every tenth.
inline QList<Comment> comments(const QString &prefix, int count, qint64 startEpoch = 1700000000)
{
    QList<Comment> list;
    for (int i = 0; i < count; ++i) {
        Comment c;
        c.id = u"%1-%2"_s.arg(prefix).arg(i);
        c.text = (i % 3 == 0) ? u"love this %1"_s.arg(i) : (i % 3 == 1) ? u"awful %1"_s.arg(i) : u"ok %1"_s.arg(i);
        c.authorUsername = u"fan%1"_s.arg(i);
        c.authorId = QString::number(1000 + i);
        c.createdAt = at(startEpoch + i * 60);
        c.likes = i;
        if (i % 10 == 0) {
            Comment r;
            r.id = c.id + u"-r"_s;
            r.text = u"reply to %1"_s.arg(i);
            r.authorUsername = u"replier"_s;
            r.createdAt = at(startEpoch + i * 60 + 30);
            r.likes = 1;
            c.replies.append(r);
        }
        list.append(c);
    }
    return list;
}

/// Replies included.
inline int flatCount(const QList<Comment> &list)
{
    int n = 0;
    for (const Comment &c : list)
        n += 1 + flatCount(c.replies);
    return n;
}

/// A post with deterministic metrics; children makes it a carousel.
inline MediaItem post(const QString &shortcode, qint64 takenEpoch, int children = 0,
                      Platform platform = Platform::Instagram)
{
    MediaItem m;
    m.platform = platform;
    m.shortcode = platform == Platform::Instagram ? shortcode : QString();
    if (platform == Platform::Instagram) {
        auto id = shortcodeToMediaId(shortcode);
        m.id = id.ok() ? QString::number(id.value()) : shortcode;
    } else {
        m.id = shortcode;
    }
    m.kind = children > 0 ? MediaKind::Carousel : MediaKind::Reel;
    m.productType = children > 0 ? u"carousel_container"_s : u"clips"_s;
    m.ownerId = u"42"_s;
    m.ownerUsername = u"owner"_s;
    m.caption = u"Post %1 #tag%1 @friend"_s.arg(shortcode);
    m.hashtags = QStringList{u"#tag"_s + shortcode};
    m.mentions = QStringList{u"@friend"_s};
    m.takenAt = at(takenEpoch);
    m.likes = 100;
    m.comments = 10;
    m.views = 1000;
    m.plays = 2000;
    m.durationSeconds = 12.5;
    m.displayUrl = u"http://127.0.0.1/cover/"_s + shortcode;
    for (int i = 0; i < children; ++i) {
        MediaItem c;
        c.platform = platform;
        c.id = m.id + u"0"_s + QString::number(i);
        c.kind = i % 2 ? MediaKind::Video : MediaKind::Image;
        c.displayUrl = u"http://127.0.0.1/child/%1/%2"_s.arg(shortcode).arg(i);
        m.children.append(c);
    }
    return m;
}

/// Everything the fakes answer. Plain data: each thread's fakes get their own copy.
struct World
{
    QHash<QString, ProfileInfo> profiles;      ///< by username
    QHash<QString, MediaPage> timelinePages;   ///< "username|cursor"
    QHash<QString, MediaItem> posts;           ///< Instagram posts by shortcode
    QHash<QString, MediaItem> videos;          ///< TikTok videos by id
    QHash<QString, QList<Comment>> commentsOf; ///< by shortcode (Instagram) or video id (TikTok)
    QHash<QString, ScrapeFailure> failures;    ///< "profile:u", "posts:u", "post:sc", "video:id", "comments:key"
    int commentPageSize = 50;
    int delayMs = 0;         ///< each call blocks this long (abortable)
    QString blockOn;         ///< a call key that blocks until abort()
    QString sessionWithheld; ///< what the Instagram fake says when it reads without the session

    /// A profile whose timeline holds `count` posts, `firstPage` of them embedded in the profile answer.
    void addProfile(const QString &username, int count, int firstPage, int commentsPerPost, qint64 newestEpoch)
    {
        ProfileInfo p;
        p.id = QString::number(qHash(username) % 1000000);
        p.username = username;
        p.fullName = username.toUpper();
        p.biography = u"bio of "_s + username;
        p.followers = 1000;
        p.following = 10;
        p.posts = count;
        p.isPrivate = false;
        QList<MediaItem> all;
        for (int i = 0; i < count; ++i) {
            const QString sc = u"%1P%2"_s.arg(username).arg(i);
            all.append(post(sc, newestEpoch - i * 3600, i == 1 ? 3 : 0));
            commentsOf.insert(all.last().shortcode, comments(sc, commentsPerPost));
        }
        p.timeline.items = all.mid(0, firstPage);
        p.timeline.hasNextPage = count > firstPage;
        p.timeline.endCursor = count > firstPage ? u"page2"_s : QString();
        p.timeline.total = count;
        profiles.insert(username, p);
        int page = 2;
        for (int i = firstPage; i < count; i += firstPage, ++page) {
            MediaPage mp;
            mp.items = all.mid(i, firstPage);
            mp.hasNextPage = i + firstPage < count;
            mp.endCursor = mp.hasNextPage ? u"page%1"_s.arg(page + 1) : QString();
            timelinePages.insert(username + u"|page"_s + QString::number(page), mp);
        }
    }
};

/// Shared behaviour of both fakes: call log, failures, blocking and abort.
class FakeBase
{
public:
    explicit FakeBase(std::shared_ptr<const World> world)
        : m_world(std::move(world))
    {
    }
    void abortCalls() { m_aborted.store(true); }
    void resetAbort() { m_aborted.store(false); }
    int calls() const { return m_calls.load(); }
    QStringList log() const
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    /// Called (in the calling thread) at the start of every call with its key.
    std::function<void(const QString &key)> onCall;

protected:
    /// Blocks as configured; returns a failure when aborted or when the world says this call fails.
    std::optional<ScrapeFailure> enter(const QString &key)
    {
        ++m_calls;
        {
            QMutexLocker lock(&m_mutex);
            m_log << key;
        }
        if (onCall)
            onCall(key);
        const bool block = !m_world->blockOn.isEmpty() && key == m_world->blockOn;
        for (int waited = 0; block || waited < m_world->delayMs; ++waited) {
            if (m_aborted.load())
                break;
            QThread::msleep(1);
        }
        if (m_aborted.load())
            return ScrapeFailure{FailureClass::Network, u"aborted"_s, 0, std::nullopt};
        const auto f = m_world->failures.constFind(key);
        if (f != m_world->failures.constEnd())
            return *f;
        return std::nullopt;
    }
    CommentPage commentPage(const QString &key, const QString &cursor) const
    {
        const QList<Comment> all = m_world->commentsOf.value(key);
        const int start = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
        CommentPage page;
        page.comments = all.mid(start, m_world->commentPageSize);
        page.total = all.size();
        const int next = start + m_world->commentPageSize;
        page.hasNextPage = next < all.size();
        page.endCursor = page.hasNextPage ? u"c"_s + QString::number(next) : QString();
        return page;
    }
    static ScrapeFailure notFound(const QString &what)
    {
        return ScrapeFailure{FailureClass::NotFound, what + u" does not exist"_s, 404, std::nullopt};
    }

    std::shared_ptr<const World> m_world;
    std::atomic<bool> m_aborted{false};
    std::atomic<int> m_calls{0};
    mutable QMutex m_mutex;
    QStringList m_log;
};

class FakeInstagram final : public InstagramSource, public FakeBase
{
public:
    using FakeBase::FakeBase;

    Fetched<ProfileInfo> profile(const QString &username) override
    {
        if (auto f = enter(u"profile:"_s + username))
            return *f;
        const auto p = m_world->profiles.constFind(username);
        if (p == m_world->profiles.constEnd())
            return notFound(username);
        return *p;
    }
    Fetched<MediaPage> profilePosts(const QString &, const QString &username, const QString &cursor) override
    {
        if (auto f = enter(u"posts:"_s + username))
            return *f;
        return m_world->timelinePages.value(username + u'|' + cursor);
    }
    Fetched<MediaItem> post(const QString &shortcode) override
    {
        if (auto f = enter(u"post:"_s + shortcode))
            return *f;
        const auto p = m_world->posts.constFind(shortcode);
        if (p == m_world->posts.constEnd())
            return notFound(shortcode);
        return *p;
    }
    Fetched<CommentPage> comments(const QString &shortcode, const QString &, const QString &cursor) override
    {
        if (auto f = enter(u"comments:"_s + shortcode))
            return *f;
        return commentPage(shortcode, cursor);
    }
    Fetched<QList<MediaItem>> stories(const QString &) override { return QList<MediaItem>(); }
    void abort() override { abortCalls(); }
    QString sessionWithheldReason() const override { return m_world->sessionWithheld; }
};

class FakeTikTok final : public TikTokSource, public FakeBase
{
public:
    using FakeBase::FakeBase;

    Fetched<MediaItem> video(const QString &videoId, const QString &) override
    {
        if (auto f = enter(u"video:"_s + videoId))
            return *f;
        const auto v = m_world->videos.constFind(videoId);
        if (v == m_world->videos.constEnd())
            return notFound(videoId);
        return *v;
    }
    Fetched<CommentPage> comments(const QString &videoId, const QString &cursor) override
    {
        if (auto f = enter(u"comments:"_s + videoId))
            return *f;
        return commentPage(videoId, cursor);
    }
    void abort() override { abortCalls(); }
};

/// A factory for the scheduler: fresh fakes over the same world in the worker thread.
inline SourceFactory factory(std::shared_ptr<const World> world, std::atomic<int> *callCounter = nullptr)
{
    return [world, callCounter](Database &) {
        ScrapeSources sources;
        auto ig = std::make_unique<FakeInstagram>(world);
        auto tt = std::make_unique<FakeTikTok>(world);
        if (callCounter) {
            ig->onCall = [callCounter](const QString &) {
                ++*callCounter;
            };
            tt->onCall = [callCounter](const QString &) {
                ++*callCounter;
            };
        }
        sources.instagram = std::move(ig);
        sources.tiktok = std::move(tt);
        return sources;
    };
}

} // namespace fake
