#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace reelpulse {

/// How much of one request budget an identity has used in the current window: of one query type
/// ("media_info", "graphql:7950326061742207"), or of a group of them ("graphql" for every GraphQL query).
struct BudgetUse
{
    QString name;       ///< the query type, or the group's prefix
    bool group = false; ///< a group budget shared by every query type starting with name
    int used = 0;       ///< requests in the window that ends now
    int limit = 0;      ///< 0: unlimited
    qint64 windowMs = 0;
    std::optional<qint64> freeAtMs; ///< when the next request of this budget may go, when it is used up

    bool exhausted() const { return limit > 0 && used >= limit; }
};

} // namespace reelpulse
