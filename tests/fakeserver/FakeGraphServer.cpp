#include "FakeGraphServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::test {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString isoGraph(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

} // namespace

FakeGraphServer::FakeGraphServer(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"fake-graph"_s);
}

FakeGraphServer::~FakeGraphServer()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
                for (QTcpSocket *socket : sockets)
                    socket->abort();
                delete m_server;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

bool FakeGraphServer::start()
{
    m_thread->start();
    auto *context = new QObject;
    context->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
        context,
        [this, context] {
            m_server = new QTcpServer;
            if (m_server->listen(QHostAddress::LocalHost, 0))
                m_port = m_server->serverPort();
            connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                        *buffer += socket->readAll();
                        handle(socket, *buffer);
                    });
                    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
            delete context;
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString FakeGraphServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void FakeGraphServer::handle(QTcpSocket *socket, QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + requestLine.value(1));
    request.path = url.path();
    request.params = QUrlQuery(url.query(QUrl::FullyEncoded));
    request.body = buffer.mid(headerEnd + 4, length);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.toLower().startsWith("authorization:"))
            request.authorization = line.mid(14).trimmed();
    }
    if (request.method == "POST") {
        const QUrlQuery form(QString::fromLatin1(request.body));
        for (const auto &item : form.queryItems(QUrl::FullyEncoded))
            request.params.addQueryItem(item.first, item.second);
    }
    buffer.clear();
    const Reply reply = dispatch(request);
    if (reply.stall)
        return;
    if (reply.close) {
        socket->abort();
        return;
    }
    const QByteArray reason = reply.status < 300 ? "OK" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                  "\r\nConnection: close\r\n\r\n" + reply.body);
    socket->disconnectFromHost();
}

FakeGraphServer::Reply FakeGraphServer::error(int status, int code, int subcode, const QString &message) const
{
    QJsonObject err{{u"message"_s, message.isEmpty() ? u"Error"_s : message},
                    {u"type"_s, code == 190 ? u"OAuthException"_s : u"IGApiException"_s},
                    {u"code"_s, code},
                    {u"fbtrace_id"_s, u"AbCdEf"_s}};
    if (subcode)
        err.insert(u"error_subcode"_s, subcode);
    return {status, json({{u"error"_s, err}}), false, false};
}

QString FakeGraphServer::userOf(const Request &request) const
{
    const QString token = request.param(u"access_token"_s);
    if (m_revoked.contains(token))
        return {};
    return m_accounts.value(token).value(u"user_id"_s).toString();
}

QString FakeGraphServer::statusOf(Container &container)
{
    if (container.published)
        return u"PUBLISHED"_s;
    if (container.polls++ < m_pollsBeforeFinished)
        return u"IN_PROGRESS"_s;
    return m_finalStatus;
}

QString FakeGraphServer::publishContainer(Container &container)
{
    container.published = true;
    container.mediaId = QString::number(m_nextId++);
    const QString type = container.params.queryItemValue(u"media_type"_s);
    Media media;
    media.id = container.mediaId;
    media.caption = container.params.queryItemValue(u"caption"_s, QUrl::FullyDecoded);
    media.mediaType = type == u"CAROUSEL"_s ? u"CAROUSEL_ALBUM"_s : (type == u"REELS"_s ? u"VIDEO"_s : u"IMAGE"_s);
    media.productType = type == u"REELS"_s ? u"REELS"_s : (type == u"STORIES"_s ? u"STORY"_s : u"FEED"_s);
    media.timestamp = QDateTime::currentDateTimeUtc();
    media.containerId = container.id;
    m_media.prepend(media);
    ++m_publishCount;
    ++m_quotaUsage;
    return container.mediaId;
}

