#include "ReelDialog.h"

#include "FieldMessageLabel.h"
#include "ProjectDialog.h"
#include "tracking/Identifiers.h"
#include "tracking/TrackingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ReelDialog::ReelDialog(TrackingService &service, const QString &projectId, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
{
    build(projectId);
}

ReelDialog::ReelDialog(TrackingService &service, const ReelTask &task, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
    , m_task(task)
    , m_editing(true)
{
    build(task.projectId);
}

ReelDialog::~ReelDialog() = default;

void ReelDialog::build(const QString &projectId)
{
    setWindowTitle(m_editing ? tr("Edit Reel") : tr("Add Reel"));
    setObjectName(u"reelDialog"_s);

    if (m_editing) {
        addRow(tr("Project:"), new QLabel(m_task.projectName, this));
        auto *reel = new QLabel(u"<a href=\"%1\">%1</a>"_s.arg(m_task.reelUrl.toHtmlEscaped()), this);
        reel->setOpenExternalLinks(true);
        reel->setTextInteractionFlags(Qt::TextBrowserInteraction);
        addRow(tr("Reel:"), reel);
    } else {
        auto *projectRow = new QWidget(this);
        auto *projectLayout = new QHBoxLayout(projectRow);
        projectLayout->setContentsMargins(0, 0, 0, 0);
        m_project = new QComboBox(projectRow);
        m_project->setObjectName(u"projectComboBox"_s);
        m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *newProject = new QPushButton(tr("&New Project…"), projectRow);
        newProject->setObjectName(u"newProjectButton"_s);
        newProject->setAutoDefault(false);
        projectLayout->addWidget(m_project, 1);
        projectLayout->addWidget(newProject);
        m_projectMessage = addField(tr("P&roject:"), projectRow);
        m_projectMessage->setObjectName(u"projectMessage"_s);
        fillProjects(projectId);
        connect(newProject, &QPushButton::clicked, this, &ReelDialog::createProject);
        connect(m_project, &QComboBox::currentIndexChanged, this, &ReelDialog::validate);

        m_reelEdit = new QLineEdit(this);
        m_reelEdit->setObjectName(u"reelEdit"_s);
        m_reelEdit->setPlaceholderText(tr("https://www.instagram.com/reel/… or a shortcode"));
        m_reelEdit->setClearButtonEnabled(true);
        m_reelMessage = addField(tr("R&eel:"), m_reelEdit);
        m_reelMessage->setObjectName(u"reelMessage"_s);
        connect(m_reelEdit, &QLineEdit::textEdited, this, [this] {
            m_reelTouched = true;
            validate();
        });
    }

    m_interval = createIntervalSpinBox(m_editing ? m_task.intervalDays : DefaultReelIntervalDays, false, this);
    m_interval->setObjectName(u"intervalSpinBox"_s);
    m_intervalMessage = addField(tr("&Scrape:"), m_interval);
    m_intervalMessage->setObjectName(u"intervalMessage"_s);
    connect(m_interval, &QSpinBox::valueChanged, this, &ReelDialog::validate);

    if (m_editing) {
        m_paused = new QCheckBox(tr("&Pause tracking"), this);
        m_paused->setObjectName(u"pausedCheckBox"_s);
        m_paused->setChecked(m_task.status == TaskStatus::Paused);
        addRow(m_paused);
    }

    setOkText(m_editing ? tr("Save") : tr("Add"));
    (m_editing ? static_cast<QWidget *>(m_interval) : m_reelEdit)->setFocus();
    validate();
}

void ReelDialog::fillProjects(const QString &selectId)
{
    m_project->clear();
    auto projects = m_service.projects();
    if (!projects.ok()) {
        m_projectMessage->setError(projects.error().message);
        return;
    }
    for (const Project &project : projects.value())
        m_project->addItem(project.name, project.id);
    const int index = m_project->findData(selectId);
    m_project->setCurrentIndex(index >= 0 ? index : 0);
}

void ReelDialog::createProject()
{
    ProjectDialog dialog(m_service, this);
    connect(&dialog, &TaskDialog::refused, this, &TaskDialog::refused);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit projectCreated(dialog.project());
    fillProjects(dialog.project().id);
    validate();
    if (m_reelEdit)
        m_reelEdit->setFocus();
}

void ReelDialog::validate()
{
    bool valid = true;
    if (m_project) {
        if (m_project->count() == 0) {
            valid = false;
            m_projectMessage->setHint(tr("There is no project yet: create one with New Project…"));
        } else {
            m_projectMessage->clearMessage();
        }
    }
    if (m_reelEdit) {
        const QString text = m_reelEdit->text();
        auto shortcode = parseInstagramShortcode(text);
        QString error = shortcode.ok() ? QString() : shortcode.error().message;
        if (shortcode.ok())
            if (auto mediaId = shortcodeToMediaId(shortcode.value()); !mediaId.ok())
                error = mediaId.error().message;
        if (!error.isEmpty()) {
            valid = false;
            if (m_reelTouched || !text.isEmpty())
                m_reelMessage->setError(error);
            else
                m_reelMessage->clearMessage();
        } else {
            m_reelMessage->setHint(canonicalReelUrl(shortcode.value()));
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

bool ReelDialog::submit()
{
    const int days = m_interval->value();
    auto fieldLabel = [this](const Error &error) -> FieldMessageLabel * {
        if (error.field == u"reel_url" || error.field == u"shortcode" || error.kind == ErrorKind::Conflict)
            return m_reelMessage;
        if (error.field == u"scrape_interval_days")
            return m_intervalMessage;
        if (error.kind == ErrorKind::NotFound)
            return m_projectMessage;
        return nullptr;
    };

    if (!m_editing) {
        auto added = m_service.addReel(m_project->currentText(), m_reelEdit->text(), days);
        if (!added.ok()) {
            showServiceError(added.error(), fieldLabel(added.error()));
            return false;
        }
        m_task = added.value();
        m_changed = true;
        return true;
    }

    TrackingService::ReelUpdate update;
    if (days != m_task.intervalDays)
        update.intervalDays = days;
    const bool wasPaused = m_task.status == TaskStatus::Paused;
    if (m_paused->isChecked() != wasPaused)
        update.status = m_paused->isChecked() ? TaskStatus::Paused : TaskStatus::Active;
    if (update.isEmpty())
        return true;
    auto saved = m_service.updateReel(m_task.id, update);
    if (!saved.ok()) {
        showServiceError(saved.error(), fieldLabel(saved.error()));
        return false;
    }
    m_task = saved.value();
    m_changed = true;
    return true;
}

} // namespace reelpulse
