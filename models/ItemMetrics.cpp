#include "ItemMetrics.h"

#include "ModelFormat.h"
#include "storage/ScrapeReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

std::optional<qint64> valueOf(const MetricsSnapshot &snapshot, ItemMetrics::Metric metric)
{
    switch (metric) {
    case ItemMetrics::Metric::Likes:
        return snapshot.likes;
    case ItemMetrics::Metric::Comments:
        return snapshot.comments;
    case ItemMetrics::Metric::Views:
        return snapshot.views ? snapshot.views : snapshot.plays;
    }
    return std::nullopt;
}

} // namespace

void ItemMetrics::read(ScrapeReader &reader, TaskKind kind, const QStringList &ids)
{
    for (const QString &id : ids) {
        auto item = reader.taskItem(TaskRef{kind, id});
        if (!item.ok())
            continue; // keep what was shown
        if (item.value() && item.value()->latest)
            m_latest.insert(id, *item.value()->latest);
        else
            m_latest.remove(id);
    }
}

void ItemMetrics::readAll(ScrapeReader &reader, TaskKind kind)
{
    auto all = reader.latestForTasks(kind);
    if (!all.ok())
        return; // keep what was shown
    m_latest.clear();
    for (auto it = all->constBegin(); it != all->constEnd(); ++it) {
        if (it->item && it->item->latest)
            m_latest.insert(it.key(), *it->item->latest);
    }
}

std::optional<MetricsSnapshot> ItemMetrics::latest(const QString &id) const
{
    const auto found = m_latest.constFind(id);
    if (found == m_latest.constEnd())
        return std::nullopt;
    return *found;
}

QVariant ItemMetrics::data(const QString &id, Metric metric, int role, int sortRole) const
{
    const auto found = m_latest.constFind(id);
    const std::optional<qint64> value = found == m_latest.constEnd() ? std::nullopt : valueOf(*found, metric);
    if (role == Qt::DisplayRole)
        return modelformat::displayCount(value);
    if (role == sortRole)
        return modelformat::sortCount(value);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (found == m_latest.constEnd())
            return QCoreApplication::translate("reelpulse::ItemMetrics", "Not scraped yet");
        const QString when = modelformat::displayTime(found->takenAt);
        if (metric == Metric::Views)
            return QCoreApplication::translate("reelpulse::ItemMetrics", "Views: %1 · plays: %2 (as of %3)")
                .arg(modelformat::displayCount(found->views), modelformat::displayCount(found->plays), when);
        return QCoreApplication::translate("reelpulse::ItemMetrics", "As of %1").arg(when);
    }
    return {};
}

QString ItemMetrics::header(Metric metric)
{
    switch (metric) {
    case Metric::Likes:
        return QCoreApplication::translate("reelpulse::ItemMetrics", "Likes");
    case Metric::Comments:
        return QCoreApplication::translate("reelpulse::ItemMetrics", "Comments");
    case Metric::Views:
        return QCoreApplication::translate("reelpulse::ItemMetrics", "Views");
    }
    return {};
}

} // namespace reelpulse