FakeGraphServer::Reply FakeGraphServer::dispatch(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        if (request.path.endsWith(m_failures.at(i).suffix)) {
            const Failure f = m_failures.takeAt(i);
            return error(f.status, f.code, f.subcode, f.message);
        }
    }
    const bool isPublish = request.path.endsWith(u"/media_publish"_s);
    if (!m_stallSuffix.isEmpty() && request.path.endsWith(m_stallSuffix)) {
        if (isPublish && m_stallPublishFirst) {
            auto it = m_containers.find(request.param(u"creation_id"_s));
            if (it != m_containers.end() && !it->published)
                publishContainer(*it);
        }
        return {200, {}, false, true};
    }

    // The media host.
    if (request.path.startsWith(u"/dav/"_s)) {
        if (request.authorization != "Basic " + QByteArray("media:secret").toBase64())
            return {401, {}, false, false};
        const QString name = request.path.mid(5);
        if (request.method == "PUT") {
            m_files.insert(name, request.body);
            return {201, {}, false, false};
        }
        if (request.method == "DELETE")
            return {m_files.remove(name) ? 204 : 404, {}, false, false};
    }
    if (request.method == "GET" && request.path.startsWith(u"/public/"_s)) {
        const QString name = request.path.mid(8);
        return m_files.contains(name) ? Reply{200, m_files.value(name), false, false} : Reply{404, {}, false, false};
    }

    // Unversioned token endpoints.
    if (request.path == u"/refresh_access_token"_s) {
        if (userOf(request).isEmpty())
            return error(400, 190, 0, u"Error validating access token"_s);
        const QJsonObject account = m_accounts.value(request.param(u"access_token"_s));
        m_accounts.insert(m_refreshToken, account);
        return {200,
                json({{u"access_token"_s, m_refreshToken},
                      {u"token_type"_s, u"bearer"_s},
                      {u"expires_in"_s, m_refreshExpiresIn}}),
                false, false};
    }
    if (request.path == u"/oauth/access_token"_s) {
        if (request.param(u"code"_s) != u"good-code"_s)
            return error(400, 100, 0, u"Invalid parameter: code"_s);
        return {200, json({{u"access_token"_s, u"short-lived-token"_s}, {u"user_id"_s, 0}}), false, false};
    }
    if (request.path == u"/access_token"_s) {
        if (request.param(u"access_token"_s) != u"short-lived-token"_s)
            return error(400, 190, 0, u"Invalid OAuth access token"_s);
        return {200, json({{u"access_token"_s, m_accounts.keys().value(0)}, {u"expires_in"_s, 5184000}}), false, false};
    }

    const QString prefix = u"/"_s + version();
    if (!request.path.startsWith(prefix + u"/"_s))
        return error(404, 100, 0, u"Unknown path"_s);
    const QStringList parts = request.path.mid(prefix.size() + 1).split(u'/');
    const QString user = userOf(request);
    if (user.isEmpty())
        return error(400, 190, 0, u"Error validating access token: Session has expired"_s);
    const QString token = request.param(u"access_token"_s);

    if (request.method == "GET" && parts == QStringList{u"me"_s})
        return {200, json(m_accounts.value(token)), false, false};
    if (request.method == "GET" && parts == QStringList{u"me"_s, u"media"_s}) {
        const int limit = std::max(1, request.param(u"limit"_s).toInt());
        const int from = request.param(u"after"_s).toInt();
        QJsonArray data;
        for (int i = from; i < m_media.size() && i < from + limit; ++i) {
            const Media &m = m_media.at(i);
            data.append(QJsonObject{{u"id"_s, m.id},
                                    {u"caption"_s, m.caption},
                                    {u"media_type"_s, m.mediaType},
                                    {u"media_product_type"_s, m.productType},
                                    {u"media_url"_s, u"https://cdn.example/%1.jpg"_s.arg(m.id)},
                                    {u"permalink"_s, u"https://www.instagram.com/p/%1/"_s.arg(m.id)},
                                    {u"timestamp"_s, isoGraph(m.timestamp)},
                                    {u"like_count"_s, m.likes},
                                    {u"comments_count"_s, m.comments}});
        }
        QJsonObject page{{u"data"_s, data}};
        if (from + limit < m_media.size()) {
            page.insert(u"paging"_s,
                        QJsonObject{{u"cursors"_s, QJsonObject{{u"after"_s, QString::number(from + limit)}}},
                                    {u"next"_s, QString(baseUrl() + prefix + u"/me/media?after="_s +
                                                        QString::number(from + limit))}});
        }
        return {200, json(page), false, false};
    }
    if (parts.size() == 2 && parts.at(1) == u"content_publishing_limit"_s) {
        return {200,
                json({{u"data"_s, QJsonArray{QJsonObject{{u"quota_usage"_s, m_quotaUsage},
                                                         {u"config"_s, QJsonObject{{u"quota_total"_s, m_quotaTotal},
                                                                                   {u"quota_duration"_s, 86400}}}}}}}),
                false, false};
    }
    if (request.method == "POST" && parts.size() == 2 && parts.at(1) == u"media"_s) {
        if (parts.at(0) != user)
            return error(400, 100, 0, u"Unsupported post request"_s);
        Container c;
        c.id = QString::number(m_nextId++);
        c.userId = user;
        c.params = request.params;
        m_containers.insert(c.id, c);
        return {200, json({{u"id"_s, c.id}}), false, false};
    }
    if (request.method == "POST" && parts.size() == 2 && parts.at(1) == u"media_publish"_s) {
        if (m_dropPublish) {
            m_dropPublish = false;
            return {0, {}, true, false};
        }
        auto it = m_containers.find(request.param(u"creation_id"_s));
        if (it == m_containers.end())
            return error(400, 100, 0, u"Invalid parameter: creation_id"_s);
        if (it->published)
            return error(400, 9, 2207008, u"The media has already been published"_s);
        if (statusOf(*it) != u"FINISHED"_s && !it->published)
            return error(400, 9007, 2207027, u"Media ID is not available"_s);
        const QString mediaId = publishContainer(*it);
        if (m_losePublishAnswer) {
            m_losePublishAnswer = false;
            return {0, {}, true, false};
        }
        return {200, json({{u"id"_s, mediaId}}), false, false};
    }
    if (request.method == "POST" && parts.size() == 2 && parts.at(1) == u"comments"_s)
        return {200, json({{u"id"_s, QString::number(m_nextId++)}}), false, false};
    if (request.method == "GET" && parts.size() == 2 && parts.at(1) == u"insights"_s) {
        const QStringList metrics = request.param(u"metric"_s).split(u',');
        QJsonArray data;
        const QHash<QString, int> values{{u"views"_s, 5234},
                                         {u"reach"_s, 3890},
                                         {u"likes"_s, 245},
                                         {u"comments"_s, 18},
                                         {u"shares"_s, 5},
                                         {u"saved"_s, 12},
                                         {u"total_interactions"_s, 280}};
        for (const QString &metric : metrics) {
            if (!values.contains(metric))
                return error(400, 100, 0,
                             u"(#100) metric[0] must be one of the following values: views, reach, "
                             "likes, comments, shares, saved, total_interactions"_s);
            data.append(QJsonObject{{u"name"_s, metric},
                                    {u"period"_s, u"lifetime"_s},
                                    {u"values"_s, QJsonArray{QJsonObject{{u"value"_s, values.value(metric)}}}}});
        }
        return {200, json({{u"data"_s, data}}), false, false};
    }
    if (request.method == "GET" && parts.size() == 1) {
        auto it = m_containers.find(parts.at(0));
        if (it != m_containers.end()) {
            const QString status = statusOf(*it);
            return {200,
                    json({{u"id"_s, it->id},
                          {u"status_code"_s, status},
                          {u"status"_s, status == u"ERROR"_s ? u"Error: 2207052"_s : status}}),
                    false, false};
        }
        for (const Media &m : std::as_const(m_media)) {
            if (m.id == parts.at(0))
                return {200,
                        json({{u"id"_s, m.id},
                              {u"caption"_s, m.caption},
                              {u"media_type"_s, m.mediaType},
                              {u"permalink"_s, u"https://www.instagram.com/p/%1/"_s.arg(m.id)},
                              {u"timestamp"_s, isoGraph(m.timestamp)}}),
                        false, false};
        }
        return error(400, 100, 33, u"Unsupported get request"_s);
    }
    return error(400, 100, 0, u"Unsupported request"_s);
}

