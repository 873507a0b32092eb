#include "creators/CreatorsPage.h"

#include "CreatorModels.h"
#include "MessageBox.h"
#include "WhenReady.h"
#include "analytics/DailySeries.h"
#include "dashboards/ChartWidget.h"
#include "services/CreatorService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CreatorsPage::CreatorsPage(QueryService &queries, QWidget *parent)
    : QWidget(parent)
    , m_creators(std::make_unique<CreatorQueries>(queries))
    , m_creatorsModel(new CreatorsModel(this))
    , m_accountsModel(new CreatorAccountsModel(this))
    , m_topModel(new CreatorTopItemsModel(this))
    , m_leaderboardModel(new LeaderboardModel(this))
{
    setObjectName(u"creatorsPage"_s);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    // Left: the creators and the accounts of the one selected.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *creatorsBox = new QGroupBox(tr("Creators"), left);
    auto *creatorsLayout = new QVBoxLayout(creatorsBox);
    m_creatorsView = tableView(m_creatorsModel, u"creatorsView"_s, creatorsBox);
    creatorsLayout->addWidget(m_creatorsView, 1);
    m_name = new QLineEdit(creatorsBox);
    m_name->setObjectName(u"creatorName"_s);
    m_name->setPlaceholderText(tr("Creator name"));
    m_name->setMaxLength(100);
    creatorsLayout->addWidget(m_name);
    auto *nameRow = new QHBoxLayout;
    m_add = button(tr("&Add"), u"addCreator"_s, creatorsBox);
    m_rename = button(tr("Re&name"), u"renameCreator"_s, creatorsBox);
    m_remove = button(tr("&Remove…"), u"removeCreator"_s, creatorsBox);
    nameRow->addWidget(m_add);
    nameRow->addWidget(m_rename);
    nameRow->addStretch(1);
    nameRow->addWidget(m_remove);
    creatorsLayout->addLayout(nameRow);
    leftLayout->addWidget(creatorsBox, 3);

    auto *accountsBox = new QGroupBox(tr("Accounts of the creator"), left);
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    m_accountsView = tableView(m_accountsModel, u"creatorAccountsView"_s, accountsBox);
    accountsLayout->addWidget(m_accountsView, 1);
    auto *linkRow = new QHBoxLayout;
    m_accountChoice = new QComboBox(accountsBox);
    m_accountChoice->setObjectName(u"accountChoice"_s);
    m_accountChoice->setToolTip(tr("A tracked Instagram or TikTok account (profile task) to link"));
    m_link = button(tr("&Link"), u"linkAccount"_s, accountsBox);
    m_unlink = button(tr("&Unlink"), u"unlinkAccount"_s, accountsBox);
    linkRow->addWidget(m_accountChoice, 1);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    accountsLayout->addLayout(linkRow);
    leftLayout->addWidget(accountsBox, 2);
    m_message = new QLabel(left);
    m_message->setObjectName(u"creatorsMessage"_s);
    m_message->setWordWrap(true);
    leftLayout->addWidget(m_message);

    // Right: the creator's dashboard and the leaderboard.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"creatorTabs"_s);
    // The dashboard scrolls rather than widen the window (every section fits a small laptop screen).
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *dashboard = new QWidget(scroll);
    auto *dashboardLayout = new QVBoxLayout(dashboard);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("Choose a creator."), dashboard);
    m_title->setObjectName(u"creatorTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_range = new QComboBox(dashboard);
    m_range->setObjectName(u"creatorRange"_s);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    header->addWidget(m_title, 1);
    header->addWidget(m_range);
    dashboardLayout->addLayout(header);
    auto *charts = new QHBoxLayout;
    m_followersChart = new ChartWidget(dashboard);
    m_followersChart->setObjectName(u"creatorFollowersChart"_s);
    m_engagementChart = new ChartWidget(dashboard);
    m_engagementChart->setObjectName(u"creatorEngagementChart"_s);
    charts->addWidget(m_followersChart, 1);
    charts->addWidget(m_engagementChart, 1);
    dashboardLayout->addLayout(charts, 3);
    dashboardLayout->addWidget(new QLabel(tr("Top videos and posts across platforms"), dashboard));
    m_topView = tableView(m_topModel, u"creatorTopItems"_s, dashboard);
    dashboardLayout->addWidget(m_topView, 2);
    scroll->setWidget(dashboard);
    m_tabs->addTab(scroll, tr("Dashboard"));

    auto *board = new QWidget(m_tabs);
    auto *boardLayout = new QVBoxLayout(board);
    auto *boardForm = new QFormLayout;
    m_by = new QComboBox(board);
    m_by->setObjectName(u"leaderboardBy"_s);
    m_by->addItem(tr("Follower growth"), int(LeaderboardBy::Growth));
    m_by->addItem(tr("Engagement gained"), int(LeaderboardBy::Engagement));
    m_period = new QComboBox(board);
    m_period->setObjectName(u"leaderboardPeriod"_s);
    m_period->addItem(tr("7 days"), 7);
    m_period->addItem(tr("30 days"), 30);
    m_period->addItem(tr("90 days"), 90);
    m_period->setCurrentIndex(1);
    boardForm->addRow(tr("Rank by"), m_by);
    boardForm->addRow(tr("Over"), m_period);
    boardLayout->addLayout(boardForm);
    m_leaderboardView = tableView(m_leaderboardModel, u"leaderboardView"_s, board);
    boardLayout->addWidget(m_leaderboardView, 1);
    m_tabs->addTab(board, tr("Leaderboard"));

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &CreatorsPage::addCreator);
    connect(m_name, &QLineEdit::returnPressed, this, &CreatorsPage::addCreator);
    connect(m_rename, &QPushButton::clicked, this, &CreatorsPage::renameCreator);
    connect(m_remove, &QPushButton::clicked, this, &CreatorsPage::removeCreator);
    connect(m_link, &QPushButton::clicked, this, &CreatorsPage::linkAccount);
    connect(m_unlink, &QPushButton::clicked, this, &CreatorsPage::unlinkAccount);
    connect(m_name, &QLineEdit::textChanged, this, &CreatorsPage::updateButtons);
    connect(m_creatorsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreatorsPage::creatorSelected);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreatorsPage::updateButtons);
    connect(m_range, &QComboBox::currentIndexChanged, this, &CreatorsPage::readDashboard);
    connect(m_by, &QComboBox::currentIndexChanged, this, &CreatorsPage::readLeaderboard);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CreatorsPage::readLeaderboard);
    updateButtons();
}

