#include "downloads/AudioTools.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::downloads::AudioTools", text);
}

} // namespace

QString AudioTools::ffmpeg()
{
    const QString configured = qEnvironmentVariable("REELPULSE_FFMPEG");
    if (!configured.isEmpty())
        return QFile::exists(configured) ? configured : QString();
    return QStandardPaths::findExecutable(u"ffmpeg"_s);
}

QString AudioTools::installHint()
{
    return tr("Audio extraction and merging need the ffmpeg program, which was not found on PATH. Install it "
              "(Debian/Ubuntu: sudo apt install ffmpeg; Fedora: sudo dnf install ffmpeg; macOS: brew install "
              "ffmpeg; Windows: winget install ffmpeg) and try again.");
}

Status AudioTools::run(const QStringList &arguments, const QString &partPath, const QString &output)
{
    const QString program = ffmpeg();
    if (program.isEmpty())
        return Error::other(installHint());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList{u"-y"_s, u"-hide_banner"_s, u"-loglevel"_s, u"error"_s} + arguments);
    if (!process.waitForStarted(10'000))
        return Error::other(tr("ffmpeg could not be started: %1").arg(process.errorString()));
    process.waitForFinished(-1);
    const QString log = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(partPath);
        return Error::other(tr("ffmpeg failed (exit code %1): %2").arg(process.exitCode()).arg(log.right(500)));
    }
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(output).constData()) != 0)
        return Error::other(tr("Cannot rename %1 to its final name.").arg(partPath));
    return Ok{};
}

Status AudioTools::extractAudio(const QString &input, const QString &output, AudioFormat format)
{
    const QString part = output + u".part"_s;
    QStringList args{u"-i"_s, input, u"-vn"_s, u"-map"_s, u"0:a:0"_s};
    switch (format) {
    case AudioFormat::Mp3:
        args << u"-c:a"_s << u"libmp3lame"_s << u"-q:a"_s << u"2"_s << u"-f"_s << u"mp3"_s;
        break;
    case AudioFormat::Aac:
        args << u"-c:a"_s << u"copy"_s << u"-f"_s << u"adts"_s;
        break;
    case AudioFormat::Best:
    case AudioFormat::M4a:
        args << u"-c:a"_s << u"copy"_s << u"-f"_s << u"ipod"_s;
        break;
    }
    args << part;
    return run(args, part, output);
}

Status AudioTools::mergeVideoAudio(const QString &video, const QString &audio, const QString &output)
{
    const QString part = output + u".part"_s;
    return run({u"-i"_s, video, u"-i"_s, audio, u"-map"_s, u"0:v:0"_s, u"-map"_s, u"1:a:0"_s, u"-c"_s, u"copy"_s,
                u"-f"_s, u"mp4"_s, part},
               part, output);
}

} // namespace reelpulse::downloads