void FakeGraphServer::addAccount(const QString &token, const QString &userId, const QString &username, qint64 followers)
{
    QMutexLocker lock(&m_mutex);
    m_accounts.insert(token, QJsonObject{{u"id"_s, userId},
                                         {u"user_id"_s, userId},
                                         {u"username"_s, username},
                                         {u"name"_s, username.toUpper()},
                                         {u"account_type"_s, u"BUSINESS"_s},
                                         {u"profile_picture_url"_s, u"https://cdn.example/%1.jpg"_s.arg(username)},
                                         {u"followers_count"_s, followers},
                                         {u"follows_count"_s, 85},
                                         {u"media_count"_s, 12}});
}

void FakeGraphServer::revokeToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    m_revoked.append(token);
}

void FakeGraphServer::setRefreshAnswer(const QString &newToken, qint64 expiresIn)
{
    QMutexLocker lock(&m_mutex);
    m_refreshToken = newToken;
    m_refreshExpiresIn = expiresIn;
}

void FakeGraphServer::setPollsBeforeFinished(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_pollsBeforeFinished = polls;
}

void FakeGraphServer::setFinalStatus(const QString &statusCode)
{
    QMutexLocker lock(&m_mutex);
    m_finalStatus = statusCode;
}

void FakeGraphServer::setQuota(int usage, int total)
{
    QMutexLocker lock(&m_mutex);
    m_quotaUsage = usage;
    m_quotaTotal = total;
}

