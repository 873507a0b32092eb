#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace reelpulse {

/// Rows of `profile_tasks`. Bound values only; callers validate and group writes in transactions.
class ProfileTaskStore final
{
public:
    explicit ProfileTaskStore(QSqlDatabase db);

    Status insert(const ProfileTask &task);
    Status update(const ProfileTask &task);
    Result<bool> remove(const QString &id);
    Result<ProfileTask> get(const QString &id);
    Result<QList<ProfileTask>> list();
    /// The task that tracks `username` on `platform`, if any.
    Result<std::optional<ProfileTask>> findByTarget(const QString &username, Platform platform = Platform::Instagram);
    /// How many profile tasks there are.
    Result<int> count();

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
