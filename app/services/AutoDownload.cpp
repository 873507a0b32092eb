#include "services/AutoDownload.h"

#include "services/DownloadService.h"
#include "services/PostDownload.h"
#include "services/ScrapeReport.h"
#include "storage/AutoDownloadStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAutoDownload, "reelpulse.downloads.auto")

namespace reelpulse {

AutoDownload::AutoDownload(Database &database, QString dataDir)
    : m_database(database)
    , m_dataDir(std::move(dataDir))
{
}

Result<bool> AutoDownload::enabled(Database &database, const QString &profileTaskId)
{
    return AutoDownloadStore(database.connection()).enabled(profileTaskId);
}

Status AutoDownload::setEnabled(Database &database, const QString &profileTaskId, bool on)
{
    return AutoDownloadStore(database.connection()).setEnabled(profileTaskId, on);
}

Result<bool> AutoDownload::parseSwitch(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"on" || t == u"true" || t == u"yes" || t == u"1")
        return true;
    if (t == u"off" || t == u"false" || t == u"no" || t == u"0")
        return false;
    return Error::invalid(u"auto-download"_s,
                          QCoreApplication::translate("reelpulse::AutoDownload", "--auto-download takes on or off."));
}

void AutoDownload::before(const TaskRef &task)
{
    m_on = false;
    m_known.clear();
    if (task.kind != TaskKind::Profile)
        return;
    AutoDownloadStore store(m_database.connection());
    auto on = store.enabled(task.id);
    if (!on.ok() || !on.value())
        return;
    auto posts = store.posts(task.id);
    if (!posts.ok()) {
        qCWarning(lcAutoDownload) << "cannot read the posts of a profile task:" << posts.error().message;
        return;
    }
    m_on = true;
    for (const AutoDownloadStore::Post &post : posts.value())
        m_known.insert(post.row);
}

int AutoDownload::after(const TaskRef &task, ScrapeReport &report)
{
    if (!m_on || !report.ok())
        return 0;
    auto posts = AutoDownloadStore(m_database.connection()).posts(task.id);
    if (!posts.ok()) {
        qCWarning(lcAutoDownload) << "cannot read the posts of a profile task:" << posts.error().message;
        return 0;
    }
    DownloadService::Options options;
    options.dataDir = m_dataDir;
    DownloadService service(m_database, options);
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int queued = 0;
    for (const AutoDownloadStore::Post &post : posts.value()) {
        if (m_known.contains(post.row))
            continue;
        const auto kind = post.kind == u"reel" ? MediaKind::Reel : MediaKind::Unknown;
        std::optional<DownloadRequest> request =
            downloadRequestFor(post.platform == u"tiktok" ? Platform::TikTok : Platform::Instagram, post.platformId,
                               post.shortcode, kind, post.owner);
        if (!request)
            continue;
        request->batchId = batchId;
        auto job = service.enqueue(*request);
        if (!job.ok()) {
            qCWarning(lcAutoDownload).noquote() << "cannot queue" << request->target << ":" << job.error().message;
            continue;
        }
        if (!job->alreadyDownloaded)
            ++queued;
    }
    if (queued > 0) {
        report.notes.append(QCoreApplication::translate("reelpulse::AutoDownload",
                                                        "%n new post(s) queued for download.", nullptr, queued));
        qCInfo(lcAutoDownload) << queued << "new posts queued for download";
    }
    return queued;
}

} // namespace reelpulse
