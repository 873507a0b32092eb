// Any UTF-8 text scored and explained in both modes, through the tokenizer and the VADER rules, as
// comments are scored when they are stored and explained in the details pane.
//
// Beyond memory errors it checks what the rest of the app relies on: scores are finite and in range,
// and every contribution of an explanation points inside the text (the details pane highlights it).
#include "FuzzSupport.h"

#include "sentiment/SentimentAnalyzer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "sentiment invariant broken: %s\n", what);
        std::abort();
    }
}

void checkScore(const reelpulse::sentiment::SentimentScore &score)
{
    for (const double part : {score.neg, score.neu, score.pos})
        require(std::isfinite(part) && part >= 0.0 && part <= 1.0, "neg, neu and pos are in [0, 1]");
    require(std::isfinite(score.compound) && score.compound >= -1.0 && score.compound <= 1.0, "compound is in [-1, 1]");
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
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Mode mode : {Mode::Reference, Mode::Social}) {
        const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
        checkScore(analyzer.score(text));
        checkScore(analyzer.scoreUnrounded(text));
        const SentimentExplanation explanation = analyzer.explain(text);
        checkScore(explanation.score);
        for (const SentimentContribution &c : explanation.contributions) {
            require(c.position >= 0 && c.length >= 0 && c.position + c.length <= text.size(),
                    "a contribution lies inside the text");
            require(std::isfinite(c.weight), "a contribution's weight is finite");
        }
    }
    return 0;
}
