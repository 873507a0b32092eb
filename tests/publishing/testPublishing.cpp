#include "FakeGraphServer.h"

#include "auth/GraphTokenStore.h"
#include "auth/InMemorySecretStore.h"
#include "platform/Settings.h"
#include "publishing/GraphClient.h"
#include "publishing/OneShotHttp.h"
#include "services/PublishingService.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::FakeGraphServer;

/// The publish flow against the fake Graph server: containers, status polling, media_publish exactly once
/// whatever fails, the quota, errors, tokens. Real SQLite in a temporary folder; tokens in an in-memory store.
class TestPublishing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testAddAccountStoresTokenInSecretsOnly();
    void testImagePublishesOnceAfterFinished();
    void testCarouselChildrenThenParent();
    void testReelAndStoryParameters();
    void testQuotaUsedUpRefusesBeforeAnyContainer();
    void testLostPublishAnswerNeverPublishesTwice();
    void testDroppedPublishIsSentAgainOnlyAfterChecking();
    void testEveryStepIsStoredBeforeTheNext();
    void testContainerErrorFailsWithReasonAndRetryMakesNewContainers();
    void testMediaNotFetchedSaysCheckPublic();
    void testError190MarksAccountReconnect();
    void testFirstCommentFailureNeverFailsThePost();
    void testDueSkipsLatePostsUnlessLateOk();
    void testTokenRefreshTiming();
    void testInsightsAskCurrentMetricsOnly();
    void testRemoveAccountDeletesTheToken();
    void testOneShotHttpNeverResends();

private:
    PublishAccount addAccount();
    PublishPost imagePost(const QString &caption = u"Hello #launch"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeGraphServer> m_server;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<PublishingService> m_service;
};

void TestPublishing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeGraphServer>();
    QVERIFY(m_server->start());
    qputenv("REELPULSE_GRAPH_URL", m_server->baseUrl().toUtf8());
    QVERIFY(Settings(m_dir->path()).set(u"publish.poll_ms"_s, u"10"_s).ok());
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_secrets = std::make_shared<InMemorySecretStore>();
    m_service = std::make_unique<PublishingService>(*m_db, m_dir->path(), m_secrets);
    m_server->addAccount(u"TOKEN-A"_s, u"17841400000000001"_s, u"john_doe"_s);
}

void TestPublishing::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_server.reset();
    qunsetenv("REELPULSE_GRAPH_URL");
}

PublishAccount TestPublishing::addAccount()
{
    auto added = m_service->addAccountWithToken(u"TOKEN-A"_s);
    if (!added.ok())
        qFatal("account not added: %s", qPrintable(added.error().message));
    return added.value();
}

PublishPost TestPublishing::imagePost(const QString &caption)
{
    PublishPost post;
    post.accountId = addAccount().id;
    post.kind = PostKind::Image;
    post.caption = caption;
    post.items = {{u"https://cdn.example/launch.jpg"_s, false, u"A red bicycle"_s}};
    post.state = PostState::Scheduled;
    auto created = m_service->createPost(post);
    if (!created.ok())
        qFatal("post not created: %s", qPrintable(created.error().message));
    return created.value();
}

void TestPublishing::testAddAccountStoresTokenInSecretsOnly()
{
    const PublishAccount account = addAccount();
    QCOMPARE(account.username, u"john_doe"_s);
    QCOMPARE(account.userId, u"17841400000000001"_s);
    QCOMPARE(account.followers.value_or(-1), 1200);
    QVERIFY(account.tokenExpiresAt);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(*account.tokenExpiresAt) - 60) <= 1);
    QCOMPARE(m_secrets->read(GraphTokenStore::tokenKey(account.userId)).value().value_or(QString()), u"TOKEN-A"_s);
    // The store file never holds the token.
    QFile file(m_db->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("TOKEN-A"));
    const QList<FakeGraphServer::Request> me = m_server->requestsTo("GET", u"/me"_s);
    QCOMPARE(me.size(), 1);
    QVERIFY(me.first().param(u"fields"_s).contains(u"followers_count"_s));
    // A refused token connects nothing.
    auto refused = m_service->addAccountWithToken(u"WRONG"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Invalid);
    QCOMPARE(m_service->accounts().value().size(), 1);
}

