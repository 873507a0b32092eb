#include "dashboards/TaskDashboard.h"

#include "DashboardModels.h"
#include "TaskDetailPane.h"
#include "WhenReady.h"
#include "charts/ReportWriter.h"
#include "dashboards/ChartWidget.h"
#include "downloads/PostDownloads.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/AnalyticsService.h"
#include "services/QueryService.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

QString count(std::optional<qint64> v)
{
    return v ? QLocale().toString(*v) : QCoreApplication::translate("reelpulse::TaskDashboard", "unknown");
}

QString percent(std::optional<double> rate, double scale = 100.0)
{
    return rate ? QLocale().toString(*rate * scale, 'f', 2) + u" %"_s
                : QCoreApplication::translate("reelpulse::TaskDashboard", "unknown");
}

QString kpi(const QString &name, const QString &value)
{
    return u"<td nowrap style='padding-right:18px'><span style='color:gray'>%1</span><br><b "
           u"style='font-size:large'>%2</b>"
           "</td>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

TaskDashboard::TaskDashboard(Mode mode, QueryService &queries, AnalyticsQueries &analytics, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_queries(queries)
    , m_analytics(analytics)
{
    setObjectName(mode == Mode::Profile   ? u"profileDashboard"_s
                  : mode == Mode::Project ? u"projectDashboard"_s
                                          : u"itemDashboard"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_taskBox = new QComboBox(this);
    m_taskBox->setObjectName(mode == Mode::Profile   ? u"profileTaskBox"_s
                             : mode == Mode::Project ? u"projectBox"_s
                                                     : u"itemTaskBox"_s);
    m_taskBox->setMinimumContentsLength(24);
    m_taskBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(mode == Mode::Profile   ? tr("Profile:")
                             : mode == Mode::Project ? tr("Project:")
                                                     : tr("Reel or video:"),
                             this);
    label->setBuddy(m_taskBox);
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setToolTip(tr("A PDF for your client: key figures, these charts, top posts and comment sentiment. "
                            "Right-click a chart to export it alone."));
    top->addWidget(label);
    top->addWidget(m_taskBox);
    top->addStretch(1);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_kpis = new QLabel(this);
    m_kpis->setObjectName(u"dashboardKpis"_s);
    m_kpis->setTextFormat(Qt::RichText);
    m_kpis->setWordWrap(true);
    layout->addWidget(m_kpis);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    if (mode == Mode::Profile || mode == Mode::Project) {
        m_topPosts = new TopPostsModel(this);
        m_topView = new QTableView(content);
        m_topView->setObjectName(mode == Mode::Project ? u"projectReelsView"_s : u"topPostsView"_s);
        m_topView->setModel(m_topPosts);
        m_topView->verticalHeader()->hide();
        m_topView->horizontalHeader()->setStretchLastSection(true);
        m_topView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_topView->setMinimumHeight(180);
        // "Download" on the top posts: the selected ones go to the Downloads section's queue.
        m_downloadTop = new QAction(tr("&Download"), m_topView);
        m_downloadTop->setObjectName(u"downloadTopPostAction"_s);
        m_topView->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_topView->addAction(m_downloadTop);
        connect(m_downloadTop, &QAction::triggered, this, [this] {
            QList<StoredItem> posts;
            for (const QModelIndex &index : m_topView->selectionModel()->selectedRows())
                posts.append(m_topPosts->post(index.row()).item);
            if (posts.isEmpty() && m_topView->currentIndex().isValid())
                posts.append(m_topPosts->post(m_topView->currentIndex().row()).item);
            postdownloads::queue(this, posts);
        });
    }
    if (mode == Mode::Item) {
        m_comments = new TaskDetailPane(queries, sentiment::SentimentAnalyzer::defaultMode, content);
        m_comments->setObjectName(u"dashboardComments"_s);
        m_comments->setMinimumHeight(420);
    }
    connect(m_taskBox, &QComboBox::activated, this, [this] { reload(m_range); });
    connect(m_export, &QPushButton::clicked, this, &TaskDashboard::exportReport);
    m_message->setText(mode == Mode::Profile ? tr("Add a profile on the Profiles page and scrape it to see its "
                                                  "dashboard.")
                       : mode == Mode::Project
                           ? tr("Create a project on the Reels page, add its reels and scrape them to see them "
                                "together.")
                           : tr("Track a reel or video and scrape it to see its dashboard."));
}

TaskRef TaskDashboard::task() const
{
    if (m_taskBox->currentIndex() < 0)
        return m_pending;
    const auto kind = taskKindFromName(m_taskBox->currentData(Qt::UserRole + 1).toString());
    return TaskRef{kind.value_or(TaskKind::Profile), m_taskBox->currentData().toString()};
}

QString TaskDashboard::projectId() const
{
    return m_mode == Mode::Project ? task().id : QString();
}

void TaskDashboard::selectProject(const QString &projectId)
{
    selectTask({TaskKind::Reel, projectId});
}

void TaskDashboard::selectTask(const TaskRef &task)
{
    m_pending = task;
    const int index = m_taskBox->findData(task.id);
    if (index >= 0)
        m_taskBox->setCurrentIndex(index);
}

void TaskDashboard::reloadTasks()
{
    const auto fill = [this](QList<std::pair<TaskRef, QString>> tasks) {
        const TaskRef current = task();
        m_taskBox->clear();
        for (const auto &[ref, label] : tasks) {
            m_taskBox->addItem(label, ref.id);
            m_taskBox->setItemData(m_taskBox->count() - 1, taskKindName(ref.kind), Qt::UserRole + 1);
        }
        const int index = m_taskBox->findData(!m_pending.id.isEmpty() ? m_pending.id : current.id);
        if (index >= 0)
            m_taskBox->setCurrentIndex(index);
        if (isVisible())
            reload(m_range);
    };
    if (m_mode == Mode::Project) {
        // A project is kept as a reel "task" whose id is the project's.
        whenReady(m_queries.projects(), this, [fill](const Result<QList<Project>> &projects) {
            QList<std::pair<TaskRef, QString>> tasks;
            if (projects.ok())
                for (const Project &p : projects.value())
                    tasks.append({{TaskKind::Reel, p.id}, tr("%1 (%n reels)", nullptr, p.reelCount).arg(p.name)});
            fill(tasks);
        });
        return;
    }
    if (m_mode == Mode::Profile) {
        whenReady(m_queries.profiles(), this, [fill](const Result<TaskRows<ProfileTask>> &rows) {
            QList<std::pair<TaskRef, QString>> tasks;
            if (rows.ok())
                for (const ProfileTask &t : rows->tasks)
                    tasks.append(
                        {{TaskKind::Profile, t.id},
                         (t.isCompetitor ? tr("@%1 (competitor)").arg(t.targetProfile) : u"@"_s + t.targetProfile) +
                             (t.platform == Platform::TikTok ? tr(" on TikTok") : QString())});
            fill(tasks);
        });
        return;
    }
    auto reels = m_queries.reels();
    auto videos = m_queries.videos();
    whenReady(reels, this, [this, fill, videos](const Result<TaskRows<ReelTask>> &reelRows) {
        QList<std::pair<TaskRef, QString>> tasks;
        if (reelRows.ok())
            for (const ReelTask &t : reelRows->tasks)
                tasks.append({{TaskKind::Reel, t.id}, tr("Reel %1 (%2)").arg(t.shortcode, t.projectName)});
        whenReady(videos, this, [fill, tasks](const Result<TaskRows<VideoTask>> &videoRows) mutable {
            if (videoRows.ok())
                for (const VideoTask &t : videoRows->tasks)
                    tasks.append(
                        {{TaskKind::Video, t.id}, tr("%1 video %2").arg(platformName(t.platform), t.externalId)});
            fill(tasks);
        });
    });
}

void TaskDashboard::reload(const DateRange &range)
{
    m_range = range;
    const TaskRef current = task();
    if (current.id.isEmpty())
        return;
    m_pending = {};
    auto future = m_mode == Mode::Project ? m_analytics.projectDashboard(current.id, range)
                                          : m_analytics.dashboard(current.id, range);
    whenReady(future, this, [this](const Result<Dashboard> &result) {
        if (!result.ok()) {
            m_message->setText(tr("This dashboard could not be read: %1").arg(result.error().message));
            m_message->setVisible(true);
            return;
        }
        show(result.value());
    });
}

void TaskDashboard::show(const Dashboard &d)
{
    m_data = d;
    m_loaded = false;
    m_message->setVisible(false);
    QString kpis = u"<table><tr>"_s;
    if (d.profile) {
        const ProfileStats &s = *d.profile;
        kpis += kpi(tr("Followers"), count(s.followers));
        for (const Growth &g : s.growth)
            kpis += kpi(tr("%1 days").arg(g.days), g.absolute
                                                       ? u"%1%2 (%3)"_s.arg(*g.absolute >= 0 ? u"+"_s : QString(),
                                                                            count(g.absolute), percent(g.percent, 1.0))
                                                       : tr("unknown"));
        kpis += kpi(tr("Posts / week"), s.postsPerWeek ? QLocale().toString(*s.postsPerWeek, 'f', 1) : tr("unknown"));
        kpis += kpi(tr("Median ER"), percent(s.medianEngagementRate));
        kpis += kpi(tr("Mean ER"), percent(s.meanEngagementRate));
    }
    if (d.item) {
        const ItemStats &s = *d.item;
        kpis += kpi(tr("Views"), count(s.counts.views));
        kpis += kpi(tr("Engagement"), count(s.engagement));
        kpis += kpi(tr("ER (followers)"), percent(s.engagementRate));
        kpis += kpi(tr("ER (views)"), percent(s.engagementRateByViews));
        kpis += kpi(tr("Views / h"),
                    s.window.viewsPerHour ? QLocale().toString(*s.window.viewsPerHour, 'f', 0) : tr("unknown"));
        kpis += kpi(tr("Trend score"), s.trend.score ? QLocale().toString(*s.trend.score, 'f', 2) + u"×"_s +
                                                           (s.trend.isViral      ? tr(" viral")
                                                            : s.trend.isTrending ? tr(" trending")
                                                                                 : QString())
                                                     : tr("not enough history"));
        m_kpis->setToolTip(s.trend.note);
    }
    if (m_mode == Mode::Project) {
        std::optional<qint64> views;
        std::optional<qint64> engagement;
        for (const PostPoint &p : d.posts) {
            if (p.views)
                views = views.value_or(0) + *p.views;
            if (p.engagement)
                engagement = engagement.value_or(0) + *p.engagement;
        }
        kpis += kpi(tr("Reels"), QLocale().toString(d.posts.size()));
        kpis += kpi(tr("Views"), count(views));
        kpis += kpi(tr("Engagement"), count(engagement));
    }
    if (!d.sentiment.isEmpty())
        kpis += kpi(tr("Comments"), tr("%1 · %2 % positive")
                                        .arg(d.sentiment.total())
                                        .arg(d.sentiment.percentage(sentiment::Label::Positive), 0, 'f', 0));
    if (!d.languages.isEmpty()) {
        QStringList mix;
        for (const auto &l : d.languages.mid(0, 4))
            mix.append(u"%1 %2 %"_s.arg(l.language.isEmpty() ? tr("unread") : l.language).arg(l.share, 0, 'f', 0));
        kpis += kpi(tr("Languages"), mix.join(u" · "_s));
    }
    m_kpis->setText(kpis + u"</tr></table>"_s);

    // One chart widget per chart, two per row (made once, then updated).
    while (m_charts.size() < d.charts.size()) {
        auto *chart = new ChartWidget(m_grid->parentWidget());
        chart->setMinimumHeight(280);
        const int index = static_cast<int>(m_charts.size());
        m_grid->addWidget(chart, index / 2, index % 2);
        m_charts.append(chart);
    }
    for (qsizetype i = d.charts.size(); i < m_charts.size(); ++i)
        m_charts.at(i)->setVisible(false);
    if (m_topView) {
        m_topPosts->setPosts(m_mode == Mode::Project ? d.posts : d.profile ? d.profile->best : QList<PostPoint>());
        m_grid->addWidget(m_topView, static_cast<int>((m_charts.size() + 1) / 2), 0, 1, 2);
        m_topView->resizeColumnsToContents();
    }
    if (m_comments) {
        m_grid->addWidget(m_comments, static_cast<int>((m_charts.size() + 1) / 2), 0, 1, 2);
        if (!m_comments->task() || !(*m_comments->task() == d.task))
            m_comments->setTask(d.task, d.item && !d.item->item.shortcode.isEmpty() ? d.item->item.shortcode : d.label);
        else
            m_comments->refresh();
    }
    // The charts are drawn one per turn of the event loop, so the window keeps answering while a dashboard fills.
    drawChart(++m_showGeneration, 0);
}

void TaskDashboard::drawChart(int generation, qsizetype index)
{
    if (generation != m_showGeneration)
        return; // a newer read replaced this one
    if (index < m_data.charts.size()) {
        m_charts.at(index)->setVisible(true);
        m_charts.at(index)->setChart(m_data.charts.at(index));
        QTimer::singleShot(0, this, [this, generation, index] { drawChart(generation, index + 1); });
        return;
    }
    m_loaded = true;
    emit loaded();
}

void TaskDashboard::exportReport()
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QString(m_data.label).remove(u'@') + u"-report.pdf"_s, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = charts::writeReport(m_data, path);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export report"), written.error().message);
}

} // namespace reelpulse
