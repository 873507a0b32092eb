#include "sentiment/tablegen/LanguageLexiconBuilder.h"

#include "sentiment/LanguageText.h"
#include "sentiment/SentimentToken.h"
#include "sentiment/tablegen/LexiconBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

// Whether adjectives of a translated lexicon also count in their other genders and numbers ("bueno" -> "buena",
// "buenos", "buenas"); see deriveInflections().
constexpr bool kDeriveInflections = true;

bool readText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool isKeyCharacter(QChar c)
{
    return c.isLetter() || c == u' ' || c == u'\'' || c == QChar(0x2019) || c == u'-';
}

// A translated entry as words (lower-cased, trimmed, punctuation at the ends dropped), or empty if it holds
// anything but letters, spaces, apostrophes and hyphens (the translations have a few broken entries such as
// `puede "t soportar`).
QStringList entryWords(const QString &raw)
{
    QString text = raw.toLower().trimmed();
    while (!text.isEmpty() && text.front().unicode() < 0x80 && text.front().isPunct() && text.front() != u'\'')
        text.remove(0, 1);
    while (!text.isEmpty() && text.back().unicode() < 0x80 && text.back().isPunct() && text.back() != u'\'')
        text.chop(1);
    if (text.isEmpty() || !std::all_of(text.begin(), text.end(), isKeyCharacter))
        return {};
    return text.split(u' ', Qt::SkipEmptyParts);
}

quint8 languageBit(Language language)
{
    return quint8(1u << unsigned(language));
}

const char *rulesRoleHelp()
{
    return "function, negation, postneg, booster+, booster-, but, clitic, superlative, word, drop";
}

} // namespace

const LanguageLexiconBuilder::Word *LanguageLexiconBuilder::LanguageData::word(QStringView key) const
{
    const int i = index.find(key);
    return i >= 0 ? &words[std::size_t(i)] : nullptr;
}

LanguageLexiconBuilder::Word &LanguageLexiconBuilder::LanguageData::wordFor(QStringView key)
{
    const int i = index.find(key);
    if (i >= 0)
        return words[std::size_t(i)];
    index.insert(key, int(words.size()));
    Word word;
    word.key = key.toString();
    words.push_back(word);
    return words.back();
}

QStringList LanguageLexiconBuilder::lexiconFiles(Language language)
{
    switch (language) {
    case Language::English:
        return {u"AFINN-en-165.txt"_s, u"rules-en.tsv"_s};
    case Language::Spanish:
        return {u"multilang-AFINN-es.json"_s, u"rules-es.tsv"_s};
    case Language::Portuguese:
        return {u"multilang-AFINN-pt.json"_s, u"rules-pt.tsv"_s};
    case Language::German:
        return {u"multilang-AFINN-de.json"_s, u"rules-de.tsv"_s};
    case Language::French:
        // The AFINN author's own French list after the machine translation: where both have a word, his wins.
        return {u"multilang-AFINN-fr.json"_s, u"AFINN-fr-165.txt"_s, u"rules-fr.tsv"_s};
    case Language::Italian:
        return {u"multilang-AFINN-it.json"_s, u"rules-it.tsv"_s};
    case Language::Undetermined:
    case Language::Other:
        break;
    }
    return {};
}

const LanguageLexiconBuilder::LanguageData *LanguageLexiconBuilder::language(Language language) const
{
    for (const LanguageData &data : m_languages) {
        if (data.language == language)
            return &data;
    }
    return nullptr;
}

bool LanguageLexiconBuilder::build(const QString &directory, LexiconBuilder &english, QString *error)
{
    if (!buildScale(directory, english, error))
        return false;
    // English: only the common words (detection); its scoring is VADER's.
    {
        LanguageData englishData;
        englishData.language = Language::English;
        if (!loadRules(QDir(directory).filePath(u"rules-en.tsv"_s), englishData, english, error))
            return false;
        if (!englishData.phrases.empty() || englishData.lexiconWordCount > 0) {
            *error = u"rules-en.tsv: English takes function words only"_s;
            return false;
        }
    }
    for (const Language language : kScoredLanguages) {
        if (language != Language::English && !loadLanguage(directory, language, english, error))
            return false;
    }
    for (const auto &[language, word] : m_functionWords) {
        if (language == Language::English)
            english.markFunctionWord(word);
        else
            english.markForeignFunctionWord(word);
    }
    buildDetection(english);
    return true;
}

