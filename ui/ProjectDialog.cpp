#include "ProjectDialog.h"

#include "FieldMessageLabel.h"
#include "tracking/TrackingService.h"

#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProjectDialog::ProjectDialog(TrackingService &service, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
    , m_nameEdit(new QLineEdit(this))
{
    setWindowTitle(tr("New Project"));
    setObjectName(u"projectDialog"_s);
    m_nameEdit->setObjectName(u"projectNameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("e.g. Summer campaign"));
    m_nameEdit->setClearButtonEnabled(true);
    m_nameMessage = addField(tr("&Name:"), m_nameEdit);
    m_nameMessage->setObjectName(u"projectNameMessage"_s);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        validate();
    });
    setOkText(tr("Create"));
    m_nameEdit->setFocus();
    validate();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::validate()
{
    auto name = TrackingService::validateProjectName(m_nameEdit->text());
    if (name.ok())
        m_nameMessage->clearMessage();
    else if (m_touched)
        m_nameMessage->setError(name.error().message);
    setInputValid(name.ok());
}

bool ProjectDialog::submit()
{
    auto created = m_service.addProject(m_nameEdit->text());
    if (!created.ok()) {
        showServiceError(created.error(), m_nameMessage);
        return false;
    }
    m_project = created.value();
    return true;
}

} // namespace reelpulse
