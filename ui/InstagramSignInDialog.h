#pragma once

#include <QDialog>
#include <QList>
#include <QNetworkCookie>
#include <memory>

class QUrl;

namespace reelpulse {

/// The embedded Instagram sign-in window. Its browser has a private, off-the-record profile of its
/// own (nothing is written to disk, nothing is shared with other windows) and presents itself as a
/// plain desktop Chrome. It watches the profile's cookies and, once Instagram set a session cookie,
/// hands the Instagram cookies over (sessionCaptured); whoever saves them closes the window.
///
/// QtWebEngine is included only by this class's .cpp.
class InstagramSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstagramSignInDialog)

public:
    /// Opens Instagram's sign-in page.
    explicit InstagramSignInDialog(QWidget *parent = nullptr);
    /// Opens `start` instead (tests load a local page; no network).
    InstagramSignInDialog(const QUrl &start, QWidget *parent = nullptr);
    ~InstagramSignInDialog() override;

    /// The user agent the browser sends: the engine's own with the embedding engine's token removed.
    QString userAgent() const;
    bool isOffTheRecord() const;
    /// Forgets every cookie of the window's browser (sign-out).
    void clearCookies();
    /// Says that the session was saved (or why it was not); the window closes after a success.
    void showResult(bool saved, const QString &message);

    /// A user agent without the token that names the embedding engine ("QtWebEngine/6.4.2"): Instagram
    /// turns such browsers away. Falls back to a current desktop Chrome when the result names no Chrome.
    static QString desktopUserAgent(const QString &engineUserAgent);

signals:
    /// Instagram's cookies once they hold a session (emitted once per window).
    void sessionCaptured(const QList<QNetworkCookie> &cookies);
    /// The person asked for the browser instead.
    void browserInsteadRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace reelpulse
