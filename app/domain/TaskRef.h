#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace reelpulse {

/// The three kinds of tracking task a scrape can serve.
enum class TaskKind { Profile, Reel, Video };
QString taskKindName(TaskKind kind); ///< "profile", "reel", "video" (the task_items.task_kind values)
std::optional<TaskKind> taskKindFromName(const QString &name);

/// One task, by kind and full id.
struct TaskRef
{
    TaskKind kind = TaskKind::Reel;
    QString id;

    friend bool operator==(const TaskRef &a, const TaskRef &b) { return a.kind == b.kind && a.id == b.id; }
};

} // namespace reelpulse

Q_DECLARE_METATYPE(reelpulse::TaskRef)
