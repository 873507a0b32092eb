#include "sentiment/SentimentFileScorer.h"

#include "sentiment/PythonFloat.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <memory>
#include <vector>

namespace reelpulse::sentiment {

namespace {

// Input is read in blocks of this size, small while one thread scores it, large once all cores do.
constexpr qsizetype kSequentialBlock = qsizetype(1) << 15;
constexpr qsizetype kParallelBlock = qsizetype(1) << 20;
// Output is written once this much is pending.
constexpr std::size_t kWriteBlock = std::size_t(1) << 15;
// Lines are handed out to workers in slices of about this many input bytes.
constexpr qsizetype kSliceBytes = qsizetype(1) << 16;
constexpr char kHeader[] = "line\tneg\tneu\tpos\tcompound\tlabel\n";
constexpr char kSocialHeader[] = "line\tneg\tneu\tpos\tcompound\tlabel\tlanguage\n";

char *writeText(char *out, const char *text, std::size_t length)
{
    std::memcpy(out, text, length);
    return out + length;
}

char *writeLineNumber(char *out, qint64 value)
{
    char digits[24];
    int count = 0;
    auto rest = quint64(value);
    do {
        digits[count++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    while (count > 0)
        *out++ = digits[--count];
    return out;
}

// A line number as decimal text, counted up digit by digit (no division per line).
class LineNumberText
{
public:
    explicit LineNumberText(qint64 value) { m_length = int(writeLineNumber(m_digits, value) - m_digits); }
    const char *digits() const { return m_digits; }
    int length() const { return m_length; }
    void increment()
    {
        int i = m_length - 1;
        while (i >= 0 && m_digits[i] == '9')
            m_digits[i--] = '0';
        if (i >= 0) {
            ++m_digits[i];
            return;
        }
        std::memmove(m_digits + 1, m_digits, std::size_t(m_length));
        m_digits[0] = '1';
        ++m_length;
    }

private:
    char m_digits[24];
    int m_length = 0;
};

qint64 countLines(const char *begin, const char *end)
{
    qint64 count = 0;
    while (begin < end) {
        const void *newline = std::memchr(begin, '\n', std::size_t(end - begin));
        if (!newline)
            break;
        ++count;
        begin = static_cast<const char *>(newline) + 1;
    }
    return count;
}

} // namespace

// A run of whole lines and, once scored, its output rows.
struct SentimentFileScorer::Slice
{
    const char *begin = nullptr;
    const char *end = nullptr; // after the last line's '\n' (or the end of input)
    qint64 firstLine = 0;
    qint64 scored = 0;
    std::string output;
};

SentimentFileScorer::SentimentFileScorer(const Options &options)
    : m_options(options)
    , m_analyzer(SentimentAnalyzer::instance(options.mode))
{
}

QStringView SentimentFileScorer::decodeUtf8(const char *data, qsizetype size, QString &buffer)
{
    // UTF-16 never needs more units than UTF-8 has bytes; the decoder below may ask for a little more.
    if (buffer.size() < size + 4)
        buffer.resize(std::max(size + 4, qsizetype(256)));
    char16_t *out = reinterpret_cast<char16_t *>(buffer.data());
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    qsizetype o = 0;
    while (i < size) {
        // Runs of ASCII sixteen or eight bytes at a time.
#if defined(__SSE2__)
        while (i + 16 <= size) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + i));
            if (_mm_movemask_epi8(chunk) != 0)
                break;
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + o), _mm_unpacklo_epi8(chunk, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + o + 8), _mm_unpackhi_epi8(chunk, zero));
            i += 16;
            o += 16;
        }
