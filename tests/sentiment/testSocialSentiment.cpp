#include "sentiment/SentimentAnalyzer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

Q_DECLARE_METATYPE(reelpulse::sentiment::Label)

// Social mode on Instagram-style comments, and each documented difference from the reference (docs/sentiment.md).
class TestSocialSentiment final : public QObject
{
    Q_OBJECT

private slots:
    void testCommentLabels_data();
    void testCommentLabels();
    void testDifferencesFromReference_data();
    void testDifferencesFromReference();
    void testEmojiClusters();
    void testRepeatedEmoji();
    void testExplanation();
    void testSameAsReferenceWithoutEmoji_data();
    void testSameAsReferenceWithoutEmoji();
    void testCalibration_data();
    void testCalibration();
    void testHashtagWords();
    void testMentionsCarryNothing();
};

void TestSocialSentiment::testCommentLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Label>("expected");
    const Label pos = Label::Positive;
    const Label neg = Label::Negative;
    const Label neu = Label::Neutral;
    // The acceptance forms.
    QTest::newRow("red heart") << u"❤️"_s << pos;
    QTest::newRow("fire x3") << u"🔥🔥🔥"_s << pos;
    QTest::newRow("heart eyes x2") << u"😍😍"_s << pos;
    QTest::newRow("heart eyes") << u"😍"_s << pos;
    QTest::newRow("raising hands") << u"🙌"_s << pos;
    QTest::newRow("love it heart") << u"love it ❤️"_s << pos;
    QTest::newRow("love it hearts") << u"love it ❤️❤️"_s << pos;
    QTest::newRow("pouting") << u"😡"_s << neg;
    QTest::newRow("broken heart") << u"💔"_s << neg;
    QTest::newRow("worst service") << u"worst service 😡"_s << neg;
    QTest::newRow("not heart eyes") << u"not 😍"_s << neg;
    // More comment forms.
    QTest::newRow("heart on fire") << u"❤️‍🔥"_s << pos;
    QTest::newRow("thumbs up, skin tone") << u"👍🏽"_s << pos;
    QTest::newRow("clapping, skin tone") << u"amazing work 👏🏾👏🏾"_s << pos;
    QTest::newRow("white heart (newer than the ranking)") << u"🤍"_s << pos;
    QTest::newRow("smiling with hearts") << u"🥰"_s << pos;
    QTest::newRow("heart hands") << u"🫶"_s << pos;
    QTest::newRow("queen") << u"queen 👑"_s << pos;
    QTest::newRow("best with hearts") << u"you are the best ❤️🔥"_s << pos;
    QTest::newRow("congrats") << u"congrats!!! 🎉🎉"_s << pos;
    QTest::newRow("laughing glued") << u"lol😂"_s << pos;
    QTest::newRow("elongated") << u"soooo goooood"_s << pos;
    QTest::newRow("elongated love") << u"loooove it"_s << pos;
    QTest::newRow("hashtags") << u"#love #happy #blessed"_s << pos;
    QTest::newRow("mention") << u"@jane_doe you look great"_s << pos;
    QTest::newRow("proud") << u"I'm so sad 😭💔 but proud of you ❤️"_s << pos;
    QTest::newRow("angry x3") << u"😡😡😡"_s << neg;
    QTest::newRow("worst update") << u"worst update ever 😡😡"_s << neg;
    QTest::newRow("rolling eyes") << u"not funny 🙄"_s << neg;
    QTest::newRow("thumbs down") << u"this is so bad 👎"_s << neg;
    QTest::newRow("vomiting") << u"🤮"_s << neg;
    QTest::newRow("never again") << u"never buying again 💔"_s << neg;
    QTest::newRow("cannot stand") << u"I can't stand this filter"_s << neg;
    QTest::newRow("hater") << u"@hater you are the worst"_s << neg;
    QTest::newRow("sad tag") << u"#sad"_s << neg;
    QTest::newRow("flag") << u"🇺🇸"_s << neu;
    QTest::newRow("keycap") << u"1️⃣"_s << neu;
    QTest::newRow("link") << u"Check this out https://example.com/good-vibes"_s << neu;
    QTest::newRow("question") << u"what size is this?"_s << neu;
    QTest::newRow("empty") << QString() << neu;
    QTest::newRow("spaces") << u"   "_s << neu;
}

