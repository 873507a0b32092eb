#include "ReelDialog.h"

#include "FieldMessageLabel.h"
#include "ProjectDialog.h"
#include "domain/Identifiers.h"
#include "services/TrackingService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ReelDialog::ReelDialog(TrackingService &service, const QString &projectId, QWidget *parent)
    : TaskEditDialog(service, parent)
{
    build(projectId);
}

ReelDialog::ReelDialog(TrackingService &service, const ReelTask &task, QWidget *parent)
    : TaskEditDialog(service, task, parent)
{
    build(task.projectId);
}

ReelDialog::~ReelDialog() = default;

void ReelDialog::build(const QString &projectId)
{
    setWindowTitle(isEditing() ? tr("Edit Reel") : tr("Add Reel"));
    setObjectName(u"reelDialog"_s);

    if (isEditing()) {
        addRow(tr("Project:"), new QLabel(task().projectName, this));
        addLinkRow(tr("Reel:"), task().reelUrl);
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

        m_reel = addTextField(tr("R&eel:"), u"reel"_s, tr("https://www.instagram.com/reel/… or a shortcode"));
    }

    addIntervalField(isEditing() ? task().intervalDays : DefaultReelIntervalDays, false);
    if (isEditing())
        addPausedCheckBox(task().status == TaskStatus::Paused);
    finishSetUp(isEditing(), isEditing() ? static_cast<QWidget *>(intervalSpinBox()) : m_reel.edit);
}

void ReelDialog::fillProjects(const QString &selectId)
{
    m_project->clear();
    auto projects = service().projects();
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
    ProjectDialog dialog(service(), this);
    connect(&dialog, &TaskDialog::refused, this, &TaskDialog::refused);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit projectCreated(dialog.project());
    fillProjects(dialog.project().id);
    validate();
    if (m_reel.edit)
        m_reel.edit->setFocus();
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
    if (m_reel.edit) {
        auto shortcode = parseInstagramShortcode(m_reel.edit->text());
        QString error = shortcode.ok() ? QString() : shortcode.error().message;
        if (shortcode.ok())
            if (auto mediaId = shortcodeToMediaId(shortcode.value()); !mediaId.ok())
                error = mediaId.error().message;
        valid = showTextCheck(m_reel, error.isEmpty(), error.isEmpty() ? canonicalReelUrl(shortcode.value()) : error) &&
                valid;
    }
    valid = checkInterval() && valid;
    setInputValid(valid);
}

FieldMessageLabel *ReelDialog::fieldOf(const Error &error) const
{
    if (error.field == u"reel_url" || error.field == u"shortcode" || error.kind == ErrorKind::Conflict)
        return m_reel.message;
    if (error.field == u"scrape_interval_days")
        return intervalMessage();
    if (error.kind == ErrorKind::NotFound)
        return m_projectMessage;
    return nullptr;
}

Result<ReelTask> ReelDialog::add()
{
    return service().addReel(m_project->currentText(), m_reel.edit->text(), intervalSpinBox()->value());
}

std::optional<Result<ReelTask>> ReelDialog::save()
{
    TrackingService::ReelUpdate update;
    if (intervalSpinBox()->value() != task().intervalDays)
        update.intervalDays = intervalSpinBox()->value();
    update.status = statusChange(task().status);
    if (update.isEmpty())
        return std::nullopt;
    return service().updateReel(task().id, update);
}

} // namespace reelpulse
