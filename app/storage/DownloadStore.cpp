#include "storage/DownloadStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString JobColumns =
    u"id, kind, platform, target, source_url, quality, download_type, audio_format, zip, metadata, force, folder,"
    " name_template, status, owner, title, bytes_total, bytes_done, attempts, error_code, error_message,"
    " error_details, batch_id, listed, created_at, started_at, completed_at, failed_at"_s;

const QString FileColumns = u"id, job_id, media_id, variant, position, kind, source_url, path, mime_type, width,"
                            " height, size, status, completed_at"_s;

QString doing(const char *text)
{
    return QCoreApplication::translate("reelpulse::DownloadStore", text);
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant intOrNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

DownloadJobRecord jobFrom(const QSqlQuery &q)
{
    DownloadJobRecord j;
    int c = 0;
    j.id = q.value(c++).toString();
    j.kind = q.value(c++).toString();
    j.platform = q.value(c++).toString();
    j.target = q.value(c++).toString();
    j.sourceUrl = q.value(c++).toString();
    j.quality = q.value(c++).toString();
    j.downloadType = q.value(c++).toString();
    j.audioFormat = q.value(c++).toString();
    j.zip = q.value(c++).toBool();
    j.metadata = q.value(c++).toBool();
    j.force = q.value(c++).toBool();
    j.folder = q.value(c++).toString();
    j.nameTemplate = q.value(c++).toString();
    j.status = q.value(c++).toString();
    j.owner = q.value(c++).toString();
    j.title = q.value(c++).toString();
    j.bytesTotal = optionalInt(q.value(c++));
    j.bytesDone = q.value(c++).toLongLong();
    j.attempts = q.value(c++).toInt();
    j.errorCode = q.value(c++).toString();
    j.errorMessage = q.value(c++).toString();
    j.errorDetails = q.value(c++).toString();
    j.batchId = q.value(c++).toString();
    j.listed = q.value(c++).toBool();
    j.createdAt = sql::time(q.value(c++));
    j.startedAt = sql::optionalTime(q.value(c++));
    j.completedAt = sql::optionalTime(q.value(c++));
    j.failedAt = sql::optionalTime(q.value(c++));
    return j;
}

DownloadFileRecord fileFrom(const QSqlQuery &q)
{
    DownloadFileRecord f;
    int c = 0;
    f.id = q.value(c++).toLongLong();
    f.jobId = q.value(c++).toString();
    f.mediaId = q.value(c++).toString();
    f.variant = q.value(c++).toString();
    f.position = q.value(c++).toInt();
    f.kind = q.value(c++).toString();
    f.sourceUrl = q.value(c++).toString();
    f.path = q.value(c++).toString();
    f.mimeType = q.value(c++).toString();
    f.width = q.value(c++).toInt();
    f.height = q.value(c++).toInt();
    f.size = optionalInt(q.value(c++));
    f.status = q.value(c++).toString();
    f.completedAt = sql::optionalTime(q.value(c++));
    return f;
}

void bindJob(QSqlQuery &q, const DownloadJobRecord &j)
{
    q.addBindValue(j.id);
    q.addBindValue(j.kind);
    q.addBindValue(j.platform);
    q.addBindValue(j.target);
    q.addBindValue(j.sourceUrl);
    q.addBindValue(j.quality);
    q.addBindValue(j.downloadType);
    q.addBindValue(j.audioFormat);
    q.addBindValue(j.zip ? 1 : 0);
    q.addBindValue(j.metadata ? 1 : 0);
    q.addBindValue(j.force ? 1 : 0);
    q.addBindValue(j.folder);
    q.addBindValue(j.nameTemplate);
    q.addBindValue(j.status);
    q.addBindValue(sql::textOrNull(j.owner));
    q.addBindValue(sql::textOrNull(j.title));
    q.addBindValue(intOrNull(j.bytesTotal));
    q.addBindValue(j.bytesDone);
    q.addBindValue(j.attempts);
    q.addBindValue(sql::textOrNull(j.errorCode));
    q.addBindValue(sql::textOrNull(j.errorMessage));
    q.addBindValue(sql::textOrNull(j.errorDetails));
    q.addBindValue(sql::textOrNull(j.batchId));
    q.addBindValue(j.listed ? 1 : 0);
    q.addBindValue(sql::epoch(j.createdAt));
    q.addBindValue(sql::epochOrNull(j.startedAt));
    q.addBindValue(sql::epochOrNull(j.completedAt));
    q.addBindValue(sql::epochOrNull(j.failedAt));
}

} // namespace