void TestPublishing::testImagePublishesOnceAfterFinished()
{
    m_server->setPollsBeforeFinished(2);
    const PublishPost post = imagePost();
    const PublishOutcome outcome = m_service->publish(post.id);
    QVERIFY2(outcome.published(), qPrintable(outcome.message));
    QCOMPARE(m_server->publishCount(), 1);
    QCOMPARE(outcome.mediaId, m_server->publishedMedia().first().id);
    QVERIFY(outcome.permalink.contains(outcome.mediaId));
    // quota → container → IN_PROGRESS ×2 → FINISHED → media_publish, in that order
    QStringList order;
    for (const auto &r : m_server->requests()) {
        if (r.path.endsWith(u"content_publishing_limit"_s))
            order << u"quota"_s;
        else if (r.method == "POST" && r.path.endsWith(u"/media"_s))
            order << u"create"_s;
        else if (r.param(u"fields"_s) == u"status_code,status"_s)
            order << u"status"_s;
        else if (r.path.endsWith(u"/media_publish"_s))
            order << u"publish"_s;
    }
    QCOMPARE(order, (QStringList{u"quota"_s, u"create"_s, u"status"_s, u"status"_s, u"status"_s, u"publish"_s}));
    const auto create = m_server->requestsTo("POST", u"/media"_s).first();
    QCOMPARE(create.param(u"image_url"_s), u"https://cdn.example/launch.jpg"_s);
    QCOMPARE(create.param(u"caption"_s), u"Hello #launch"_s);
    QCOMPARE(create.param(u"alt_text"_s), u"A red bicycle"_s);
    const auto stored = m_service->post(post.id).value();
    QCOMPARE(stored.state, PostState::Published);
    QCOMPARE(stored.mediaId, outcome.mediaId);
    // Running it again does nothing.
    QVERIFY(m_service->publish(post.id).published());
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
}

