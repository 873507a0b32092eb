#include "dashboards/ComparisonView.h"

#include "DashboardModels.h"
#include "WhenReady.h"
#include "dashboards/ChartWidget.h"
#include "services/AnalyticsService.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

ComparisonView::ComparisonView(AnalyticsQueries &analytics, QWidget *parent)
    : QWidget(parent)
    , m_analytics(analytics)
{
    setObjectName(u"comparison"_s);
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(tr("Your own profiles (bold) against the competitors you track. Mark a profile as a "
                              "competitor when you add or edit it."),
                           this);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_message);
    m_model = new ComparisonModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"comparisonView"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setMaximumHeight(220);
    layout->addWidget(m_view);
    m_chart = new ChartWidget(this);
    layout->addWidget(m_chart, 1);
}

void ComparisonView::reload(const DateRange &range)
{
    whenReady(m_analytics.comparison({}, range), this, [this, range](const Result<QList<ProfileStats>> &result) {
        if (!result.ok()) {
            m_message->setText(tr("The comparison could not be read: %1").arg(result.error().message));
            return;
        }
        m_model->setProfiles(result.value());
        m_chart->setChart(comparisonChart(result.value(), range));
        m_loaded = true;
        emit loaded();
    });
}

} // namespace reelpulse
