#include "ProfileDialog.h"

#include "FieldMessageLabel.h"
#include "tracking/Identifiers.h"
#include "tracking/TrackingService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProfileDialog::ProfileDialog(TrackingService &service, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
{
    build();
}

ProfileDialog::ProfileDialog(TrackingService &service, const ProfileTask &task, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
    , m_task(task)
    , m_editing(true)
{
    build();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::build()
{
    setWindowTitle(m_editing ? tr("Edit Profile") : tr("Add Profile"));
    setObjectName(u"profileDialog"_s);

    if (m_editing) {
        auto *name = new QLabel(u"@"_s + m_task.targetProfile, this);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(tr("Profile:"), name);
    } else {
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(u"nameEdit"_s);
        m_nameEdit->setPlaceholderText(tr("name, @name or https://www.instagram.com/name/"));
        m_nameEdit->setClearButtonEnabled(true);
        m_nameMessage = addField(tr("&Profile:"), m_nameEdit);
        m_nameMessage->setObjectName(u"nameMessage"_s);
        connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
            m_nameTouched = true;
            validate();
        });
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
    (m_task.isCompetitor ? m_competitor : m_own)->setChecked(true);
    addRow(tr("Type:"), kind);

    m_interval = createIntervalSpinBox(m_editing ? m_task.intervalDays : DefaultProfileIntervalDays, false, this);
    m_interval->setObjectName(u"intervalSpinBox"_s);
    m_intervalMessage = addField(tr("&Scrape:"), m_interval);
    m_intervalMessage->setObjectName(u"intervalMessage"_s);
    connect(m_interval, &QSpinBox::valueChanged, this, &ProfileDialog::validate);

    if (m_editing) {
        m_paused = new QCheckBox(tr("&Pause tracking"), this);
        m_paused->setObjectName(u"pausedCheckBox"_s);
        m_paused->setChecked(m_task.status == TaskStatus::Paused);
        addRow(m_paused);
    }

    setOkText(m_editing ? tr("Save") : tr("Add"));
    (m_editing ? static_cast<QWidget *>(m_interval) : m_nameEdit)->setFocus();
    validate();
}

void ProfileDialog::validate()
{
    bool valid = true;
    if (m_nameEdit) {
        const QString text = m_nameEdit->text();
        auto name = normalizeUsername(text);
        if (!name.ok()) {
            valid = false;
            if (m_nameTouched || !text.isEmpty())
                m_nameMessage->setError(name.error().message);
            else
                m_nameMessage->clearMessage();
        } else {
            m_nameMessage->setHint(tr("Tracks instagram.com/%1").arg(name.value()));
        }
    }
    if (auto interval = TrackingService::validateIntervalDays(m_interval->value(), tr("The interval"));
        !interval.ok()) {
        valid = false;
        m_intervalMessage->setError(interval.error().message);
    } else {
        m_intervalMessage->clearMessage();
    }
    setInputValid(valid);
}

bool ProfileDialog::submit()
{
    const bool competitor = m_competitor->isChecked();
    const int days = m_interval->value();
    auto fieldLabel = [this](const Error &error) -> FieldMessageLabel * {
        if (error.field == u"target_profile" || error.kind == ErrorKind::Conflict)
            return m_nameMessage;
        if (error.field == u"interval_days")
            return m_intervalMessage;
        return nullptr;
    };

    if (!m_editing) {
        auto added = m_service.addProfile(m_nameEdit->text(), competitor, days);
        if (!added.ok()) {
            showServiceError(added.error(), fieldLabel(added.error()));
            return false;
        }
        m_task = added.value();
        m_changed = true;
        return true;
    }

    TrackingService::ProfileUpdate update;
    if (competitor != m_task.isCompetitor)
        update.isCompetitor = competitor;
    if (days != m_task.intervalDays)
        update.intervalDays = days;
    const bool wasPaused = m_task.status == TaskStatus::Paused;
    if (m_paused->isChecked() != wasPaused)
        update.status = m_paused->isChecked() ? TaskStatus::Paused : TaskStatus::Active;
    if (update.isEmpty())
        return true;
    auto saved = m_service.updateProfile(m_task.id, update);
    if (!saved.ok()) {
        showServiceError(saved.error(), fieldLabel(saved.error()));
        return false;
    }
    m_task = saved.value();
    m_changed = true;
    return true;
}

} // namespace reelpulse