void TestPublishing::testCarouselChildrenThenParent()
{
    PublishPost post;
    post.accountId = addAccount().id;
    post.kind = PostKind::Carousel;
    post.state = PostState::Scheduled;
    post.caption = u"Three in a row"_s;
    post.items = {{u"https://cdn.example/1.jpg"_s, false, {}},
                  {u"https://cdn.example/2.mp4"_s, true, {}},
                  {u"https://cdn.example/3.jpg"_s, false, {}}};
    auto created = m_service->createPost(post);
    QVERIFY(created.ok());
    const PublishOutcome outcome = m_service->publish(created->id);
    QVERIFY2(outcome.published(), qPrintable(outcome.message));
    const auto creates = m_server->requestsTo("POST", u"/media"_s);
    QCOMPARE(creates.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(creates.at(i).param(u"is_carousel_item"_s), u"true"_s);
    QCOMPARE(creates.at(0).param(u"image_url"_s), u"https://cdn.example/1.jpg"_s);
    QCOMPARE(creates.at(1).param(u"media_type"_s), u"VIDEO"_s);
    QCOMPARE(creates.at(1).param(u"video_url"_s), u"https://cdn.example/2.mp4"_s);
    QCOMPARE(creates.at(2).param(u"image_url"_s), u"https://cdn.example/3.jpg"_s);
    QCOMPARE(creates.at(3).param(u"media_type"_s), u"CAROUSEL"_s);
    QCOMPARE(creates.at(3).param(u"caption"_s), u"Three in a row"_s);
    const QStringList children = creates.at(3).param(u"children"_s).split(u',');
    QCOMPARE(children.size(), 3);
    QCOMPARE(m_service->post(created->id).value().childContainers, children);
    QCOMPARE(m_server->publishCount(), 1);
}

void TestPublishing::testReelAndStoryParameters()
{
    const qint64 accountId = addAccount().id;
    PublishPost reel;
    reel.accountId = accountId;
    reel.kind = PostKind::Reel;
    reel.state = PostState::Scheduled;
    reel.caption = u"Reel"_s;
    reel.items = {{u"https://cdn.example/r.mp4"_s, true, {}}};
    reel.options.coverUrl = u"https://cdn.example/cover.jpg"_s;
    reel.options.shareToFeed = false;
    reel.options.thumbOffsetMs = 1500;
    auto created = m_service->createPost(reel);
    QVERIFY(created.ok());
    QVERIFY(m_service->publish(created->id).published());
    auto create = m_server->requestsTo("POST", u"/media"_s).last();
    QCOMPARE(create.param(u"media_type"_s), u"REELS"_s);
    QCOMPARE(create.param(u"video_url"_s), u"https://cdn.example/r.mp4"_s);
    QCOMPARE(create.param(u"cover_url"_s), u"https://cdn.example/cover.jpg"_s);
    QCOMPARE(create.param(u"share_to_feed"_s), u"false"_s);
    QCOMPARE(create.param(u"thumb_offset"_s), u"1500"_s);

    PublishPost story;
    story.accountId = accountId;
    story.kind = PostKind::Story;
    story.state = PostState::Scheduled;
    story.items = {{u"https://cdn.example/s.jpg"_s, false, {}}};
    created = m_service->createPost(story);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const PublishOutcome outcome = m_service->publish(created->id);
    QVERIFY2(outcome.published(), qPrintable(outcome.message));
    create = m_server->requestsTo("POST", u"/media"_s).last();
    QCOMPARE(create.param(u"media_type"_s), u"STORIES"_s);
    QCOMPARE(create.param(u"image_url"_s), u"https://cdn.example/s.jpg"_s);
    QCOMPARE(m_server->publishCount(), 2);
}

void TestPublishing::testQuotaUsedUpRefusesBeforeAnyContainer()
{
    const PublishPost post = imagePost();
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
    m_server->addExistingMedia({u"1"_s, u"newer"_s, u"IMAGE"_s, u"FEED"_s, oldest.addSecs(3600), {}});
    m_server->addExistingMedia({u"2"_s, u"oldest"_s, u"IMAGE"_s, u"FEED"_s, oldest, {}});
    m_server->setQuota(100, 100);
    const PublishOutcome outcome = m_service->publish(post.id);
    QVERIFY(!outcome.published());
    QVERIFY(outcome.quotaRefused);
    QCOMPARE(m_server->requestCount("POST", u"/media"_s), 0);
    QCOMPARE(m_server->containerCount(), 0);
    QVERIFY(outcome.quotaResetAt);
    QCOMPARE(outcome.quotaResetAt->toSecsSinceEpoch(), oldest.addSecs(86400).toSecsSinceEpoch());
    QVERIFY2(outcome.message.contains(outcome.quotaResetAt->toString(u"yyyy-MM-dd HH:mm"_s)),
             qPrintable(outcome.message));
    // Still scheduled: it goes out once the window frees a slot.
    QCOMPARE(m_service->post(post.id).value().state, PostState::Scheduled);
    m_server->setQuota(99, 100);
    QVERIFY(m_service->publish(post.id).published());
}

void TestPublishing::testLostPublishAnswerNeverPublishesTwice()
{
    const PublishPost post = imagePost(u"Lost answer"_s);
    m_server->loseNextPublishAnswer();
    // The first run: the server published, the connection dropped without a byte; the container tells.
    const PublishOutcome first = m_service->publish(post.id);
    QCOMPARE(m_server->publishCount(), 1);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
    QVERIFY2(first.published(), qPrintable(first.message));
    QCOMPARE(first.mediaId, m_server->publishedMedia().first().id); // found among the recent media
    // A due pass later finds nothing to do.
    auto due = m_service->publishDue(QDateTime::currentDateTimeUtc(), false);
    QVERIFY(due.ok());
    QVERIFY(due->isEmpty());
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
}

void TestPublishing::testDroppedPublishIsSentAgainOnlyAfterChecking()
{
    const PublishPost post = imagePost(u"Dropped"_s);
    m_server->dropNextPublishUnpublished();
    const PublishOutcome first = m_service->publish(post.id);
    QVERIFY(!first.published());
    QVERIFY(first.unknown); // FINISHED and not among the media: not sent again in the same run
    QCOMPARE(m_service->post(post.id).value().state, PostState::Publishing);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
    const int statusReads = m_server->requestCount("GET", m_service->post(post.id).value().containerId);
    // The next run reads the container before it sends anything.
    auto due = m_service->publishDue(QDateTime::currentDateTimeUtc(), false);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QVERIFY2(due->first().outcome.published(), qPrintable(due->first().outcome.message));
    QVERIFY(m_server->requestCount("GET", m_service->post(post.id).value().containerId) > statusReads);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 2);
    QCOMPARE(m_server->publishCount(), 1);
}

void TestPublishing::testEveryStepIsStoredBeforeTheNext()
{
    const PublishPost post = imagePost(u"Steps"_s);
    QVERIFY(m_service->publish(post.id).published());
    QStringList steps;
    for (const PublishAttempt &a : m_service->attempts(post.id).value())
        steps << a.step + u":"_s + a.outcome;
    QCOMPARE(steps, (QStringList{u"quota:ok"_s, u"container:created"_s, u"publish:sent"_s, u"publish:published"_s}));
    const auto stored = m_service->post(post.id).value();
    QVERIFY(stored.publishSentAt);
    QVERIFY(!stored.containerId.isEmpty());
}

