#include "net/SessionScope.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

QStringList normalized(const QStringList &hosts)
{
    QStringList out;
    for (const QString &host : hosts) {
        const QString clean = normalizedHost(host);
        if (!clean.isEmpty() && !out.contains(clean))
            out.append(clean);
    }
    return out;
}

} // namespace

SessionScope::SessionScope(QStringList ownDomains, QStringList approvedHosts)
    : m_ownDomains(normalized(ownDomains))
    , m_approvedHosts(normalized(approvedHosts))
{
}

SessionScope SessionScope::instagram(const QStringList &approvedHosts)
{
    return SessionScope({u"instagram.com"_s}, approvedHosts);
}

QString SessionScope::refusal(const QUrl &url) const
{
    const QString host = normalizedHost(url.host());
    const QString shown = host.isEmpty() ? url.toDisplayString() : host;
    if (!url.isValid() || host.isEmpty())
        return QCoreApplication::translate("reelpulse::SessionScope",
                                           "Your session is not sent to %1: it is not a valid address.")
            .arg(url.toDisplayString());
    if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate("reelpulse::SessionScope",
                                           "Your session is not sent to %1: the connection is not encrypted (%2). "
                                           "Requests there are made without signing in.")
            .arg(shown, url.scheme());
    for (const QString &domain : m_ownDomains) {
        if (host == domain || host.endsWith(u'.' + domain))
            return {};
    }
    if (m_approvedHosts.contains(host))
        return {};
    return QCoreApplication::translate("reelpulse::SessionScope",
                                       "Your session is not sent to %1: it is not one of the platform's hosts. "
                                       "Requests there are made without signing in; if you trust that host with "
                                       "your account, add it with 'reelpulse-cli config set net.session_hosts %1'.")
        .arg(shown);
}

} // namespace reelpulse
