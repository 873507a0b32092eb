#include "services/SentimentMode.h"

#include "platform/Settings.h"
#include "sentiment/SentimentAnalyzer.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

sentiment::Mode commentSentimentMode(const QString &dataDir)
{
    return sentiment::modeFromName(Settings(dataDir).sentimentMode())
        .value_or(sentiment::SentimentAnalyzer::defaultMode);
}

Status setCommentSentimentMode(const QString &dataDir, sentiment::Mode mode)
{
    return Settings(dataDir).set(u"sentiment.mode"_s, sentiment::modeName(mode));
}

} // namespace reelpulse
