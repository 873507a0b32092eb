#include "TaskPage.h"

#include "ActivityLogModel.h"
#include "MessageBox.h"
#include "TaskDetailPane.h"
#include "TaskDialog.h"
#include "TaskSortFilterModel.h"
#include "TaskTableModel.h"
#include "TaskTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

TaskPage::TaskPage(QueryService &queries, ActivityLogModel &log, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_log(log)
{
}

TaskPage::~TaskPage() = default;

void TaskPage::setUp(TaskTableModel *model, const QString &title, const QString &objectPrefix)
{
    m_model = model;
    m_model->setParent(this);
    m_proxy = new TaskSortFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_loadError = new QLabel(this);
    m_loadError->setObjectName(objectPrefix + u"LoadError"_s);
    m_loadError->setWordWrap(true);
    m_loadError->setStyleSheet(u"color: #c62828;"_s);
    m_loadError->hide();

    m_add = new QPushButton(this);
    m_add->setObjectName(objectPrefix + u"AddButton"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(objectPrefix + u"EditButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(objectPrefix + u"RemoveButton"_s);
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setAutoDefault(false);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(objectPrefix + u"Filter"_s);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    m_view = new TaskTableView(this);
    m_view->setObjectName(objectPrefix + u"View"_s);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    m_controls = new QHBoxLayout;
    m_controls->addWidget(m_add);
    m_controls->addWidget(m_edit);
    m_controls->addWidget(m_remove);
    m_controls->addSpacing(12);
    m_controls->addStretch(1);
    m_controls->addWidget(m_filter);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_loadError);
    m_layout->addLayout(m_controls);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(objectPrefix + u"Splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_layout->addWidget(m_splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &TaskPage::addTask);
    connect(m_edit, &QPushButton::clicked, this, &TaskPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TaskPage::removeSelected);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyHint();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { editCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showCurrentInDetails();
        emit selectionChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        showCurrentInDetails();
        emit selectionChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateEmptyHint(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateEmptyHint(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateEmptyHint(); });
    connect(m_model, &TaskTableModel::reloaded, this, &TaskPage::onReloaded);
    connect(m_model, &TaskTableModel::reloadFailed, this, &TaskPage::onReloadFailed);
    connect(m_model, &TaskTableModel::taskReloadFailed, this,
            [this](const QString &, const QString &message) { m_log.addError(message); });
    updateButtons();
}

QBoxLayout *TaskPage::addControlsRowAbove()
{
    auto *row = new QHBoxLayout;
    m_layout->insertLayout(m_layout->indexOf(m_loadError) + 1, row);
    return row;
}

void TaskPage::setEmptyHints(const QString &empty, const QString &noMatch)
{
    m_emptyHint = empty;
    m_noMatchHint = noMatch;
    updateEmptyHint();
}

void TaskPage::setButtonTexts(const QString &add, const QString &edit, const QString &remove)
{
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

void TaskPage::reload()
{
    m_model->reload();
}

void TaskPage::reloadAndSelect(const QString &id)
{
    m_selectAfterReload = id;
    reload();
}

void TaskPage::onReloadFailed(const QString &message)
{
    m_selectAfterReload.clear();
    m_loadError->setText(tr("Could not read the tasks: %1").arg(message));
    m_loadError->show();
    m_log.addError(message);
}

void TaskPage::onReloaded()
{
    m_loadError->hide();
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        // First rows and no saved layout: fit the columns to their contents, within reason.
        m_columnsFitted = true;
        // The preset widths stay the least, so a time that replaces "never" later still fits.
        const int widest = fontMetrics().averageCharWidth() * 26;
        for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
            const int preset = m_view->columnWidth(column);
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, std::max(preset, std::min(widest, m_view->columnWidth(column) + 8)));
        }
    }
    if (!m_selectAfterReload.isEmpty())
        selectId(std::exchange(m_selectAfterReload, QString()));
    updateEmptyHint();
    updateButtons();
}

void TaskPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QList<int> TaskPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int TaskPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return m_proxy->mapToSource(current).row();
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? -1 : rows.first();
}

void TaskPage::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray TaskPage::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TaskPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        m_columnsFitted = true;
}

QList<TaskRef> TaskPage::selectedTasks() const
{
    QList<TaskRef> tasks;
    for (int row : selectedRows())
        tasks.append(m_model->taskRefAt(row));
    return tasks;
}

QString TaskPage::taskLabelAt(int row) const
{
    return m_model->index(row, 0).data().toString();
}

void TaskPage::setSentimentMode(sentiment::Mode mode)
{
    m_sentimentMode = mode;
    if (m_details)
        m_details->setSentimentMode(mode);
}

void TaskPage::setDetailsVisible(bool visible)
{
    m_detailsWanted = visible;
    // A section not shown makes its pane when it is shown: opening the details builds one pane, not three.
    if (visible && !m_details && !isVisible())
        return;
    if (visible && !m_details) {
        m_details = new TaskDetailPane(m_queries, m_sentimentMode, m_splitter);
        m_splitter->addWidget(m_details);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        const int height = std::max(m_splitter->height(), 400);
        m_splitter->setSizes({height * 9 / 20, height * 11 / 20});
        connect(m_details, &TaskDetailPane::labelChanged, this, &TaskPage::reportChange);
        connect(m_details, &TaskDetailPane::failed, this, [this](const QString &message) {
            m_log.addError(message);
            emit statusMessage(message);
        });
    }
    if (!m_details)
        return;
    m_details->setVisible(visible);
    if (visible)
        showCurrentInDetails();
}

void TaskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_detailsWanted && !m_details)
        setDetailsVisible(true);
}

bool TaskPage::detailsVisible() const
{
    return m_details && !m_details->isHidden();
}

void TaskPage::showCurrentInDetails()
{
    if (!detailsVisible())
        return;
    const int row = currentRow();
    if (row < 0) {
        m_details->clearTask();
        return;
    }
    const TaskRef task = m_model->taskRefAt(row);
    if (m_details->task() && *m_details->task() == task)
        return;
    m_details->setTask(task, taskLabelAt(row));
}

void TaskPage::taskScraped(const QString &id)
{
    m_model->clearBusy(id);
    m_model->reloadTask(id); // a failure reaches the activity log (taskReloadFailed)
    if (m_details && m_details->task() && m_details->task()->id == id)
        m_details->refresh();
}

void TaskPage::reportChange(const QString &message)
{
    m_log.addInfo(message);
    emit statusMessage(message);
    emit tasksChanged();
}

void TaskPage::logRefusals(TaskDialog *dialog)
{
    connect(dialog, &TaskDialog::refused, this, [this](const QString &message) { m_log.addError(message); });
}

void TaskPage::reportError(const QString &title, const Error &error)
{
    m_log.addError(title + u": "_s + error.message);
    MessageBox::error(this, title, error.message);
}

void TaskPage::updateEmptyHint()
{
    const bool filteredAway = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_view->setEmptyHint(filteredAway ? m_noMatchHint : m_emptyHint);
}

void TaskPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace reelpulse
