#pragma once

#include "TaskDialog.h"
#include "tracking/TaskTypes.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace reelpulse {

class FieldMessageLabel;
class TrackingService;

/// Adds a profile task (name, @name or profile URL; own or competitor; interval in days) or
/// edits one (competitor flag, interval, paused).
class ProfileDialog final : public TaskDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /// A dialog that adds a profile.
    explicit ProfileDialog(TrackingService &service, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    ProfileDialog(TrackingService &service, const ProfileTask &task, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    bool isEditing() const { return m_editing; }
    /// The task as saved, once the dialog was accepted.
    const ProfileTask &task() const { return m_task; }
    /// Whether accepting changed the store (false for an edit that changed nothing).
    bool changed() const { return m_changed; }

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QRadioButton *competitorButton() const { return m_competitor; }
    QSpinBox *intervalSpinBox() const { return m_interval; }
    QCheckBox *pausedCheckBox() const { return m_paused; }
    FieldMessageLabel *nameMessage() const { return m_nameMessage; }
    FieldMessageLabel *intervalMessage() const { return m_intervalMessage; }

protected:
    bool submit() override;

private:
    void build();
    void validate();

    TrackingService &m_service;
    ProfileTask m_task;
    bool m_editing = false;
    bool m_nameTouched = false;
    bool m_changed = false;
    QLineEdit *m_nameEdit = nullptr;
    QRadioButton *m_own = nullptr;
    QRadioButton *m_competitor = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_paused = nullptr;
    FieldMessageLabel *m_nameMessage = nullptr;
    FieldMessageLabel *m_intervalMessage = nullptr;
};

} // namespace reelpulse
