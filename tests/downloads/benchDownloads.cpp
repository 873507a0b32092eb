// Download throughput and memory against curl on the same local server, in the same run:
//   1. one large file (BENCH_DOWNLOAD_MIB, default 1024 MiB): MB/s of the transfer engine and of curl, and the
//      engine's peak resident memory while it streams (goal: ≥ 0.95× curl, < 64 MiB);
//   2. 1,000 small files (16 KiB): the engine on 3 threads against `xargs -P 3 curl` (goal ≥ 0.9×).
// `cmake --build build --target bench` runs it. Without curl on PATH only the engine's figures are printed.
#include "FakePlatformServer.h"

#include "downloads/FileTransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::downloads;
using namespace reelpulse::test;

namespace {

qint64 statusKib(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(u"^%1:\\s+(\\d+) kB$"_s.arg(QLatin1StringView(field)),
                                  QRegularExpression::MultilineOption);
    const auto m = line.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

bool resetPeak()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double seconds(const QElapsedTimer &t)
{
    return double(std::max<qint64>(1, t.nsecsElapsed())) / 1e9;
}

double curlSeconds(const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QElapsedTimer t;
    t.start();
    p.start(u"sh"_s, {u"-c"_s, args.join(u' ')});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    return seconds(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib =
        qEnvironmentVariableIsSet("BENCH_DOWNLOAD_MIB") ? qEnvironmentVariableIntValue("BENCH_DOWNLOAD_MIB") : 1024;
    const qint64 bigBytes = mib * 1024 * 1024;
    FakePlatformServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the local server\n");
        return 1;
    }
    server.setRoute(u"/big"_s, [bigBytes](const FakeRequest &) {
        FakeResponse r;
        r.streamBytes = bigBytes;
        return r;
    });
    const QByteArray small(16 * 1024, 's');
    server.setRoute(u"/small/"_s, [small](const FakeRequest &) { return FakeResponse::media(FakeRequest{}, small); });
    QTemporaryDir dir;
    const bool haveCurl = !QStandardPaths::findExecutable(u"curl"_s).isEmpty();

    // 1. One large file.
    QNetworkAccessManager network;
    FileTransfer::Options options;
    const bool peakReset = resetPeak();
    const qint64 rssBefore = statusKib("VmRSS");
    QElapsedTimer t;
    t.start();
    const TransferResult big =
        FileTransfer::run(network, QUrl(server.baseUrl() + u"/big"_s), dir.filePath(u"big.bin"_s), options);
    const double ours = seconds(t);
    const qint64 peak = statusKib("VmHWM");
    std::printf("large file: %lld MiB, outcome %d\n", static_cast<long long>(mib), int(big.outcome));
    std::printf("  engine: %.1f MB/s, peak resident %s%.1f MiB (%.1f MiB before the transfer)\n",
                double(bigBytes) / ours / 1e6, peakReset ? "" : "(process) ", double(peak) / 1024.0,
                double(rssBefore) / 1024.0);
    QFile::remove(dir.filePath(u"big.bin"_s));
    if (haveCurl) {
        const double curl =
            curlSeconds({u"curl"_s, u"-s"_s, u"-o"_s, dir.filePath(u"big-curl.bin"_s), server.baseUrl() + u"/big"_s});
        QFile::remove(dir.filePath(u"big-curl.bin"_s));
        if (curl > 0)
            std::printf("  curl:   %.1f MB/s; engine/curl %.2f (goal >= 0.95)\n", double(bigBytes) / curl / 1e6,
                        curl / ours);
    }

    // 2. 1,000 small files, 3 at a time.
    constexpr int Files = 1000;
    QDir().mkpath(dir.filePath(u"small"_s));
    t.restart();
    QList<QThread *> threads;
    for (int w = 0; w < 3; ++w) {
        threads << QThread::create([w, &server, &dir] {
            QNetworkAccessManager threadNetwork;
            for (int i = w; i < Files; i += 3)
                (void)FileTransfer::run(threadNetwork, QUrl(server.baseUrl() + u"/small/%1"_s.arg(i)),
                                        dir.filePath(u"small/%1"_s.arg(i)), FileTransfer::Options{});
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double oursSmall = seconds(t);
    std::printf("1,000 files of 16 KiB, 3 at a time:\n  engine: %.2f s (%.0f files/s)\n", oursSmall, Files / oursSmall);
    if (haveCurl) {
        QFile list(dir.filePath(u"urls.txt"_s));
        if (list.open(QIODevice::WriteOnly)) {
            for (int i = 0; i < Files; ++i)
                list.write((server.baseUrl() + u"/small/%1\n"_s.arg(i)).toUtf8());
            list.close();
        }
        QDir().mkpath(dir.filePath(u"curl"_s));
        const double curl = curlSeconds(
            {u"xargs"_s, u"-P"_s, u"3"_s, u"-n"_s, u"1"_s, u"curl"_s, u"-s"_s, u"-O"_s, u"<"_s, list.fileName()},
            dir.filePath(u"curl"_s));
        if (curl > 0)
            std::printf("  curl:   %.2f s (%.0f files/s); engine/curl %.2f (goal >= 0.9)\n", curl, Files / curl,
                        curl / oursSmall);
    }
    return big.outcome == TransferOutcome::Done ? 0 : 1;
}
