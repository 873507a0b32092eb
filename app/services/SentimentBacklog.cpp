#include "services/SentimentBacklog.h"

#include "sentiment/CommentSentimentStore.h"
#include "storage/Database.h"

namespace reelpulse {

Result<int> commentsToScore(const QString &storeFilePath, const QString &engineVersion)
{
    auto database = Database::openFile(storeFilePath);
    if (!database.ok())
        return database.error();
    return sentiment::CommentSentimentStore(database.value()->connection()).pendingCount(engineVersion);
}

} // namespace reelpulse
