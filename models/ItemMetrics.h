#pragma once

#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace reelpulse {

class ScrapeReader;

/// The latest metrics of the post each reel or video task tracks, as the task tables show them:
/// likes, comments and views (plays when the platform gives no views).
class ItemMetrics final
{
public:
    enum class Metric { Likes, Comments, Views };

    ItemMetrics() = default;

    /// Reads the tracked post of each task (ScrapeReader::taskItem): two small queries per task.
    void read(ScrapeReader &reader, TaskKind kind, const QStringList &ids);
    /// Reads the tracked post of every task of a kind in one statement (ScrapeReader::latestForTasks),
    /// replacing what was read before; on failure what was read before stays.
    void readAll(ScrapeReader &reader, TaskKind kind);
    void clear() { m_latest.clear(); }

    /// The latest metrics of a task's post, if it was scraped.
    std::optional<MetricsSnapshot> latest(const QString &id) const;
    /// A metric cell: display text, sort value, alignment and tooltip; invalid for other roles.
    QVariant data(const QString &id, Metric metric, int role, int sortRole) const;
    static QString header(Metric metric);

private:
    QHash<QString, MetricsSnapshot> m_latest;
};

} // namespace reelpulse
