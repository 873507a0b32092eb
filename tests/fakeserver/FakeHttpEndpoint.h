#pragma once

#include "FakeHttpMessage.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace reelpulse::test {

/// A minimal HTTP/1.1 server on QTcpServer: keep-alive connections, Content-Length or chunked bodies (a
/// generated body of any size is streamed as the client reads it), one request at a time per connection. Unlike
/// QHttpServer (6.4), it can answer late, never, or cut a body off, which the timeout and truncation tests need. Lives
/// in one thread; the dispatcher is called there.
class FakeHttpEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpEndpoint)

public:
    using Dispatcher = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpEndpoint(Dispatcher dispatcher, QObject *parent = nullptr);
    ~FakeHttpEndpoint() override;

    /// Serves https with this configuration (certificate and key) instead of plain http; call before listen().
    void useTls(const QSslConfiguration &configuration);
    /// Listens on 127.0.0.1 with a port the system picks; returns it (0 on failure).
    quint16 listen();
    /// Stops listening and drops every connection.
    void shutdown();

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;     ///< a response is pending (late, never, or still streaming)
        qint64 streamLeft = 0; ///< generated body bytes still to send
        bool streamChunked = false;
        bool streamKeepAlive = true;
    };

    void onNewConnection();
    void processBuffered(QTcpSocket *socket);
    void deliver(QTcpSocket *socket, const FakeResponse &response, bool keepAlive);
    /// Writes more of a streamed body while the socket's write buffer is short.
    void pump(QTcpSocket *socket);

    QTcpServer *m_server; ///< a child, so that it moves to the server thread with the endpoint
    QHash<QTcpSocket *, Connection> m_connections;
    Dispatcher m_dispatcher;
};

} // namespace reelpulse::test
