#pragma once

#include "storage/PublishStore.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace reelpulse {

class PublishingJobs;
class PublishQueueModel;

/// The publishing calendar (a week or a month of drafts, scheduled, publishing, published and failed posts) above
/// the queue, where a failed post shows its reason and can be retried.
class CalendarWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarWidget)

public:
    enum class Span { Week, Month };

    explicit CalendarWidget(PublishingJobs &jobs, QWidget *parent = nullptr);
    ~CalendarWidget() override;

    void setSpan(Span span);
    Span span() const { return m_span; }
    /// Shows the week or month holding day.
    void showDate(const QDate &day);
    QDate firstDay() const { return m_first; }
    /// Re-reads the posts.
    void reload();
    /// Retries the failed post selected in the queue.
    void retrySelected();

    QTableWidget *grid() const { return m_grid; }
    QTableView *queueView() const { return m_queue; }
    /// A published post's insights (read from Instagram when it is selected in the queue).
    QLabel *insightsLabel() const { return m_insights; }
    PublishQueueModel *queueModel() const { return m_model; }

signals:
    void reloaded();

private:
    void render();
    void showInsights(const PublishPost &post);

    PublishingJobs &m_jobs;
    Span m_span = Span::Week;
    QDate m_anchor;
    QDate m_first;
    QList<PublishPost> m_posts;
    QLabel *m_title;
    QPushButton *m_week;
    QPushButton *m_month;
    QTableWidget *m_grid;
    QTableView *m_queue;
    PublishQueueModel *m_model;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_insights;
};

} // namespace reelpulse
