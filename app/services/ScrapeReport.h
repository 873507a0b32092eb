#pragma once

#include "domain/Error.h"
#include "platform/FailureClass.h"
#include "storage/ScrapeRecords.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace reelpulse {

/// What one scrape of one task did.
struct ScrapeReport
{
    enum class Result {
        Stored,  ///< read and stored
        Failed,  ///< the platform refused or failed; recorded on the task
        Aborted, ///< stopped before the end (quit); nothing was written
        Error,   ///< the task or the store could not be used
        Skipped, ///< not scraped: its platform asks to wait, or another ReelPulse process is scraping it
    };

    TaskRef task;
    QString label; ///< "@username", "reel DFp17y5MymE", "tiktok 7603…"
    Result result = Result::Error;
    IngestSummary stored;
    std::optional<ScrapeFailure> failure; ///< when Failed
    std::optional<QDateTime> retryAt;     ///< when Failed and the task will be retried by itself
    std::optional<Error> error;           ///< when Error
    QStringList notes;                    ///< parts that could not be read although the scrape was stored
    /// When Stored although the comments could not be read (the task shows "comments unavailable: …").
    std::optional<ScrapeFailure> commentsFailure;
    /// When Stored although a secondary read failed (more posts, comments): the first such failure. When it
    /// blocks the platform (ScrapeOptions::blocksPlatform), the pass leaves the platform's other tasks for later.
    std::optional<ScrapeFailure> partialFailure;
    QString skipReason; ///< when Skipped, for a person
    int requests = 0;   ///< platform reads made
    qint64 elapsedMs = 0;
    QStringList autoTracked; ///< ids of the video tasks a profile task's scrape added (its auto-track setting)

    bool ok() const { return result == Result::Stored; }
    /// One line for a person: what was stored, or what failed and what to do.
    QString summaryLine() const;
};

/// What a person should do about a failure class (e.g. "Instagram is rate limiting; retry after 14:05").
QString failureAdvice(const ScrapeFailure &failure, Platform platform, const std::optional<QDateTime> &retryAt);

} // namespace reelpulse

Q_DECLARE_METATYPE(reelpulse::ScrapeReport)
