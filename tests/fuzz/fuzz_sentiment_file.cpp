// `reelpulse-cli sentiment file`: any input stream scored line by line (SentimentFileScorer), whole and
// trickled a few bytes at a time as a pipe delivers it, in both modes and with a TSV column.
//
// Beyond memory errors it checks that the output does not depend on how the input arrives, that there is
// one row per line, and that the scorer's own UTF-8 decoder gives what Qt's decoder gives.
#include "FuzzSupport.h"

#include "sentiment/SentimentFileScorer.h"

#include <QBuffer>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "sentiment file invariant broken: %s\n", what);
        std::abort();
    }
}

/// A sequential device handing out at most `step` bytes per read, like a pipe.
class Trickle final : public QIODevice
{
public:
    Trickle(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

QByteArray score(const reelpulse::sentiment::SentimentFileScorer::Options &options, QIODevice &in, qint64 *rows)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto result = reelpulse::sentiment::SentimentFileScorer(options).run(in, out);
    require(result.ok(), "scoring an in-memory stream succeeds");
    *rows = result.value();
    return out.data();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace reelpulse::sentiment;
    const QByteArray input = reelpulse::fuzz::bytes(data, size);

    // The decoder behind every line against Qt's (which keeps a byte order mark, as the scorer does).
    QString buffer;
    const QStringView fast = SentimentFileScorer::decodeUtf8(input.constData(), input.size(), buffer);
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString reference = decoder.decode(input);
    require(fast == reference, "decodeUtf8 decodes like QStringDecoder");

    SentimentFileScorer::Options whole;
    SentimentFileScorer::Options column;
    column.mode = Mode::Reference;
    column.column = 2;
    column.skipHeader = true;
    column.parallelThreshold = 2;
    for (const SentimentFileScorer::Options &options : {whole, column}) {
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        qint64 rows = 0;
        const QByteArray output = score(options, in, &rows);
        Trickle trickle(input, 1 + qint64(size % 7));
        qint64 trickledRows = 0;
        const QByteArray trickled = score(options, trickle, &trickledRows);
        require(output == trickled, "the output does not depend on how the input arrives");
        require(rows == trickledRows, "the row count does not depend on how the input arrives");
        require(output.count('\n') == rows + 1, "one row per text plus the header");
    }
    return 0;
}
