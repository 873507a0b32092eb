#include "publishing/Publisher.h"

#include "publishing/PublishingLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::Publisher", text);
}

bool hasVideo(const PublishPost &post)
{
    return std::any_of(post.items.cbegin(), post.items.cend(), [](const PostMedia &m) { return m.video; });
}

GraphError plain(const QString &message)
{
    GraphError error;
    error.action = GraphAction::Other;
    error.message = message;
    return error;
}

QString collaboratorsParam(const QStringList &collaborators)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(collaborators)).toJson(QJsonDocument::Compact));
}

} // namespace

Publisher::Publisher(PublishStore &store, GraphClient &client, PublishTiming timing)
    : m_store(store)
    , m_client(client)
    , m_timing(std::move(timing))
{
    if (!m_timing.sleep)
        m_timing.sleep = [](int ms) {
            QThread::msleep(static_cast<unsigned long>(std::max(0, ms)));
        };
}

QDateTime Publisher::now() const
{
    return m_timing.now ? m_timing.now() : QDateTime::currentDateTimeUtc();
}

void Publisher::log(const PublishPost &post, const QString &step, const QString &outcome, const QString &message)
{
    qCInfo(lcPublishing) << "post" << post.id << step << outcome;
    (void)m_store.addAttempt({post.id, now(), step, outcome, message});
}

PublishOutcome Publisher::fail(PublishPost &post, const QString &step, const GraphError &error, bool keepState)
{
    log(post, step, u"failed"_s, error.message);
    if (!keepState)
        post.state = PostState::Failed;
    (void)m_store.setState(post.id, post.state, error.message);
    PublishOutcome outcome;
    outcome.state = post.state;
    outcome.error = error;
    outcome.message = error.message;
    return outcome;
}

std::optional<QDateTime> Publisher::quotaResetTime(const PublishingLimit &limit)
{
    const auto page = m_client.media(std::min(limit.quotaTotal, 100));
    if (!page.ok())
        return std::nullopt;
    const QDateTime windowStart = now().addSecs(-limit.quotaDurationSeconds);
    std::optional<QDateTime> oldest;
    for (const GraphMedia &m : page.value->items) {
        if (m.timestamp && *m.timestamp > windowStart && (!oldest || *m.timestamp < *oldest))
            oldest = m.timestamp;
    }
    if (!oldest)
        return std::nullopt;
    return oldest->addSecs(limit.quotaDurationSeconds);
}

PublishOutcome Publisher::run(qint64 postId)
{
    auto loaded = m_store.post(postId);
    PublishOutcome outcome;
    if (!loaded.ok() || !loaded.value()) {
        outcome.message = loaded.ok() ? tr("There is no post %1.").arg(postId) : loaded.error().message;
        return outcome;
    }
    PublishPost post = *loaded.value();
    switch (post.state) {
    case PostState::Published:
        outcome.state = post.state;
        outcome.mediaId = post.mediaId;
        outcome.permalink = post.permalink;
        outcome.message = tr("Already published.");
        return outcome;
    case PostState::Draft:
    case PostState::Cancelled:
    case PostState::Failed:
        outcome.state = post.state;
        outcome.message = post.state == PostState::Failed ? tr("The post failed; retry it first.")
                                                          : tr("The post is not to be published.");
        return outcome;
    case PostState::Publishing:
        return resolveUncertain(post, true);
    case PostState::Scheduled: {
        // The quota, before any container exists.
        const auto limit = m_client.publishingLimit(post.accountUserId);
        if (!limit.ok())
            return fail(post, u"quota"_s, limit.error, true);
        if (limit.value->usedUp()) {
            PublishOutcome refused;
            refused.state = post.state;
            refused.quotaRefused = true;
            refused.quotaResetAt = quotaResetTime(*limit.value);
            refused.message =
                refused.quotaResetAt
                    ? tr("Not published: the account used its %1 API posts of the last 24 hours. The next one is "
                         "possible after %2 UTC.")
                          .arg(limit.value->quotaTotal)
                          .arg(refused.quotaResetAt->toString(u"yyyy-MM-dd HH:mm"_s))
                    : tr("Not published: the account used its %1 API posts of the last 24 hours. Try again within "
                         "24 hours.")
                          .arg(limit.value->quotaTotal);
            refused.error = plain(refused.message);
            refused.error.action = GraphAction::DailyLimit;
            log(post, u"quota"_s, u"refused"_s, refused.message);
            (void)m_store.setState(post.id, post.state, refused.message);
            return refused;
        }
        log(post, u"quota"_s, u"ok"_s, u"%1/%2"_s.arg(limit.value->quotaUsage).arg(limit.value->quotaTotal));
        post.state = PostState::Creating;
        if (auto s = m_store.setState(post.id, post.state); !s.ok()) {
            outcome.message = s.error().message;
            return outcome;
        }
        [[fallthrough]];
    }
    case PostState::Creating: {
        const Step created = createContainers(post);
        if (!created.ok)
            return created.outcome;
        [[fallthrough]];
    }
    case PostState::Processing: {
        const Step finished = waitFinished(post, post.containerId, hasVideo(post));
        if (!finished.ok)
            return finished.outcome;
        if (finished.outcome.state == PostState::Published) {
            // Published by someone else (or a run whose note was lost): never again.
            return finishPublished(post, findPublishedMedia(post).value_or(GraphMedia{}).id);
        }
        return sendPublish(post);
    }
    }
    return outcome;
}