void TestSocialSentiment::testCommentLabels()
{
    QFETCH(QString, text);
    QFETCH(Label, expected);
    const SentimentScore score = SentimentAnalyzer::instance(Mode::Social).score(text);
    QVERIFY2(score.label == expected, qPrintable(text + u" scored "_s + QString::number(score.compound)));
}

void TestSocialSentiment::testDifferencesFromReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Label>("reference");
    QTest::addColumn<Label>("social");
    // Each row is one documented difference; the reference label is what vaderSentiment 3.3.x says.
    QTest::newRow("U+FE0F heart") << u"❤️"_s << Label::Neutral << Label::Positive;
    QTest::newRow("fire is not 'fire'") << u"🔥🔥🔥"_s << Label::Negative << Label::Positive;
    QTest::newRow("broken heart by ranking") << u"💔"_s << Label::Positive << Label::Negative;
    QTest::newRow("pouting face by ranking") << u"😡"_s << Label::Neutral << Label::Negative;
    QTest::newRow("skin tone") << u"👍🏽"_s << Label::Neutral << Label::Positive;
    QTest::newRow("ZWJ sequence") << u"❤️‍🔥"_s << Label::Negative << Label::Positive;
    QTest::newRow("newer emoji") << u"🤍"_s << Label::Neutral << Label::Positive;
    QTest::newRow("negation only next to emoji") << u"never buying again 💔"_s << Label::Negative << Label::Negative;
    QTest::newRow("elongation") << u"soooo goooood"_s << Label::Neutral << Label::Positive;
    QTest::newRow("multi-word entry") << u"I can't stand this filter"_s << Label::Neutral << Label::Negative;
    QTest::newRow("laden idiom") << u"feeling under the weather"_s << Label::Positive << Label::Negative;
    QTest::newRow("flag is neutral") << u"🇺🇸"_s << Label::Neutral << Label::Neutral;
    QTest::newRow("mention is a name") << u"@hater"_s << Label::Negative << Label::Neutral;
    QTest::newRow("camel-case hashtag") << u"#SunsetLover"_s << Label::Neutral << Label::Positive;
    QTest::newRow("hashtag block") << u"Morning run by the harbour #love #happy #beautiful #instagood"_s
                                   << Label::Positive << Label::Neutral;
}

void TestSocialSentiment::testDifferencesFromReference()
{
    QFETCH(QString, text);
    QFETCH(Label, reference);
    QFETCH(Label, social);
    QCOMPARE(SentimentAnalyzer::instance(Mode::Reference).score(text).label, reference);
    QCOMPARE(SentimentAnalyzer::instance(Mode::Social).score(text).label, social);
}

void TestSocialSentiment::testEmojiClusters()
{
    const SentimentAnalyzer &social = SentimentAnalyzer::instance(Mode::Social);
    // U+FE0F, skin tones and ZWJ joins do not change what an emoji is worth.
    QCOMPARE(social.score(u"❤️"_s).compound, social.score(u"❤"_s).compound);
    QCOMPARE(social.score(u"👍🏿"_s).compound, social.score(u"👍"_s).compound);
    QCOMPARE(social.score(u"great 👏🏻"_s).compound, social.score(u"great 👏"_s).compound);
    // A links' '?' and '!' are not emphasis.
    QCOMPARE(social.score(u"love it http://x.com/p?a=1?b=2"_s).compound, social.score(u"love it"_s).compound);
    // Punctuation glued to an emoji is not a neutral word.
    QCOMPARE(social.score(u"😍!!!"_s).neu, 0.0);
}

