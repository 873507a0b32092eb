#pragma once

#include "analytics/ProfileStats.h"
#include "domain/TaskRef.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace reelpulse {

class AnalyticsQueries;
class ChartWidget;
class QueryService;
class TaskDetailPane;
class TopPostsModel;

/// The dashboard of one task, drawn from its stored history:
/// - Profile: followers over time with gained per day, engagement rate per post with its median, posts per week,
///   the posting heatmap, the newest post's velocity, comment sentiment per day, the language mix, top posts;
/// - Item (a reel or video): views, likes, comments and shares over time, velocity, the trend score against the
///   account's baseline, sentiment per day, the language mix and the comments (explanation highlight, relabel);
/// - Project: all reels of a project together: their views, likes and comments summed over time, engagement rate
///   per reel, comment sentiment per day, and the project's reels.
class TaskDashboard final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Profile, Item, Project };

    TaskDashboard(Mode mode, QueryService &queries, AnalyticsQueries &analytics, QWidget *parent = nullptr);

    TaskRef task() const;
    void selectTask(const TaskRef &task);
    /// Project mode: the project shown (its id), and choosing one.
    QString projectId() const;
    void selectProject(const QString &projectId);
    void reloadTasks();
    void reload(const analytics::DateRange &range);

    bool isLoaded() const { return m_loaded; }
    const analytics::Dashboard &data() const { return m_data; }
    QList<ChartWidget *> chartWidgets() const { return m_charts; }
    TopPostsModel *topPosts() const { return m_topPosts; }
    /// Item mode: the item's comments with the explanation highlight and manual relabel.
    TaskDetailPane *comments() const { return m_comments; }
    /// Profile mode: "Download" on the top posts (their context menu).
    QTableView *topPostsView() const { return m_topView; }
    QAction *downloadTopPostAction() const { return m_downloadTop; }

signals:
    void loaded();

private:
    void show(const analytics::Dashboard &dashboard);
    /// Draws chart `index` of the dashboard shown, then the next at the next turn of the event loop; `loaded()`
    /// after the last. Stops when a newer dashboard is shown (`generation`).
    void drawChart(int generation, qsizetype index);
    void exportReport();

    Mode m_mode;
    QueryService &m_queries;
    AnalyticsQueries &m_analytics;
    analytics::Dashboard m_data;
    analytics::DateRange m_range;
    bool m_loaded = false;
    int m_showGeneration = 0;
    TaskRef m_pending;
    QComboBox *m_taskBox = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_kpis = nullptr;
    QLabel *m_message = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartWidget *> m_charts;
    TopPostsModel *m_topPosts = nullptr;
    QTableView *m_topView = nullptr;
    TaskDetailPane *m_comments = nullptr;
    QAction *m_downloadTop = nullptr;
};

} // namespace reelpulse
