#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace reelpulse {

/// Which addresses may receive a platform session (its cookies and CSRF token): https only, on the
/// platform's own domains (instagram.com and its subdomains) or on hosts the person approved (setting
/// net.session_hosts, exact host names). Anything else, e.g. an endpoint override or REELPULSE_INSTAGRAM_URL
/// pointing at another host or at plain http, is read without the session.
///
/// A value type; the decision is a pure function of the URL.
class SessionScope final
{
public:
    /// A scope that allows nothing.
    SessionScope() = default;
    /// ownDomains: a domain allows itself and its subdomains; approvedHosts: exact hosts.
    SessionScope(QStringList ownDomains, QStringList approvedHosts);
    /// Instagram's scope: instagram.com and its subdomains, plus approvedHosts.
    static SessionScope instagram(const QStringList &approvedHosts);

    /// Empty when the session may be sent to url; else, for a person, why it is not and what to do.
    QString refusal(const QUrl &url) const;
    bool allows(const QUrl &url) const { return refusal(url).isEmpty(); }

    QStringList ownDomains() const { return m_ownDomains; }
    QStringList approvedHosts() const { return m_approvedHosts; }

private:
    QStringList m_ownDomains;
    QStringList m_approvedHosts;
};

} // namespace reelpulse