#endif
        while (i + 8 <= size) {
            std::uint64_t block = 0;
            std::memcpy(&block, bytes + i, sizeof(block));
            if (block & 0x8080808080808080ull)
                break;
            for (int k = 0; k < 8; ++k)
                out[o + k] = bytes[i + k];
            i += 8;
            o += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            out[o++] = lead;
            ++i;
            continue;
        }
        // Well-formed multi-byte sequences (shortest form, no surrogates, at most U+10FFFF) inline.
        const auto continuation = [&](qsizetype k) {
            return k < size && (bytes[k] & 0xC0) == 0x80;
        };
        if (lead >= 0xC2 && lead <= 0xDF && continuation(i + 1)) {
            out[o++] = char16_t(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
            i += 2;
            continue;
        }
        if (lead >= 0xE0 && lead <= 0xEF && continuation(i + 1) && continuation(i + 2)) {
            const char32_t cp = ((lead & 0x0Fu) << 12) | ((bytes[i + 1] & 0x3Fu) << 6) | (bytes[i + 2] & 0x3Fu);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                out[o++] = char16_t(cp);
                i += 3;
                continue;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) {
            const char32_t cp = ((lead & 0x07u) << 18) | ((bytes[i + 1] & 0x3Fu) << 12) |
                                ((bytes[i + 2] & 0x3Fu) << 6) | (bytes[i + 3] & 0x3Fu);
            if (cp >= 0x10000 && cp <= 0x10FFFF) {
                out[o++] = QChar::highSurrogate(cp);
                out[o++] = QChar::lowSurrogate(cp);
                i += 4;
                continue;
            }
        }
        // Anything else from here on: exactly as QString::fromUtf8 (replacement characters), except that a byte
        // order mark is kept as U+FEFF, as Python keeps it. The decoder starts at a code point boundary, where
        // decoding the whole line would be in its initial state too.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const qsizetype needed = o + decoder.requiredSpace(size - i);
        if (buffer.size() < needed) {
            buffer.resize(needed);
            out = reinterpret_cast<char16_t *>(buffer.data());
        }
        const QChar *end = decoder.appendToBuffer(buffer.data() + o, QByteArrayView(data + i, size - i));
        o = end - buffer.constData();
        break;
    }
    return QStringView(buffer.constData(), o);
}

char *SentimentFileScorer::writeRow(char *out, qint64 lineNumber, const SentimentScore &score)
{
    return writeScores(writeLineNumber(out, lineNumber), score, nullptr);
}

char *SentimentFileScorer::writeRow(char *out, qint64 lineNumber, const SentimentScore &score,
                                    const DetectedLanguage &language)
{
    return writeScores(writeLineNumber(out, lineNumber), score, language.code);
}

// "\tneg\tneu\tpos\tcompound\tlabel\n", or with "\tlanguage" before the newline.
char *SentimentFileScorer::writeScores(char *out, const SentimentScore &score, const char *language)
{
    *out++ = '\t';
    out = PythonFloat::writeRepr(out, score.neg);
    *out++ = '\t';
    out = PythonFloat::writeRepr(out, score.neu);
    *out++ = '\t';
    out = PythonFloat::writeRepr(out, score.pos);
    *out++ = '\t';
    out = PythonFloat::writeRepr(out, score.compound);
    *out++ = '\t';
    switch (score.label) {
    case Label::Positive:
        out = writeText(out, "positive", 8);
        break;
    case Label::Negative:
        out = writeText(out, "negative", 8);
        break;
    case Label::Neutral:
        out = writeText(out, "neutral", 7);
        break;
    }
    if (language) {
        *out++ = '\t';
        for (int i = 0; i < 7 && language[i] != 0; ++i)
            *out++ = language[i];
    }
    *out++ = '\n';
    return out;
}

void SentimentFileScorer::scoreSlice(Slice &slice) const
{
    thread_local QString text;
    char row[MaxRowLength];
    qint64 lineNumber = slice.firstLine;
    LineNumberText number(lineNumber);
    for (const char *line = slice.begin; line < slice.end; ++lineNumber, number.increment()) {
        const auto *newline = static_cast<const char *>(std::memchr(line, '\n', std::size_t(slice.end - line)));
        const char *lineEnd = newline ? newline : slice.end;
        const char *next = newline ? newline + 1 : slice.end;
        if (lineEnd > line && lineEnd[-1] == '\r')
            --lineEnd;
        if (lineNumber == 1 && m_options.skipHeader) {
            line = next;
            continue;
        }
        if (m_options.column > 0) {
            // The column's text, or nothing if the line has fewer columns.
            const char *field = line;
            for (int column = 1; column < m_options.column && field; ++column) {
                const auto *tab = static_cast<const char *>(std::memchr(field, '\t', std::size_t(lineEnd - field)));
                field = tab ? tab + 1 : nullptr;
            }
            if (field) {
                const auto *tab = static_cast<const char *>(std::memchr(field, '\t', std::size_t(lineEnd - field)));
                line = field;
                lineEnd = tab ? tab : lineEnd;
            } else {
                line = lineEnd;
            }
        }
        const QStringView decoded = decodeUtf8(line, lineEnd - line, text);
        std::memcpy(row, number.digits(), std::size_t(number.length()));
        char *end = nullptr;
        if (m_options.mode == Mode::Social) {
            DetectedLanguage language;
            const SentimentScore score = m_analyzer.score(decoded, m_options.language, &language);
            end = writeScores(row + number.length(), score, language.code);
        } else {
            end = writeScores(row + number.length(), m_analyzer.score(decoded), nullptr);
        }
        slice.output.append(row, std::size_t(end - row));
        ++slice.scored;
        line = next;
    }
}