void TestPublishing::testContainerErrorFailsWithReasonAndRetryMakesNewContainers()
{
    m_server->setFinalStatus(u"ERROR"_s);
    const PublishPost post = imagePost();
    const PublishOutcome outcome = m_service->publish(post.id);
    QCOMPARE(outcome.state, PostState::Failed);
    QVERIFY(outcome.message.contains(u"public"_s));
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 0);
    const auto failed = m_service->post(post.id).value();
    QCOMPARE(failed.state, PostState::Failed);
    QVERIFY(!failed.lastError.isEmpty());

    m_server->setFinalStatus(u"FINISHED"_s);
    auto retried = m_service->retryPost(post.id);
    QVERIFY(retried.ok());
    QCOMPARE(retried->state, PostState::Scheduled);
    QVERIFY(retried->containerId.isEmpty());
    QVERIFY(m_service->publish(post.id).published());
    QCOMPARE(m_server->containerCount(), 2);
    QCOMPARE(m_server->publishCount(), 1);
}

void TestPublishing::testMediaNotFetchedSaysCheckPublic()
{
    const PublishPost post = imagePost();
    m_server->failNext(u"/media"_s, 400, 9004, 2207052, u"Media download has failed."_s);
    const PublishOutcome outcome = m_service->publish(post.id);
    QCOMPARE(outcome.state, PostState::Failed);
    QCOMPARE(outcome.error.action, GraphAction::MediaNotFetched);
    QVERIFY(outcome.message.contains(u"public"_s));
}

void TestPublishing::testError190MarksAccountReconnect()
{
    const PublishPost post = imagePost();
    m_server->revokeToken(u"TOKEN-A"_s);
    const PublishOutcome outcome = m_service->publish(post.id);
    QVERIFY(!outcome.published());
    QCOMPARE(outcome.error.action, GraphAction::Reconnect);
    const PublishAccount account = m_service->account(u"john_doe"_s).value();
    QVERIFY(account.needsReconnect());
    QVERIFY(account.statusReason.contains(u"Reconnect"_s));
    QCOMPARE(m_service->post(post.id).value().state, PostState::Scheduled); // kept for after the reconnect
    // The due pass does not hammer a rejected token; reconnecting makes it active again.
    auto due = m_service->publishDue(QDateTime::currentDateTimeUtc(), false);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QVERIFY(due->first().skipped);
    m_server->addAccount(u"TOKEN-B"_s, u"17841400000000001"_s, u"john_doe"_s);
    QVERIFY(m_service->addAccountWithToken(u"TOKEN-B"_s).ok());
    QVERIFY(!m_service->account(u"john_doe"_s).value().needsReconnect());
    QVERIFY(m_service->publish(post.id).published());
}

void TestPublishing::testFirstCommentFailureNeverFailsThePost()
{
    PublishPost post;
    post.accountId = addAccount().id;
    post.kind = PostKind::Image;
    post.items = {{u"https://cdn.example/a.jpg"_s, false, {}}};
    post.options.firstComment = u"Link in bio"_s;
    post.state = PostState::Scheduled;
    auto created = m_service->createPost(post);
    QVERIFY(created.ok());
    m_server->failNext(u"/comments"_s, 500, 1, 0, u"Unknown"_s);
    const PublishOutcome outcome = m_service->publish(created->id);
    QVERIFY(outcome.published());
    QVERIFY(outcome.message.contains(u"comment"_s));
    QCOMPARE(m_service->post(created->id).value().state, PostState::Published);

    created = m_service->createPost(post);
    QVERIFY(m_service->publish(created->id).published());
    const auto comment = m_server->requestsTo("POST", u"/comments"_s).last();
    QCOMPARE(comment.param(u"message"_s), u"Link in bio"_s);
    QVERIFY(!m_service->post(created->id).value().firstCommentId.isEmpty());
}

void TestPublishing::testDueSkipsLatePostsUnlessLateOk()
{
    const qint64 accountId = addAccount().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto schedule = [&](qint64 secondsAgo, const QString &caption) {
        PublishPost post;
        post.accountId = accountId;
        post.kind = PostKind::Image;
        post.caption = caption;
        post.items = {{u"https://cdn.example/a.jpg"_s, false, {}}};
        post.scheduledAt = now.addSecs(-secondsAgo);
        post.state = PostState::Scheduled;
        return m_service->createPost(post).value();
    };
    const PublishPost onTime = schedule(60, u"on time"_s);
    const PublishPost late = schedule(2 * 3600, u"late"_s);
    const PublishPost future = schedule(-3600, u"future"_s);
    auto due = m_service->publishDue(now, false);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 2);
    QCOMPARE(m_service->post(onTime.id).value().state, PostState::Published);
    QCOMPARE(m_service->post(late.id).value().state, PostState::Scheduled);
    QCOMPARE(m_service->post(future.id).value().state, PostState::Scheduled);
    for (const DueResult &r : due.value()) {
        if (r.post.id == late.id)
            QVERIFY(r.skipped && r.skipReason.contains(u"--late-ok"_s));
    }
    due = m_service->publishDue(now, true);
    QVERIFY(due.ok());
    QCOMPARE(m_service->post(late.id).value().state, PostState::Published);
    QCOMPARE(m_server->publishCount(), 2);
}

