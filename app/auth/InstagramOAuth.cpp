#include "auth/InstagramOAuth.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace oauth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::oauth", text);
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    auto path = [](const QUrl &u) {
        QString p = u.path();
        while (p.size() > 1 && p.endsWith(u'/'))
            p.chop(1);
        return p.isEmpty() ? u"/"_s : p;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80) &&
           path(a) == path(b);
}

} // namespace

QStringList scopes()
{
    return {u"instagram_business_basic"_s, u"instagram_business_content_publish"_s,
            u"instagram_business_manage_insights"_s, u"instagram_business_manage_comments"_s};
}

QString newState()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString state;
    for (quint32 w : words)
        state += u"%1"_s.arg(w, 8, 16, QChar(u'0'));
    return state;
}

QUrl authorizeUrl(const AuthorizeRequest &request)
{
    QUrl url = request.authorizeBase;
    QUrlQuery query;
    query.addQueryItem(u"enable_fb_login"_s, u"0"_s);
    query.addQueryItem(u"force_authentication"_s, u"1"_s);
    query.addQueryItem(u"client_id"_s, request.clientId);
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(request.redirectUri.toString())));
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"scope"_s, scopes().join(u','));
    query.addQueryItem(u"state"_s, request.state);
    url.setQuery(query);
    return url;
}

RedirectCheck checkRedirect(const QUrl &url, const QUrl &redirectUri, const QString &expectedState)
{
    RedirectCheck check;
    if (!sameEndpoint(url, redirectUri))
        return check;
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (expectedState.isEmpty() || state != expectedState) {
        check.kind = RedirectCheck::Kind::StateMismatch;
        check.message = tr("The sign-in answer did not come from the sign-in this window started (its state does "
                           "not match). Nothing was connected; start again.");
        return check;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        check.kind = RedirectCheck::Kind::Denied;
        const QString reason = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).replace(u'+', u' ');
        check.message = error == u"access_denied"_s
                            ? tr("The connection was refused on Instagram's page. Nothing was connected.")
                            : tr("Instagram refused the sign-in: %1").arg(reason.isEmpty() ? error : reason);
        return check;
    }
    QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.endsWith(u"#_"_s))
        code.chop(2);
    if (code.isEmpty()) {
        check.kind = RedirectCheck::Kind::NoCode;
        check.message = tr("Instagram's answer carries no authorization code. Start again.");
        return check;
    }
    check.kind = RedirectCheck::Kind::Code;
    check.code = code;
    return check;
}

} // namespace oauth

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray head = socket->peek(8192);
                if (!head.contains("\r\n\r\n") && head.size() < 8192)
                    return;
                const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
                const QUrl url = QUrl(redirectUri().toString(QUrl::RemovePath | QUrl::RemoveQuery) +
                                      QString::fromLatin1(requestLine.value(1)));
                const bool ours = url.path() == redirectUri().path();
                const QByteArray page =
                    ours ? QCoreApplication::translate("reelpulse::LoopbackReceiver",
                                                       "<html><body><h2>ReelPulse</h2><p>You can close this tab and "
                                                       "return to ReelPulse.</p></body></html>")
                               .toUtf8()
                         : QByteArray("<html><body>Not found</body></html>");
                socket->write("HTTP/1.1 " + QByteArray(ours ? "200 OK" : "404 Not Found") +
                              "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                              QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
                socket->disconnectFromHost();
                if (ours)
                    emit redirected(url);
            });
        }
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_server->serverPort()));
}

void LoopbackReceiver::close()
{
    m_server->close();
}

} // namespace reelpulse
