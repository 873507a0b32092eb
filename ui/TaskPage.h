#pragma once

#include "sentiment/SentimentTypes.h"
#include "storage/ScrapeRecords.h"

#include <QDialog>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QSplitter;

namespace reelpulse {

struct Error;
class ActivityLogModel;
class QueryService;
class TaskDetailPane;
class TaskDialog;
class TaskSortFilterModel;
class TaskTableModel;
class TaskTableView;

/// A section that lists tasks: title, filter box, Add/Edit/Remove buttons and a sortable table
/// over a TaskTableModel, with an optional pane below it that shows what was scraped for the
/// current task. Subclasses supply the dialogs and the wording.
///
/// The table and the pane read through the query service (its own thread): a reload returns at once and
/// the rows follow. Adding, editing and removing a task are single-row writes through the tracking
/// service in the dialogs, on the GUI thread's own connection (constant cost, whatever the data).
class TaskPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPage)

public:
    ~TaskPage() override;

    /// Opens the add dialog (Ctrl+N).
    virtual void addTask() = 0;
    /// Opens the edit dialog for the current row (Return, double-click).
    virtual void editCurrent() = 0;
    /// Asks, then removes the selected rows (Delete).
    virtual void removeSelected() = 0;
    /// Starts reading the tasks again (F5) and returns at once; the rows follow. When the store cannot be
    /// read, the page says so above the table and in the activity log.
    virtual void reload();
    /// The same, then makes the task with this id current once the rows are there.
    void reloadAndSelect(const QString &id);
    /// Puts the cursor in the filter box (Ctrl+F).
    void focusFilter();

    TaskTableView *view() const { return m_view; }
    TaskSortFilterModel *proxy() const { return m_proxy; }
    TaskTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The line above the table that says why the tasks could not be read (hidden when they could).
    QLabel *loadErrorLabel() const { return m_loadError; }

    /// Source rows of the selected tasks, in view order.
    QList<int> selectedRows() const;
    /// Source row of the current task, or -1.
    int currentRow() const;
    /// Makes the task with this id current and selected.
    void selectId(const QString &id);
    /// The selected tasks as the scheduler names them.
    QList<TaskRef> selectedTasks() const;
    /// A short name of the task in a source row ("@natgeo", "C0ABCdefGHI", "TikTok 7234…").
    virtual QString taskLabelAt(int row) const;

    /// The mode the details pane explains comments in and gives labels back to the engine with.
    void setSentimentMode(sentiment::Mode mode);
    /// Shows or hides the details pane under the table (created when first shown, for a section not shown
    /// when the section is).
    void setDetailsVisible(bool visible);
    bool detailsVisible() const;
    /// The details pane, or nullptr before it was first shown.
    TaskDetailPane *detailPane() const { return m_details; }
    /// A task was scraped (or failed): its row is re-read, and the details pane if it shows it (both in the
    /// background).
    void taskScraped(const QString &id);

    /// The view's column layout, for saving in the settings, and its restoration.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    /// The selection changed (the window enables Edit and Remove).
    void selectionChanged();
    /// A message for the status bar.
    void statusMessage(const QString &message);
    /// Tasks were added, changed or removed (the scheduler looks for due tasks again).
    void tasksChanged();

protected:
    TaskPage(QueryService &queries, ActivityLogModel &log, QWidget *parent);

    /// Builds the page around `model` (which the page then owns).
    void setUp(TaskTableModel *model, const QString &title, const QString &objectPrefix);
    void setEmptyHints(const QString &empty, const QString &noMatch);
    void setButtonTexts(const QString &add, const QString &edit, const QString &remove);
    /// A new row of controls above the buttons (the project chooser of the Reels section).
    QBoxLayout *addControlsRowAbove();
    void showEvent(QShowEvent *event) override;
    ActivityLogModel &activityLog() const { return m_log; }
    QueryService &queries() const { return m_queries; }

    /// Logs a change and shows it in the status bar.
    void reportChange(const QString &message);
    /// Logs the refusals a dialog shows while it is open.
    void logRefusals(TaskDialog *dialog);
    /// Runs an add or edit dialog with its refusals logged; after a change re-reads the rows and selects
    /// the task. Returns whether the store changed.
    template <typename Dialog> bool runTaskDialog(Dialog &dialog)
    {
        logRefusals(&dialog);
        if (dialog.exec() != QDialog::Accepted || !dialog.changed())
            return false;
        reloadAndSelect(dialog.task().id);
        return true;
    }
    /// Logs an error and shows it in a message box.
    void reportError(const QString &title, const Error &error);

private:
    void onReloaded();
    void onReloadFailed(const QString &message);
    void updateEmptyHint();
    void updateButtons();
    void showCurrentInDetails();

    QueryService &m_queries;
    ActivityLogModel &m_log;
    TaskTableModel *m_model = nullptr;
    TaskSortFilterModel *m_proxy = nullptr;
    TaskTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    TaskDetailPane *m_details = nullptr;
    sentiment::Mode m_sentimentMode = sentiment::Mode::Social;
    bool m_detailsWanted = false; ///< the pane is to be shown (made when the section is shown)
    QString m_selectAfterReload;  ///< the task to make current when the rows arrive
    QLabel *m_title = nullptr;
    QLabel *m_loadError = nullptr;
    QLineEdit *m_filter = nullptr;
    QBoxLayout *m_layout = nullptr;
    QBoxLayout *m_controls = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_emptyHint;
    QString m_noMatchHint;
    bool m_columnsFitted = false;
};

} // namespace reelpulse