void TestSocialSentiment::testRepeatedEmoji()
{
    const SentimentAnalyzer &social = SentimentAnalyzer::instance(Mode::Social);
    const double one = social.score(u"🔥"_s).compound;
    const double three = social.score(u"🔥🔥🔥"_s).compound;
    const double ten = social.score(u"🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥"_s).compound;
    // Repeats add emphasis, like "!!!", up to three extra copies; they are not summed as separate words.
    QVERIFY(three > one);
    QCOMPARE(ten, social.score(u"🔥🔥🔥🔥"_s).compound);
    QVERIFY(ten < 0.5);
    // Spaces between the copies do not matter.
    QCOMPARE(social.score(u"😍 😍 😍"_s).compound, social.score(u"😍😍😍"_s).compound);
}

void TestSocialSentiment::testExplanation()
{
    const QString text = u"worst service 😡😡"_s;
    const SentimentExplanation explanation = SentimentAnalyzer::instance(Mode::Social).explain(text);
    QCOMPARE(explanation.score.label, Label::Negative);
    QCOMPARE(explanation.contributions.size(), 2);
    const SentimentContribution &word = explanation.contributions.at(0);
    QCOMPARE(word.text, u"worst"_s);
    QCOMPARE(word.position, 0);
    QVERIFY(word.weight < 0);
    QVERIFY(!word.emoji);
    const SentimentContribution &emoji = explanation.contributions.at(1);
    QCOMPARE(emoji.text, u"😡😡"_s);
    QCOMPARE(text.mid(emoji.position, emoji.length), u"😡😡"_s);
    QCOMPARE(emoji.repeat, 2);
    QVERIFY(emoji.emoji);
    QVERIFY(emoji.weight < 0);
}

void TestSocialSentiment::testSameAsReferenceWithoutEmoji_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("negation") << u"The food was not good."_s;
    QTest::newRow("but") << u"The photo is good, but the caption is awful."_s;
    QTest::newRow("caps") << u"I HATE this filter"_s;
    QTest::newRow("degree") << u"kind of good"_s;
    QTest::newRow("idiom") << u"Honestly this track is the bomb"_s;
    QTest::newRow("least") << u"least favorite picture"_s;
    QTest::newRow("punctuation") << u"Great shot!!!"_s;
    QTest::newRow("emoticon") << u"nice pic :D"_s;
}

void TestSocialSentiment::testSameAsReferenceWithoutEmoji()
{
    QFETCH(QString, text);
    const SentimentScore reference = SentimentAnalyzer::instance(Mode::Reference).score(text);
    const SentimentScore social = SentimentAnalyzer::instance(Mode::Social).score(text);
    QCOMPARE(social.compound, reference.compound);
    QCOMPARE(social.pos, reference.pos);
    QCOMPARE(social.neg, reference.neg);
}

void TestSocialSentiment::testCalibration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Label>("expected");
    const Label pos = Label::Positive;
    const Label neg = Label::Negative;
    const Label neu = Label::Neutral;
    // Descriptive emoji (emoji_descriptive.tsv) mark, point or illustrate: no valence, whatever the ranking says.
    QTest::newRow("camera with flash") << u"📸"_s << neu;
    QTest::newRow("open book") << u"📖"_s << neu;
    QTest::newRow("writing hand") << u"✍️"_s << neu;
    QTest::newRow("red circle") << u"🔴"_s << neu;
    QTest::newRow("pointing right") << u"👉"_s << neu;
    QTest::newRow("pointing right, skin tone") << u"👉🏾👉🏾👉🏾"_s << neu;
    QTest::newRow("camera") << u"📷"_s << neu;
    QTest::newRow("check mark") << u"✅"_s << neu;
    QTest::newRow("caption with markers") << u"🔴 LIVE tonight at 8 👉 link in bio 📸 by the team"_s << neu;
    QTest::newRow("chapter") << u"📖 Chapter 2 is up ✍️"_s << neu;
    QTest::newRow("words still count") << u"📸 what a beautiful evening"_s << pos;
    // Weak scores count for nothing (|score| < 0.1).
    QTest::newRow("loudly crying (weak)") << u"😭"_s << neu;
    QTest::newRow("sleeping face (weak)") << u"😴"_s << neu;
    // Scores resting on few occurrences count for nothing.
    QTest::newRow("direct hit (3 occurrences)") << u"🎯"_s << neu;
    QTest::newRow("baby bottle (8 occurrences)") << u"🍼"_s << neu;
    QTest::newRow("necktie (12 occurrences)") << u"👔"_s << neu;
    // Strong, well-attested emoji keep their valence.
    QTest::newRow("skull") << u"💀"_s << neg;
    QTest::newRow("thumbs down") << u"👎"_s << neg;
    QTest::newRow("hundred points") << u"💯"_s << pos;
    QTest::newRow("party popper") << u"🎉"_s << pos;
}

