#include "FakePlatformServer.h"

#include "FakeHttpEndpoint.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::test {

FakePlatformServer::FakePlatformServer(const QString &fixtureDir, QObject *parent)
    : QObject(parent)
    , m_fixtureDir(fixtureDir)
{
}

FakePlatformServer::~FakePlatformServer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_endpoint, &FakeHttpEndpoint::shutdown, Qt::BlockingQueuedConnection);
    m_endpoint->deleteLater();
    m_thread->quit();
    m_thread->wait();
}

bool FakePlatformServer::startTls(const QString &certificatePath, const QString &keyPath)
{
    if (m_thread)
        return m_port != 0 && m_tls;
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        qWarning("fake server: cannot read %s or %s", qPrintable(certificatePath), qPrintable(keyPath));
        return false;
    }
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        qWarning("fake server: %s or %s is not a PEM certificate and RSA key", qPrintable(certificatePath),
                 qPrintable(keyPath));
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = true;
    return start(tls);
}

bool FakePlatformServer::start()
{
    return start(std::nullopt);
}

bool FakePlatformServer::start(const std::optional<QSslConfiguration> &tls)
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"fake-platform-server"_s);
    m_endpoint = new FakeHttpEndpoint([this](const FakeRequest &request) { return dispatch(request); });
    if (tls)
        m_endpoint->useTls(*tls);
    m_endpoint->moveToThread(m_thread.get());
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_endpoint, [this, &port] { port = m_endpoint->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

QString FakePlatformServer::baseUrl() const
{
    return (m_tls ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(m_port);
}

QByteArray FakePlatformServer::fixture(const QString &relativePath) const
{
    QFile file(m_fixtureDir + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fake server: missing fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

void FakePlatformServer::setRoute(const QString &pathPrefix, Handler handler)
{
    const QMutexLocker lock(&m_mutex);
    for (auto &route : m_prefixRoutes) {
        if (route.first == pathPrefix) {
            route.second = std::move(handler);
            return;
        }
    }
    m_prefixRoutes.append({pathPrefix, std::move(handler)});
}

void FakePlatformServer::serveResponse(const QString &path, const FakeResponse &response)
{
    const QMutexLocker lock(&m_mutex);
    m_exactRoutes.insert(path, response);
}

void FakePlatformServer::serveFile(const QString &path, const QString &filePath, const QByteArray &contentType)
{
    QFile file(filePath);
    FakeResponse response;
    if (file.open(QIODevice::ReadOnly)) {
        response.body = file.readAll();
        response.withHeader("Content-Type", contentType);
    } else {
        qWarning("fake server: cannot read %s", qPrintable(filePath));
        response = FakeResponse::json(R"({"message":"fixture missing","status":"fail"})", 404);
    }
    serveResponse(path, response);
}

void FakePlatformServer::removeRoute(const QString &pathOrPrefix)
{
    const QMutexLocker lock(&m_mutex);
    m_exactRoutes.remove(pathOrPrefix);
    m_prefixRoutes.removeIf([&](const auto &route) { return route.first == pathOrPrefix; });
}

void FakePlatformServer::injectResponse(const FakeResponse &response, const QString &pathPrefix, int times)
{
    if (times <= 0)
        return;
    const QMutexLocker lock(&m_mutex);
    m_injections.append({pathPrefix, response, times});
}

void FakePlatformServer::injectFault(FakeFault fault, const QString &pathPrefix, int times)
{
    injectResponse(faultResponse(fault), pathPrefix, times);
}

FakeResponse FakePlatformServer::faultResponse(FakeFault fault) const
{
    switch (fault) {
    case FakeFault::RateLimited:
        return FakeResponse::tooManyRequests();
    case FakeFault::RateLimitedRetryAfter:
        return FakeResponse::tooManyRequests(120);
    case FakeFault::SoftBlock:
        return FakeResponse::pleaseWait();
    case FakeFault::LoginRedirect:
        return FakeResponse::loginRedirect();
    case FakeFault::Checkpoint: {
        QByteArray body = fixture(u"instagram/pgrimaud__checkpoint_challenge.json"_s);
        if (body.isEmpty())
            body = R"({"message": "checkpoint_required", "checkpoint_url": "/challenge/624247/lMZI350pJ1/", )"
                   R"("lock": false, "status": "fail"})";
        return FakeResponse::checkpoint(body);
    }
    case FakeFault::NullData:
        return FakeResponse::nullData();
    case FakeFault::TruncatedJson:
        return FakeResponse::truncatedJson();
    case FakeFault::HtmlInsteadOfJson:
        return FakeResponse::htmlInsteadOfJson();
    case FakeFault::Stall:
        return FakeResponse::stall();
    case FakeFault::ServerError:
        return FakeResponse::serverError();
    case FakeFault::CloseMidBody:
        return FakeResponse::closeMidBody();
    }
    return FakeResponse::serverError();
}

void FakePlatformServer::clearInjections()
{
    const QMutexLocker lock(&m_mutex);
    m_injections.clear();
}

int FakePlatformServer::pendingInjections() const
{
    const QMutexLocker lock(&m_mutex);
    int pending = 0;
    for (const Injection &injection : m_injections)
        pending += injection.remaining;
    return pending;
}

QList<FakeRequest> FakePlatformServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakePlatformServer::requestCount(const QString &pathPrefix) const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const FakeRequest &request) {
        return request.path.startsWith(pathPrefix);
    }));
}

std::optional<FakeRequest> FakePlatformServer::lastRequest(const QString &pathPrefix) const
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path.startsWith(pathPrefix))
            return *it;
    }
    return std::nullopt;
}

void FakePlatformServer::clearRequests()
{
    const QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

FakeResponse FakePlatformServer::dispatch(const FakeRequest &request)
{
    Handler handler;
    {
        const QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        for (auto it = m_injections.begin(); it != m_injections.end(); ++it) {
            if (!request.path.startsWith(it->prefix))
                continue;
            const FakeResponse response = it->response;
            if (--it->remaining <= 0)
                m_injections.erase(it);
            return response;
        }
        const auto exact = m_exactRoutes.constFind(request.path);
        if (exact != m_exactRoutes.constEnd())
            return *exact;
        qsizetype best = -1;
        for (const auto &route : std::as_const(m_prefixRoutes)) {
            if (request.path.startsWith(route.first) && route.first.size() > best) {
                best = route.first.size();
                handler = route.second;
            }
        }
    }
    if (handler)
        return handler(request);
    return FakeResponse::json(R"({"message":"no route in the fake server","status":"fail"})", 404);
}

} // namespace reelpulse::test
