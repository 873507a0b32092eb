#pragma once

#include "domain/Result.h"
#include "downloads/DownloadTypes.h"

#include <QString>

namespace reelpulse::downloads {

/// The ffmpeg program (found on PATH, or REELPULSE_FFMPEG), run through QProcess for audio extraction and
/// for merging a DASH video with its audio. Optional at run time: without it these fail with a message
/// that says how to install it.
class AudioTools final
{
public:
    /// The path of ffmpeg; empty when it is not installed.
    static QString ffmpeg();
    /// What to do when ffmpeg is missing (a sentence naming the install command of each system).
    static QString installHint();

    /// Writes the audio of `input` (a video or an audio file) to `output` in `format`: best and m4a copy
    /// the AAC stream into an M4A container, aac copies it as ADTS, mp3 encodes it. Written to
    /// `output.part` first, then renamed.
    static Status extractAudio(const QString &input, const QString &output, AudioFormat format);
    /// Muxes a video-only and an audio-only file (DASH representations) into one MP4 without re-encoding.
    static Status mergeVideoAudio(const QString &video, const QString &audio, const QString &output);

private:
    static Status run(const QStringList &arguments, const QString &partPath, const QString &output);
};

} // namespace reelpulse::downloads
