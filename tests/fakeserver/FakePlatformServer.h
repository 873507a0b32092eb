#pragma once

#include "FakeHttpMessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <memory>

class QThread;

namespace reelpulse::test {

class FakeHttpEndpoint;

/// The failure answers a test can inject (see FakeResponse for the exact bodies).
enum class FakeFault {
    RateLimited,           ///< 429 without Retry-After
    RateLimitedRetryAfter, ///< 429 with Retry-After: 120
    SoftBlock,             ///< 401 "Please wait a few minutes", require_login
    LoginRedirect,         ///< 302 to /accounts/login/
    Checkpoint,            ///< 400 checkpoint_required (the captured challenge body)
    NullData,              ///< 200 {"data": null}
    TruncatedJson,         ///< 200 with a cut JSON document
    HtmlInsteadOfJson,     ///< 200 text/html login page
    Stall,                 ///< no answer at all
    ServerError,           ///< 500
    CloseMidBody,          ///< connection closed in the middle of the body
};

/// A local stand-in for Instagram and TikTok: serves captured responses at the real paths, lets a test
/// override any route, injects failure answers and logs every request (path, query, headers, body).
///
/// Runs its HTTP endpoint (FakeHttpEndpoint, on QTcpServer) in a thread of its own on 127.0.0.1 and a
/// port the system picks, so a client may block the test's thread while it waits for an answer. All
/// methods are thread-safe; route handlers run in the server thread.
class FakePlatformServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePlatformServer)

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    /// fixtureDir: the folder with instagram/ and tiktok/ captured responses (tests/data/fixtures).
    explicit FakePlatformServer(const QString &fixtureDir = {}, QObject *parent = nullptr);
    ~FakePlatformServer() override;

    /// Starts listening; false when no port could be opened.
    bool start();
    /// Starts listening for https with this certificate and private key (PEM files, see tests/data/tls);
    /// false when they cannot be read or no port could be opened.
    bool startTls(const QString &certificatePath, const QString &keyPath);
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    QString baseUrl() const; ///< "http://127.0.0.1:<port>" ("https://…" after startTls())

    QString fixtureDir() const { return m_fixtureDir; }
    /// A captured response by its path under the fixture folder ("instagram/pgrimaud__profile.json").
    QByteArray fixture(const QString &relativePath) const;

    /// Handles every request whose path starts with pathPrefix (the longest matching prefix wins).
    void setRoute(const QString &pathPrefix, Handler handler);
    /// Answers requests for exactly this path (any query) with response; takes precedence over prefixes.
    void serveResponse(const QString &path, const FakeResponse &response);
    /// Answers requests for exactly this path with the file's content.
    void serveFile(const QString &path, const QString &filePath, const QByteArray &contentType = "application/json");
    void removeRoute(const QString &pathOrPrefix);

    /// The captured Instagram responses at the real web paths (see installInstagramRoutes in the .cpp).
    void installInstagramRoutes();
    /// The captured TikTok video page and comment list at the real paths.
    void installTikTokRoutes();

    /// The next `times` requests whose path starts with pathPrefix (empty: any) get response instead of the
    /// route's answer. Injections are used in the order they were added.
    void injectResponse(const FakeResponse &response, const QString &pathPrefix = {}, int times = 1);
    void injectFault(FakeFault fault, const QString &pathPrefix = {}, int times = 1);
    FakeResponse faultResponse(FakeFault fault) const;
    void clearInjections();
    int pendingInjections() const;

    QList<FakeRequest> requests() const;
    /// Requests whose path starts with pathPrefix (empty: all).
    int requestCount(const QString &pathPrefix = {}) const;
    std::optional<FakeRequest> lastRequest(const QString &pathPrefix = {}) const;
    void clearRequests();

    /// A TikTok video page embedding itemStruct (omitted when empty) in __UNIVERSAL_DATA_FOR_REHYDRATION__.
    static QByteArray tiktokVideoPage(const QJsonObject &itemStruct, int statusCode = 0);
    /// A TikTok account page embedding userDetail as `webapp.user-detail`.
    static QByteArray tiktokAccountPage(const QJsonObject &userDetail);
    /// TikTok's verification wall (a captcha page instead of the account) and its redirect to /login.
    static FakeResponse tiktokVerifyWall();
    static FakeResponse tiktokLoginRedirect();
    /// Serves /@{username} with this user detail (`{statusCode, userInfo{user, stats, statsV2}}`) and its videos:
    /// in the page's userInfo.itemList when itemsOnPage, else at /api/post/item_list/?secUid={user.secUid}.
    /// Replaces what was served for that account (installTikTokRoutes() sets zg.520 from the fixtures).
    void setTikTokAccount(const QString &username, const QJsonObject &userDetail, const QJsonArray &items = {},
                          bool itemsOnPage = false);

private:
    struct Injection
    {
        QString prefix;
        FakeResponse response;
        int remaining = 0;
    };

    bool start(const std::optional<QSslConfiguration> &tls);
    FakeResponse dispatch(const FakeRequest &request);
    FakeResponse instagramMedia(const FakeRequest &request) const;
    FakeResponse instagramGraphql(const FakeRequest &request) const;
    FakeResponse instagramPostPage(const FakeRequest &request) const;
    QByteArray appCommentsFromGraph(const QString &fixturePath) const;

    QString m_fixtureDir;
    quint16 m_port = 0;
    bool m_tls = false;
    std::unique_ptr<QThread> m_thread;
    FakeHttpEndpoint *m_endpoint = nullptr; ///< lives in m_thread

    mutable QMutex m_mutex;
    QList<QPair<QString, Handler>> m_prefixRoutes;
    QHash<QString, FakeResponse> m_exactRoutes;
    QList<Injection> m_injections;
    QList<FakeRequest> m_requests;
    struct TikTokAccount
    {
        QJsonObject detail;
        QJsonArray items;
        bool itemsOnPage = false;
    };
    QHash<QString, TikTokAccount> m_tiktokAccounts; ///< by lower-cased username
};

} // namespace reelpulse::test
