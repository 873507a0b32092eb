#include "publishing/PublishingLog.h"

Q_LOGGING_CATEGORY(lcPublishing, "reelpulse.publishing")
