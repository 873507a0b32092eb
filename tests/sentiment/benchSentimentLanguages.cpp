// Accuracy and macro-F1 per language on the labelled non-English texts (tests/data/sentiment/
// multilingual_labelled.tsv): the English-only engine (social mode r2, every text read as English), always answering
// the most common class of the tuning part, and social mode with the language detected (and, for comparison, told).
// Also how often each set's language is detected, and what detection does to the English Instagram texts. Prints the
// tables of docs/sentiment.md ("Languages").
#include "MultilingualTexts.h"

#include "sentiment/LanguageDetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <map>

using namespace reelpulse::sentiment;
using namespace reelpulse::sentiment::testdata;

namespace {

const SentimentAnalyzer &social()
{
    return SentimentAnalyzer::instance(Mode::Social);
}

Label englishOnly(const MultilingualText &row)
{
    LanguageOptions options;
    options.language = Language::English;
    return social().score(row.text, options).label;
}

Label detected(const MultilingualText &row)
{
    return social().score(row.text).label;
}

Label told(const MultilingualText &row)
{
    LanguageOptions options;
    options.language = row.language;
    return social().score(row.text, options).label;
}

void printRow(const char *part, const QString &language, const QString &source, const QList<MultilingualText> &rows,
              Label majority)
{
    const Agreement3 english = agreementOf<MultilingualText>(rows, englishOnly);
    const Agreement3 base =
        agreementOf<MultilingualText>(rows, [majority](const MultilingualText &) { return majority; });
    const Agreement3 auto_ = agreementOf<MultilingualText>(rows, detected);
    const Agreement3 forced = agreementOf<MultilingualText>(rows, told);
    std::printf("| %s | %s | %s | %d | %.4f / %.4f | %.4f / %.4f | **%.4f / %.4f** | %.4f / %.4f |\n", part,
                qPrintable(language), qPrintable(source), english.count, base.accuracy, base.macroF1, english.accuracy,
                english.macroF1, auto_.accuracy, auto_.macroF1, forced.accuracy, forced.macroF1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<MultilingualText> rows = readMultilingual();
    std::printf("%lld labelled texts\n\n", static_cast<long long>(rows.size()));
    std::printf("| part | language | source | texts | most common class (acc / F1) | English-only engine | "
                "languages detected | language told |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const char *part : {"tuning", "heldback"}) {
        for (const Language language : kScoredLanguages) {
            if (language == Language::English)
                continue;
            for (const QString &source : {QStringLiteral("umsab"), QStringLiteral("rppcomments")}) {
                const auto tuning = rowsWhere<MultilingualText>(rows, [&](const MultilingualText &r) {
                    return r.language == language && r.source == source && r.split == u"tuning";
                });
                const auto selected = rowsWhere<MultilingualText>(rows, [&](const MultilingualText &r) {
                    return r.language == language && r.source == source && r.split == QLatin1StringView(part);
                });
                if (!selected.isEmpty())
                    printRow(part, languageCode(language), source, selected, majorityLabel(tuning));
            }
        }
    }

    // Detection: the share of each set detected as its language, and what else.
    std::printf("\n| set | texts | detected as its language | undetermined | English | other |\n"
                "| --- | --- | --- | --- | --- | --- |\n");
    for (const Language language : kScoredLanguages) {
        if (language == Language::English)
            continue;
        std::map<QString, int> counts;
        int total = 0;
        for (const MultilingualText &row : rows) {
            if (row.language != language || row.split != u"tuning")
                continue;
            ++total;
            ++counts[social().detectLanguage(row.text).codeString()];
        }
        const QString code = languageCode(language);
        QString others;
        for (const auto &[other, count] : counts) {
            if (other != code && other != u"und" && other != u"en" && count * 100 >= total)
                others += QStringLiteral("%1 %2, ").arg(other).arg(count);
        }
        std::printf("| %s (tuning) | %d | %.1f %% | %.1f %% | %.1f %% | %s |\n", qPrintable(code), total,
                    100.0 * counts[code] / total, 100.0 * counts[QStringLiteral("und")] / total,
                    100.0 * counts[QStringLiteral("en")] / total, qPrintable(others));
    }
    // The English Instagram texts: how many are read as English, and how many labels detection moves.
    const QList<LabelledText> english = readLabelled();
    std::map<QString, int> counts;
    int moved = 0;
    for (const LabelledText &row : english) {
        DetectedLanguage language;
        const SentimentScore automatic = social().score(row.text, {}, &language);
        LanguageOptions options;
        options.language = Language::English;
        const SentimentScore forced = social().score(row.text, options);
        ++counts[language.codeString()];
        if (automatic.label != forced.label) {
            ++moved;
            if (argc > 1 && row.split == u"tuning") // never look at the held-back texts
                std::printf("moved (%s): %s\n", language.code, qPrintable(row.text.left(160)));
        }
    }
    std::printf("| English Instagram texts | %lld | %.1f %% | %.1f %% | - | labels moved: %d |\n",
                static_cast<long long>(english.size()), 100.0 * counts[QStringLiteral("en")] / english.size(),
                100.0 * counts[QStringLiteral("und")] / english.size(), moved);
    for (const char *part : {"tuning", "heldback"}) {
        const auto selected = rowsWhere<LabelledText>(
            english, [part](const LabelledText &r) { return r.split == QLatin1StringView(part); });
        const Agreement3 forced = agreementOf<LabelledText>(selected, [](const LabelledText &r) {
            LanguageOptions options;
            options.language = Language::English;
            return social().score(r.text, options).label;
        });
        const Agreement3 automatic =
            agreementOf<LabelledText>(selected, [](const LabelledText &r) { return social().score(r.text).label; });
        std::printf("English Instagram %s: English-only %.4f / %.4f, languages detected %.4f / %.4f\n", part,
                    forced.accuracy, forced.macroF1, automatic.accuracy, automatic.macroF1);
    }
    return 0;
}