CreatorsPage::~CreatorsPage() = default;

void CreatorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read again each time the section is shown: accounts may have been added and scraped meanwhile.
    if (!event->spontaneous())
        reload();
}

void CreatorsPage::reload()
{
    readCreators(currentCreatorId());
    readAccounts();
    readLeaderboard();
}

QString CreatorsPage::currentCreatorId() const
{
    const QModelIndexList rows = m_creatorsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CreatorsModel::IdRole).toString();
}

void CreatorsPage::selectCreator(const QString &id)
{
    const int row = m_creatorsModel->rowOf(id);
    if (row < 0)
        m_creatorsView->clearSelection();
    else
        m_creatorsView->selectRow(row);
    creatorSelected();
}

QString CreatorsPage::message() const
{
    return m_message->text();
}

void CreatorsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b3261e; }"_s : QString());
}

void CreatorsPage::readCreators(const QString &select)
{
    ++m_pending;
    whenReady(m_creators->list(), this, [this, select](const Result<QList<Creator>> &result) {
        --m_pending;
        if (!result.ok()) {
            setMessage(result.error().message, true);
            return;
        }
        m_creatorsModel->setCreators(result.value());
        m_creatorsView->resizeColumnsToContents();
        selectCreator(select.isEmpty() && !result->isEmpty() ? result->first().id : select);
    });
}

void CreatorsPage::readAccounts()
{
    ++m_pending;
    whenReady(m_creators->accounts(), this, [this](const Result<QList<CreatorAccount>> &result) {
        --m_pending;
        if (!result.ok()) {
            setMessage(result.error().message, true);
            return;
        }
        const QString chosen = m_accountChoice->currentData().toString();
        m_accountChoice->clear();
        for (const CreatorAccount &a : result.value()) {
            const QString platform = a.platform == u"tiktok" ? tr("TikTok") : tr("Instagram");
            m_accountChoice->addItem(tr("@%1 (%2)").arg(a.username, platform), a.profileTaskId);
        }
        if (const int index = m_accountChoice->findData(chosen); index >= 0)
            m_accountChoice->setCurrentIndex(index);
        updateButtons();
    });
}

void CreatorsPage::readLeaderboard()
{
    ++m_pending;
    const auto by = LeaderboardBy(m_by->currentData().toInt());
    const int days = m_period->currentData().toInt();
    whenReady(m_creators->leaderboard(by, days, QDateTime::currentDateTimeUtc()), this,
              [this](const Result<QList<LeaderboardRow>> &result) {
                  --m_pending;
                  if (!result.ok()) {
                      setMessage(result.error().message, true);
                      return;
                  }
                  m_leaderboardModel->setRows(result.value());
              });
}

void CreatorsPage::readDashboard()
{
    const QString id = currentCreatorId();
    m_dashboardFor = id;
    if (id.isEmpty()) {
        m_title->setText(m_creatorsModel->rowCount() ? tr("Choose a creator.")
                                                     : tr("No creators yet: name one and choose Add."));
        m_followersChart->setChart(creatorFollowersChart({}));
        m_engagementChart->setChart(creatorEngagementChart({}));
        m_topModel->setItems({});
        return;
    }
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-(m_range->currentData().toInt() - 1));
    ++m_pending;
    whenReady(m_creators->rollup(id, from, to), this, [this, id](const Result<CreatorRollup> &result) {
        --m_pending;
        if (id != m_dashboardFor)
            return; // another creator was chosen meanwhile
        if (!result.ok()) {
            setMessage(result.error().message, true);
            return;
        }
        showRollup(result.value());
    });
}

