#include "ProfileDialog.h"

#include "FieldMessageLabel.h"
#include "domain/Identifiers.h"
#include "services/AutoDownload.h"
#include "services/TrackingService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProfileDialog::ProfileDialog(TrackingService &service, QWidget *parent)
    : TaskEditDialog(service, parent)
{
    build();
}

ProfileDialog::ProfileDialog(TrackingService &service, const ProfileTask &task, QWidget *parent)
    : TaskEditDialog(service, task, parent)
{
    build();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::build()
{
    setWindowTitle(isEditing() ? tr("Edit Profile") : tr("Add Profile"));
    setObjectName(u"profileDialog"_s);

    if (isEditing()) {
        auto *name = new QLabel(u"@"_s + task().targetProfile, this);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(tr("Profile:"), name);
    } else {
        m_name = addTextField(tr("&Profile:"), u"name"_s, tr("name, @name or https://www.instagram.com/name/"));
    }

    auto *kind = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kind);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_own = new QRadioButton(tr("My &own profile"), kind);
    m_competitor = new QRadioButton(tr("&Competitor"), kind);
    m_competitor->setObjectName(u"competitorButton"_s);
    auto *group = new QButtonGroup(kind);
    group->addButton(m_own);
    group->addButton(m_competitor);
    kindLayout->addWidget(m_own);
    kindLayout->addWidget(m_competitor);
    kindLayout->addStretch(1);
    (task().isCompetitor ? m_competitor : m_own)->setChecked(true);
    addRow(tr("Type:"), kind);

    addIntervalField(isEditing() ? task().intervalDays : DefaultProfileIntervalDays, false);
    if (isEditing())
        addPausedCheckBox(task().status == TaskStatus::Paused);
    addAutoDownloadBox();
    finishSetUp(isEditing(), isEditing() ? static_cast<QWidget *>(intervalSpinBox()) : m_name.edit);
}

void ProfileDialog::validate()
{
    bool valid = true;
    if (m_name.edit) {
        auto name = normalizeUsername(m_name.edit->text());
        valid = showTextCheck(m_name, name.ok(),
                              name.ok() ? tr("Tracks instagram.com/%1").arg(name.value()) : name.error().message);
    }
    valid = checkInterval() && valid;
    setInputValid(valid);
}

FieldMessageLabel *ProfileDialog::fieldOf(const Error &error) const
{
    if (error.field == u"target_profile" || error.kind == ErrorKind::Conflict)
        return m_name.message;
    if (error.field == u"interval_days")
        return intervalMessage();
    return nullptr;
}

Result<ProfileTask> ProfileDialog::add()
{
    auto added = service().addProfile(m_name.edit->text(), m_competitor->isChecked(), intervalSpinBox()->value());
    if (added.ok() && m_autoDownload->isChecked()) {
        if (auto s = AutoDownload::setEnabled(service().database(), added->id, true); !s.ok())
            return s.error();
    }
    return added;
}

std::optional<Result<ProfileTask>> ProfileDialog::save()
{
    TrackingService::ProfileUpdate update;
    if (m_competitor->isChecked() != task().isCompetitor)
        update.isCompetitor = m_competitor->isChecked();
    if (intervalSpinBox()->value() != task().intervalDays)
        update.intervalDays = intervalSpinBox()->value();
    update.status = statusChange(task().status);
    const bool autoDownloadChanged = m_autoDownload->isChecked() != m_autoDownloadWas;
    if (autoDownloadChanged) {
        if (auto s = AutoDownload::setEnabled(service().database(), task().id, m_autoDownload->isChecked()); !s.ok())
            return Result<ProfileTask>(s.error());
    }
    if (update.isEmpty())
        return autoDownloadChanged ? std::optional<Result<ProfileTask>>(task()) : std::nullopt;
    return service().updateProfile(task().id, update);
}

void ProfileDialog::addAutoDownloadBox()
{
    m_autoDownload = new QCheckBox(tr("&Download new posts"), this);
    m_autoDownload->setObjectName(u"autoDownloadBox"_s);
    m_autoDownload->setToolTip(tr("Every post a scrape finds for the first time is queued in Downloads, in the "
                                  "best quality."));
    if (isEditing()) {
        auto on = AutoDownload::enabled(service().database(), task().id);
        m_autoDownloadWas = on.ok() && on.value();
    }
    m_autoDownload->setChecked(m_autoDownloadWas);
    addRow(m_autoDownload);
}

} // namespace reelpulse
