#pragma once

#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace reelpulse {

/// The "download new posts" option of profile tasks (`profile_tasks.auto_download`), and the posts a profile
/// task has, for the scrape that queues the new ones. Bound values only.
class AutoDownloadStore final
{
public:
    /// A top-level post linked to a profile task.
    struct Post
    {
        qint64 row = 0;
        QString platform; ///< instagram, tiktok
        QString platformId;
        QString shortcode;
        QString kind; ///< image, video, reel, carousel, or empty when unknown
        QString owner;
    };

    explicit AutoDownloadStore(QSqlDatabase db);

    /// Whether the task downloads its new posts; NotFound for an unknown task.
    Result<bool> enabled(const QString &profileTaskId);
    Status setEnabled(const QString &profileTaskId, bool on);
    /// The posts (not carousel children) the task's scrapes have linked to it.
    Result<QList<Post>> posts(const QString &profileTaskId);

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