void FakeGraphServer::loseNextPublishAnswer()
{
    QMutexLocker lock(&m_mutex);
    m_losePublishAnswer = true;
}

void FakeGraphServer::dropNextPublishUnpublished()
{
    QMutexLocker lock(&m_mutex);
    m_dropPublish = true;
}

void FakeGraphServer::stallPathSuffix(const QString &suffix, bool publishFirst)
{
    QMutexLocker lock(&m_mutex);
    m_stallSuffix = suffix;
    m_stallPublishFirst = publishFirst;
}

void FakeGraphServer::failNext(const QString &suffix, int httpStatus, int code, int subcode, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_failures.append({suffix, httpStatus, code, subcode, message});
}

void FakeGraphServer::addExistingMedia(const Media &media)
{
    QMutexLocker lock(&m_mutex);
    m_media.append(media);
}

QList<FakeGraphServer::Media> FakeGraphServer::publishedMedia() const
{
    QMutexLocker lock(&m_mutex);
    return m_media;
}

void FakeGraphServer::seedMedia(const Media &media)
{
    QMutexLocker lock(&m_mutex);
    m_media.append(media);
    std::sort(m_media.begin(), m_media.end(), [](const Media &a, const Media &b) { return a.timestamp > b.timestamp; });
}

int FakeGraphServer::publishCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_publishCount;
}

QList<FakeGraphServer::Request> FakeGraphServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakeGraphServer::Request> FakeGraphServer::requestsTo(const QByteArray &method, const QString &suffix) const
{
    QMutexLocker lock(&m_mutex);
    QList<Request> list;
    for (const Request &r : m_requests) {
        if (r.method == method && r.path.endsWith(suffix))
            list.append(r);
    }
    return list;
}

int FakeGraphServer::requestCount(const QByteArray &method, const QString &suffix) const
{
    return int(requestsTo(method, suffix).size());
}

QHash<QString, QByteArray> FakeGraphServer::hostedFiles() const
{
    QMutexLocker lock(&m_mutex);
    return m_files;
}

int FakeGraphServer::containerCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_containers.size());
}

} // namespace reelpulse::test
