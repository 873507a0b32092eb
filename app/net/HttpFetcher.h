#pragma once

#include "net/HttpMessage.h"

#include <QMutex>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace reelpulse {

class CancelFlag;

struct FetcherOptions
{
    static constexpr qint64 DefaultMaxBodyBytes = 16 * 1024 * 1024;

    int timeoutMs = 30'000; ///< no byte for this long ends the request (the whole request gets four times that)
    int maxRedirects = 3;   ///< same-host redirects followed; login and challenge redirects never are
    /// A body longer than this (decompressed) is abandoned: at the headers when Content-Length announces
    /// more, else as soon as more has arrived (setting net.max_body_mib). 0 or less: no cap.
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    QByteArray userAgent; ///< empty: a current desktop Chrome
    QByteArray acceptLanguage = "en-US,en;q=0.9";
};

/// Runs HTTP requests one at a time, blocking the calling thread (a worker thread) until the answer.
///
/// Owns a QNetworkAccessManager created in the thread of the first fetch(); use the fetcher from that
/// thread only, except abort(), which any thread may call. Sends browser-like headers, lets Qt
/// negotiate and undo gzip, keeps the cookies any visitor gets (never sign-in cookies, see
/// AnonymousCookieJar), and handles redirects itself: a redirect to the login page or to a
/// challenge is returned as it is (see HttpResponse::redirectTarget) for the classifier to judge.
///
/// Memory stays bounded whatever a server sends: the body is read as it arrives, with a small read
/// buffer, and abandoned once it exceeds FetcherOptions::maxBodyBytes (HttpResponse::bodyTooLarge).
class HttpFetcher final
{
public:
    explicit HttpFetcher(FetcherOptions options = {});
    ~HttpFetcher();
    Q_DISABLE_COPY_MOVE(HttpFetcher)

    /// cancel, when given, is checked before the request starts (a cancelled flag returns an aborted response).
    HttpResponse fetch(const HttpRequest &request, const CancelFlag *cancel = nullptr);

    /// Aborts the request in flight, if any; the blocked fetch() returns an aborted response. Thread-safe.
    void abort();

    void setTimeoutMs(int ms) { m_options.timeoutMs = ms; }
    int timeoutMs() const { return m_options.timeoutMs; }
    qint64 maxBodyBytes() const { return m_options.maxBodyBytes; }
    /// "The answer of <host> is larger than the 16 MiB limit …", for a body over the cap.
    static QString bodyTooLargeMessage(const QString &host, qint64 maxBodyBytes);

    static QByteArray defaultUserAgent();
    /// True for paths Instagram or TikTok redirect to when they want a sign-in or a challenge.
    static bool isLoginOrChallengePath(const QString &path);

private:
    HttpResponse fetchOnce(const HttpRequest &request, const CancelFlag *cancel);
    void ensureManager();

    FetcherOptions m_options;
    QMutex m_managerMutex; ///< guards m_manager's pointer for abort() from other threads
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QNetworkReply *m_current = nullptr; ///< touched only in the fetching thread
    bool m_abortRequested = false;      ///< touched only in the fetching thread
};

} // namespace reelpulse
