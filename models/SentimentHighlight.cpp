#include "SentimentHighlight.h"

#include "sentiment/SentimentExplanation.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString signedWeight(double weight)
{
    const QString number = QLocale().toString(std::abs(weight), 'f', 1);
    return weight < 0 ? u"−"_s + number : u"+"_s + number;
}

} // namespace

QString sentimentHighlightHtml(const QString &text, const sentiment::SentimentExplanation &explanation)
{
    QList<sentiment::SentimentContribution> parts = explanation.contributions;
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
    QString html;
    qsizetype at = 0;
    for (const sentiment::SentimentContribution &part : std::as_const(parts)) {
        if (part.weight == 0.0 || part.length <= 0 || part.position < at || part.position + part.length > text.size())
            continue;
        html += escaped(QStringView(text).mid(at, part.position - at));
        const bool positive = part.weight > 0;
        const bool strong = std::abs(part.weight) >= 2.0;
        const QString background =
            positive ? (strong ? u"#a5d6a7"_s : u"#c8e6c9"_s) : (strong ? u"#ef9a9a"_s : u"#ffcdd2"_s);
        const QString colour = positive ? u"#1b5e20"_s : u"#b71c1c"_s;
        html += u"<span style=\"background-color:%1; color:%2;\" title=\"%3\">%4</span>"_s.arg(
            background, colour, signedWeight(part.weight), escaped(QStringView(text).mid(part.position, part.length)));
        at = part.position + part.length;
    }
    html += escaped(QStringView(text).mid(at));
    return html;
}

QString sentimentContributionList(const sentiment::SentimentExplanation &explanation, int limit)
{
    QList<sentiment::SentimentContribution> parts = explanation.contributions;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return std::abs(a.weight) > std::abs(b.weight); });
    QStringList words;
    for (const sentiment::SentimentContribution &part : std::as_const(parts)) {
        if (words.size() >= limit)
            break;
        const QString shown = part.repeat > 1 ? u"%1 ×%2"_s.arg(part.text).arg(part.repeat) : part.text;
        words.append(shown + u' ' + signedWeight(part.weight));
    }
    return words.join(u", "_s);
}

} // namespace reelpulse
