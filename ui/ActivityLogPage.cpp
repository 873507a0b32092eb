#include "ActivityLogPage.h"

#include "ActivityLogModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ActivityLogPage::ActivityLogPage(ActivityLogModel &log, QWidget *parent)
    : QWidget(parent)
    , m_view(new QListView(this))
{
    setObjectName(u"activityPage"_s);
    auto *title = new QLabel(tr("Activity Log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("What happened in this session: tasks added, changed and removed, and errors."), this);
    intro->setWordWrap(true);

    m_view->setObjectName(u"activityView"_s);
    m_view->setModel(&log);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(false);

    // Follow new entries while the list is scrolled to its end.
    connect(&log, &QAbstractItemModel::rowsInserted, m_view, [this] { m_view->scrollToBottom(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
}

ActivityLogPage::~ActivityLogPage() = default;

} // namespace reelpulse
