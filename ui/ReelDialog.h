#pragma once

#include "TaskEditDialog.h"
#include "domain/TaskTypes.h"

class QComboBox;

namespace reelpulse {

/// Adds a reel task to a project (with "New project…" at hand) or edits one (interval, paused).
class ReelDialog final : public TaskEditDialog<ReelTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelDialog)

public:
    /// A dialog that adds a reel, with `projectId` preselected when given.
    explicit ReelDialog(TrackingService &service, const QString &projectId = {}, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    ReelDialog(TrackingService &service, const ReelTask &task, QWidget *parent = nullptr);
    ~ReelDialog() override;

    QComboBox *projectComboBox() const { return m_project; }
    QLineEdit *reelEdit() const { return m_reel.edit; }
    FieldMessageLabel *projectMessage() const { return m_projectMessage; }
    FieldMessageLabel *reelMessage() const { return m_reel.message; }

signals:
    /// A project was created from inside the dialog.
    void projectCreated(const reelpulse::Project &project);

protected:
    void validate() override;
    Result<ReelTask> add() override;
    std::optional<Result<ReelTask>> save() override;
    FieldMessageLabel *fieldOf(const Error &error) const override;

private:
    void build(const QString &projectId);
    void fillProjects(const QString &selectId);
    void createProject();

    QComboBox *m_project = nullptr;
    FieldMessageLabel *m_projectMessage = nullptr;
    TextField m_reel;
};

} // namespace reelpulse
