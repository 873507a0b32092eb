#include "downloads/PostDownloads.h"

#include "services/DownloadQueue.h"
#include "services/PostDownload.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::postdownloads {

int queue(QWidget *from, const QList<StoredItem> &posts)
{
    if (!from)
        return 0;
    QWidget *window = from->window();
    auto *downloads = window->findChild<DownloadQueue *>();
    auto *main = qobject_cast<QMainWindow *>(window);
    QString message;
    int queued = 0;
    QString last;
    if (downloads) {
        for (const StoredItem &post : posts) {
            const std::optional<DownloadRequest> request = downloadRequestFor(post);
            if (!request)
                continue;
            downloads->add(*request);
            last = post.shortcode.isEmpty() ? post.platformId : post.shortcode;
            if (!post.ownerUsername.isEmpty())
                last = u"@"_s + post.ownerUsername + u' ' + last;
            ++queued;
        }
        if (queued == 1)
            message = QCoreApplication::translate("reelpulse::PostDownloads", "Queued %1 for download (see Downloads).")
                          .arg(last);
        else if (queued > 1)
            message = QCoreApplication::translate("reelpulse::PostDownloads",
                                                  "Queued %n post(s) for download (see Downloads).", nullptr, queued);
        else
            message = QCoreApplication::translate("reelpulse::PostDownloads",
                                                  "This post cannot be downloaded: it has no address.");
    } else {
        message =
            QCoreApplication::translate("reelpulse::PostDownloads", "Downloads are not available in this window.");
    }
    if (main)
        main->statusBar()->showMessage(message, 8000);
    return queued;
}

} // namespace reelpulse::postdownloads
