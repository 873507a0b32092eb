#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace reelpulse {

class ChartWidget;
class CreatorAccountsModel;
class CreatorQueries;
class CreatorsModel;
class CreatorTopItemsModel;
class LeaderboardModel;
class QueryService;
struct Creator;
struct CreatorRollup;

/// The Creators section: the creators with their accounts (Instagram and TikTok profile tasks), made, renamed and
/// removed here (removal asks first and never touches the accounts), accounts linked and unlinked; a creator's
/// dashboard (total followers over time summed over its accounts, its engagement, its top videos across platforms)
/// and the leaderboard of creators by growth or engagement. Everything is read and written through the creator
/// service on the query service's thread.
class CreatorsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreatorsPage(QueryService &queries, QWidget *parent = nullptr);
    ~CreatorsPage() override;

    /// Reads the creators, the accounts that can be linked and the leaderboard again.
    void reload();
    /// Selects a creator (its dashboard is read).
    void selectCreator(const QString &id);
    QString currentCreatorId() const;
    /// No read or write is on its way.
    bool isIdle() const { return m_pending == 0; }

    /// The actions of the buttons, for the window and tests.
    void addCreator();
    void renameCreator();
    void removeCreator();
    void linkAccount();
    void unlinkAccount();

    CreatorsModel *creatorsModel() const { return m_creatorsModel; }
    CreatorAccountsModel *accountsModel() const { return m_accountsModel; }
    CreatorTopItemsModel *topItemsModel() const { return m_topModel; }
    LeaderboardModel *leaderboardModel() const { return m_leaderboardModel; }
    ChartWidget *followersChart() const { return m_followersChart; }
    ChartWidget *engagementChart() const { return m_engagementChart; }
    QTableView *creatorsView() const { return m_creatorsView; }
    QTableView *accountsView() const { return m_accountsView; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *accountChoice() const { return m_accountChoice; }
    QComboBox *leaderboardBy() const { return m_by; }
    QComboBox *leaderboardPeriod() const { return m_period; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The last message shown (an error, or what was done).
    QString message() const;

signals:
    /// Creators or links changed (another view may show them).
    void creatorsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readCreators(const QString &select = {});
    void readAccounts();
    void readLeaderboard();
    void readDashboard();
    void creatorSelected();
    void showRollup(const CreatorRollup &rollup);
    /// Handles the answer of a write: the error, or the creators read again with `select` selected.
    void written(const Result<Creator> &result, const QString &done);
    void setMessage(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<CreatorQueries> m_creators;
    int m_pending = 0;
    QString m_dashboardFor; ///< the creator the dashboard shows
    CreatorsModel *m_creatorsModel = nullptr;
    CreatorAccountsModel *m_accountsModel = nullptr;
    CreatorTopItemsModel *m_topModel = nullptr;
    LeaderboardModel *m_leaderboardModel = nullptr;
    QTableView *m_creatorsView = nullptr;
    QTableView *m_accountsView = nullptr;
    QTableView *m_topView = nullptr;
    QTableView *m_leaderboardView = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_accountChoice = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_range = nullptr;
    ChartWidget *m_followersChart = nullptr;
    ChartWidget *m_engagementChart = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_period = nullptr;
};

} // namespace reelpulse