void TestPublishing::testTokenRefreshTiming()
{
    const PublishAccount account = addAccount();
    m_server->setRefreshAnswer(u"TOKEN-R"_s, 5184000);
    const QDateTime expiry = *account.tokenExpiresAt;
    // 16 days before expiry: nothing to do.
    QCOMPARE(m_service->refreshExpiringTokens(expiry.addDays(-16)).value(), 0);
    QCOMPARE(m_server->requestCount("GET", u"/refresh_access_token"_s), 0);
    // 14 days before: refreshed, the new token in the secrets, the new expiry stored.
    const QDateTime at = expiry.addDays(-14);
    QCOMPARE(m_service->refreshExpiringTokens(at).value(), 1);
    QCOMPARE(m_secrets->read(GraphTokenStore::tokenKey(account.userId)).value().value_or(QString()), u"TOKEN-R"_s);
    const PublishAccount refreshed = m_service->account(u"john_doe"_s).value();
    QCOMPARE(refreshed.tokenExpiresAt->toSecsSinceEpoch(), at.addSecs(5184000).toSecsSinceEpoch());
    // A rejected token during refresh: Reconnect, never a silent failure.
    m_server->revokeToken(u"TOKEN-R"_s);
    QCOMPARE(m_service->refreshExpiringTokens(refreshed.tokenExpiresAt->addDays(-10)).value(), 0);
    QVERIFY(m_service->account(u"john_doe"_s).value().needsReconnect());
}

void TestPublishing::testInsightsAskCurrentMetricsOnly()
{
    const PublishPost post = imagePost();
    QVERIFY(m_service->publish(post.id).published());
    auto insights = m_service->insights(QString::number(post.id));
    QVERIFY2(insights.ok(), qPrintable(insights.ok() ? QString() : insights.error().message));
    QCOMPARE(insights->postId, post.id);
    QCOMPARE(insights->insights.reach.value_or(-1), 3890);
    QCOMPARE(insights->insights.engagementRate().value_or(-1), 7.2);
    const auto request = m_server->requestsTo("GET", u"/insights"_s).last();
    const QStringList metrics = request.param(u"metric"_s).split(u',');
    for (const QString &deprecated : {u"impressions"_s, u"plays"_s, u"video_views"_s})
        QVERIFY(!metrics.contains(deprecated));
    QVERIFY(metrics.contains(u"views"_s));
    // By media id too.
    auto byMedia = m_service->insights(insights->mediaId);
    QVERIFY(byMedia.ok());
    QCOMPARE(byMedia->postId, post.id);
}

void TestPublishing::testRemoveAccountDeletesTheToken()
{
    const PublishAccount account = addAccount();
    QVERIFY(m_service->removeAccount(u"@john_doe"_s).ok());
    QVERIFY(!m_secrets->read(GraphTokenStore::tokenKey(account.userId)).value());
    QVERIFY(m_service->accounts().value().isEmpty());
    QCOMPARE(m_service->removeAccount(u"john_doe"_s).error().kind, ErrorKind::NotFound);
}

void TestPublishing::testOneShotHttpNeverResends()
{
    // A server that closes every media_publish connection without a byte of answer.
    addAccount();
    const QUrl url(m_server->baseUrl() + u"/v23.0/17841400000000001/media_publish"_s);
    m_server->dropNextPublishUnpublished();
    const OneShotHttp::Answer answer = OneShotHttp::send("POST", url, "creation_id=1&access_token=TOKEN-A", 5000);
    QVERIFY(!answer.answered);
    QVERIFY(answer.sent);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);

    // What the client above avoids: QNetworkAccessManager sends the same POST again on such a close.
    m_server->dropNextPublishUnpublished();
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = manager.post(request, QByteArray("creation_id=1&access_token=TOKEN-A"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    const int sent = m_server->requestCount("POST", u"/media_publish"_s) - 1;
    qInfo() << "QNetworkAccessManager sent the POST" << sent << "time(s)";
    QVERIFY(sent >= 1);
}

QTEST_GUILESS_MAIN(TestPublishing)
#include "testPublishing.moc"
