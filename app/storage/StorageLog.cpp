#include "storage/StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "reelpulse.storage")
