#include "HumanRatings.h"

#include "sentiment/SentimentAnalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

// Sentiment throughput (sentences per second, one thread and all cores, both modes, on the research sets), the time
// to score a synthetic 100 000-comment store, and both modes' agreement with the human ratings.
namespace {

QStringList researchTexts()
{
    QStringList texts;
    for (const QString &set : testdata::researchSets()) {
        for (const testdata::ReferenceRow &row : testdata::readReference(u"reference_scores_"_s + set + u".tsv"_s))
            texts.append(row.text);
    }
    return texts;
}

// Short Instagram-like comments: words, emoji (with skin tones, ZWJ, repeats), mentions, tags.
QStringList syntheticComments(int count)
{
    const QStringList openers = {u"love"_s,     u"so"_s,       u"not"_s, u"worst"_s, u"omg"_s,  u"this is"_s,
                                 u"@maria_k"_s, u"honestly"_s, u"wow"_s, u"never"_s, u"best"_s, u"meh"_s};
    const QStringList middles = {u"beautiful"_s, u"good"_s, u"bad"_s,  u"amazing"_s, u"boring"_s, u"the best"_s,
                                 u"ugly"_s,      u"cute"_s, u"fake"_s, u"perfect"_s, u"ok"_s,     u"soooo nice"_s};
    const QStringList endings = {u"❤️"_s, u"🔥🔥🔥"_s,      u"😍😍"_s, u"😡"_s, u"💔"_s, u"🙌🏽"_s, u"❤️‍🔥"_s,
                                 u"!!!"_s,    u"#blessed"_s, u"😂😂"_s, u"👎"_s, u""_s,  u"?"_s,        u"🥰"_s};
    QRandomGenerator random(42);
    QStringList comments;
    comments.reserve(count);
    for (int i = 0; i < count; ++i)
        comments.append(openers.at(random.bounded(openers.size())) + u' ' + middles.at(random.bounded(middles.size())) +
                        u' ' + endings.at(random.bounded(endings.size())));
    return comments;
}

double sentencesPerSecond(const SentimentAnalyzer &analyzer, const QStringList &texts, int threads)
{
    analyzer.scoreBatch(texts.mid(0, 2000), threads); // warm up (lexicon, thread pool, scratch buffers)
    QElapsedTimer timer;
    timer.start();
    qint64 scored = 0;
    do {
        const QList<SentimentScore> scores =
            threads == 0 ? analyzer.scoreBatch(texts) : analyzer.scoreBatch(texts, threads);
        scored += scores.size();
    } while (timer.elapsed() < 1500);
    return scored / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList texts = researchTexts();
    const int cores = QThread::idealThreadCount();
    std::printf("Sentiment benchmark: %lld research-set sentences, %d cores\n\n", static_cast<long long>(texts.size()),
                cores);

    std::printf("%-10s %18s %18s\n", "mode", "1 thread (s/s)", "all cores (s/s)");
    for (const Mode mode : {Mode::Reference, Mode::Social}) {
        const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
        std::printf("%-10s %18.0f %18.0f\n", qPrintable(modeName(mode)), sentencesPerSecond(analyzer, texts, 1),
                    sentencesPerSecond(analyzer, texts, 0));
    }

    const QStringList store = syntheticComments(100000);
    std::printf("\nSynthetic 100 000-comment store (social mode):\n");
    for (const int threads : {1, 0}) {
        QElapsedTimer timer;
        timer.start();
        const QList<SentimentScore> scores = threads == 0 ? SentimentAnalyzer::instance().scoreBatch(store)
                                                          : SentimentAnalyzer::instance().scoreBatch(store, threads);
        std::printf("  %-10s %8.1f ms (%lld scores)\n", threads == 0 ? "all cores" : "1 thread",
                    timer.nsecsElapsed() / 1e6, static_cast<long long>(scores.size()));
    }

    std::printf("\nAgreement with human ratings (sample of the ICWSM 2014 ground truth; "
                "3 classes with a +/-%.1f neutral band):\n",
                testdata::kHumanNeutralBand);
    std::printf("%-22s %6s %12s %12s %12s %12s\n", "set", "texts", "ref r", "social r", "ref acc", "social acc");
    QList<testdata::RatedText> pooled;
    for (const QString &set : testdata::researchSets() + QStringList{u"all"_s}) {
        const QList<testdata::RatedText> rated = set == u"all"_s ? pooled : testdata::readRated(set);
        if (set != u"all"_s)
            pooled += rated;
        const testdata::Agreement reference = testdata::agreement(rated, Mode::Reference);
        const testdata::Agreement social = testdata::agreement(rated, Mode::Social);
        std::printf("%-22s %6d %12.4f %12.4f %12.4f %12.4f\n", qPrintable(set), reference.count, reference.pearson,
                    social.pearson, reference.accuracy, social.accuracy);
    }
    return 0;
}
