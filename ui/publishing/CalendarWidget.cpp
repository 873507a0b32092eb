#include "CalendarWidget.h"

#include "PublishQueueModel.h"
#include "PublishingJobs.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

CalendarWidget::CalendarWidget(PublishingJobs &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_anchor(QDate::currentDate())
    , m_title(new QLabel(this))
    , m_week(new QPushButton(tr("&Week"), this))
    , m_month(new QPushButton(tr("&Month"), this))
    , m_grid(new QTableWidget(this))
    , m_queue(new QTableView(this))
    , m_model(new PublishQueueModel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("&Cancel Post"), this))
    , m_insights(new QLabel(this))
{
    setObjectName(u"calendar"_s);
    auto *previous = new QPushButton(u"‹"_s, this);
    auto *next = new QPushButton(u"›"_s, this);
    auto *today = new QPushButton(tr("&Today"), this);
    for (QPushButton *b : {previous, next})
        b->setFixedWidth(b->fontMetrics().horizontalAdvance(u"MM"_s) + 16);
    m_week->setCheckable(true);
    m_month->setCheckable(true);
    m_week->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_week);
    group->addButton(m_month);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_week);
    bar->addWidget(m_month);

    m_grid->setObjectName(u"calendarGrid"_s);
    m_grid->setColumnCount(7);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setWordWrap(true);
    m_grid->setShowGrid(true);
    QStringList days;
    const int firstDayOfWeek = int(QLocale().firstDayOfWeek());
    for (int i = 0; i < 7; ++i)
        days << QLocale().dayName((firstDayOfWeek - 1 + i) % 7 + 1, QLocale::ShortFormat);
    m_grid->setHorizontalHeaderLabels(days);

    m_queue->setObjectName(u"queueView"_s);
    m_queue->setModel(m_model);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->horizontalHeader()->setSectionResizeMode(PublishQueueModel::CaptionColumn, QHeaderView::Stretch);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    auto *queueBar = new QHBoxLayout;
    auto *queueTitle = new QLabel(tr("Queue"), this);
    queueTitle->setFont(titleFont);
    queueBar->addWidget(queueTitle, 1);
    queueBar->addWidget(m_cancel);
    queueBar->addWidget(m_retry);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(queueBar);
    bottomLayout->addWidget(m_queue);
    m_insights->setObjectName(u"insightsLabel"_s);
    m_insights->setWordWrap(true);
    m_insights->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottomLayout->addWidget(m_insights);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(previous, &QPushButton::clicked, this,
            [this] { showDate(m_span == Span::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this,
            [this] { showDate(m_span == Span::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(QDate::currentDate()); });
    connect(m_week, &QPushButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(m_month, &QPushButton::clicked, this, [this] { setSpan(Span::Month); });
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        const auto post = m_model->postAt(index.row());
        m_retry->setEnabled(post && post->state == PostState::Failed);
        m_cancel->setEnabled(post && (post->state == PostState::Draft || post->state == PostState::Scheduled ||
                                      post->state == PostState::Failed));
        if (post && post->state == PostState::Published)
            showInsights(*post);
        else
            m_insights->setText(post && post->state == PostState::Failed && !post->lastError.isEmpty()
                                    ? tr("Why it failed: %1").arg(post->lastError)
                                    : QString());
    });
    connect(m_retry, &QPushButton::clicked, this, &CalendarWidget::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const auto post = m_model->postAt(m_queue->currentIndex().row());
        if (!post)
            return;
        const qint64 id = post->id;
        m_jobs.call<PublishPost>(
            this, [id](PublishingService &s) { return s.cancelPost(id); }, [this](Result<PublishPost>) { reload(); });
    });
    showDate(m_anchor);
}

CalendarWidget::~CalendarWidget() = default;

void CalendarWidget::showInsights(const PublishPost &post)
{
    m_insights->setText(tr("Reading the insights of post %1 from Instagram…").arg(post.id));
    const qint64 id = post.id;
    m_jobs.call<PostInsights>(
        this, [id](PublishingService &s) { return s.insights(QString::number(id)); },
        [this, id](Result<PostInsights> result) {
            const auto current = m_model->postAt(m_queue->currentIndex().row());
            if (!current || current->id != id)
                return; // another post was selected meanwhile
            if (!result.ok()) {
                m_insights->setText(tr("Insights are not available: %1").arg(result.error().message));
                return;
            }
            const MediaInsights &i = result->insights;
            const QLocale locale;
            auto number = [&locale](const std::optional<qint64> &v) {
                return v ? locale.toString(*v) : QStringLiteral("–");
            };
            const auto rate = i.engagementRate();
            m_insights->setText(tr("Insights: %1 views · %2 reached · %3 likes · %4 comments · %5 shares · %6 saved · "
                                   "engagement rate %7")
                                    .arg(number(i.views), number(i.reach), number(i.likes), number(i.comments),
                                         number(i.shares), number(i.saved),
                                         rate ? locale.toString(*rate, 'f', 2) + u" %"_s : u"–"_s));
        });
}