Result<qint64> SentimentFileScorer::run(QIODevice &in, QIODevice &out) const
{
    const auto write = [&out](const std::string &data) {
        return data.empty() || out.write(data.data(), qint64(data.size())) == qint64(data.size());
    };
    const auto writeFailed = [&out] {
        return Error::other(
            QCoreApplication::translate("reelpulse::sentiment::SentimentFileScorer", "Cannot write the scores: %1.")
                .arg(out.errorString()));
    };

    // Small blocks while single-threaded: the buffers stay in a few pages that are reused (fresh pages cost page
    // faults, which matter for a process that runs for milliseconds); large ones once the input is long enough to
    // be scored on all cores.
    qsizetype capacity = kSequentialBlock;
    std::unique_ptr<char[]> buffer(new char[std::size_t(capacity)]);
    qsizetype used = 0;
    bool atStart = true;
    bool parallel = false;
    qint64 nextLine = 1;
    qint64 scored = 0;
    std::vector<Slice> slices;
    Slice sequential;
    if (m_options.mode == Mode::Social)
        sequential.output.assign(kSocialHeader, sizeof(kSocialHeader) - 1);
    else
        sequential.output.assign(kHeader, sizeof(kHeader) - 1);

    while (true) {
        const qsizetype wanted = parallel ? kParallelBlock : kSequentialBlock;
        if (used == capacity || capacity < wanted) {
            // Room for the parallel blocks, or for one line longer than the buffer.
            const qsizetype larger = std::max(wanted, used == capacity ? capacity * 2 : capacity);
            std::unique_ptr<char[]> grown(new char[std::size_t(larger)]);
            std::memcpy(grown.get(), buffer.get(), std::size_t(used));
            buffer = std::move(grown);
            capacity = larger;
        }
        const qint64 received = in.read(buffer.get() + used, capacity - used);
        if (received < 0)
            return Error::other(
                QCoreApplication::translate("reelpulse::sentiment::SentimentFileScorer", "Cannot read the input: %1.")
                    .arg(in.errorString()));
        const bool atEnd = received == 0;
        used += qsizetype(received);

        const char *begin = buffer.get();
        if (atStart && (used >= 3 || atEnd)) {
            atStart = false;
            if (used >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
                begin += 3;
        }
        if (atStart)
            continue;
        const char *limit = buffer.get() + used;
        if (!atEnd) {
            // Whole lines only; the rest waits for the next read.
            const char *last = limit;
            while (last > begin && last[-1] != '\n')
                --last;
            limit = last;
        }

        // Cut [begin, limit) into slices of whole lines, numbered.
        slices.clear();
        for (const char *p = begin; p < limit;) {
            const char *sliceEnd = limit;
            if (limit - p > kSliceBytes) {
                const auto *newline =
                    static_cast<const char *>(std::memchr(p + kSliceBytes, '\n', std::size_t(limit - p - kSliceBytes)));
                sliceEnd = newline ? newline + 1 : limit;
            }
            Slice slice;
            slice.begin = p;
            slice.end = sliceEnd;
            slice.firstLine = nextLine;
            nextLine += countLines(p, sliceEnd) + (sliceEnd[-1] != '\n' ? 1 : 0);
            slices.push_back(std::move(slice));
            p = sliceEnd;
        }
        parallel = parallel || nextLine - 1 > m_options.parallelThreshold;

        if (parallel && slices.size() > 1) {
            if (!write(sequential.output))
                return writeFailed();
            sequential.output.clear();
            QtConcurrent::blockingMap(QThreadPool::globalInstance(), slices,
                                      [this](Slice &slice) { scoreSlice(slice); });
            for (const Slice &slice : slices) {
                if (!write(slice.output))
                    return writeFailed();
                scored += slice.scored;
            }
        } else {
            for (Slice &slice : slices) {
                slice.output.swap(sequential.output);
                scoreSlice(slice);
                slice.output.swap(sequential.output);
                scored += slice.scored;
                if (sequential.output.size() >= kWriteBlock) {
                    if (!write(sequential.output))
                        return writeFailed();
                    sequential.output.clear();
                }
            }
        }
        // A pipe may deliver little at a time: pass on what is scored before waiting for more.
        if (in.isSequential() && !sequential.output.empty()) {
            if (!write(sequential.output))
                return writeFailed();
            sequential.output.clear();
        }

        const qsizetype rest = qsizetype((buffer.get() + used) - limit);
        std::memmove(buffer.get(), limit, std::size_t(rest));
        used = rest;
        if (atEnd)
            break;
    }
    if (!write(sequential.output))
        return writeFailed();
    return scored;
}

} // namespace reelpulse::sentiment
