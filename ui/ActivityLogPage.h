#pragma once

#include <QWidget>

class QListView;

namespace reelpulse {

class ActivityLogModel;

/// The Activity log section: a read-only list of what happened in this session.
class ActivityLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogPage)

public:
    explicit ActivityLogPage(ActivityLogModel &log, QWidget *parent = nullptr);
    ~ActivityLogPage() override;

    QListView *view() const { return m_view; }

private:
    QListView *m_view = nullptr;
};

} // namespace reelpulse