bool LanguageLexiconBuilder::buildScale(const QString &directory, const LexiconBuilder &english, QString *error)
{
    QString text;
    if (!readText(QDir(directory).filePath(u"AFINN-en-165.txt"_s), &text, error))
        return false;
    std::array<double, 11> sums{};
    std::array<int, 11> counts{};
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        bool ok = false;
        const int level = line.sliced(tab + 1).trimmed().toInt(&ok);
        if (!ok || level < -5 || level > 5 || level == 0)
            continue;
        m_englishWords.insert(LanguageText::detectionKey(line.first(tab).toString().toLower()), 1);
        const LexiconBuilder::Word *word = english.word(line.first(tab));
        if (!word || word->lexiconIndex < 0)
            continue;
        sums[std::size_t(level + 5)] += word->valence;
        ++counts[std::size_t(level + 5)];
    }
    // Pool adjacent violators, separately for the negative and the positive levels.
    for (const auto &[first, last] : {std::pair{0, 4}, std::pair{6, 10}}) {
        struct Block
        {
            double sum;
            int count;
            int levels;
        };
        std::vector<Block> blocks;
        for (int level = first; level <= last; ++level) {
            if (counts[std::size_t(level)] == 0) {
                *error = u"AFINN-en-165.txt: no word of level %1 is in the VADER lexicon"_s.arg(level - 5);
                return false;
            }
            blocks.push_back({sums[std::size_t(level)], counts[std::size_t(level)], 1});
            while (blocks.size() > 1) {
                const Block &b = blocks.back();
                const Block &a = blocks[blocks.size() - 2];
                if (a.sum / a.count <= b.sum / b.count)
                    break;
                const Block merged{a.sum + b.sum, a.count + b.count, a.levels + b.levels};
                blocks.pop_back();
                blocks.back() = merged;
            }
        }
        int level = first;
        for (const Block &block : blocks) {
            for (int k = 0; k < block.levels; ++k)
                m_afinnScale[std::size_t(level++)] = block.sum / block.count;
        }
    }
    m_afinnScale[5] = 0.0;
    return true;
}

bool LanguageLexiconBuilder::loadLanguage(const QString &directory, Language language, const LexiconBuilder &english,
                                          QString *error)
{
    LanguageData data;
    data.language = language;
    const QStringList files = lexiconFiles(language);
    for (const QString &file : files) {
        if (file.startsWith(u"rules-"))
            continue;
        if (!loadTranslations(QDir(directory).filePath(file), data, error))
            return false;
    }
    if (!loadRules(QDir(directory).filePath(u"rules-%1.tsv"_s.arg(languageCode(language))), data, english, error))
        return false;
    for (Word &word : data.words) {
        // Negations and boosters carry no valence of their own (as in VADER). Nor do the language's common words
        // from the translations: those valences are mistranslations of homographs (French "plus" from "plus",
        // "sur" from "sure", Spanish "si" = "if" from "yes"); a common word with a sentiment has a gloss.
        if (word.negation || word.booster != 0 || word.clitic || (word.function && word.source != 'g')) {
            word.inLexicon = false;
            word.valence = 0.0;
        }
    }
    if (kDeriveInflections)
        deriveInflections(data);
    // A translated superlative ("bellissimo") whose adjective is in the lexicon is left to the superlative rule
    // (the adjective plus a booster step), so that it always says more than the adjective.
    for (Word &word : data.words) {
        if (!word.inLexicon || word.source == 'g')
            continue;
        for (const QString &suffix : std::as_const(data.superlatives)) {
            if (word.key.size() < suffix.size() + 3 || !word.key.endsWith(suffix))
                continue;
            const QString stem = word.key.first(word.key.size() - suffix.size());
            bool hasBase = false;
            for (const QStringView ending : {u"o", u"a", u"e", u""}) {
                const Word *base = data.word(QString(stem + ending.toString()));
                hasBase = hasBase || (base && base->inLexicon);
            }
            if (hasBase) {
                word.inLexicon = false;
                word.valence = 0.0;
                word.source = 'd';
            }
        }
    }
    data.lexiconWordCount = 0;
    for (const Word &word : data.words)
        data.lexiconWordCount += word.inLexicon ? 1 : 0;
    // A translated phrase with a negation in it ("no me gusta", "pas bon", "nicht gut") is left to the negation
    // rule, which reads its words one by one (and would otherwise turn it around a second time after "ne").
    data.phrases.erase(std::remove_if(data.phrases.begin(), data.phrases.end(),
                                      [&data](const Phrase &phrase) {
                                          return std::any_of(phrase.words.begin(), phrase.words.end(),
                                                             [&data](const QString &word) {
                                                                 const Word *entry = data.word(word);
                                                                 return entry && entry->negation;
                                                             });
                                      }),
                       data.phrases.end());
    std::sort(data.phrases.begin(), data.phrases.end(),
              [](const Phrase &a, const Phrase &b) { return a.words.join(u' ') < b.words.join(u' '); });
    for (const Phrase &phrase : data.phrases)
        data.wordFor(phrase.words.constFirst()).marks |= MarkPhraseStart;
    m_languages.push_back(std::move(data));
    return true;
}