void TestSocialSentiment::testCalibration()
{
    QFETCH(QString, text);
    QFETCH(Label, expected);
    const SentimentScore score = SentimentAnalyzer::instance(Mode::Social).score(text);
    QVERIFY2(score.label == expected, qPrintable(text + u" scored "_s + QString::number(score.compound)));
}

void TestSocialSentiment::testHashtagWords()
{
    const SentimentAnalyzer &social = SentimentAnalyzer::instance(Mode::Social);
    const auto compound = [&social](const QString &text) {
        return social.score(text).compound;
    };
    // A hashtag that is a word scores like the word.
    QCOMPARE(compound(u"#love"_s), compound(u"love"_s));
    QCOMPARE(compound(u"#sad"_s), compound(u"sad"_s));
    // Camel case, underscores and digits separate the words of a hashtag that is not a word as a whole.
    QCOMPARE(compound(u"#SunsetLover"_s), compound(u"sunset lover"_s));
    QCOMPARE(compound(u"#good_vibes"_s), compound(u"good vibes"_s));
    QCOMPARE(compound(u"#NotHappy"_s), compound(u"not happy"_s));
    QVERIFY(compound(u"#NotHappy"_s) < 0);
    QCOMPARE(compound(u"#GOPTaxScam"_s), compound(u"GOP tax scam"_s));
    // Abbreviations and run-together words without capitals are no words of the lexicon: neutral.
    QCOMPARE(compound(u"#tbt"_s), 0.0);
    QCOMPARE(compound(u"#ootd"_s), 0.0);
    QCOMPARE(compound(u"#sunsetlover"_s), 0.0);
    // A block of three or more hashtags is a tag list: it counts for nothing next to other words...
    QCOMPARE(compound(u"New menu today #love #happy #foodie"_s), compound(u"New menu today"_s));
    QCOMPARE(compound(u"New menu today\n.\n.\n#love • #happy • #foodie"_s), compound(u"New menu today"_s));
    // ... but one or two hashtags are read, and a text of nothing but hashtags is read as its tags.
    QVERIFY(compound(u"New menu today #love #happy"_s) > compound(u"New menu today"_s));
    QVERIFY(compound(u"I #love this menu"_s) > 0.5);
    QCOMPARE(compound(u"#love #happy #blessed"_s), compound(u"love happy blessed"_s));
}

void TestSocialSentiment::testMentionsCarryNothing()
{
    const SentimentAnalyzer &social = SentimentAnalyzer::instance(Mode::Social);
    for (const QString &text : {u"@hater"_s, u"@happy_days"_s, u"@killer.queen"_s, u"@sadboy99."_s})
        QVERIFY2(social.score(text).compound == 0.0, qPrintable(text));
    QCOMPARE(social.score(u"@sadboy great shot"_s).compound, social.score(u"great shot"_s).compound);
    QCOMPARE(social.score(u"thanks @happy_days!"_s).compound, social.score(u"thanks !"_s).compound);
    // An emoji glued to a mention still counts.
    QCOMPARE(social.score(u"@jane😍"_s).compound, social.score(u"😍"_s).compound);
    // The reference scores the name as a word.
    QCOMPARE(SentimentAnalyzer::instance(Mode::Reference).score(u"@hater"_s).label, Label::Negative);
}

QTEST_GUILESS_MAIN(TestSocialSentiment)
#include "testSocialSentiment.moc"
