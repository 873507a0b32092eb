#pragma once

#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"

#include <array>
#include <cstdint>

// The labelled Instagram captions and comments (tests/data/sentiment/instagram_labelled.tsv, provenance in the README
// there) and the 3-class agreement of a mode with their labels.
namespace reelpulse::sentiment::testdata {

struct LabelledText
{
    QString source; // "instactivism" (captions) or "igcomments" (comments)
    QString id;
    QString split; // "tuning" or "heldback"
    Label label = Label::Neutral;
    QString text;
};

// The split rule: FNV-1a (32 bit) of the text's UTF-8 bytes; a remainder of 0 when divided by 3 is held back.
inline QString splitFor(const QString &text)
{
    std::uint32_t hash = 2166136261u;
    for (const char byte : text.toUtf8())
        hash = (hash ^ std::uint8_t(byte)) * 16777619u;
    return hash % 3 == 0 ? QStringLiteral("heldback") : QStringLiteral("tuning");
}

// instagram_labelled.tsv: source id split label text (header row; text escaped like the other files).
inline QList<LabelledText> readLabelled()
{
    QList<LabelledText> rows;
    for (const QString &line : dataLines(QStringLiteral("instagram_labelled.tsv"))) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() != 5)
            continue;
        const std::optional<Label> label = labelFromName(fields[3]);
        if (!label)
            continue;
        rows.append(LabelledText{fields[0].toString(), fields[1].toString(), fields[2].toString(), *label,
                                 unescape(fields[4])});
    }
    return rows;
}

struct Agreement3
{
    int count = 0;
    double accuracy = 0;
    double macroF1 = 0; // mean of the three classes' F1 (a class that never occurs nor is predicted counts as 0)
};

inline int labelIndex(Label label)
{
    return label == Label::Negative ? 0 : label == Label::Neutral ? 1 : 2;
}

inline Agreement3 agreement3(const QList<LabelledText> &rows, Mode mode)
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    std::array<std::array<int, 3>, 3> confusion{}; // [truth][predicted]
    for (const LabelledText &row : rows)
        ++confusion[std::size_t(labelIndex(row.label))][std::size_t(labelIndex(analyzer.score(row.text).label))];
    Agreement3 result;
    result.count = int(rows.size());
    if (rows.isEmpty())
        return result;
    int correct = 0;
    double f1Sum = 0;
    for (std::size_t c = 0; c < 3; ++c) {
        correct += confusion[c][c];
        int truth = 0;
        int predicted = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            truth += confusion[c][k];
            predicted += confusion[k][c];
        }
        if (truth + predicted > 0)
            f1Sum += 2.0 * confusion[c][c] / double(truth + predicted);
    }
    result.accuracy = correct / double(rows.size());
    result.macroF1 = f1Sum / 3.0;
    return result;
}

} // namespace reelpulse::sentiment::testdata
