#pragma once

#include "analytics/ChartData.h"
#include "domain/TaskRef.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QTabWidget;

namespace reelpulse {

class AnalyticsQueries;
class ComparisonView;
class OverviewView;
class QueryService;
class TaskDashboard;

/// The first section of the window: Overview, the profile dashboard, the competitor comparison, the reel /
/// video dashboard and the project dashboard (all reels of a project together), as tabs sharing one date range (7 d, 30
/// d, 90 d, all, custom). Everything shown is read through the analytics service on the query service's thread; charts
/// redraw when a scrape of a shown task finishes.
class DashboardsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Overview, Profile, Comparison, Item, Project };

    DashboardsPage(QueryService &queries, const QString &dataDir, QWidget *parent = nullptr);
    ~DashboardsPage() override;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    /// Shows the dashboard of a task (a card of the Overview clicked).
    void openTask(const TaskRef &task);
    /// Shows the dashboard of all reels of a project (from the Reels section).
    void openProject(const QString &projectId);
    analytics::DateRange range() const;

    OverviewView *overview() const { return m_overview; }
    TaskDashboard *profileDashboard() const { return m_profile; }
    ComparisonView *comparison() const { return m_comparison; }
    TaskDashboard *itemDashboard() const { return m_item; }
    TaskDashboard *projectDashboard() const { return m_project; }

public slots:
    /// Reads the shown tab again.
    void refresh();
    /// A scrape of a task finished: the tabs that show it read again.
    void taskScraped(TaskKind kind, const QString &id);
    /// Tasks were added or removed: the task lists read again.
    void tasksChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rangeChosen();

    std::unique_ptr<AnalyticsQueries> m_analytics;
    QueryService &m_queries;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    OverviewView *m_overview = nullptr;
    TaskDashboard *m_profile = nullptr;
    ComparisonView *m_comparison = nullptr;
    TaskDashboard *m_item = nullptr;
    TaskDashboard *m_project = nullptr;
    bool m_shownOnce = false;
};

} // namespace reelpulse