Publisher::Step Publisher::createContainers(PublishPost &post)
{
    using Params = GraphClient::Params;
    Params params;
    auto addCommon = [&post](Params &p) {
        if (!post.caption.isEmpty() && post.kind != PostKind::Story)
            p.append({u"caption"_s, post.caption});
        if (!post.options.collaborators.isEmpty() && post.kind != PostKind::Story)
            p.append({u"collaborators"_s, collaboratorsParam(post.options.collaborators)});
    };
    switch (post.kind) {
    case PostKind::Carousel: {
        for (qsizetype i = post.childContainers.size(); i < post.items.size(); ++i) {
            const PostMedia &item = post.items.at(i);
            Params child{{u"is_carousel_item"_s, u"true"_s}};
            if (item.video) {
                child.append({u"media_type"_s, u"VIDEO"_s});
                child.append({u"video_url"_s, item.url});
            } else {
                child.append({u"image_url"_s, item.url});
                if (!item.altText.isEmpty())
                    child.append({u"alt_text"_s, item.altText});
            }
            const auto created = m_client.createContainer(post.accountUserId, child);
            if (!created.ok())
                return {false, fail(post, u"child %1"_s.arg(i + 1), created.error,
                                    created.error.retryable() && created.error.action != GraphAction::MediaNotFetched)};
            if (auto s = m_store.recordChild(post.id, int(i), *created.value); !s.ok())
                return {false, fail(post, u"child %1"_s.arg(i + 1), plain(s.error().message), true)};
            post.childContainers.append(*created.value);
            log(post, u"child %1"_s.arg(i + 1), u"created"_s, *created.value);
        }
        for (qsizetype i = 0; i < post.childContainers.size(); ++i) {
            const Step ready = waitFinished(post, post.childContainers.at(i), post.items.value(i).video);
            if (!ready.ok)
                return ready;
        }
        params = {{u"media_type"_s, u"CAROUSEL"_s}, {u"children"_s, post.childContainers.join(u',')}};
        addCommon(params);
        break;
    }
    case PostKind::Image: {
        const PostMedia item = post.items.value(0);
        params = {{u"image_url"_s, item.url}};
        if (!item.altText.isEmpty())
            params.append({u"alt_text"_s, item.altText});
        addCommon(params);
        break;
    }
    case PostKind::Reel: {
        params = {{u"media_type"_s, u"REELS"_s}, {u"video_url"_s, post.items.value(0).url}};
        if (!post.options.coverUrl.isEmpty())
            params.append({u"cover_url"_s, post.options.coverUrl});
        params.append({u"share_to_feed"_s, post.options.shareToFeed ? u"true"_s : u"false"_s});
        if (post.options.thumbOffsetMs >= 0)
            params.append({u"thumb_offset"_s, QString::number(post.options.thumbOffsetMs)});
        addCommon(params);
        break;
    }
    case PostKind::Story: {
        const PostMedia item = post.items.value(0);
        params = {{u"media_type"_s, u"STORIES"_s}, {item.video ? u"video_url"_s : u"image_url"_s, item.url}};
        break;
    }
    }
    const auto created = m_client.createContainer(post.accountUserId, params);
    if (!created.ok())
        return {false, fail(post, u"container"_s, created.error,
                            created.error.retryable() && created.error.action != GraphAction::MediaNotFetched)};
    if (auto s = m_store.recordContainer(post.id, *created.value); !s.ok())
        return {false, fail(post, u"container"_s, plain(s.error().message), true)};
    post.containerId = *created.value;
    post.state = PostState::Processing;
    log(post, u"container"_s, u"created"_s, post.containerId);
    return {};
}

