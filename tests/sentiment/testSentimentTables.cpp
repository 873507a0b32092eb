// The lexicon tables generated at build time (sentiment_tablegen) against the lexicon files they come from.
#include "sentiment/SentimentLexicon.h"
#include "sentiment/SentimentToken.h"
#include "sentiment/tablegen/LanguageLexiconBuilder.h"
#include "sentiment/tablegen/LexiconBuilder.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <charconv>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(REELPULSE_SENTIMENT_RESOURCES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

double parseNumber(QStringView text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    double value = 0.0;
    const auto result = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
    if (result.ec != std::errc() || result.ptr != latin.constData() + latin.size())
        qFatal("not a number: %s", latin.constData());
    return value;
}

// A straightforward reading of "key<TAB>value..." files as a Python dict: the last duplicate wins.
QHash<QString, QString> readKeyValueFile(const QByteArray &data)
{
    QHash<QString, QString> entries;
    for (const QString &line : QString::fromUtf8(data).split(u'\n')) {
        const QStringList fields = line.trimmed().split(u'\t');
        if (fields.size() >= 2 && !line.trimmed().isEmpty())
            entries.insert(fields.at(0), fields.at(1));
    }
    return entries;
}

} // namespace

class TestSentimentTables final : public QObject
{
    Q_OBJECT

private slots:
    void testEveryLexiconWordWithItsValence();
    void testEveryEmojiDescription();
    void testRuleWords();
    void testTablesEqualTheBuilder();
    void testSocialEmojiTables();
    void testEmojiCalibration();
};

void TestSentimentTables::testEveryLexiconWordWithItsValence()
{
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    const QHash<QString, QString> words = readKeyValueFile(readResource(u"vader_lexicon.txt"_s));
    QVERIFY(words.size() > 7000);
    QCOMPARE(lexicon.wordCount(), words.size());
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        const SentimentLexicon::WordInfo *info = lexicon.wordInfo(it.key());
        QVERIFY2(info && info->inLexicon(), qPrintable(it.key()));
        QCOMPARE(info->valence, parseNumber(it.value()));
    }
    QCOMPARE(lexicon.wordInfo(u"love")->valence, 3.2);
    QCOMPARE(lexicon.wordInfo(u":)")->valence, 2.0);
    QVERIFY(!lexicon.wordInfo(u"Love"));
    QVERIFY(!lexicon.wordInfo(u"xyzzyq"));
    QVERIFY(!lexicon.wordInfo(u""));
}

void TestSentimentTables::testEveryEmojiDescription()
{
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    const QHash<QString, QString> emoji = readKeyValueFile(readResource(u"emoji_utf8_lexicon.txt"_s));
    QVERIFY(emoji.size() > 3000);
    QCOMPARE(lexicon.emojiDescriptionCount(), emoji.size());
    for (auto it = emoji.cbegin(); it != emoji.cend(); ++it) {
        QStringView description;
        QVERIFY2(lexicon.emojiDescription(it.key(), &description), qPrintable(it.key()));
        QCOMPARE(description.toString(), it.value());
    }
    QStringView description;
    QVERIFY(lexicon.emojiDescription(u"🔥", &description));
    QCOMPARE(description.toString(), u"fire"_s);
    QVERIFY(!lexicon.emojiDescription(u"a", &description));
}

void TestSentimentTables::testRuleWords()
{
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    QCOMPARE(lexicon.wordInfo(u"very")->booster(), 0.293);
    QVERIFY(lexicon.wordInfo(u"very")->marks & MarkVery);
    QCOMPARE(lexicon.wordInfo(u"barely")->booster(), -0.293);
    QVERIFY(lexicon.wordInfo(u"barely")->isBooster());
    QVERIFY(!lexicon.wordInfo(u"love")->isBooster());
    QVERIFY(lexicon.wordInfo(u"never")->negation());
    QVERIFY(lexicon.wordInfo(u"never")->marks & MarkNever);
    QVERIFY(lexicon.isNegation(u"isn't"));
    QVERIFY(lexicon.isNegation(u"shouldn't've")); // contains "n't"
    QVERIFY(!lexicon.isNegation(u"love"));
    QVERIFY(lexicon.wordInfo(u"kind")->marks & MarkKind);
    QVERIFY(lexicon.wordInfo(u"kind")->marks & MarkIdiomWord);
    QVERIFY(lexicon.wordInfo(u"but")->marks & MarkBut);
    // Every word of SPECIAL_CASES and of the multi-word boosters.
    for (const QString &word : u"the shit bomb bad ass bus stop yeah right kiss of death to die for beating heart "
                               u"broken just enough kind sort"_s.split(u' '))
        QVERIFY2(lexicon.wordInfo(word) && (lexicon.wordInfo(word)->marks & MarkIdiomWord), qPrintable(word));
    QVERIFY(lexicon.wordInfo(u"fed")->marks & MarkPhraseStart);   // "fed up", a lexicon entry
    QVERIFY(lexicon.wordInfo(u"under")->marks & MarkPhraseStart); // "under the weather", an idiom
    QVERIFY(!(lexicon.wordInfo(u"love")->marks & MarkPhraseStart));
}

