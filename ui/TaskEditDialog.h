#pragma once

#include "TaskDialog.h"
#include "domain/Error.h"
#include "domain/Result.h"

namespace reelpulse {

class TrackingService;

/// An add or edit dialog of one kind of task (ProfileTask, ReelTask, VideoTask): what it edits, and
/// the submit that adds or saves through the tracking service, shows a refusal on the field it
/// concerns and keeps the task as saved.
template <typename Task> class TaskEditDialog : public TaskDialog
{
public:
    bool isEditing() const { return m_editing; }
    /// The task as saved, once the dialog was accepted.
    const Task &task() const { return m_task; }
    /// Whether accepting changed the store (false for an edit that changed nothing).
    bool changed() const { return m_changed; }

protected:
    /// A dialog that adds a task.
    TaskEditDialog(TrackingService &service, QWidget *parent)
        : TaskDialog(parent)
        , m_service(service)
    {
    }
    /// A dialog that edits `task`.
    TaskEditDialog(TrackingService &service, const Task &task, QWidget *parent)
        : TaskDialog(parent)
        , m_service(service)
        , m_task(task)
        , m_editing(true)
    {
    }

    TrackingService &service() const { return m_service; }
    /// Adds the task the input describes.
    virtual Result<Task> add() = 0;
    /// Saves the changes made to task(); nullopt when nothing changed.
    virtual std::optional<Result<Task>> save() = 0;
    /// The message line of the field a refusal concerns; null for the form's own line.
    virtual FieldMessageLabel *fieldOf(const Error &error) const = 0;

    bool submit() final
    {
        std::optional<Result<Task>> result = m_editing ? save() : std::optional<Result<Task>>(add());
        if (!result)
            return true;
        if (!result->ok()) {
            showServiceError(result->error(), fieldOf(result->error()));
            return false;
        }
        m_task = result->value();
        m_changed = true;
        return true;
    }

private:
    TrackingService &m_service;
    Task m_task;
    bool m_editing = false;
    bool m_changed = false;
};

} // namespace reelpulse