DownloadStore::DownloadStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status DownloadStore::insertJob(const DownloadJobRecord &job)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO download_jobs ("_s + JobColumns +
              u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindJob(q, job);
    return sql::exec(q, doing("adding a download"));
}

Status DownloadStore::updateJob(const DownloadJobRecord &job)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_jobs SET id = ?, kind = ?, platform = ?, target = ?, source_url = ?, quality = ?,"
              " download_type = ?, audio_format = ?, zip = ?, metadata = ?, force = ?, folder = ?, name_template = ?,"
              " status = ?, owner = ?, title = ?, bytes_total = ?, bytes_done = ?, attempts = ?, error_code = ?,"
              " error_message = ?, error_details = ?, batch_id = ?, listed = ?, created_at = ?, started_at = ?,"
              " completed_at = ?, failed_at = ? WHERE id = ?"_s);
    bindJob(q, job);
    q.addBindValue(job.id);
    return sql::exec(q, doing("saving a download"));
}

Result<DownloadJobRecord> DownloadStore::job(const QString &idOrPrefix)
{
    auto id = sql::resolveId(m_db, u"download_jobs"_s, idOrPrefix, doing("download job"));
    if (!id.ok())
        return id.error();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + JobColumns + u" FROM download_jobs WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (auto s = sql::exec(q, doing("reading a download")); !s.ok())
        return s.error();
    if (!q.next())
        return Error::notFound(doing("No such download job."));
    return jobFrom(q);
}

Result<QList<DownloadJobRecord>> DownloadStore::jobs()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + JobColumns +
              u" FROM download_jobs WHERE listed = 1 ORDER BY created_at DESC, rowid DESC"_s);
    if (auto s = sql::exec(q, doing("listing downloads")); !s.ok())
        return s.error();
    QList<DownloadJobRecord> out;
    while (q.next())
        out.append(jobFrom(q));
    return out;
}

Result<QList<DownloadJobRecord>> DownloadStore::runnableJobs()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + JobColumns +
              u" FROM download_jobs WHERE status IN ('pending', 'processing') ORDER BY created_at, rowid"_s);
    if (auto s = sql::exec(q, doing("listing downloads")); !s.ok())
        return s.error();
    QList<DownloadJobRecord> out;
    while (q.next())
        out.append(jobFrom(q));
    return out;
}

Status DownloadStore::setStatus(const QString &id, const QString &status)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_jobs SET status = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(id);
    return sql::exec(q, doing("changing a download"));
}

Status DownloadStore::setProgress(const QString &id, qint64 bytesDone, std::optional<qint64> bytesTotal)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_jobs SET bytes_done = ?, bytes_total = ? WHERE id = ?"_s);
    q.addBindValue(bytesDone);
    q.addBindValue(intOrNull(bytesTotal));
    q.addBindValue(id);
    return sql::exec(q, doing("saving a download's progress"));
}

Status DownloadStore::unlist(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_jobs SET listed = 0 WHERE id = ?"_s);
    q.addBindValue(id);
    return sql::exec(q, doing("removing a download from the list"));
}

Status DownloadStore::removeJob(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM download_jobs WHERE id = ?"_s);
    q.addBindValue(id);
    return sql::exec(q, doing("deleting a download"));
}

Result<int> DownloadStore::unlistFinishedBefore(const QDateTime &before)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_jobs SET listed = 0 WHERE listed = 1 AND status IN ('completed', 'cancelled')"
              " AND coalesce(completed_at, created_at) < ?"_s);
    q.addBindValue(sql::epoch(before));
    if (auto s = sql::exec(q, doing("tidying the download list")); !s.ok())
        return s.error();
    return q.numRowsAffected();
}

