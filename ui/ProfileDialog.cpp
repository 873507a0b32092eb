#include "ProfileDialog.h"

#include "FieldMessageLabel.h"
#include "domain/Identifiers.h"
#include "services/AutoDownload.h"
#include "services/TrackingService.h"

#include <QButtonGroup>
#include <QComboBox>
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
        auto *platform = new QLabel(task().platform == Platform::TikTok ? tr("TikTok") : tr("Instagram"), this);
        addRow(tr("Platform:"), platform);
        auto *name = new QLabel(u"@"_s + task().targetProfile, this);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(tr("Profile:"), name);
    } else {
        m_platform = new QComboBox(this);
        m_platform->setObjectName(u"platformCombo"_s);
        m_platform->addItem(tr("Instagram"), platformName(Platform::Instagram));
        m_platform->addItem(tr("TikTok"), platformName(Platform::TikTok));
        addRow(tr("P&latform:"), m_platform);
        m_name = addTextField(tr("&Profile:"), u"name"_s,
                              tr("name, @name, https://www.instagram.com/name/ or https://www.tiktok.com/@name"));
        connect(m_platform, &QComboBox::currentIndexChanged, this, &ProfileDialog::validate);
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

    auto *track = new QWidget(this);
    auto *trackLayout = new QHBoxLayout(track);
    trackLayout->setContentsMargins(0, 0, 0, 0);
    m_autoTrack = new QComboBox(track);
    m_autoTrack->setObjectName(u"autoTrackCombo"_s);
    m_autoTrack->addItem(tr("No"), autoTrackName(AutoTrack::Off));
    m_autoTrack->addItem(tr("New posts from now on"), autoTrackName(AutoTrack::New));
    m_autoTrack->addItem(tr("The latest"), autoTrackName(AutoTrack::Latest));
    m_autoTrackLatest = new QSpinBox(track);
    m_autoTrackLatest->setObjectName(u"autoTrackLatestSpinBox"_s);
    m_autoTrackLatest->setRange(1, MaxAutoTrackLatest);
    m_autoTrackLatest->setValue(isEditing() && task().autoTrackLatest > 0 ? task().autoTrackLatest : 5);
    trackLayout->addWidget(m_autoTrack);
    trackLayout->addWidget(m_autoTrackLatest);
    trackLayout->addStretch(1);
    m_autoTrack->setCurrentIndex(m_autoTrack->findData(autoTrackName(isEditing() ? task().autoTrack : AutoTrack::Off)));
    m_autoTrackLatest->setEnabled(chosenAutoTrack() == AutoTrack::Latest);
    connect(m_autoTrack, &QComboBox::currentIndexChanged, this,
            [this] { m_autoTrackLatest->setEnabled(chosenAutoTrack() == AutoTrack::Latest); });
    m_autoTrack->setToolTip(tr("Track the account's posts or videos as video tasks of their own"));
    addRow(tr("&Track its videos:"), track);
    if (isEditing())
        addPausedCheckBox(task().status == TaskStatus::Paused);
    addAutoDownloadBox();
    finishSetUp(isEditing(), isEditing() ? static_cast<QWidget *>(intervalSpinBox()) : m_name.edit);
}

void ProfileDialog::validate()
{
    bool valid = true;
    if (m_name.edit) {
        auto ref = parseProfileIdentifier(m_name.edit->text(), chosenPlatform());
        QString message = ref.ok() ? QString() : ref.error().message;
        if (ref.ok())
            message = ref->platform == Platform::TikTok ? tr("Tracks tiktok.com/@%1").arg(ref->username)
                                                        : tr("Tracks instagram.com/%1").arg(ref->username);
        valid = showTextCheck(m_name, ref.ok(), message);
    }
    valid = checkInterval() && valid;
    setInputValid(valid);
}

FieldMessageLabel *ProfileDialog::fieldOf(const Error &error) const
{
    if (error.field == u"target_profile" || error.kind == ErrorKind::Conflict)
        return m_name.message;
    if (error.field == u"platform")
        return m_name.message;
    if (error.field == u"interval_days")
        return intervalMessage();
    return nullptr;
}

std::optional<Platform> ProfileDialog::chosenPlatform() const
{
    // A URL names its platform; a name or @name is of the platform chosen.
    if (!m_platform)
        return std::nullopt;
    const QString text = m_name.edit ? m_name.edit->text() : QString();
    const bool isUrl = text.contains(u'/');
    if (isUrl)
        return std::nullopt;
    return platformFromName(m_platform->currentData().toString());
}

AutoTrack ProfileDialog::chosenAutoTrack() const
{
    return autoTrackFromName(m_autoTrack->currentData().toString()).value_or(AutoTrack::Off);
}

Result<ProfileTask> ProfileDialog::add()
{
    const AutoTrack mode = chosenAutoTrack();
    auto added = service().addProfile(m_name.edit->text(), m_competitor->isChecked(), intervalSpinBox()->value(),
                                      chosenPlatform(), mode, mode == AutoTrack::Latest ? m_autoTrackLatest->value() : 0);
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
    if (chosenAutoTrack() != task().autoTrack)
        update.autoTrack = chosenAutoTrack();
    if (chosenAutoTrack() == AutoTrack::Latest && m_autoTrackLatest->value() != task().autoTrackLatest)
        update.autoTrackLatest = m_autoTrackLatest->value();
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
