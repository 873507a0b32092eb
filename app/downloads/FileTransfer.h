#pragma once

#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace reelpulse::downloads {

/// How one transfer ended.
enum class TransferOutcome {
    Done,      ///< the file has its final name and the size the server announced
    Expired,   ///< HTTP 403 or 410: the signed CDN URL expired (re-resolve the post)
    NotFound,  ///< HTTP 404
    Retryable, ///< timeout, stall, connection error, 5xx, 429, a body shorter than announced
    Failed,    ///< anything else (a file that cannot be written, another HTTP status)
    Cancelled, ///< stopped by the caller; the `.part` stays for a later resume
    NoSpace,   ///< the announced size does not fit (Options::roomFor said no); the `.part` stays
};

struct TransferResult
{
    TransferOutcome outcome = TransferOutcome::Failed;
    int httpStatus = 0;
    qint64 bytes = 0;       ///< the size of the file (or of the `.part` so far)
    bool resumed = false;   ///< a Range request continued an earlier `.part`
    bool restarted = false; ///< a `.part` was there but the server sent the whole file again
    qint64 announced = -1;  ///< the whole file's size as the server announced it, -1 when it did not
    QString message;        ///< what went wrong, for the person
};

/// One file download: streams the body to `PATH.part` as it arrives (never holding it in memory),
/// continues an existing `.part` with `Range: bytes=N-` when the server answers 206 (and starts over when it
/// answers 200), checks the size against Content-Length / Content-Range, then renames the `.part` to PATH
/// atomically. A half file never carries the final name. No compression is asked for, so sizes are the
/// server's bytes.
///
/// Blocks the calling thread (running a local event loop) until the transfer ends; use it in a worker
/// thread or the CLI's main thread with a network manager of that thread.
class FileTransfer final
{
public:
    struct Options
    {
        int stallTimeoutMs = 30'000; ///< no byte for this long ends the transfer (Retryable)
        QByteArray userAgent;
        /// Called with (bytes of the file so far, total or -1) as data arrives; may be called often.
        std::function<void(qint64, qint64)> progress;
        const std::atomic_bool *cancel = nullptr; ///< checked while waiting; true stops the transfer
        /// Called once the server announced the size (total, and the bytes still to come after a resumed
        /// `.part`), before a byte is written; false ends the transfer with NoSpace and keeps the `.part`.
        std::function<bool(qint64 total, qint64 toCome)> roomFor;
    };

    static QString partPath(const QString &path) { return path + QStringLiteral(".part"); }

    /// Downloads url to path (see the class comment).
    static TransferResult run(QNetworkAccessManager &network, const QUrl &url, const QString &path,
                              const Options &options);

private:
    static TransferResult transfer(QNetworkAccessManager &network, const QUrl &url, const QString &path,
                                   const Options &options);
};

} // namespace reelpulse::downloads
