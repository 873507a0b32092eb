#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace reelpulse {

/// Rows of `projects`; deleting one cascades to its reel tasks.
class ProjectStore final
{
public:
    explicit ProjectStore(QSqlDatabase db);

    Status insert(const Project &project);
    Result<bool> remove(const QString &id);
    Result<std::optional<Project>> findByName(const QString &name);
    Result<QList<Project>> list();

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
