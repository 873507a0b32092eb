#pragma once

#include "TaskDialog.h"
#include "tracking/TaskTypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace reelpulse {

class FieldMessageLabel;
class TrackingService;

/// Adds a reel task to a project (with "New project…" at hand) or edits one (interval, paused).
class ReelDialog final : public TaskDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelDialog)

public:
    /// A dialog that adds a reel, with `projectId` preselected when given.
    explicit ReelDialog(TrackingService &service, const QString &projectId = {}, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    ReelDialog(TrackingService &service, const ReelTask &task, QWidget *parent = nullptr);
    ~ReelDialog() override;

    bool isEditing() const { return m_editing; }
    const ReelTask &task() const { return m_task; }
    bool changed() const { return m_changed; }

    QComboBox *projectComboBox() const { return m_project; }
    QLineEdit *reelEdit() const { return m_reelEdit; }
    QSpinBox *intervalSpinBox() const { return m_interval; }
    QCheckBox *pausedCheckBox() const { return m_paused; }
    FieldMessageLabel *projectMessage() const { return m_projectMessage; }
    FieldMessageLabel *reelMessage() const { return m_reelMessage; }
    FieldMessageLabel *intervalMessage() const { return m_intervalMessage; }

signals:
    /// A project was created from inside the dialog.
    void projectCreated(const reelpulse::Project &project);

protected:
    bool submit() override;

private:
    void build(const QString &projectId);
    void fillProjects(const QString &selectId);
    void createProject();
    void validate();

    TrackingService &m_service;
    ReelTask m_task;
    bool m_editing = false;
    bool m_changed = false;
    bool m_reelTouched = false;
    QComboBox *m_project = nullptr;
    QLineEdit *m_reelEdit = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_paused = nullptr;
    FieldMessageLabel *m_projectMessage = nullptr;
    FieldMessageLabel *m_reelMessage = nullptr;
    FieldMessageLabel *m_intervalMessage = nullptr;
};

} // namespace reelpulse
