#pragma once

#include "domain/Result.h"
#include "sentiment/DetectedLanguage.h"
#include "sentiment/SentimentTypes.h"

#include <QString>
#include <QStringView>

#include <string>

class QIODevice;

namespace reelpulse::sentiment {

class SentimentAnalyzer;

// `reelpulse-cli sentiment file`: scores one text per line of a UTF-8 stream and writes
// "line<TAB>neg<TAB>neu<TAB>pos<TAB>compound<TAB>label" rows, numbers as Python's repr() prints them, so reference mode
// gives byte for byte what the reference script (vaderSentiment 3.3.x) prints. Social mode adds a last column,
// "language": the code of the language each text was read in ("en", "es", ..., "und", or another language's code).
//
// Streaming: the input is read in blocks (32 KiB, 1 MiB once scored in parallel) and the output written in blocks of
// 32 KiB or more, so memory stays bounded whatever the input size (one line longer than a block grows the block to
// hold it). Inputs up to Options::parallelThreshold lines are scored on the calling thread alone; longer ones on all
// cores (the global thread pool), each worker decoding, scoring and formatting its own slice of lines, in order. Lines
// are split at '\n' (a trailing '\r' is dropped); a UTF-8 byte order mark at the very start of the input is skipped;
// invalid UTF-8 is decoded like QString::fromUtf8 (U+FFFD).
class SentimentFileScorer final
{
public:
    struct Options
    {
        Mode mode = Mode::Social;
        int column = 0;          // 1-based tab-separated column holding the text; 0: the whole line
        bool skipHeader = false; // the first line is a header: not scored (output rows keep the input line numbers)
        qint64 parallelThreshold = 20000; // longer inputs use all cores
        // Social mode: the language of every line (nullopt: detected per line), and a head start for one.
        LanguageOptions language;
    };

    explicit SentimentFileScorer(const Options &options);
    Q_DISABLE_COPY_MOVE(SentimentFileScorer)

    // Reads `in` to its end and writes the header row and one row per text to `out`. Returns the number of texts
    // scored, or an error if reading or writing fails.
    Result<qint64> run(QIODevice &in, QIODevice &out) const;

    // UTF-8 to UTF-16 into a reused buffer (no allocation once it is large enough): like QString::fromUtf8, invalid
    // sequences become U+FFFD, but a byte order mark is kept (as U+FEFF), as Python keeps it.
    static QStringView decodeUtf8(const char *data, qsizetype size, QString &buffer);

    // One output row (for tests and other writers); returns the end. `out` needs room for MaxRowLength bytes.
    static constexpr int MaxRowLength = 192;
    static char *writeRow(char *out, qint64 lineNumber, const SentimentScore &score);
    // A social-mode row, with the language column.
    static char *writeRow(char *out, qint64 lineNumber, const SentimentScore &score, const DetectedLanguage &language);

private:
    struct Slice;
    static char *writeScores(char *out, const SentimentScore &score, const char *language);
    void scoreSlice(Slice &slice) const;

    Options m_options;
    const SentimentAnalyzer &m_analyzer;
};

} // namespace reelpulse::sentiment
