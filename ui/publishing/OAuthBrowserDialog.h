#pragma once

#include "auth/InstagramOAuth.h"

#include <QDialog>
#include <QUrl>
#include <memory>

namespace reelpulse {

/// Business Login for Instagram in an embedded browser: a private, off-the-record profile presenting itself as a
/// plain desktop Chrome; the redirect to the redirect URI is caught before it loads (a request interceptor) and
/// its state checked, so the code never reaches any server. QtWebEngine is included only by the .cpp.
class OAuthBrowserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthBrowserDialog)

public:
    OAuthBrowserDialog(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &state,
                       QWidget *parent = nullptr);
    ~OAuthBrowserDialog() override;

    QString userAgent() const;
    bool isOffTheRecord() const;
    /// What the redirect said (Code, Denied, StateMismatch, NoCode); NotRedirect until one arrived.
    oauth::RedirectCheck result() const;

signals:
    /// The redirect arrived and was judged; with Code the dialog accepts, otherwise it stays open and says why.
    void redirected(const oauth::RedirectCheck &check);
    void browserInsteadRequested();

private:
    void onRedirect(const QUrl &url);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace reelpulse