void TestSentimentTables::testTablesEqualTheBuilder()
{
    LexiconBuilder builder;
    QString error;
    QVERIFY2(builder.build(readResource(u"vader_lexicon.txt"_s), readResource(u"emoji_utf8_lexicon.txt"_s),
                           readResource(u"Emoji_Sentiment_Data_v1.0.csv"_s), readResource(u"emoji_supplement.tsv"_s),
                           readResource(u"emoji_descriptive.tsv"_s), &error),
             qPrintable(error));
    // The other languages' files add the common English words (language detection) to the English table.
    LanguageLexiconBuilder languages;
    QVERIFY2(languages.build(QStringLiteral(REELPULSE_SENTIMENT_RESOURCES "/languages"), builder, &error),
             qPrintable(error));
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    QCOMPARE(int(tables::words.size), int(builder.words().size()));
    for (const LexiconBuilder::Word &word : builder.words()) {
        const SentimentLexicon::WordInfo *info = lexicon.wordInfo(word.key);
        QVERIFY2(info, qPrintable(word.key));
        QCOMPARE(info->key.text(), QStringView(word.key));
        QCOMPARE(info->inLexicon(), word.lexiconIndex >= 0);
        QCOMPARE(info->valence, word.valence);
        QCOMPARE(info->negation(), word.negation);
        QCOMPARE(info->booster(), word.booster * 0.293);
        QCOMPARE(info->marks, word.marks);
        QCOMPARE(info->functionWord(), word.function);
        QCOMPARE(info->foreignFunctionWord(), word.foreignFunction);
    }
    QCOMPARE(lexicon.wordCount(), builder.lexiconWordCount());
    QCOMPARE(lexicon.emojiRankingCount(), builder.emojiRankingCount());

    // The other languages' words, phrases and superlatives, and the detection table.
    QCOMPARE(int(languages.languages().size()), 5);
    for (const LanguageLexiconBuilder::LanguageData &data : languages.languages()) {
        const tables::LanguageTables &table = lexicon.languageTables(data.language);
        QCOMPARE(int(table.words->size), int(data.words.size()));
        QCOMPARE(int(table.lexiconWordCount), data.lexiconWordCount);
        for (const LanguageLexiconBuilder::Word &word : data.words) {
            const SentimentLexicon::WordInfo *info = lexicon.languageWord(data.language, word.key);
            QVERIFY2(info, qPrintable(word.key));
            QCOMPARE(info->inLexicon(), word.inLexicon);
            QCOMPARE(info->valence, word.inLexicon ? word.valence : 0.0);
            QCOMPARE(info->negation(), word.negation);
            QCOMPARE(info->booster(), word.booster * 0.293);
            QCOMPARE(info->functionWord(), word.function);
            QCOMPARE(info->clitic(), word.clitic);
            QCOMPARE(info->marks, word.marks);
        }
        QCOMPARE(int(table.phraseCount), int(data.phrases.size()));
        for (std::size_t i = 0; i < data.phrases.size(); ++i) {
            QCOMPARE(table.phrases[i].text().toString(), data.phrases[i].words.join(u' '));
            QCOMPARE(table.phrases[i].valence, data.phrases[i].valence);
        }
        QCOMPARE(int(table.superlativeCount), int(data.superlatives.size()));
    }
    QCOMPARE(int(tables::detectionWords.size), int(languages.detectionWords().size()));
    for (const LanguageLexiconBuilder::DetectionWord &word : languages.detectionWords()) {
        const tables::DetectionEntry *entry = lexicon.detectionWord(word.key);
        QVERIFY2(entry, qPrintable(word.key));
        QCOMPARE(entry->functionMask, word.functionMask);
        QCOMPARE(entry->lexiconMask, word.lexiconMask);
    }
    for (std::size_t level = 0; level < 11; ++level)
        QCOMPARE(tables::afinnScale[level], languages.afinnScale()[level]);

    QCOMPARE(lexicon.phraseCount(), int(builder.phrases().size()));
    for (int i = 0; i < lexicon.phraseCount(); ++i) {
        const LexiconBuilder::Phrase &expected = builder.phrases().at(std::size_t(i));
        QCOMPARE(lexicon.phrase(i).text().toString(), expected.words.join(u' '));
        QCOMPARE(int(lexicon.phrase(i).wordCount), int(expected.words.size()));
        QCOMPARE(lexicon.phrase(i).valence, expected.valence);
    }

    QCOMPARE(int(tables::emojiValences.size), int(builder.emojiValences().size()));
    for (const LexiconBuilder::EmojiValence &emoji : builder.emojiValences()) {
        double valence = 99.0;
        QVERIFY2(lexicon.emojiValence(emoji.key, &valence), qPrintable(emoji.key));
        QCOMPARE(valence, emoji.valence);
        const QString source = emoji.source == 'e'   ? u"esr"_s
                               : emoji.source == 's' ? u"supplement"_s
                               : emoji.source == 'n' ? u"descriptive"_s
                                                     : u"description"_s;
        QCOMPARE(lexicon.emojiValenceSource(emoji.key), source);
    }
    QCOMPARE(int(tables::emojiCodePointCount), int(builder.emojiCodePoints().size()));
    for (const char32_t codePoint : builder.emojiCodePoints())
        QVERIFY(lexicon.isEmojiCodePoint(codePoint));
}

