#pragma once

#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"

#include <cmath>

// Agreement of a mode with the human mean ratings of VADER's research sets (tests/data/sentiment/human_ratings_*.tsv,
// samples of the ICWSM 2014 ground truth, -4..+4).
namespace reelpulse::sentiment::testdata {

// A human mean rating >= +0.5 is positive, <= -0.5 negative, in between neutral (half a point on the -4..+4 scale).
constexpr double kHumanNeutralBand = 0.5;

inline Label humanLabel(double rating)
{
    if (rating >= kHumanNeutralBand)
        return Label::Positive;
    if (rating <= -kHumanNeutralBand)
        return Label::Negative;
    return Label::Neutral;
}

struct RatedText
{
    QString text;
    double rating = 0;
};

struct Agreement
{
    int count = 0;
    double pearson = 0;  // compound vs mean rating
    double accuracy = 0; // 3-class, label vs humanLabel(rating)
};

inline QList<RatedText> readRated(const QString &set)
{
    QHash<QString, QString> texts;
    for (const ReferenceRow &row : readReference(QStringLiteral("reference_scores_") + set + QStringLiteral(".tsv")))
        texts.insert(row.id, row.text);
    QList<RatedText> rated;
    for (const QString &line : dataLines(QStringLiteral("human_ratings_") + set + QStringLiteral(".tsv"))) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() == 2 && texts.contains(fields[0].toString()))
            rated.append(RatedText{texts.value(fields[0].toString()), fields[1].toDouble()});
    }
    return rated;
}

inline Agreement agreement(const QList<RatedText> &rated, Mode mode)
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    Agreement result;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    int correct = 0;
    for (const RatedText &item : rated) {
        const SentimentScore score = analyzer.score(item.text);
        const double x = score.compound;
        const double y = item.rating;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
        correct += score.label == humanLabel(y) ? 1 : 0;
    }
    const double n = rated.size();
    result.count = int(rated.size());
    if (n > 1) {
        const double cov = sxy - sx * sy / n;
        const double vx = sxx - sx * sx / n;
        const double vy = syy - sy * sy / n;
        result.pearson = vx > 0 && vy > 0 ? cov / std::sqrt(vx * vy) : 0;
        result.accuracy = correct / n;
    }
    return result;
}

} // namespace reelpulse::sentiment::testdata