void CreatorsPage::showRollup(const CreatorRollup &rollup)
{
    const QString followers = rollup.followers ? QLocale().toString(*rollup.followers) : tr("no follower count yet");
    m_title->setText(tr("%1: %2 followers over %n account(s)", nullptr, int(rollup.creator.accounts.size()))
                         .arg(rollup.creator.name, followers));
    m_followersChart->setChart(creatorFollowersChart(rollup.followersOverTime));
    m_engagementChart->setChart(creatorEngagementChart(rollup.engagementOverTime));
    m_topModel->setItems(rollup.topItems);
    m_topView->resizeColumnsToContents();
}

void CreatorsPage::creatorSelected()
{
    const int row = m_creatorsModel->rowOf(currentCreatorId());
    m_accountsModel->setAccounts(row >= 0 ? m_creatorsModel->creators().at(row).accounts : QList<CreatorAccount>());
    m_accountsView->resizeColumnsToContents();
    if (row >= 0 && m_name->text().isEmpty())
        m_name->setPlaceholderText(m_creatorsModel->creators().at(row).name);
    updateButtons();
    readDashboard();
}

void CreatorsPage::updateButtons()
{
    const bool creator = !currentCreatorId().isEmpty();
    const bool named = !m_name->text().trimmed().isEmpty();
    m_add->setEnabled(named);
    m_rename->setEnabled(creator && named);
    m_remove->setEnabled(creator);
    m_link->setEnabled(creator && m_accountChoice->count() > 0);
    m_unlink->setEnabled(creator && m_accountsView->selectionModel()->hasSelection());
}

void CreatorsPage::written(const Result<Creator> &result, const QString &done)
{
    if (!result.ok()) {
        setMessage(result.error().message, true);
        return;
    }
    setMessage(done, false);
    readCreators(result->id);
    readLeaderboard();
    emit creatorsChanged();
}

void CreatorsPage::addCreator()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        setMessage(tr("Name the creator first."), true);
        return;
    }
    ++m_pending;
    whenReady(m_creators->add(name), this, [this](const Result<Creator> &result) {
        --m_pending;
        if (result.ok())
            m_name->clear();
        written(result, result.ok() ? tr("Created creator \"%1\".").arg(result->name) : QString());
    });
}

void CreatorsPage::renameCreator()
{
    const QString id = currentCreatorId();
    const QString name = m_name->text().simplified();
    if (id.isEmpty() || name.isEmpty())
        return;
    ++m_pending;
    whenReady(m_creators->rename(id, name), this, [this](const Result<Creator> &result) {
        --m_pending;
        if (result.ok())
            m_name->clear();
        written(result, result.ok() ? tr("Renamed the creator to \"%1\".").arg(result->name) : QString());
    });
}

void CreatorsPage::removeCreator()
{
    const int row = m_creatorsModel->rowOf(currentCreatorId());
    if (row < 0)
        return;
    const Creator creator = m_creatorsModel->creators().at(row);
    if (!MessageBox::confirm(this, tr("Remove Creator"),
                             tr("Remove the creator \"%1\"? Its %n account(s) stay tracked with their history.",
                                nullptr, int(creator.accounts.size()))
                                 .arg(creator.name),
                             tr("Remove")))
        return;
    ++m_pending;
    whenReady(m_creators->remove(creator.id), this, [this](const Result<Creator> &result) {
        --m_pending;
        if (!result.ok()) {
            setMessage(result.error().message, true);
            return;
        }
        setMessage(tr("Removed creator \"%1\"; its accounts stay tracked.").arg(result->name), false);
        readCreators();
        readLeaderboard();
        emit creatorsChanged();
    });
}

void CreatorsPage::linkAccount()
{
    const QString id = currentCreatorId();
    const QString task = m_accountChoice->currentData().toString();
    if (id.isEmpty() || task.isEmpty())
        return;
    ++m_pending;
    whenReady(m_creators->link(id, task), this, [this](const Result<Creator> &result) {
        --m_pending;
        written(result, result.ok() ? tr("Linked the account to \"%1\".").arg(result->name) : QString());
    });
}

void CreatorsPage::unlinkAccount()
{
    const QString id = currentCreatorId();
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    if (id.isEmpty() || rows.isEmpty())
        return;
    const QString task = rows.first().data(CreatorAccountsModel::IdRole).toString();
    ++m_pending;
    whenReady(m_creators->unlink(id, task), this, [this](const Result<Creator> &result) {
        --m_pending;
        written(result,
                result.ok() ? tr("Unlinked the account from \"%1\"; it stays tracked.").arg(result->name) : QString());
    });
}

} // namespace reelpulse