void TestSentimentTables::testSocialEmojiTables()
{
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    double valence = 0.0;
    QVERIFY(lexicon.emojiValence(u"❤", &valence)); // U+2764 from the ranking
    QVERIFY(valence > 1.5);
    QCOMPARE(lexicon.emojiValenceSource(u"❤"), u"esr"_s);
    QVERIFY(lexicon.emojiValence(u"🥰", &valence)); // newer than the ranking: 😍's valence
    double proxy = 0.0;
    QVERIFY(lexicon.emojiValence(u"😍", &proxy));
    QCOMPARE(valence, proxy);
    QCOMPARE(lexicon.emojiValenceSource(u"🥰"), u"supplement"_s);
    QVERIFY(!lexicon.emojiValence(u"❤️", &valence)); // keys are normalised (no U+FE0F)
    QVERIFY(lexicon.emojiValenceSource(u"x").isEmpty());
    QVERIFY(lexicon.isEmojiCodePoint(0x1F525));
    QVERIFY(lexicon.isEmojiCodePoint(0x2764));
    QVERIFY(!lexicon.isEmojiCodePoint(U'a'));
    QVERIFY(!lexicon.isEmojiCodePoint(0xE9)); // é
    QCOMPARE(lexicon.dataTag(), u"w%1-e%2-r%3"_s.arg(lexicon.wordCount())
                                    .arg(lexicon.emojiDescriptionCount())
                                    .arg(lexicon.emojiRankingCount()));
}

void TestSentimentTables::testEmojiCalibration()
{
    // The ranking's score counts only if it is not weak (|score| >= 0.1) and rests on enough occurrences (|score| of
    // at least 1.96 standard errors, 5 occurrences or more); it is then scaled by the emoji weight, 2.5.
    QCOMPARE(LexiconBuilder::rankingValence(8050, 355, 6361), 2.5 * (6362.0 / 8053.0 - 356.0 / 8053.0)); // ❤
    QVERIFY(LexiconBuilder::rankingValence(328, 136, 96) < 0);                                           // 💔
    QCOMPARE(LexiconBuilder::rankingValence(5526, 2412, 1896), 0.0); // 😭: score -0.093, weak
    QCOMPARE(LexiconBuilder::rankingValence(8, 1, 6), 0.0);          // 🍼: score 0.45 on 8 occurrences
    QCOMPARE(LexiconBuilder::rankingValence(4, 0, 4), 0.0);          // fewer than 5 occurrences
    QCOMPARE(LexiconBuilder::rankingValence(0, 0, 0), 0.0);

    // Every descriptive emoji is in the tables with no valence, whatever its score in the ranking.
    const SentimentLexicon &lexicon = SentimentLexicon::shared();
    int listed = 0;
    for (const QString &line : QString::fromUtf8(readResource(u"emoji_descriptive.tsv"_s)).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString emoji = line.section(u'\t', 0, 0).remove(QChar(0xFE0F));
        double valence = 99.0;
        QVERIFY2(lexicon.emojiValence(emoji, &valence), qPrintable(emoji));
        QCOMPARE(valence, 0.0);
        QCOMPARE(lexicon.emojiValenceSource(emoji), u"descriptive"_s);
        ++listed;
    }
    QVERIFY(listed > 500);
    for (const QString &emoji : {u"📸"_s, u"📖"_s, u"✍"_s, u"🔴"_s, u"👉"_s})
        QCOMPARE(lexicon.emojiValenceSource(emoji), u"descriptive"_s);
    double valence = 0.0;
    QVERIFY(lexicon.emojiValence(u"👉", &valence)); // the ranking has it at +0.39 on 292 occurrences
    QCOMPARE(valence, 0.0);
    QVERIFY(lexicon.emojiValence(u"🔥", &valence)); // sky & weather: not descriptive
    QVERIFY(valence > 0);
    QVERIFY(lexicon.emojiValenceSource(u"🖕") != u"descriptive"_s); // excluded from its subgroup: a hostile gesture
}

QTEST_GUILESS_MAIN(TestSentimentTables)
#include "testSentimentTables.moc"