bool LanguageLexiconBuilder::loadTranslations(const QString &path, LanguageData &data, QString *error)
{
    QString text;
    if (!readText(path, &text, error))
        return false;
    // Entries (original spelling, AFINN level) in file order; a JSON object is read in key order.
    std::vector<std::pair<QString, int>> entries;
    if (path.endsWith(u".json")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (!document.isObject()) {
            *error = path + u": "_s + parseError.errorString();
            return false;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.emplace_back(it.key(), it.value().toInt());
    } else {
        for (const QStringView line : QStringView(text).split(u'\n')) {
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                continue;
            bool ok = false;
            const int level = line.sliced(tab + 1).trimmed().toInt(&ok);
            if (ok)
                entries.emplace_back(line.first(tab).toString(), level);
        }
    }
    // Several spellings may meet in one key ("está", "esta"): the key takes their mean valence. A later file
    // replaces an earlier one's.
    std::map<QString, std::pair<double, int>> singles;
    std::map<QString, std::pair<double, int>> multis;
    std::map<QString, bool> capitalised; // a key that only ever came capitalised (German nouns)
    for (const auto &[raw, level] : entries) {
        if (level < -5 || level > 5 || level == 0)
            continue;
        const QStringList words = entryWords(raw);
        if (words.isEmpty())
            continue;
        QStringList keys;
        for (const QString &word : words)
            keys.append(LanguageText::key(word, data.language));
        const double valence = m_afinnScale[std::size_t(level + 5)];
        auto &target = keys.size() == 1 ? singles : multis;
        auto &slot = target[keys.join(u' ')];
        slot.first += valence;
        ++slot.second;
        if (keys.size() == 1) {
            const bool upper = raw.trimmed().front().isUpper();
            const auto found = capitalised.find(keys.front());
            capitalised[keys.front()] = (found == capitalised.end() || found->second) && upper;
            m_lexiconSpellings.emplace_back(data.language, words.front());
        }
    }
    for (const auto &[key, slot] : singles) {
        Word &word = data.wordFor(key);
        word.valence = slot.first / slot.second;
        word.inLexicon = true;
        word.source = capitalised[key] ? 'N' : 'a'; // 'N': a noun (German), not inflected like an adjective
        word.gloss.clear();
    }
    for (const auto &[key, slot] : multis) {
        const QStringList words = key.split(u' ');
        const auto same = std::find_if(data.phrases.begin(), data.phrases.end(),
                                       [&words](const Phrase &p) { return p.words == words; });
        if (same != data.phrases.end())
            same->valence = slot.first / slot.second;
        else
            data.phrases.push_back(Phrase{words, slot.first / slot.second});
    }
    return true;
}

void LanguageLexiconBuilder::deriveInflections(LanguageData &data)
{
    // Gender and number of adjectives (and the participles the translations are full of): the translations list
    // mostly one form ("bueno" but not "buena"). A derived form never replaces a listed one.
    std::vector<std::pair<QString, double>> derived;
    for (const Word &word : data.words) {
        if (!word.inLexicon || word.source == 'i' || word.key.size() < 3)
            continue;
        const QString &key = word.key;
        QStringList forms;
        const QString stem = key.first(key.size() - 1);
        switch (data.language) {
        case Language::Spanish:
        case Language::Portuguese:
            if (key.endsWith(u'o'))
                forms = {stem + u'a', stem + u"os"_s, stem + u"as"_s};
            else if (key.endsWith(u'a'))
                forms = {stem + u'o', stem + u"as"_s, stem + u"os"_s};
            else if (key.endsWith(u'e'))
                forms = {key + u's'};
            break;
        case Language::Italian:
            if (key.endsWith(u'o'))
                forms = {stem + u'a', stem + u'i', stem + u'e'};
            else if (key.endsWith(u'a'))
                forms = {stem + u'o', stem + u'e', stem + u'i'};
            else if (key.endsWith(u'e'))
                forms = {stem + u'i'};
            break;
        case Language::French:
            if (key.endsWith(u"eux"))
                forms = {stem + u"se"_s, stem + u"ses"_s};
            else if (key.endsWith(u'e'))
                forms = {key + u's'};
            else if (!key.endsWith(u's') && !key.endsWith(u'x'))
                forms = {key + u'e', key + u's', key + u"es"_s};
            break;
        case Language::German:
            if (word.source == 'N')
                break; // nouns are not declined like adjectives
            if (key.endsWith(u'e'))
                forms = {key + u'n', key + u'r', key + u's', key + u'm'};
            else if (!key.endsWith(u'n'))
                forms = {key + u'e', key + u"en"_s, key + u"er"_s, key + u"es"_s, key + u"em"_s};
            break;
        default:
            break;
        }
        for (const QString &form : forms)
            derived.emplace_back(form, word.valence);
    }
    for (const auto &[form, valence] : derived) {
        // Never a listed word, a dropped one, or a word with a rule ("mas" is no form of "mal").
        if (data.word(form))
            continue;
        Word &word = data.wordFor(form);
        word.valence = valence;
        word.inLexicon = true;
        word.source = 'i';
    }
}

bool LanguageLexiconBuilder::loadRules(const QString &path, LanguageData &data, const LexiconBuilder &english,
                                       QString *error)
{
    QString text;
    if (!readText(path, &text, error))
        return false;
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const auto fail = [&](const QString &message) {
            *error = u"%1:%2: %3"_s.arg(path).arg(lineNumber).arg(message);
            return false;
        };
        if (tab <= 0)
            return fail(u"expected <role><TAB>..."_s);
        const QStringView role = line.first(tab);
        const QStringView rest = line.sliced(tab + 1).trimmed();
        const auto key = [&data](QStringView word) {
            return data.language == Language::English ? word.toString().toLower()
                                                      : LanguageText::key(word.toString().toLower(), data.language);
        };
        if (role == u"word" || role == u"drop") {
            const qsizetype glossTab = rest.indexOf(u'\t');
            const QStringView entry = glossTab < 0 ? rest : rest.first(glossTab);
            QStringList keys;
            for (const QStringView word : entry.split(u' ', Qt::SkipEmptyParts))
                keys.append(key(word));
            if (keys.isEmpty())
                return fail(u"no word"_s);
            if (role == u"drop") {
                if (keys.size() == 1) {
                    // Also a form that would only be derived (inflections come after the rules): it stays out.
                    Word &word = data.wordFor(keys.front());
                    word.inLexicon = false;
                    word.valence = 0.0;
                    word.source = 'd';
                } else {
                    data.phrases.erase(std::remove_if(data.phrases.begin(), data.phrases.end(),
                                                      [&keys](const Phrase &p) { return p.words == keys; }),
                                       data.phrases.end());
                }
                continue;
            }
            if (glossTab < 0)
                return fail(u"a word needs an English gloss"_s);
            const QString gloss = rest.sliced(glossTab + 1).trimmed().toString();
            const LexiconBuilder::Word *glossWord = english.word(gloss);
            if (!glossWord || glossWord->lexiconIndex < 0)
                return fail(u"the gloss '%1' is not in vader_lexicon.txt"_s.arg(gloss));
            if (keys.size() == 1) {
                Word &word = data.wordFor(keys.front());
                word.valence = glossWord->valence;
                word.inLexicon = true;
                word.source = 'g';
                word.gloss = gloss;
                m_lexiconSpellings.emplace_back(data.language, entry.toString().toLower());
            } else {
                const auto same = std::find_if(data.phrases.begin(), data.phrases.end(),
                                               [&keys](const Phrase &p) { return p.words == keys; });
                if (same != data.phrases.end())
                    same->valence = glossWord->valence;
                else
                    data.phrases.push_back(Phrase{keys, glossWord->valence});
            }
            continue;
        }
        const QList<QStringView> words = rest.split(u' ', Qt::SkipEmptyParts);
        if (role == u"superlative") {
            for (const QStringView word : words)
                data.superlatives.append(key(word));
            continue;
        }
        for (const QStringView raw : words) {
            const QString k = key(raw);
            if (role == u"function") {
                if (data.language != Language::English)
                    data.wordFor(k).function = true;
                m_functionWords.emplace_back(data.language, k);
                continue;
            }
            if (data.language == Language::English)
                return fail(u"English takes function words only"_s);
            Word &word = data.wordFor(k);
            if (role == u"negation")
                word.negation = true;
            else if (role == u"postneg")
                word.marks |= MarkPostNegation;
            else if (role == u"booster+")
                word.booster = 1;
            else if (role == u"booster-")
                word.booster = -1;
            else if (role == u"but")
                word.marks |= MarkBut;
            else if (role == u"clitic")
                word.clitic = true;
            else
                return fail(u"unknown role '%1' (use %2)"_s.arg(role.toString(), QLatin1StringView(rulesRoleHelp())));
        }
    }
    return true;
}

