#include "ProjectDialog.h"

#include "FieldMessageLabel.h"
#include "services/TrackingService.h"

#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProjectDialog::ProjectDialog(TrackingService &service, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("New Project"));
    setObjectName(u"projectDialog"_s);
    m_name = addTextField(tr("&Name:"), u"projectName"_s, tr("e.g. Summer campaign"));
    setOkText(tr("Create"));
    m_name.edit->setFocus();
    validate();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::validate()
{
    auto name = TrackingService::validateProjectName(m_name.edit->text());
    if (name.ok())
        m_name.message->clearMessage();
    else if (isTouched(m_name.edit))
        m_name.message->setError(name.error().message);
    setInputValid(name.ok());
}

bool ProjectDialog::submit()
{
    auto created = m_service.addProject(m_name.edit->text());
    if (!created.ok()) {
        showServiceError(created.error(), m_name.message);
        return false;
    }
    m_project = created.value();
    return true;
}

} // namespace reelpulse
