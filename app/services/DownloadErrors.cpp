#include "services/DownloadErrors.h"

#include "downloads/DiskSpace.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

// The messages are the download engine's (context reelpulse::DownloadService), spelled out for lupdate.
DownloadError lookupError(const QString &kind, const ScrapeFailure &failure)
{
    const bool reel = kind == u"reel";
    if (kind == u"story") {
        switch (failure.cls) {
        case FailureClass::NotFound:
            return {
                u"STORIES_UNAVAILABLE"_s, failure.message,
                QCoreApplication::translate("reelpulse::DownloadService", "Stories last 24 hours; this one is gone.")};
        case FailureClass::Private:
        case FailureClass::LoginWall:
            return {u"STORIES_UNAVAILABLE"_s, failure.message,
                    QCoreApplication::translate(
                        "reelpulse::DownloadService",
                        "Sign in from the app (Settings › Instagram account); a private account's stories need "
                        "an account that follows it.")};
        default:
            break;
        }
    }
    switch (failure.cls) {
    case FailureClass::NotFound:
        return {reel ? u"REEL_NOT_FOUND"_s : u"POST_NOT_FOUND"_s, failure.message,
                QCoreApplication::translate("reelpulse::DownloadService",
                                            "Check the URL or shortcode; the post may have been deleted.")};
    case FailureClass::Private:
    case FailureClass::LoginWall:
        return {reel ? u"REEL_PRIVATE"_s : u"POST_PRIVATE"_s, failure.message,
                QCoreApplication::translate("reelpulse::DownloadService",
                                            "The post belongs to a private account or needs a signed-in session.")};
    case FailureClass::RateLimited:
    case FailureClass::SoftBlock:
    case FailureClass::Checkpoint:
        return {
            u"RATE_LIMIT"_s, failure.message,
            QCoreApplication::translate("reelpulse::DownloadService", "Instagram asks to slow down; try again later.")};
    case FailureClass::EndpointBroken:
    case FailureClass::Malformed:
    case FailureClass::Network:
        break;
    }
    return {u"SERVER_ERROR"_s, failure.message,
            QCoreApplication::translate("reelpulse::DownloadService", "Retry after a moment.")};
}

/// Why the queue pauses before a file of `toCome` bytes (-1: not known yet), or nothing when it fits.
std::optional<DownloadError> lowDiskError(const QString &folder, qint64 freeBytes, qint64 toCome, qint64 minimum)
{
    if (downloads::roomFor(freeBytes, toCome, minimum))
        return std::nullopt;
    const QString details =
        QCoreApplication::translate("reelpulse::DownloadService", "Free some space, then resume the download.");
    if (freeBytes < minimum)
        return DownloadError{
            u"LOW_DISK_SPACE"_s,
            QCoreApplication::translate("reelpulse::DownloadService", "Less than 500 MiB free in %1: downloads paused.")
                .arg(folder),
            details};
    const QLocale c = QLocale::c();
    return DownloadError{
        u"LOW_DISK_SPACE"_s,
        QCoreApplication::translate("reelpulse::DownloadService",
                                    "The next file needs %1 but only %2 are free in %3: downloads paused.")
            .arg(c.formattedDataSize(toCome, 1, QLocale::DataSizeTraditionalFormat),
                 c.formattedDataSize(freeBytes, 1, QLocale::DataSizeTraditionalFormat), folder),
        details};
}

} // namespace reelpulse
