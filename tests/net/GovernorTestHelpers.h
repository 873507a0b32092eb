#pragma once
// What the rate governor tests share: an identity, requests that succeed or fail as told, a table's row count.

#include "net/RateGovernor.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace reelpulse::test {

using namespace Qt::Literals::StringLiterals;

inline const QString &governorIdentity()
{
    static const QString identity = RateGovernor::identityFor(u"www.instagram.com"_s, u"abcd1234"_s);
    return identity;
}

inline RateGovernor::Request succeed(int *calls)
{
    return [calls]() -> std::optional<ScrapeFailure> {
        ++*calls;
        return std::nullopt;
    };
}

inline RateGovernor::Request failWith(int *calls, FailureClass cls, std::optional<int> retryAfter = std::nullopt)
{
    return [calls, cls, retryAfter]() -> std::optional<ScrapeFailure> {
        ++*calls;
        return ScrapeFailure{cls, u"injected"_s, 0, retryAfter};
    };
}

inline int rowCount(const QString &dataDir, const QString &table)
{
    auto db = Database::open(dataDir);
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value()->connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace reelpulse::test
