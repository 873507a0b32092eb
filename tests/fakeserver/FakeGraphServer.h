#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <memory>

class QThread;
class QTcpServer;
class QTcpSocket;

namespace reelpulse::test {

/// A local stand-in for the Instagram Graph API (Instagram API with Instagram Login): accounts by token, media
/// containers whose status goes IN_PROGRESS → FINISHED (or ERROR, EXPIRED) as they are polled, media_publish,
/// recent media with cursor paging, insights, the publishing quota, token refresh and exchanges, and the faults
/// the publish flow must survive: a media_publish that takes effect but whose answer is lost (the connection closes
/// before any byte), one that closes without taking effect, a path that never answers, the quota used up, error
/// 190 and any Graph error JSON.
///
/// Runs on 127.0.0.1 in a thread of its own (a test may block its thread, or run reelpulse-cli as a process).
/// Every method is thread-safe.
class FakeGraphServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGraphServer)

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery params; ///< query and form values together
        QByteArray body;
        QByteArray authorization;
        QString param(const QString &key) const { return params.queryItemValue(key, QUrl::FullyDecoded); }
    };

    struct Media
    {
        QString id;
        QString caption;
        QString mediaType;   ///< IMAGE, VIDEO, CAROUSEL_ALBUM
        QString productType; ///< FEED, REELS, STORY
        QDateTime timestamp;
        QString containerId;
        qint64 likes = 10;
        qint64 comments = 2;
    };

    explicit FakeGraphServer(QObject *parent = nullptr);
    ~FakeGraphServer() override;

    bool start();
    QString baseUrl() const; ///< http://127.0.0.1:<port>
    static QString version() { return QStringLiteral("v23.0"); }

    /// A token that /me answers for, with that account.
    void addAccount(const QString &token, const QString &userId, const QString &username, qint64 followers = 1200);
    /// From now on this token gets error 190 (expired or revoked).
    void revokeToken(const QString &token);
    /// refresh_access_token answers this token (expires_in seconds).
    void setRefreshAnswer(const QString &newToken, qint64 expiresIn);

    /// Polls of a container's status answered IN_PROGRESS before its final status.
    void setPollsBeforeFinished(int polls);
    /// The status a container ends in (FINISHED by default; ERROR or EXPIRED to test those).
    void setFinalStatus(const QString &statusCode);
    void setQuota(int usage, int total = 100);

    /// The next media_publish publishes, then closes the connection without a byte of answer.
    void loseNextPublishAnswer();
    /// The next media_publish closes the connection without a byte of answer and without publishing.
    void dropNextPublishUnpublished();
    /// Requests whose path ends with suffix are never answered (the connection stays open); empty: none.
    /// With publishFirst, a stalled media_publish publishes before it stalls.
    void stallPathSuffix(const QString &suffix, bool publishFirst = false);
    /// The next request whose path ends with suffix gets this HTTP status and Graph error.
    void failNext(const QString &suffix, int httpStatus, int code, int subcode = 0, const QString &message = {});

    /// Media the account already has (newest first in answers).
    void addExistingMedia(const Media &media);
    QList<Media> publishedMedia() const;
    /// Puts a post among the account's media as if it had been published earlier (newest first in /me/media).
    void seedMedia(const Media &media);
    int publishCount() const; ///< media actually published through media_publish
    QList<Request> requests() const;
    /// Requests with this method whose path ends with suffix.
    int requestCount(const QByteArray &method, const QString &suffix) const;
    QList<Request> requestsTo(const QByteArray &method, const QString &suffix) const;
    int containerCount() const;
    /// The media host: files PUT at /dav/<name> (Basic media:secret), read back at /public/<name>.
    QHash<QString, QByteArray> hostedFiles() const;

private:
    struct Container
    {
        QString id;
        QString userId;
        QUrlQuery params;
        int polls = 0;
        bool published = false;
        QString mediaId;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        bool close = false; ///< close without answering
        bool stall = false; ///< never answer
    };
    struct Failure
    {
        QString suffix;
        int status;
        int code;
        int subcode;
        QString message;
    };

    Reply dispatch(const Request &request);
    Reply error(int status, int code, int subcode, const QString &message) const;
    QString userOf(const Request &request) const; ///< "" when the token is unknown
    QString publishContainer(Container &container);
    QString statusOf(Container &container);
    void handle(QTcpSocket *socket, QByteArray &buffer);

    std::unique_ptr<QThread> m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    QHash<QString, QJsonObject> m_accounts; ///< by token
    QStringList m_revoked;
    QString m_refreshToken = QStringLiteral("refreshed-token");
    qint64 m_refreshExpiresIn = 5184000;
    int m_pollsBeforeFinished = 1;
    QString m_finalStatus = QStringLiteral("FINISHED");
    int m_quotaUsage = 0;
    int m_quotaTotal = 100;
    bool m_losePublishAnswer = false;
    bool m_dropPublish = false;
    QString m_stallSuffix;
    bool m_stallPublishFirst = false;
    QList<Failure> m_failures;
    QHash<QString, Container> m_containers;
    QList<Media> m_media; ///< newest first
    int m_publishCount = 0;
    qint64 m_nextId = 17900000000000001;
    QList<Request> m_requests;
    QHash<QString, QByteArray> m_files;
};

} // namespace reelpulse::test
