#include "CommentSentimentMode.h"

#include "sentiment/SentimentAnalyzer.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString ModeKey = u"Sentiment/commentMode"_s;

} // namespace

sentiment::Mode commentSentimentMode()
{
    const QString name = QSettings().value(ModeKey).toString();
    return sentiment::modeFromName(name).value_or(sentiment::SentimentAnalyzer::defaultMode);
}

void setCommentSentimentMode(sentiment::Mode mode)
{
    QSettings().setValue(ModeKey, sentiment::modeName(mode));
}

} // namespace reelpulse
