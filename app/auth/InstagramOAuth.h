#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QTcpServer;

namespace reelpulse {

/// Business Login for Instagram (Instagram API with Instagram Login): the authorize URL, the redirect's checks
/// (ours, state, code or refusal) and a loopback receiver for the system-browser flow (RFC 8252).
namespace oauth {

/// The scopes ReelPulse asks for.
QStringList scopes();

struct AuthorizeRequest
{
    QString clientId; ///< the Meta app's Instagram app id (setting publish.app_id)
    QUrl redirectUri;
    QString state; ///< newState(): checked on the way back
    QUrl authorizeBase = QUrl(QStringLiteral("https://www.instagram.com/oauth/authorize"));
};

/// A fresh unguessable state value (128 random bits, hex).
QString newState();
QUrl authorizeUrl(const AuthorizeRequest &request);

struct RedirectCheck
{
    enum class Kind {
        NotRedirect,   ///< another page (let it load)
        Code,          ///< the authorization code arrived with the right state
        Denied,        ///< the person refused, or Instagram returned an error
        StateMismatch, ///< a redirect with a wrong or missing state: refused (possible forgery)
        NoCode,        ///< our redirect without a code
    };
    Kind kind = Kind::NotRedirect;
    QString code;
    QString message; ///< for people, when not Code
};

/// Judges a URL the browser is about to load: is it our redirect URI, with the expected state and a code?
/// The "#_" Instagram appends to the code is removed.
RedirectCheck checkRedirect(const QUrl &url, const QUrl &redirectUri, const QString &expectedState);

} // namespace oauth

/// Waits for the system browser's redirect on http://127.0.0.1:<port>/callback (RFC 8252 §7.3), answers it with a
/// short page, and emits the URL. Lives in the thread that made it; needs its event loop.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Listens on 127.0.0.1 (a port the system picks); false when it cannot.
    bool listen();
    QUrl redirectUri() const;
    void close();

signals:
    /// A request for the callback path arrived (the whole URL, with its query).
    void redirected(const QUrl &url);

private:
    QTcpServer *m_server;
};

} // namespace reelpulse
