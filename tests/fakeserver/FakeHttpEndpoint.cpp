#include "FakeHttpEndpoint.h"

#include <QDateTime>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

/// Parses one complete request from the front of buffer; std::nullopt while it is incomplete.
std::optional<FakeRequest> takeRequest(QByteArray &buffer)
{
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return std::nullopt;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, total);
    const QUrl url = QUrl::fromEncoded(u"http://127.0.0.1"_s.toLatin1() + request.target);
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    request.atMs = QDateTime::currentMSecsSinceEpoch();
    return request;
}

} // namespace

FakeHttpEndpoint::FakeHttpEndpoint(Dispatcher dispatcher, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_dispatcher(std::move(dispatcher))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpEndpoint::onNewConnection);
}

void FakeHttpEndpoint::useTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    // The TLS handshake is done before a connection is handed over (pendingConnectionAvailable).
    connect(server, &QSslServer::pendingConnectionAvailable, this, &FakeHttpEndpoint::onNewConnection);
    delete m_server;
    m_server = server;
}

FakeHttpEndpoint::~FakeHttpEndpoint()
{
    shutdown();
}

quint16 FakeHttpEndpoint::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

void FakeHttpEndpoint::shutdown()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void FakeHttpEndpoint::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->buffer += socket->readAll();
            processBuffered(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpEndpoint::processBuffered(QTcpSocket *socket)
{
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy)
            return;
        std::optional<FakeRequest> request = takeRequest(it->buffer);
        if (!request)
            return;
        const bool keepAlive = request->header("Connection").compare("close", Qt::CaseInsensitive) != 0;
        const FakeResponse response = m_dispatcher(*request);
        if (response.delayMs == 0) {
            deliver(socket, response, keepAlive);
            if (response.streamBytes > 0)
                return; // the next request waits until the stream is done
            continue;
        }
        it->busy = true;
        if (response.delayMs < 0)
            return; // never answered: the client's timeout has to end it
        QTimer::singleShot(response.delayMs, socket, [this, socket, response, keepAlive] {
            auto pending = m_connections.find(socket);
            if (pending == m_connections.end())
                return;
            pending->busy = false;
            deliver(socket, response, keepAlive);
            if (response.streamBytes <= 0)
                processBuffered(socket);
        });
        return;
    }
}

void FakeHttpEndpoint::deliver(QTcpSocket *socket, const FakeResponse &response, bool keepAlive)
{
    const bool cut = response.sendBodyBytes >= 0 && response.sendBodyBytes < response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.streamBytes > 0) {
        if (response.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: " + QByteArray::number(response.totalBodySize()) + "\r\n";
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        socket->write(head);
        if (!response.body.isEmpty())
            socket->write(response.chunked
                              ? QByteArray::number(response.body.size(), 16) + "\r\n" + response.body + "\r\n"
                              : response.body);
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->busy = true;
        it->streamLeft = response.streamBytes;
        it->streamChunked = response.chunked;
        it->streamKeepAlive = keepAlive;
        pump(socket);
        return;
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += (keepAlive && !cut) ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(cut ? response.body.left(response.sendBodyBytes) : response.body);
    socket->flush();
    if (cut && response.holdOpenAfterCut) {
        if (auto it = m_connections.find(socket); it != m_connections.end())
            it->busy = true; // silent until the client gives up
        return;
    }
    if (cut || !keepAlive) {
        m_connections.remove(socket);
        socket->disconnectFromHost();
    }
}

void FakeHttpEndpoint::pump(QTcpSocket *socket)
{
    constexpr qint64 ChunkBytes = 64 * 1024;
    constexpr qint64 MaxQueuedBytes = 256 * 1024;
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->streamLeft <= 0)
        return;
    static const QByteArray filler(ChunkBytes, 'x');
    while (it->streamLeft > 0 && socket->bytesToWrite() < MaxQueuedBytes) {
        const qint64 size = std::min(ChunkBytes, it->streamLeft);
        const QByteArray piece = filler.left(size);
        socket->write(it->streamChunked ? QByteArray::number(size, 16) + "\r\n" + piece + "\r\n" : piece);
        it->streamLeft -= size;
    }
    if (it->streamLeft > 0)
        return;
    if (it->streamChunked)
        socket->write("0\r\n\r\n");
    it->busy = false;
    if (!it->streamKeepAlive) {
        m_connections.remove(socket);
        socket->disconnectFromHost();
        return;
    }
    processBuffered(socket);
}

} // namespace reelpulse::test
