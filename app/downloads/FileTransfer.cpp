#include "downloads/FileTransfer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::downloads::FileTransfer", text);
}

/// The total of a `Content-Range: bytes A-B/TOTAL` header, and its first byte; -1 when absent.
std::pair<qint64, qint64> contentRange(const QByteArray &header)
{
    static const QRegularExpression Range(u"bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)"_s);
    const auto m = Range.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return {-1, -1};
    const qint64 total = m.captured(3) == u"*" ? -1 : m.captured(3).toLongLong();
    return {m.captured(1).toLongLong(), total};
}

bool atomicRename(const QString &from, const QString &to)
{
    // rename(2) replaces the target in one step; QFile::rename refuses an existing target.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

TransferResult FileTransfer::run(QNetworkAccessManager &network, const QUrl &url, const QString &path,
                                 const Options &options)
{
    TransferResult result = transfer(network, url, path, options);
    // An error answer leaves no empty .part behind; a partial one stays for a resume.
    const QFileInfo part(partPath(path));
    if (result.outcome != TransferOutcome::Done && part.exists() && part.size() == 0)
        QFile::remove(part.filePath());
    return result;
}

TransferResult FileTransfer::transfer(QNetworkAccessManager &network, const QUrl &url, const QString &path,
                                      const Options &options)
{
    TransferResult result;
    const QString part = partPath(path);
    QFile file(part);
    const qint64 existing = QFileInfo(part).exists() ? QFileInfo(part).size() : 0;
    if (!file.open(QIODevice::ReadWrite)) {
        result.message = tr("Cannot write %1: %2").arg(part, file.errorString());
        return result;
    }
    file.seek(existing);

    QNetworkRequest request(url);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Accept", "*/*");
    if (!options.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (existing > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(existing) + '-');

    QNetworkReply *reply = network.get(request);
    reply->setReadBufferSize(1 << 20);
    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(options.stallTimeoutMs);
    QTimer cancelPoll;
    cancelPoll.setInterval(100);

    bool headersSeen = false;
    bool accept = false; // the body is the file (200 or a matching 206)
    bool stalled = false;
    bool cancelled = false;
    bool writeFailed = false;
    bool noSpace = false;
    qint64 total = -1;
    int status = 0;

    auto onHeaders = [&] {
        if (headersSeen)
            return;
        headersSeen = true;
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qint64 toCome = -1;
        if (status == 206) {
            const auto [first, size] = contentRange(reply->rawHeader("Content-Range"));
            if (first == existing) {
                accept = true;
                result.resumed = existing > 0;
                total = size;
                toCome = size >= 0 ? size - existing : -1;
            } else {
                accept = false; // a range we did not ask for: start over below
            }
        } else if (status == 200) {
            accept = true;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            total = length.isValid() ? length.toLongLong() : -1;
            toCome = total;
        }
        result.announced = total;
        // The size is known before the first byte is written: a file that does not fit stops here.
        if (accept && toCome >= 0 && options.roomFor && !options.roomFor(total, toCome)) {
            accept = false;
            noSpace = true;
            reply->abort();
            return;
        }
        if (accept && status == 200 && existing > 0) {
            result.restarted = true;
            file.resize(0);
            file.seek(0);
        }
    };
    auto drain = [&] {
        onHeaders();
        stall.start();
        if (!accept) {
            if (reply->isOpen())
                reply->readAll();
            return;
        }
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(256 * 1024);
            if (file.write(chunk) != chunk.size()) {
                writeFailed = true;
                reply->abort();
                return;
            }
        }
        // What arrived is on disk before the next wait: a stalled or killed transfer resumes from the bytes it had.
        if (!file.flush()) {
            writeFailed = true;
            reply->abort();
            return;
        }
        if (options.progress)
            options.progress(file.pos(), total);
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, onHeaders);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        stalled = true;
        reply->abort();
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (options.cancel && options.cancel->load()) {
            cancelled = true;
            reply->abort();
            return;
        }
        if (options.progress && accept)
            options.progress(file.pos(), total); // a heartbeat: the caller may throttle what it passes on
    });
    stall.start();
    cancelPoll.start();
    if (!reply->isFinished())
        loop.exec();
    drain();
    stall.stop();
    cancelPoll.stop();
    file.flush();
    result.httpStatus = status ? status : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.bytes = file.size();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    file.close();

    if (writeFailed) {
        result.outcome = TransferOutcome::Failed;
        result.message = tr("Cannot write %1: %2").arg(part, file.errorString());
        return result;
    }
    if (noSpace) {
        result.outcome = TransferOutcome::NoSpace;
        result.message = tr("Not enough free space for %1 bytes.").arg(total);
        return result;
    }
    if (cancelled) {
        result.outcome = TransferOutcome::Cancelled;
        result.message = tr("Stopped.");
        return result;
    }
    if (stalled) {
        result.outcome = TransferOutcome::Retryable;
        result.message = tr("No data arrived for %1 s.").arg(options.stallTimeoutMs / 1000);
        return result;
    }
    const int st = result.httpStatus;
    if (st == 403 || st == 410) {
        result.outcome = TransferOutcome::Expired;
        result.message = tr("The server refused the media URL (HTTP %1): it has probably expired.").arg(st);
        return result;
    }
    if (st == 404) {
        result.outcome = TransferOutcome::NotFound;
        result.message = tr("The media file is gone (HTTP 404).");
        return result;
    }
    if (st == 416 || (st == 206 && !accept)) {
        // The .part does not fit what the server has: start over next time.
        QFile::remove(part);
        result.outcome = TransferOutcome::Retryable;
        result.message = tr("The partial file did not match the server's; starting over.");
        return result;
    }
    if (st == 429 || st >= 500 || (st == 0 && error != QNetworkReply::NoError)) {
        result.outcome = TransferOutcome::Retryable;
        result.message = st ? tr("The server answered HTTP %1.").arg(st) : errorText;
        return result;
    }
    if (st != 200 && st != 206) {
        result.outcome = TransferOutcome::Failed;
        result.message = tr("The server answered HTTP %1.").arg(st);
        return result;
    }
    if (error != QNetworkReply::NoError || (total >= 0 && result.bytes != total)) {
        if (total >= 0 && result.bytes > total)
            QFile::remove(part); // more than announced: nothing of it can be trusted
        result.outcome = TransferOutcome::Retryable;
        result.message =
            total >= 0 ? tr("The transfer ended after %1 of %2 bytes.").arg(result.bytes).arg(total) : errorText;
        return result;
    }
    if (!atomicRename(part, path)) {
        result.outcome = TransferOutcome::Failed;
        result.message = tr("Cannot rename %1 to its final name.").arg(part);
        return result;
    }
    result.outcome = TransferOutcome::Done;
    return result;
}

} // namespace reelpulse::downloads