Result<QList<DownloadFileRecord>> DownloadStore::files(const QString &jobId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + FileColumns + u" FROM download_files WHERE job_id = ? ORDER BY position, id"_s);
    q.addBindValue(jobId);
    if (auto s = sql::exec(q, doing("listing a download's files")); !s.ok())
        return s.error();
    QList<DownloadFileRecord> out;
    while (q.next())
        out.append(fileFrom(q));
    return out;
}

Result<qint64> DownloadStore::upsertFile(const DownloadFileRecord &f)
{
    QSqlQuery find(m_db);
    find.prepare(u"SELECT id FROM download_files WHERE job_id = ? AND path = ?"_s);
    find.addBindValue(f.jobId);
    find.addBindValue(f.path);
    if (auto s = sql::exec(find, doing("reading a download's files")); !s.ok())
        return s.error();
    QSqlQuery q(m_db);
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        q.prepare(u"UPDATE download_files SET media_id = ?, variant = ?, position = ?, kind = ?, source_url = ?,"
                  " mime_type = ?, width = ?, height = ? WHERE id = ?"_s);
        q.addBindValue(f.mediaId);
        q.addBindValue(f.variant);
        q.addBindValue(f.position);
        q.addBindValue(f.kind);
        q.addBindValue(f.sourceUrl);
        q.addBindValue(sql::textOrNull(f.mimeType));
        q.addBindValue(f.width);
        q.addBindValue(f.height);
        q.addBindValue(id);
        if (auto s = sql::exec(q, doing("saving a download's file")); !s.ok())
            return s.error();
        return id;
    }
    q.prepare(u"INSERT INTO download_files (job_id, media_id, variant, position, kind, source_url, path, mime_type,"
              " width, height, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"_s);
    q.addBindValue(f.jobId);
    q.addBindValue(f.mediaId);
    q.addBindValue(f.variant);
    q.addBindValue(f.position);
    q.addBindValue(f.kind);
    q.addBindValue(f.sourceUrl);
    q.addBindValue(f.path);
    q.addBindValue(sql::textOrNull(f.mimeType));
    q.addBindValue(f.width);
    q.addBindValue(f.height);
    if (auto s = sql::exec(q, doing("saving a download's file")); !s.ok())
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status DownloadStore::fileDone(qint64 fileId, qint64 size)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_files SET status = 'done', size = ?, completed_at = ? WHERE id = ?"_s);
    q.addBindValue(size);
    q.addBindValue(sql::epoch(QDateTime::currentDateTimeUtc()));
    q.addBindValue(fileId);
    return sql::exec(q, doing("saving a downloaded file"));
}

Status DownloadStore::setFileSize(qint64 fileId, qint64 size)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_files SET size = ? WHERE id = ? AND status <> 'done'"_s);
    q.addBindValue(size);
    q.addBindValue(fileId);
    return sql::exec(q, doing("saving a download's file"));
}

Result<std::optional<qint64>> DownloadStore::fileSize(qint64 fileId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT size FROM download_files WHERE id = ?"_s);
    q.addBindValue(fileId);
    if (auto s = sql::exec(q, doing("reading a download's files")); !s.ok())
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Status DownloadStore::fileDoneAt(qint64 fileId, qint64 size, const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_files SET status = 'done', size = ?, path = ?, completed_at = ? WHERE id = ?"_s);
    q.addBindValue(size);
    q.addBindValue(path);
    q.addBindValue(sql::epoch(QDateTime::currentDateTimeUtc()));
    q.addBindValue(fileId);
    return sql::exec(q, doing("saving a downloaded file"));
}

Status DownloadStore::fileFailed(qint64 fileId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE download_files SET status = 'failed' WHERE id = ?"_s);
    q.addBindValue(fileId);
    return sql::exec(q, doing("saving a failed file"));
}

Status DownloadStore::removeFiles(const QString &jobId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM download_files WHERE job_id = ?"_s);
    q.addBindValue(jobId);
    return sql::exec(q, doing("removing a download's files"));
}

Result<std::optional<DownloadFileRecord>> DownloadStore::downloaded(const QString &mediaId, const QString &variant)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT "_s + FileColumns +
        u" FROM download_files WHERE media_id = ? AND variant = ? AND status = 'done' ORDER BY completed_at DESC"_s);
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    if (auto s = sql::exec(q, doing("looking up downloaded media")); !s.ok())
        return s.error();
    while (q.next()) {
        DownloadFileRecord f = fileFrom(q);
        if (QFileInfo::exists(f.path))
            return std::optional<DownloadFileRecord>(f);
    }
    return std::optional<DownloadFileRecord>();
}

