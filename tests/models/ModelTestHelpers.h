#pragma once

#include "TaskTableModel.h"

#include <QSignalSpy>
#include <QTest>

namespace reelpulse::testing {

constexpr int AnswerTimeoutMs = 10000;

/// Starts a reload and waits for its answer; true when the rows are shown (false: failed or no answer).
inline bool reloadAndWait(TaskTableModel &model)
{
    QSignalSpy done(&model, &TaskTableModel::reloaded);
    QSignalSpy failed(&model, &TaskTableModel::reloadFailed);
    model.reload();
    (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, AnswerTimeoutMs);
    return !done.isEmpty();
}

/// Starts re-reading one task and waits for its answer (its row, or a whole reload for a new task).
inline bool reloadTaskAndWait(TaskTableModel &model, const QString &id)
{
    QSignalSpy row(&model, &TaskTableModel::taskReloaded);
    QSignalSpy all(&model, &TaskTableModel::reloaded);
    QSignalSpy failed(&model, &TaskTableModel::taskReloadFailed);
    model.reloadTask(id);
    (void)QTest::qWaitFor([&] { return !row.isEmpty() || !all.isEmpty() || !failed.isEmpty(); }, AnswerTimeoutMs);
    return !row.isEmpty() || !all.isEmpty();
}

/// Asks a lazily loading model (TaskItemsModel, CommentsModel) for its next page and waits for the answer
/// (or for the page already asked for, by a view or a model tester).
template <typename Model> bool fetchAndWait(Model &model)
{
    QSignalSpy fetched(&model, &Model::pageFetched);
    QSignalSpy failed(&model, &Model::failed);
    if (!model.isLoading()) {
        if (!model.canFetchMore({}))
            return false;
        model.fetchMore({});
    }
    (void)QTest::qWaitFor([&] { return !fetched.isEmpty() || !failed.isEmpty(); }, AnswerTimeoutMs);
    return !fetched.isEmpty();
}

/// Starts a reload of a lazily loading model and waits for the answer.
template <typename Model> bool reloadPagesAndWait(Model &model)
{
    QSignalSpy reloaded(&model, &Model::reloaded);
    QSignalSpy failed(&model, &Model::failed);
    model.reload();
    (void)QTest::qWaitFor([&] { return !reloaded.isEmpty() || !failed.isEmpty(); }, AnswerTimeoutMs);
    return !reloaded.isEmpty();
}

} // namespace reelpulse::testing
