#include "dashboards/DashboardsPage.h"

#include "dashboards/ComparisonView.h"
#include "dashboards/OverviewView.h"
#include "dashboards/TaskDashboard.h"
#include "services/AnalyticsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

DashboardsPage::DashboardsPage(QueryService &queries, const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_analytics(std::make_unique<AnalyticsQueries>(queries, dataDir))
    , m_queries(queries)
{
    setObjectName(u"dashboardsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Dates:"), this);
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"dashboardRange"_s);
    m_rangeBox->addItem(tr("Last 7 days"), 7);
    m_rangeBox->addItem(tr("Last 30 days"), 30);
    m_rangeBox->addItem(tr("Last 90 days"), 90);
    m_rangeBox->addItem(tr("All"), 0);
    m_rangeBox->addItem(tr("Custom"), -1);
    m_rangeBox->setCurrentIndex(1);
    rangeLabel->setBuddy(m_rangeBox);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardsPage::rangeChosen);
    }
    bar->addStretch(1);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_rangeBox->currentData().toInt() < 0;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        rangeChosen();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewView(*m_analytics, this);
    m_profile = new TaskDashboard(TaskDashboard::Mode::Profile, queries, *m_analytics, this);
    m_comparison = new ComparisonView(*m_analytics, this);
    m_item = new TaskDashboard(TaskDashboard::Mode::Item, queries, *m_analytics, this);
    m_project = new TaskDashboard(TaskDashboard::Mode::Project, queries, *m_analytics, this);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_profile, tr("Profile"));
    m_tabs->addTab(m_comparison, tr("Competitors"));
    m_tabs->addTab(m_item, tr("Reel / video"));
    m_tabs->addTab(m_project, tr("Project"));
    m_tabs->setCornerWidget(nullptr);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    // The range bar sits on the tabs' line.
    bar->setContentsMargins(0, 0, 0, 0);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardsPage::refresh);
    connect(m_overview, &OverviewView::openTask, this, &DashboardsPage::openTask);
}

DashboardsPage::~DashboardsPage() = default;

DashboardsPage::Tab DashboardsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DashboardsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

DateRange DashboardsPage::range() const
{
    const int days = m_rangeBox->currentData().toInt();
    if (days >= 0)
        return DateRange::lastDays(days, QDateTime::currentDateTimeUtc());
    DateRange r;
    r.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    r.to = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC).addDays(1).addMSecs(-1);
    return r;
}

void DashboardsPage::rangeChosen()
{
    refresh();
}

void DashboardsPage::refresh()
{
    const DateRange r = range();
    switch (currentTab()) {
    case Tab::Overview:
        m_overview->reload();
        break;
    case Tab::Profile:
        m_profile->reload(r);
        break;
    case Tab::Comparison:
        m_comparison->reload(r);
        break;
    case Tab::Item:
        m_item->reload(r);
        break;
    case Tab::Project:
        m_project->reload(r);
        break;
    }
}

void DashboardsPage::openTask(const TaskRef &task)
{
    TaskDashboard *dashboard = task.kind == TaskKind::Profile ? m_profile : m_item;
    dashboard->selectTask(task);
    const QSignalBlocker blocker(m_tabs);
    setCurrentTab(task.kind == TaskKind::Profile ? Tab::Profile : Tab::Item);
    dashboard->reload(range());
}

void DashboardsPage::openProject(const QString &projectId)
{
    m_project->selectProject(projectId);
    const QSignalBlocker blocker(m_tabs);
    setCurrentTab(Tab::Project);
    m_project->reload(range());
}

void DashboardsPage::taskScraped(TaskKind kind, const QString &id)
{
    if (!isVisible())
        return;
    switch (currentTab()) {
    case Tab::Overview:
    case Tab::Comparison:
        refresh();
        break;
    case Tab::Profile:
    case Tab::Item: {
        TaskDashboard *dashboard = currentTab() == Tab::Profile ? m_profile : m_item;
        if (dashboard->task().kind == kind && dashboard->task().id == id)
            refresh();
        break;
    }
    case Tab::Project:
        // A reel of the shown project, or of another: reading the project again is cheap.
        if (kind == TaskKind::Reel)
            refresh();
        break;
    }
}

void DashboardsPage::tasksChanged()
{
    m_profile->reloadTasks();
    m_item->reloadTasks();
    m_project->reloadTasks();
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_profile->reloadTasks();
        m_item->reloadTasks();
        m_project->reloadTasks();
        refresh();
    }
}

} // namespace reelpulse
