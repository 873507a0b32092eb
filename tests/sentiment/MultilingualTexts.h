#pragma once

#include "LabelledTexts.h"
#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"

#include <array>
#include <functional>

// The labelled Spanish, Portuguese, German, French and Italian social-media texts
// (tests/data/sentiment/multilingual_labelled.tsv, provenance in the README there) and the 3-class agreement of a
// way of scoring them with their labels.
namespace reelpulse::sentiment::testdata {

struct MultilingualText
{
    QString source; // "umsab" (tweets) or "rppcomments" (Instagram comments)
    QString id;
    Language language = Language::Undetermined;
    QString split; // "tuning" or "heldback"
    Label label = Label::Neutral;
    QString text;
};

// multilingual_labelled.tsv: source id lang split label text (header row; text escaped like the other files).
inline QList<MultilingualText> readMultilingual()
{
    QList<MultilingualText> rows;
    for (const QString &line : dataLines(QStringLiteral("multilingual_labelled.tsv"))) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() != 6)
            continue;
        const std::optional<Label> label = labelFromName(fields[4]);
        const std::optional<Language> language = languageFromCode(fields[2]);
        if (!label || !language)
            continue;
        rows.append(MultilingualText{fields[0].toString(), fields[1].toString(), *language, fields[3].toString(),
                                     *label, unescape(fields[5])});
    }
    return rows;
}

// Accuracy and macro-F1 of predict(row) against the rows' labels.
template <typename Row> Agreement3 agreementOf(const QList<Row> &rows, const std::function<Label(const Row &)> &predict)
{
    std::array<std::array<int, 3>, 3> confusion{}; // [truth][predicted]
    for (const Row &row : rows)
        ++confusion[std::size_t(labelIndex(row.label))][std::size_t(labelIndex(predict(row)))];
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

// The class most rows of `tuning` have (ties: neutral, then negative): the "always answer the most common class"
// baseline, chosen on the tuning part.
template <typename Row> Label majorityLabel(const QList<Row> &tuning)
{
    std::array<int, 3> counts{};
    for (const Row &row : tuning)
        ++counts[std::size_t(labelIndex(row.label))];
    if (counts[1] >= counts[0] && counts[1] >= counts[2])
        return Label::Neutral;
    return counts[0] >= counts[2] ? Label::Negative : Label::Positive;
}

template <typename Row> QList<Row> rowsWhere(const QList<Row> &rows, const std::function<bool(const Row &)> &keep)
{
    QList<Row> selected;
    for (const Row &row : rows) {
        if (keep(row))
            selected.append(row);
    }
    return selected;
}

} // namespace reelpulse::sentiment::testdata
