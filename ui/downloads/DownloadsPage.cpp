#include "downloads/DownloadsPage.h"

#include "DownloadsModel.h"
#include "MessageBox.h"
#include "downloads/AddDownloadDialog.h"
#include "downloads/ProgressDelegate.h"
#include "services/DownloadQueue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

DownloadsPage::UrlOpener &opener()
{
    static DownloadsPage::UrlOpener open = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return open;
}

} // namespace

void DownloadsPage::setUrlOpener(UrlOpener open)
{
    opener() = open ? std::move(open) : [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
}

DownloadsPage::DownloadsPage(DownloadQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new DownloadsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_toolbar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_noticeResume(new QPushButton(tr("Resume downloads"), this))
    , m_totals(new QLabel(this))
{
    setObjectName(u"downloadsPage"_s);
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DownloadsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(u"downloadsTable"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(DownloadsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DownloadsModel::AddedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DownloadsModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(DownloadsModel::TypeColumn, 90);
    m_view->setColumnWidth(DownloadsModel::OwnerColumn, 110);
    m_view->setColumnWidth(DownloadsModel::SizeColumn, 80);
    m_view->setColumnWidth(DownloadsModel::ProgressColumn, 150);
    m_view->setColumnWidth(DownloadsModel::SpeedColumn, 90);
    m_view->setColumnWidth(DownloadsModel::EtaColumn, 80);
    m_view->setColumnWidth(DownloadsModel::StatusColumn, 170);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->setColumnWidth(DownloadsModel::AddedColumn, 160);

    const QStyle *s = style();
    m_add = m_toolbar->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add…"));
    m_add->setObjectName(u"addDownload"_s);
    m_add->setToolTip(tr("Add posts, reels or TikTok videos to download (Ctrl+V pastes URLs)"));
    m_toolbar->addSeparator();
    m_pause = m_toolbar->addAction(s->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pause->setObjectName(u"pauseDownload"_s);
    m_resume = m_toolbar->addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Resume"));
    m_resume->setObjectName(u"resumeDownload"_s);
    m_cancel = m_toolbar->addAction(s->standardIcon(QStyle::SP_MediaStop), tr("Cancel"));
    m_retry = m_toolbar->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Retry"));
    m_toolbar->addSeparator();
    m_openFile = m_toolbar->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("Open file"));
    m_showInFolder = m_toolbar->addAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Show in folder"));
    m_showInFolder->setObjectName(u"showInFolder"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyUrl = new QAction(tr("Copy source URL"), this);
    m_removeFromList = new QAction(tr("Remove from list"), this);
    m_removeWithFiles = new QAction(tr("Remove and delete files…"), this);

    m_filter->setObjectName(u"downloadsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter downloads"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_filter);

    m_notice->setObjectName(u"downloadsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a4b00; padding: 6px; border-radius: 3px; }"_s);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_noticeResume);
    m_notice->hide();
    m_noticeResume->hide();

    m_totals->setObjectName(u"downloadsTotals"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->addWidget(m_toolbar);
    layout->addLayout(noticeRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    connect(&m_queue, &DownloadQueue::listChanged, m_model, &DownloadsModel::setEntries);
    connect(&m_queue, &DownloadQueue::progress, m_model, &DownloadsModel::applyProgress);
    connect(&m_queue, &DownloadQueue::notice, this, [this](const QString &text) {
        m_notice->setText(text);
        m_notice->show();
        m_noticeResume->hide();
    });
    connect(&m_queue, &DownloadQueue::lowDiskSpace, this, [this](const QString &text) {
        m_notice->setText(text);
        m_notice->show();
        m_noticeResume->show();
    });
    connect(&m_queue, &DownloadQueue::addFailed, this, [this](const QString &target, const QString &message) {
        m_notice->setText(tr("Not added: %1 — %2").arg(target, message));
        m_notice->show();
        m_noticeResume->hide();
    });
    connect(&m_queue, &DownloadQueue::alreadyDownloaded, this, [this](const QString &target, const QString &jobId) {
        m_notice->setText(tr("%1 is already downloaded.").arg(target));
        m_notice->show();
        m_noticeResume->hide();
        selectJob(jobId);
    });
    connect(&m_queue, &DownloadQueue::batchFinished, this, [this](const QString &, int completed, int failed) {
        m_notice->setText(tr("Batch finished: %n downloaded", nullptr, completed) +
                          (failed > 0 ? tr(", %n failed", nullptr, failed) : QString()));
        m_notice->show();
        m_noticeResume->hide();
    });
    connect(m_noticeResume, &QPushButton::clicked, this, [this] {
        m_queue.resumeQueue();
        m_notice->hide();
        m_noticeResume->hide();
    });
    connect(m_model, &DownloadsModel::totalsChanged, this, &DownloadsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DownloadsPage::updateActions);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsPage::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { m_openFile->trigger(); });

    connect(m_add, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_pause, &QAction::triggered, this, [this] { m_queue.pause(selectedJob()); });
    connect(m_resume, &QAction::triggered, this, [this] { m_queue.resume(selectedJob()); });
    connect(m_cancel, &QAction::triggered, this, [this] { m_queue.cancel(selectedJob()); });
    connect(m_retry, &QAction::triggered, this, [this] { m_queue.retry(selectedJob()); });
    connect(m_openFile, &QAction::triggered, this, [this] {
        const QStringList paths = selectedSource().data(DownloadsModel::PathsRole).toStringList();
        if (!paths.isEmpty())
            opener()(QUrl::fromLocalFile(paths.first()));
    });
    connect(m_showInFolder, &QAction::triggered, this, [this] {
        const QModelIndex index = selectedSource();
        if (index.isValid())
            opener()(QUrl::fromLocalFile(index.data(DownloadsModel::FolderRole).toString()));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(selectedSource().data(DownloadsModel::SourceUrlRole).toString());
    });
    connect(m_removeFromList, &QAction::triggered, this, [this] { removeSelected(false); });
    connect(m_removeWithFiles, &QAction::triggered, this, [this] { removeSelected(true); });

    auto *paste = new QShortcut(QKeySequence::Paste, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, [this] {
        const QStringList urls = AddDownloadDialog::urlsIn(QApplication::clipboard()->text());
        if (!urls.isEmpty())
            openAddDialog(urls);
    });
    updateActions();
    updateTotals();
}

DownloadsPage::~DownloadsPage() = default;

QModelIndex DownloadsPage::selectedSource() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.first());
}

QString DownloadsPage::selectedJob() const
{
    return selectedSource().data(DownloadsModel::JobIdRole).toString();
}

void DownloadsPage::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int DownloadsPage::addUrls(const QString &text)
{
    const QStringList urls = AddDownloadDialog::urlsIn(text);
    const QString batch = urls.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    for (const QString &url : urls) {
        DownloadRequest r;
        r.kind = AddDownloadDialog::kindOf(url);
        r.target = url;
        r.batchId = batch;
        m_queue.add(r);
    }
    return static_cast<int>(urls.size());
}

void DownloadsPage::openAddDialog(const QStringList &urls)
{
    AddDownloadDialog dialog(m_queue.defaultFolder(), this);
    dialog.setUrls(urls);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<DownloadRequest> requests = dialog.requests();
    for (const DownloadRequest &r : requests)
        m_queue.add(r);
}

void DownloadsPage::updateActions()
{
    const QModelIndex index = selectedSource();
    const QString status = index.data(DownloadsModel::StatusRole).toString();
    const bool any = index.isValid();
    const bool hasFiles = !index.data(DownloadsModel::PathsRole).toStringList().isEmpty();
    m_pause->setEnabled(status == u"pending" || status == u"processing");
    m_resume->setEnabled(status == u"paused");
    m_cancel->setEnabled(status == u"pending" || status == u"processing" || status == u"paused");
    m_retry->setEnabled(status == u"failed");
    m_openFile->setEnabled(hasFiles);
    m_showInFolder->setEnabled(any);
    m_copyUrl->setEnabled(any);
    m_removeFromList->setEnabled(any);
    m_removeWithFiles->setEnabled(any);
}

void DownloadsPage::updateTotals()
{
    const DownloadsModel::Totals t = m_model->totals();
    QString text = tr("%n download(s)", nullptr, t.jobs);
    text += tr(" · %1 running · %2 completed").arg(t.running).arg(t.completed);
    if (t.failed > 0)
        text += tr(" · %1 failed").arg(t.failed);
    text += tr(" · %1 on disk").arg(DownloadsModel::displayBytes(t.bytes));
    if (t.speed > 0)
        text += tr(" · %1/s").arg(DownloadsModel::displayBytes(qint64(t.speed)));
    m_totals->setText(text);
}

void DownloadsPage::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_pause);
    menu.addAction(m_resume);
    menu.addAction(m_cancel);
    menu.addAction(m_retry);
    menu.addSeparator();
    menu.addAction(m_openFile);
    menu.addAction(m_showInFolder);
    menu.addAction(m_copyUrl);
    menu.addSeparator();
    menu.addAction(m_removeFromList);
    menu.addAction(m_removeWithFiles);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DownloadsPage::removeSelected(bool deleteFiles)
{
    const QString id = selectedJob();
    if (id.isEmpty())
        return;
    if (deleteFiles &&
        !MessageBox::confirm(this, tr("Delete files"),
                             tr("Remove this download from the list and delete its files from your disk?"),
                             tr("Delete files")))
        return;
    m_queue.remove(id, deleteFiles);
}

void DownloadsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void DownloadsPage::dropEvent(QDropEvent *event)
{
    QString text;
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                QFile file(url.toLocalFile()); // a batch file: one URL per line (or url,type)
                if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
                    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
                        text += line.section(u',', 0, 0) + u'\n';
            } else {
                text += url.toString() + u'\n';
            }
        }
    } else {
        text = mime->text();
    }
    if (addUrls(text) > 0)
        event->acceptProposedAction();
}

} // namespace reelpulse
