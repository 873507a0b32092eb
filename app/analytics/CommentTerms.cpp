#include "analytics/CommentTerms.h"

#include "sentiment/EmojiScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

using sentiment::EmojiScanner;

/// The common little words of the languages most comments are written in: they say nothing about a brand.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QString list =
            // English
            u"the and you for this that with are was were have has had not but your they them their its it's "
            "our out all any can could would should will just than then there here what when where who why how "
            "from into about more most some such very too also been being get got his her him she he one two "
            "i'm im don't dont didn't cant can't it’s i’m don’t let let's yes yeah lol omg ever much many "
            "only over own same so off now did does doing which while because until again each few other "
            // Spanish
            "que los las por para una uno unos unas con del como pero más mas muy sus ese esa eso esta este esto "
            "estos estas son fue ser hay está esta están ya sin sobre también tambien porque cuando donde todo "
            "todos todas nos les mis tus le lo la el en es se de un al y o a mi tu te me "
            // German
            "und der die das ich ist nicht mit ein eine einen einem einer den dem des sie wir ihr auch auf aus "
            "bei bin bist für fur von vom zum zur war waren wie was wer wo noch nur schon sehr so dass aber oder "
            "hat habe haben sind mal mir mich dich dir man kann kein keine"_s;
        for (const QString &w : list.split(u' ', Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

bool isEmojiBase(char32_t cp)
{
    if (EmojiScanner::isSkinTone(cp) || EmojiScanner::isVariationSelector(cp) || EmojiScanner::isTag(cp))
        return false;
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x203C || cp == 0x2049 || cp == 0x3030 || cp == 0x303D ||
           cp == 0x3297 || cp == 0x3299;
}

/// Appends each emoji of `text` (normalised: without skin tones, variation selectors and tags) to `out`.
void emojiOf(QStringView text, QStringList &out)
{
    qsizetype i = 0;
    while (i < text.size()) {
        int length = 0;
        const char32_t cp = EmojiScanner::codePointAt(text, i, &length);
        if (EmojiScanner::isRegionalIndicator(cp)) {
            // A flag is a pair of regional indicators.
            int next = 0;
            if (i + length < text.size() &&
                EmojiScanner::isRegionalIndicator(EmojiScanner::codePointAt(text, i + length, &next))) {
                out.append(text.sliced(i, length + next).toString());
                i += length + next;
            } else {
                i += length;
            }
            continue;
        }
        if (!isEmojiBase(cp)) {
            i += length;
            continue;
        }
        // The cluster: the base, its modifiers, and emoji joined by ZWJ.
        qsizetype end = i + length;
        while (end < text.size()) {
            int l = 0;
            const char32_t next = EmojiScanner::codePointAt(text, end, &l);
            if (EmojiScanner::isSkinTone(next) || EmojiScanner::isVariationSelector(next) ||
                EmojiScanner::isTag(next) || next == 0x20E3) {
                end += l;
            } else if (next == 0x200D && end + l < text.size()) {
                int l2 = 0;
                const char32_t joined = EmojiScanner::codePointAt(text, end + l, &l2);
                if (!isEmojiBase(joined))
                    break;
                end += l + l2;
            } else {
                break;
            }
        }
        QString key;
        EmojiScanner::appendNormalisedKey(text.sliced(i, end - i), key);
        out.append(key);
        i = end;
    }
}

QList<TermCount> ranked(const QHash<QString, int> &counts, int limit)
{
    QList<TermCount> list;
    list.reserve(counts.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const TermCount &a, const TermCount &b) {
        return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    if (limit >= 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

ChartData termChart(ChartKind kind, const QString &title, const QString &seriesName, const QList<TermCount> &terms,
                    const QString &emptyHint, const QString &note)
{
    ChartData c;
    c.kind = kind;
    c.title = title;
    c.valueTitle = seriesName;
    c.emptyHint = emptyHint;
    c.note = note;
    CategorySeries counts{seriesName, {}};
    for (const TermCount &t : terms) {
        c.categories.append(t.term);
        counts.values.append(t.count);
    }
    c.bars = {counts};
    return c;
}

} // namespace

QList<TermCount> topWords(const QStringList &texts, int limit)
{
    static const QRegularExpression links(u"(https?://|www\\.)\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    QHash<QString, int> counts;
    const QSet<QString> &stop = stopWords();
    for (const QString &raw : texts) {
        QString text = raw;
        if (text.contains(u"http"_s, Qt::CaseInsensitive) || text.contains(u"www."_s, Qt::CaseInsensitive))
            text.replace(links, u" "_s);
        QSet<QString> seen;
        qsizetype i = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == u'@' || c == u'#') {
                // A mention or a hashtag: skipped whole.
                ++i;
                while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_' || text.at(i) == u'.'))
                    ++i;
                continue;
            }
            if (!c.isLetter()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            int letters = 0;
            while (i < text.size()) {
                const QChar d = text.at(i);
                const bool apostrophe =
                    (d == u'\'' || d == QChar(0x2019)) && i + 1 < text.size() && text.at(i + 1).isLetter() && i > start;
                if (d.isLetter() || d.isMark()) {
                    letters += d.isLetter() ? 1 : 0;
                } else if (!apostrophe && !d.isDigit()) {
                    break;
                }
                ++i;
            }
            const QString word = text.sliced(start, i - start).toLower();
            if (letters >= 3 && !stop.contains(word))
                seen.insert(word);
        }
        for (const QString &word : std::as_const(seen))
            ++counts[word];
    }
    return ranked(counts, limit);
}

QList<TermCount> topEmoji(const QStringList &texts, int limit)
{
    QHash<QString, int> counts;
    QStringList found;
    for (const QString &text : texts) {
        found.clear();
        emojiOf(text, found);
        for (const QString &e : std::as_const(found))
            ++counts[e];
    }
    return ranked(counts, limit);
}

QList<HashtagRank> rankHashtags(const QList<PostPoint> &posts, const DateRange &range, int minPosts, int limit)
{
    QHash<QString, std::pair<int, double>> tags; // posts, engagement sum
    for (const PostPoint &p : posts) {
        if (!p.engagement || !p.item.takenAt || !range.contains(*p.item.takenAt))
            continue;
        QSet<QString> own;
        for (const QString &tag : p.item.hashtags) {
            QString key = tag.trimmed().toLower();
            if (key.startsWith(u'#'))
                key.remove(0, 1);
            if (!key.isEmpty())
                own.insert(u"#"_s + key);
        }
        for (const QString &key : std::as_const(own)) {
            auto &entry = tags[key];
            ++entry.first;
            entry.second += static_cast<double>(*p.engagement);
        }
    }
    QList<HashtagRank> list;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        if (it->first >= std::max(1, minPosts))
            list.append({it.key(), it->first, it->second / it->first});
    std::sort(list.begin(), list.end(), [](const HashtagRank &a, const HashtagRank &b) {
        if (a.meanEngagement != b.meanEngagement)
            return a.meanEngagement > b.meanEngagement;
        if (a.posts != b.posts)
            return a.posts > b.posts;
        return a.tag < b.tag;
    });
    if (limit >= 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

ChartData wordsChart(const QList<TermCount> &words, const QString &sampleNote)
{
    return termChart(
        ChartKind::Words,
        QCoreApplication::translate("reelpulse::analytics::CommentTerms", "Most frequent words in comments"),
        QCoreApplication::translate("reelpulse::analytics::CommentTerms", "comments"), words,
        QCoreApplication::translate("reelpulse::analytics::CommentTerms",
                                    "No comment text in this range: scrape comments to see their words."),
        sampleNote);
}

ChartData emojiChart(const QList<TermCount> &emoji, const QString &sampleNote)
{
    return termChart(
        ChartKind::Emoji,
        QCoreApplication::translate("reelpulse::analytics::CommentTerms", "Most frequent emoji in comments"),
        QCoreApplication::translate("reelpulse::analytics::CommentTerms", "times used"), emoji,
        QCoreApplication::translate("reelpulse::analytics::CommentTerms", "No emoji in the comments of this range."),
        sampleNote);
}

ChartData hashtagsChart(const QList<HashtagRank> &tags, const DateRange &range)
{
    ChartData c;
    c.kind = ChartKind::Hashtags;
    c.title = QCoreApplication::translate("reelpulse::analytics::CommentTerms",
                                          "Hashtags by the mean engagement of their posts");
    c.valueTitle = QCoreApplication::translate("reelpulse::analytics::CommentTerms", "mean engagement");
    c.rangeText = range.describe();
    c.emptyHint = QCoreApplication::translate(
        "reelpulse::analytics::CommentTerms",
        "No post with hashtags and known engagement in this range: scrape the profile first.");
    c.note = QCoreApplication::translate(
        "reelpulse::analytics::CommentTerms",
        "Each hashtag's posts in the range: their mean likes + comments + saves + shares (the counts "
        "known). The number of posts is in brackets.");
    CategorySeries mean{QCoreApplication::translate("reelpulse::analytics::CommentTerms", "mean engagement"), {}};
    for (const HashtagRank &t : tags) {
        c.categories.append(
            QCoreApplication::translate("reelpulse::analytics::CommentTerms", "%1 (%2)").arg(t.tag).arg(t.posts));
        mean.values.append(std::round(t.meanEngagement * 10.0) / 10.0);
    }
    c.bars = {mean};
    return c;
}

} // namespace reelpulse::analytics
