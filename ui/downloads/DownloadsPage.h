#pragma once

#include <QUrl>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace reelpulse {

class DownloadQueue;
class DownloadsModel;

/// The Downloads section: a transfer list (name, type, owner, size, progress bar, speed, ETA, status, added)
/// with sorting and a filter; Add (a dialog), Pause, Resume, Cancel, Retry, Open file, Show in folder;
/// a context menu with the same and Copy source URL, Remove from list, Remove and delete files; Ctrl+V
/// pastes URLs and dropping URLs or a text file of URLs adds them; totals below the list.
class DownloadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPage)

public:
    explicit DownloadsPage(DownloadQueue &queue, QWidget *parent = nullptr);
    ~DownloadsPage() override;

    /// Where "Open file" and "Show in folder" go (tests replace QDesktopServices::openUrl).
    using UrlOpener = std::function<bool(const QUrl &)>;
    static void setUrlOpener(UrlOpener opener);

    DownloadsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *showInFolderAction() const { return m_showInFolder; }
    QLabel *totalsLabel() const { return m_totals; }

    /// Adds the URLs in text (one per line) with the default options; how many.
    int addUrls(const QString &text);
    /// The job id of the selected row (empty when none).
    QString selectedJob() const;
    /// Selects the row of a job.
    void selectJob(const QString &jobId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openAddDialog(const QStringList &urls = {});
    void updateActions();
    void updateTotals();
    void showContextMenu(const QPoint &pos);
    void removeSelected(bool deleteFiles);
    QModelIndex selectedSource() const;

    DownloadQueue &m_queue;
    DownloadsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    QLabel *m_notice;
    QPushButton *m_noticeResume;
    QLabel *m_totals;
    QAction *m_add;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_openFile;
    QAction *m_showInFolder;
    QAction *m_copyUrl;
    QAction *m_removeFromList;
    QAction *m_removeWithFiles;
};

} // namespace reelpulse