void LanguageLexiconBuilder::addDetection(const QString &key, Language language, bool function)
{
    if (key.isEmpty() || !std::any_of(key.begin(), key.end(), [](QChar c) { return c.isLetter(); }))
        return;
    int index = m_detectionIndex.find(key);
    if (index < 0) {
        index = int(m_detection.size());
        m_detectionIndex.insert(key, index);
        m_detection.push_back(DetectionWord{key, 0, 0});
    }
    DetectionWord &entry = m_detection[std::size_t(index)];
    if (function)
        entry.functionMask |= languageBit(language);
    else
        entry.lexiconMask |= languageBit(language);
}

void LanguageLexiconBuilder::buildDetection(const LexiconBuilder &english)
{
    for (const auto &[language, word] : m_functionWords) {
        addDetection(LanguageText::detectionKey(word), language, true);
        if (language == Language::English)
            m_englishWords.insert(LanguageText::detectionKey(word), 1);
    }
    for (const LexiconBuilder::Word &word : english.words()) {
        if (word.lexiconIndex >= 0 && !word.key.contains(u' ')) {
            const QString key = LanguageText::detectionKey(word.key);
            m_englishWords.insert(key, 1);
            addDetection(key, Language::English, false);
        }
    }
    const auto addForeign = [this](const QString &key, Language language) {
        if (!m_englishWords.contains(key))
            addDetection(key, language, false);
    };
    for (const LanguageData &data : m_languages) {
        for (const Word &word : data.words) {
            if (word.inLexicon)
                addForeign(LanguageText::detectionKey(word.key), data.language);
        }
    }
    for (const auto &[language, spelling] : m_lexiconSpellings)
        addForeign(LanguageText::detectionKey(spelling), language);
}

} // namespace reelpulse::sentiment
