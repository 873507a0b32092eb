#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace reelpulse::sentiment {

// Reference: reproduces vaderSentiment 3.3.x exactly. Social: the default for comments (emoji as grapheme
// clusters valued by the Emoji Sentiment Ranking, plus the fixes listed in docs/sentiment.md).
enum class Mode { Reference, Social };

enum class Label { Negative, Neutral, Positive };

struct SentimentScore
{
    double neg = 0.0;
    double neu = 0.0;
    double pos = 0.0;
    double compound = 0.0;
    Label label = Label::Neutral;
};

// VADER's convention: positive if compound >= 0.05, negative if compound <= -0.05, else neutral.
Label labelForCompound(double compound);

// "positive", "negative", "neutral".
QString labelName(Label label);
std::optional<Label> labelFromName(QStringView name);

// "reference", "social".
QString modeName(Mode mode);
std::optional<Mode> modeFromName(QStringView name);

// Rounds like Python's round(x, digits): the correctly rounded decimal (printf "%.*f") read back as a double.
double roundLikePython(double value, int digits);
// The same through printf-style text (slower; the definition the fast path is tested against).
double roundLikePythonViaText(double value, int digits);

} // namespace reelpulse::sentiment
