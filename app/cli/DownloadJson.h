#pragma once

#include "storage/DownloadStore.h"

#include <QJsonObject>

namespace reelpulse::cli {

/// A job in the shape of the hosted `GET /instagram/status/{job_id}` answer: completed (files[], file_count,
/// total_size_mb, duration_seconds), failed (error{code, message, details}, failed_at) or in progress
/// (progress, progress_details).
QJsonObject downloadJobJson(const DownloadJobRecord &job, const QList<DownloadFileRecord> &files);

/// The hosted `GET /instagram/formats` answer (`available_formats`), with what this build supports.
QJsonObject availableFormatsJson();

} // namespace reelpulse::cli
