#pragma once

#include <QTableView>

namespace reelpulse {

/// A read-only, row-selecting, sortable table that shows a hint in its empty viewport
/// ("No profiles yet — press Ctrl+N to add one").
class TaskTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableView)

public:
    explicit TaskTableView(QWidget *parent = nullptr);
    ~TaskTableView() override;

    void setEmptyHint(const QString &hint);
    QString emptyHint() const { return m_emptyHint; }

    /// Column widths in average characters, applied before any saved header state.
    void setColumnWidthsInChars(const QList<int> &widths);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyHint;
};

} // namespace reelpulse