void CalendarWidget::setSpan(Span span)
{
    m_span = span;
    m_week->setChecked(span == Span::Week);
    m_month->setChecked(span == Span::Month);
    showDate(m_anchor);
}

void CalendarWidget::showDate(const QDate &day)
{
    m_anchor = day;
    const int firstDayOfWeek = int(QLocale().firstDayOfWeek());
    auto weekStart = [firstDayOfWeek](const QDate &d) {
        return d.addDays(-((d.dayOfWeek() - firstDayOfWeek + 7) % 7));
    };
    m_first = m_span == Span::Week ? weekStart(day) : weekStart(QDate(day.year(), day.month(), 1));
    reload();
}

void CalendarWidget::reload()
{
    const int days = m_span == Span::Week ? 7 : 42;
    const QDateTime from = QDateTime(m_first, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(m_first.addDays(days), QTime(0, 0)).toUTC();
    m_jobs.call<QList<PublishPost>>(
        this, [from, to](PublishingService &s) { return s.postsBetween(from, to); },
        [this](Result<QList<PublishPost>> result) {
            m_posts = result.ok() ? result.value() : QList<PublishPost>();
            render();
            m_jobs.call<QList<PublishPost>>(
                this, [](PublishingService &s) { return s.posts(); },
                [this](Result<QList<PublishPost>> all) {
                    // The selected post stays selected (and its insights shown) when the queue is read again.
                    const auto selected = m_model->postAt(m_queue->currentIndex().row());
                    const qint64 selectedId = selected ? selected->id : 0;
                    if (all.ok())
                        m_model->setPosts(all.value());
                    for (int row = 0; selectedId && row < m_model->rowCount(); ++row) {
                        if (m_model->postAt(row)->id == selectedId) {
                            const QSignalBlocker quiet(m_queue->selectionModel());
                            m_queue->setCurrentIndex(m_model->index(row, 0));
                            m_queue->selectRow(row);
                        }
                    }
                    m_queue->resizeColumnsToContents();
                    emit reloaded();
                });
        });
}

void CalendarWidget::render()
{
    const int rows = m_span == Span::Week ? 1 : 6;
    m_grid->setRowCount(rows);
    const QLocale locale;
    m_title->setText(m_span == Span::Week ? tr("Week of %1").arg(locale.toString(m_first, QLocale::LongFormat))
                                          : locale.toString(m_anchor, u"MMMM yyyy"_s));
    for (int i = 0; i < rows * 7; ++i) {
        const QDate day = m_first.addDays(i);
        QString text = m_span == Span::Week ? locale.toString(day, u"d MMM"_s) : QString::number(day.day());
        QStringList lines;
        for (const PublishPost &p : std::as_const(m_posts)) {
            const auto when = p.publishedAt ? p.publishedAt : (p.scheduledAt ? p.scheduledAt : p.createdAt);
            if (when->toLocalTime().date() != day)
                continue;
            lines << u"<span style='color:%1'>●</span> %2 %3 @%4"_s.arg(PublishQueueModel::stateColor(p.state).name(),
                                                                        when->toLocalTime().toString(u"HH:mm"_s),
                                                                        postKindName(p.kind), p.accountUsername);
        }
        auto *label = new QLabel;
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setWordWrap(true);
        label->setMargin(4);
        const bool otherMonth = m_span == Span::Month && day.month() != m_anchor.month();
        const bool today = day == QDate::currentDate();
        label->setText(u"<b%1>%2</b><br>%3"_s.arg(today ? u" style='color:#2f6fd6'"_s
                                                        : (otherMonth ? u" style='color:#999'"_s : QString()),
                                                  text, lines.join(u"<br>"_s)));
        label->setToolTip(QString::number(lines.size()));
        m_grid->setCellWidget(i / 7, i % 7, label);
        auto *item = new QTableWidgetItem;
        item->setData(Qt::UserRole, day);
        item->setData(Qt::UserRole + 1, int(lines.size()));
        m_grid->setItem(i / 7, i % 7, item);
    }
}

void CalendarWidget::retrySelected()
{
    const auto post = m_model->postAt(m_queue->currentIndex().row());
    if (!post || post->state != PostState::Failed)
        return;
    const qint64 id = post->id;
    m_jobs.call<PublishPost>(
        this, [id](PublishingService &s) { return s.retryPost(id); }, [this](Result<PublishPost>) { reload(); });
}

} // namespace reelpulse
