#pragma once

#include "sentiment/SentimentTypes.h"
#include "storage/ScrapeRecords.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace reelpulse {

class CommentsModel;
class QueryService;
class TaskItemsModel;
struct SentimentOverview;

/// Below a task table: what was scraped for the current task. On the left its posts with their
/// latest metrics (a profile's posts newest first, or the post a reel or video task tracks) and the
/// sentiment of all its comments; on the right the selected post's sentiment summary and its comments,
/// loaded a page at a time as the list scrolls, and for the selected comment its text with the words
/// that made its sentiment. A comment's label can be set by hand from its context menu.
///
/// Everything is read (and a label written) by the query service on its own thread: the pane asks and
/// shows the answer when it arrives, so the window never waits for the store. The summaries come from
/// the counts the store keeps per post and day, not from the comments. Only the explanation of one
/// comment (its words scored again, in the sentiment mode given) is worked out here.
class TaskDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPane)

public:
    explicit TaskDetailPane(QueryService &queries, sentiment::Mode mode, QWidget *parent = nullptr);
    ~TaskDetailPane() override;

    /// Shows what was scraped for a task; `label` names it ("@natgeo"). The first page of posts, the
    /// task's sentiment and (once the posts are there) the first post's comments are read in the background.
    void setTask(const TaskRef &task, const QString &label);
    void clearTask();
    std::optional<TaskRef> task() const { return m_task; }
    /// Re-reads the task's posts and the selected post's comments (after a scrape), keeping the selection.
    void refresh();
    /// The mode explanations and labels given back to the engine use (ScrapeController::sentimentMode()).
    void setSentimentMode(sentiment::Mode mode);
    sentiment::Mode sentimentMode() const { return m_mode; }
    /// True while something the pane shows is being read.
    bool isLoading() const;

    TaskItemsModel *itemsModel() const { return m_items; }
    CommentsModel *commentsModel() const { return m_comments; }
    QTableView *itemsView() const { return m_itemsView; }
    QTableView *commentsView() const { return m_commentsView; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *taskSummaryLabel() const { return m_taskSummary; }
    QLabel *commentsTitleLabel() const { return m_commentsTitle; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *explanationLabel() const { return m_explanation; }
    QAction *markPositiveAction() const { return m_markPositive; }
    QAction *markNegativeAction() const { return m_markNegative; }
    QAction *markNeutralAction() const { return m_markNeutral; }
    QAction *markAutomaticAction() const { return m_markAutomatic; }
    /// "Download": queues the selected posts in the Downloads section (context menu of the posts, and a button).
    QAction *downloadAction() const { return m_download; }
    QPushButton *downloadButton() const { return m_downloadButton; }

signals:
    /// A label was set by hand or given back to the engine (for the activity log).
    void labelChanged(const QString &message);
    /// Reading or writing failed.
    void failed(const QString &message);

private:
    void readTaskSentiment();
    void readFirstPage();
    void showItem(int row);
    void showComment(int row);
    void onItemsPage();
    void onItemsReloaded();
    void onLabelChanged(qint64 commentId);
    void updateSummary();
    void updateCommentsTitle();
    void updateItemColumns();
    void updateCommentActions();
    void relabel(QAction *action);
    void downloadSelectedPosts();
    int currentItemRow() const;
    int currentCommentRow() const;
    /// The rich text of a sentiment overview ("Overall: positive · 62 % positive (31) · …").
    static QString overviewText(const SentimentOverview &overview);
    static QString pendingText(const QString &text);

    QueryService &m_queries;
    sentiment::Mode m_mode;
    std::optional<TaskRef> m_task;
    int m_taskGeneration = 0; ///< changes with the task shown: older sentiment answers are dropped
    bool m_taskSentimentPending = false;
    bool m_selectFirstItem = false; ///< select the first post when the first page arrives
    TaskItemsModel *m_items = nullptr;
    CommentsModel *m_comments = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_taskSummary = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_commentsTitle = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_itemsView = nullptr;
    QAction *m_download = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QTableView *m_commentsView = nullptr;
    QAction *m_markPositive = nullptr;
    QAction *m_markNegative = nullptr;
    QAction *m_markNeutral = nullptr;
    QAction *m_markAutomatic = nullptr;
};

} // namespace reelpulse
