#include "net/HttpFetcher.h"

#include "net/AnonymousCookieJar.h"
#include "net/CancelFlag.h"
#include "net/NetLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// The reply's own buffer: the HTTP thread stops reading the socket when it is full, until fetch() reads.
constexpr qint64 ReadBufferBytes = 256 * 1024;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

HttpFetcher::HttpFetcher(FetcherOptions options)
    : m_options(std::move(options))
{
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = defaultUserAgent();
}

HttpFetcher::~HttpFetcher()
{
    const QMutexLocker lock(&m_managerMutex);
    m_manager.reset();
}

QByteArray HttpFetcher::defaultUserAgent()
{
    return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36";
}

bool HttpFetcher::isLoginOrChallengePath(const QString &path)
{
    return path.startsWith(u"/accounts/login"_s) || path == u"/login"_s || path.startsWith(u"/login/"_s) ||
           path.startsWith(u"/challenge"_s) || path.startsWith(u"/accounts/suspended"_s) ||
           path.startsWith(u"/accounts/disabled"_s);
}

QString HttpFetcher::bodyTooLargeMessage(const QString &host, qint64 maxBodyBytes)
{
    const qint64 mib = 1024 * 1024;
    const QString limit = maxBodyBytes % mib == 0 ? QString::number(maxBodyBytes / mib) + u" MiB"_s
                                                  : QString::number(maxBodyBytes) + u" bytes"_s;
    return QCoreApplication::translate("reelpulse::HttpFetcher",
                                       "The answer of %1 is larger than the %2 limit and was abandoned (the "
                                       "limit is the setting net.max_body_mib).")
        .arg(host, limit);
}

void HttpFetcher::ensureManager()
{
    if (m_manager)
        return;
    auto manager = std::make_unique<QNetworkAccessManager>();
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setCookieJar(new AnonymousCookieJar(manager.get()));
    const QMutexLocker lock(&m_managerMutex);
    m_manager = std::move(manager);
}

void HttpFetcher::abort()
{
    const QMutexLocker lock(&m_managerMutex);
    if (!m_manager)
        return;
    // Runs in the fetching thread, inside the local event loop of fetch().
    QMetaObject::invokeMethod(
        m_manager.get(),
        [this] {
            if (m_current) {
                m_abortRequested = true;
                m_current->abort();
            }
        },
        Qt::QueuedConnection);
}

HttpResponse HttpFetcher::fetch(const HttpRequest &request, const CancelFlag *cancel)
{
    ensureManager();
    QElapsedTimer elapsed;
    elapsed.start();
    HttpRequest current = request;
    HttpResponse response;
    for (int hop = 0;; ++hop) {
        response = fetchOnce(current, cancel);
        response.redirectsFollowed = hop;
        if (!isRedirect(response.status))
            break;
        const QByteArray location = response.header("Location");
        const QUrl target = current.url.resolved(QUrl::fromEncoded(location));
        if (location.isEmpty() || !target.isValid())
            break;
        response.redirectTarget = target;
        if (isLoginOrChallengePath(target.path())) {
            qCInfo(lcNet) << "redirected to" << target.path() << "from" << current.url.path();
            break;
        }
        if (!sameOrigin(target, current.url) || hop >= m_options.maxRedirects)
            break;
        current.url = target;
        if (response.status == 303 || current.method != "GET") {
            current.method = "GET";
            current.body.clear();
        }
    }
    if (!isRedirect(response.status))
        response.redirectTarget.clear();
    response.elapsedMs = elapsed.elapsed();
    return response;
}

HttpResponse HttpFetcher::fetchOnce(const HttpRequest &request, const CancelFlag *cancel)
{
    HttpResponse response;
    response.url = request.url;
    if (cancel && cancel->isCancelled()) {
        response.aborted = true;
        response.networkError = QNetworkReply::OperationCanceledError;
        response.errorString = u"aborted"_s;
        return response;
    }

    QNetworkRequest qreq(request.url);
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qreq.setTransferTimeout(m_options.timeoutMs);
    qreq.setRawHeader("User-Agent", m_options.userAgent);
    qreq.setRawHeader("Accept", "*/*");
    qreq.setRawHeader("Accept-Language", m_options.acceptLanguage);
    for (const auto &header : request.headers)
        qreq.setRawHeader(header.first, header.second);
    // QNetworkAccessManager replaces a Cookie header with the jar's cookies unless told not to.
    if (!request.header("Cookie").isEmpty())
        qreq.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);

    m_abortRequested = false;
    QNetworkReply *reply = m_manager->sendCustomRequest(qreq, request.method, request.body);
    m_current = reply;
    reply->setReadBufferSize(ReadBufferBytes);

    QEventLoop loop;
    // The body is taken as it arrives and abandoned past the cap: by the announced length when there
    // is one, else by what came.
    const qint64 cap = m_options.maxBodyBytes;
    bool tooLarge = false;
    auto abandon = [reply, &tooLarge] {
        tooLarge = true;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [reply, cap, &tooLarge, abandon] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (cap > 0 && !tooLarge && length.isValid() && length.toLongLong() > cap)
            abandon();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [reply, cap, &tooLarge, abandon, &response] {
        if (tooLarge)
            return;
        if (cap > 0 && response.body.size() + reply->bytesAvailable() > cap) {
            abandon();
            return;
        }
        response.body += reply->readAll();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    bool deadlineHit = false;
    QObject::connect(&deadline, &QTimer::timeout, reply, [reply, &deadlineHit] {
        deadlineHit = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(qMax(1, m_options.timeoutMs) * 4);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    m_current = nullptr;

    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen() && !tooLarge) {
        if (cap > 0 && response.body.size() + reply->bytesAvailable() > cap)
            tooLarge = true;
        else
            response.body += reply->readAll();
    }
    if (tooLarge) {
        response.bodyTooLarge = true;
        response.body.clear();
        response.body.squeeze();
        response.status = 0;
        response.errorString = bodyTooLargeMessage(request.url.host(), cap);
        qCWarning(lcNet) << request.method << request.url.path() << "abandoned: the body is over" << cap << "bytes";
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        const bool aborted = m_abortRequested || (cancel && cancel->isCancelled());
        response.aborted = aborted;
        response.timedOut = !aborted || deadlineHit;
        if (response.timedOut)
            response.aborted = false;
    } else if (reply->error() == QNetworkReply::TimeoutError) {
        response.timedOut = true;
    }
    if (response.timedOut || response.aborted)
        response.status = 0;
    qCDebug(lcNet) << request.method << request.url.path() << "→" << response.status << reply->error()
                   << response.body.size() << "bytes";
    delete reply;
    return response;
}

} // namespace reelpulse