Publisher::Step Publisher::waitFinished(const PublishPost &constPost, const QString &containerId, bool video)
{
    PublishPost post = constPost;
    const QDateTime deadline = now().addMSecs(video ? m_timing.videoTimeoutMs : m_timing.imageTimeoutMs);
    int delay = m_timing.pollInitialMs;
    GraphError lastError;
    for (bool first = true;; first = false) {
        if (!first) {
            m_timing.sleep(delay);
            delay = std::min(delay * 2, m_timing.pollMaxMs);
        }
        const auto status = m_client.containerStatus(containerId);
        if (!status.ok()) {
            lastError = status.error;
            if (status.error.action == GraphAction::Reconnect || !status.error.retryable())
                return {false, fail(post, u"status"_s, status.error, true)};
        } else {
            switch (status.value->status) {
            case ContainerStatus::Finished:
                return {};
            case ContainerStatus::Published: {
                Step step;
                step.outcome.state = PostState::Published;
                return step;
            }
            case ContainerStatus::Error:
                return {false, fail(post, u"status"_s,
                                    plain(tr("Instagram could not process the media (%1). Check the file's format "
                                             "and that its URL is public, then retry.")
                                              .arg(status.value->detail.isEmpty() ? status.value->statusCode
                                                                                  : status.value->detail)))};
            case ContainerStatus::Expired:
                return {false, fail(post, u"status"_s,
                                    plain(tr("The media container expired before it was published (containers last "
                                             "24 hours); retry to create it again.")))};
            case ContainerStatus::InProgress:
            case ContainerStatus::Unknown:
                break;
            }
        }
        if (now() >= deadline) {
            GraphError waiting = lastError.isError() ? lastError : plain({});
            waiting.message = tr("Instagram is still processing the media; the next run checks it again.");
            return {false, fail(post, u"status"_s, waiting, true)};
        }
    }
}

PublishOutcome Publisher::sendPublish(PublishPost &post)
{
    // The note first: whatever happens after this line, no run sends media_publish before reading the container.
    const QDateTime sentAt = now();
    if (auto s = m_store.markPublishSent(post.id, sentAt); !s.ok())
        return fail(post, u"publish"_s, plain(s.error().message), true);
    post.state = PostState::Publishing;
    post.publishSentAt = sentAt;
    log(post, u"publish"_s, u"sent"_s, post.containerId);
    const auto published = m_client.publish(post.accountUserId, post.containerId);
    if (published.ok())
        return finishPublished(post, *published.value);
    if (published.error.action == GraphAction::NoAnswer || published.error.httpStatus >= 500) {
        // Instagram may have published it: only the container can tell.
        log(post, u"publish"_s, u"no answer"_s, published.error.message);
        return resolveUncertain(post, false);
    }
    // An answer that refuses: nothing was published.
    const bool keep = published.error.action == GraphAction::Wait || published.error.action == GraphAction::Reconnect;
    post.state = keep ? PostState::Processing : PostState::Failed;
    return fail(post, u"publish"_s, published.error, true);
}

