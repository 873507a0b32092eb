#pragma once

#include "publishing/GraphClient.h"
#include "storage/PublishStore.h"

#include <functional>

namespace reelpulse {

/// How long and how often a publish waits for Instagram to process a container.
struct PublishTiming
{
    int pollInitialMs = 3000; ///< first wait before reading a container's status; doubles up to pollMaxMs
    int pollMaxMs = 30'000;
    int imageTimeoutMs = 90'000;       ///< images are processed in about a minute at most
    int videoTimeoutMs = 30 * 60'000;  ///< videos (reels, stories, carousel videos) up to 30 minutes
    std::function<void(int ms)> sleep; ///< default: block the thread
    std::function<QDateTime()> now;    ///< default: the UTC clock
};

/// What a run of the publish flow ended with.
struct PublishOutcome
{
    PostState state = PostState::Failed;
    QString mediaId;
    QString permalink;
    QString message;  ///< for people: what happened and what to do
    GraphError error; ///< the Graph error behind a failure, if any
    bool quotaRefused = false;
    std::optional<QDateTime> quotaResetAt;
    bool unknown = false; ///< media_publish got no answer and the container could not tell yet: run again later

    bool published() const { return state == PostState::Published; }
};

/// The publish flow of one post, as a state machine persisted in the store, that publishes at most once.
///
/// content_publishing_limit is read first (refused with the reset time when used up, before any container) →
/// containers are created (each id stored as soon as it is known; carousel children, then the parent) → the
/// container's status_code is polled with back-off until FINISHED → the post is marked "publishing" with the time,
/// and only then media_publish is sent, once (OneShotHttp). A run that finds a post in "publishing" (an answer
/// lost, a crash, a kill) never sends media_publish again before reading the container: PUBLISHED means done (the
/// media id is found among the account's recent media); FINISHED and no matching recent media means it was not
/// published and may be sent again.
class Publisher final
{
public:
    Publisher(PublishStore &store, GraphClient &client, PublishTiming timing = {});

    PublishOutcome run(qint64 postId);

    /// The rolling-window reset: when the oldest post of the window leaves it (from the account's recent media).
    std::optional<QDateTime> quotaResetTime(const PublishingLimit &limit);

private:
    struct Step
    {
        bool ok = true;
        PublishOutcome outcome;
    };

    Step createContainers(PublishPost &post);
    Step waitFinished(const PublishPost &post, const QString &containerId, bool video);
    PublishOutcome sendPublish(PublishPost &post);
    PublishOutcome resolveUncertain(PublishPost &post, bool mayResend);
    PublishOutcome finishPublished(PublishPost &post, const QString &mediaId);
    /// The recent media that is this post: published after it was sent, with its caption.
    std::optional<GraphMedia> findPublishedMedia(const PublishPost &post);
    PublishOutcome fail(PublishPost &post, const QString &step, const GraphError &error, bool keepState = false);
    void log(const PublishPost &post, const QString &step, const QString &outcome, const QString &message = {});
    QDateTime now() const;

    PublishStore &m_store;
    GraphClient &m_client;
    PublishTiming m_timing;
};

} // namespace reelpulse
