#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace reelpulse {

/// Rows of `reel_tasks`, each belonging to a project.
class ReelTaskStore final
{
public:
    explicit ReelTaskStore(QSqlDatabase db);

    Status insert(const ReelTask &task);
    Status update(const ReelTask &task);
    Result<bool> remove(const QString &id);
    Result<ReelTask> get(const QString &id);
    /// All reel tasks, or those of one project when projectId is given.
    Result<QList<ReelTask>> list(const QString &projectId = {});
    Result<std::optional<ReelTask>> find(const QString &projectId, const QString &shortcode);

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