PublishOutcome Publisher::resolveUncertain(PublishPost &post, bool mayResend)
{
    const auto status = m_client.containerStatus(post.containerId);
    PublishOutcome outcome;
    outcome.state = PostState::Publishing;
    if (!status.ok()) {
        outcome.unknown = true;
        outcome.error = status.error;
        outcome.message = tr("Instagram did not say whether the post was published, and its container could not be "
                             "read (%1). Nothing was sent again; the next run checks first.")
                              .arg(status.error.message);
        log(post, u"check"_s, u"unknown"_s, outcome.message);
        (void)m_store.setState(post.id, PostState::Publishing, outcome.message);
        return outcome;
    }
    switch (status.value->status) {
    case ContainerStatus::Published:
        log(post, u"check"_s, u"published"_s);
        return finishPublished(post, findPublishedMedia(post).value_or(GraphMedia{}).id);
    case ContainerStatus::Finished: {
        if (const auto media = findPublishedMedia(post)) {
            log(post, u"check"_s, u"found in recent media"_s, media->id);
            return finishPublished(post, media->id);
        }
        if (mayResend) {
            log(post, u"check"_s, u"not published"_s);
            return sendPublish(post);
        }
        outcome.unknown = true;
        outcome.message = tr("Instagram did not answer the publish request and has not published the post yet. "
                             "Nothing was sent again; the next run checks first.");
        (void)m_store.setState(post.id, PostState::Publishing, outcome.message);
        return outcome;
    }
    case ContainerStatus::Error:
    case ContainerStatus::Expired:
        post.state = PostState::Failed;
        return fail(
            post, u"check"_s,
            plain(tr("Not published: the container is %1. Retry to create it again.").arg(status.value->statusCode)));
    case ContainerStatus::InProgress:
    case ContainerStatus::Unknown:
        break;
    }
    outcome.unknown = true;
    outcome.message = tr("The post's container is still being processed; the next run checks it again.");
    (void)m_store.setState(post.id, PostState::Publishing, outcome.message);
    return outcome;
}

std::optional<GraphMedia> Publisher::findPublishedMedia(const PublishPost &post)
{
    if (post.kind == PostKind::Story)
        return std::nullopt; // stories are not among the feed's media
    const auto page = m_client.media(25);
    if (!page.ok())
        return std::nullopt;
    const QDateTime since = post.publishSentAt.value_or(post.createdAt).addSecs(-300);
    for (const GraphMedia &m : page.value->items) {
        if (m.timestamp && *m.timestamp >= since && m.caption.trimmed() == post.caption.trimmed())
            return m;
    }
    return std::nullopt;
}

PublishOutcome Publisher::finishPublished(PublishPost &post, const QString &mediaId)
{
    PublishOutcome outcome;
    if (auto s = m_store.markPublished(post.id, mediaId, now()); !s.ok()) {
        // Published, whatever the store says: never let this become a second attempt.
        qCWarning(lcPublishing) << "post" << post.id << "published but not noted:" << s.error().message;
    }
    post.state = PostState::Published;
    post.mediaId = mediaId;
    log(post, u"publish"_s, u"published"_s, mediaId);
    outcome.state = PostState::Published;
    outcome.mediaId = mediaId;
    outcome.message = tr("Published.");
    if (mediaId.isEmpty())
        return outcome;
    if (const auto media = m_client.mediaById(mediaId); media.ok() && !media.value->permalink.isEmpty()) {
        outcome.permalink = media.value->permalink;
        (void)m_store.setPermalink(post.id, outcome.permalink);
    }
    if (!post.options.firstComment.isEmpty() && post.firstCommentId.isEmpty() && post.kind != PostKind::Story) {
        const auto comment = m_client.comment(mediaId, post.options.firstComment);
        if (comment.ok()) {
            (void)m_store.setFirstComment(post.id, *comment.value);
            log(post, u"first comment"_s, u"posted"_s, *comment.value);
        } else {
            // The post stands; only the comment is missing.
            log(post, u"first comment"_s, u"failed"_s, comment.error.message);
            outcome.message = tr("Published; the first comment could not be posted: %1").arg(comment.error.message);
        }
    }
    return outcome;
}

} // namespace reelpulse