namespace {

/// Jobs other than `job` that asked for the same thing (platform, target, quality, type, audio format, ZIP, folder)
/// and whose status is one of `statuses` (an SQL list of literals), in `order`.
Status selectTwins(QSqlQuery &q, const DownloadJobRecord &job, const QString &statuses, const QString &order,
                   const char *what)
{
    q.prepare(u"SELECT "_s + JobColumns + u" FROM download_jobs WHERE status IN ("_s + statuses +
              u") AND id <> ? AND platform = ? AND target = ? AND quality = ? AND download_type = ?"
              " AND audio_format = ? AND zip = ? AND folder = ? ORDER BY "_s +
              order);
    q.addBindValue(job.id);
    q.addBindValue(job.platform);
    q.addBindValue(job.target);
    q.addBindValue(job.quality);
    q.addBindValue(job.downloadType);
    q.addBindValue(job.audioFormat);
    q.addBindValue(job.zip ? 1 : 0);
    q.addBindValue(job.folder);
    return sql::exec(q, doing(what));
}

} // namespace

Result<std::optional<DownloadJobRecord>> DownloadStore::completedTwin(const DownloadJobRecord &job)
{
    QSqlQuery q(m_db);
    if (auto s = selectTwins(q, job, u"'completed'"_s, u"completed_at DESC"_s, "looking up earlier downloads"); !s.ok())
        return s.error();
    QList<DownloadJobRecord> candidates;
    while (q.next())
        candidates.append(jobFrom(q));
    for (const DownloadJobRecord &twin : candidates) {
        auto twinFiles = files(twin.id);
        if (!twinFiles.ok())
            return twinFiles.error();
        bool allThere = !twinFiles->isEmpty();
        for (const DownloadFileRecord &f : twinFiles.value())
            allThere = allThere && f.status == u"done" && QFileInfo::exists(f.path);
        if (allThere)
            return std::optional<DownloadJobRecord>(twin);
    }
    return std::optional<DownloadJobRecord>();
}

Result<std::optional<DownloadJobRecord>> DownloadStore::unfinishedTwin(const DownloadJobRecord &job)
{
    QSqlQuery q(m_db);
    if (auto s = selectTwins(q, job, u"'pending', 'processing', 'paused'"_s, u"created_at, rowid LIMIT 1"_s,
                             "looking up unfinished downloads");
        !s.ok())
        return s.error();
    if (q.next())
        return std::optional<DownloadJobRecord>(jobFrom(q));
    return std::optional<DownloadJobRecord>();
}

Result<bool> DownloadStore::pathTaken(const QString &path, const QString &mediaId, const QString &variant)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM download_files f JOIN download_jobs j ON j.id = f.job_id WHERE f.path = ?"
              " AND (f.media_id <> ? OR f.variant <> ?)"
              " AND (f.status = 'done' OR j.status IN ('pending', 'processing', 'paused')) LIMIT 1"_s);
    q.addBindValue(path);
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    if (auto s = sql::exec(q, doing("checking where a download goes")); !s.ok())
        return s.error();
    return q.next();
}

Result<bool> DownloadStore::pathKnown(const QString &path, const QString &mediaId, const QString &variant,
                                      const QString &jobId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM download_files WHERE path = ? AND ((media_id = ? AND variant = ? AND status = 'done')"
              " OR job_id = ?) LIMIT 1"_s);
    q.addBindValue(path);
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    q.addBindValue(jobId);
    if (auto s = sql::exec(q, doing("checking where a download goes")); !s.ok())
        return s.error();
    return q.next();
}

} // namespace reelpulse
