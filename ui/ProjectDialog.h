#pragma once

#include "TaskDialog.h"
#include "domain/TaskTypes.h"

class QLineEdit;

namespace reelpulse {

class FieldMessageLabel;
class TrackingService;

/// Creates a project (a named group of reel tasks).
class ProjectDialog final : public TaskDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)

public:
    explicit ProjectDialog(TrackingService &service, QWidget *parent = nullptr);
    ~ProjectDialog() override;

    /// The project as created, once the dialog was accepted.
    const Project &project() const { return m_project; }

    QLineEdit *nameEdit() const { return m_name.edit; }
    FieldMessageLabel *nameMessage() const { return m_name.message; }

protected:
    bool submit() override;
    void validate() override;

private:
    TrackingService &m_service;
    Project m_project;
    TextField m_name;
};

} // namespace reelpulse
