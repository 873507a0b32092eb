#pragma once

#include "storage/ScrapeRecords.h"

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace reelpulse {

class CommentsModel;
class TaskItemsModel;

/// Below a task table: what was scraped for the current task. On the left its posts with their
/// latest metrics (a profile's posts newest first, or the post a reel or video task tracks); on the
/// right the selected post's sentiment summary and its comments, loaded a page at a time as the
/// list scrolls, and for the selected comment its text with the words that made its sentiment.
/// A comment's label can be set by hand from its context menu.
///
/// Reads through a connection of the GUI thread: small indexed queries, one page at a time.
class TaskDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPane)

public:
    explicit TaskDetailPane(QSqlDatabase db, QWidget *parent = nullptr);
    ~TaskDetailPane() override;

    /// Shows what was scraped for a task; `label` names it ("@natgeo").
    void setTask(const TaskRef &task, const QString &label);
    void clearTask();
    std::optional<TaskRef> task() const { return m_task; }
    /// Re-reads the task's posts and the selected post's comments (after a scrape), keeping the selection.
    void refresh();

    TaskItemsModel *itemsModel() const { return m_items; }
    CommentsModel *commentsModel() const { return m_comments; }
    QTableView *itemsView() const { return m_itemsView; }
    QTableView *commentsView() const { return m_commentsView; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *explanationLabel() const { return m_explanation; }
    QAction *markPositiveAction() const { return m_markPositive; }
    QAction *markNegativeAction() const { return m_markNegative; }
    QAction *markNeutralAction() const { return m_markNeutral; }
    QAction *markAutomaticAction() const { return m_markAutomatic; }

signals:
    /// A label was set by hand or given back to the engine (for the activity log).
    void labelChanged(const QString &message);
    /// Reading or writing failed.
    void failed(const QString &message);

private:
    void showItem(int row);
    void showComment(int row);
    void updateSummary();
    void updateItemColumns();
    void updateCommentActions();
    void relabel(QAction *action);
    int currentItemRow() const;
    int currentCommentRow() const;

    QSqlDatabase m_db;
    std::optional<TaskRef> m_task;
    TaskItemsModel *m_items = nullptr;
    CommentsModel *m_comments = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_commentsTitle = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_itemsView = nullptr;
    QTableView *m_commentsView = nullptr;
    QAction *m_markPositive = nullptr;
    QAction *m_markNegative = nullptr;
    QAction *m_markNeutral = nullptr;
    QAction *m_markAutomatic = nullptr;
};

} // namespace reelpulse
