#include "services/SchedulerLog.h"

Q_LOGGING_CATEGORY(lcScheduler, "reelpulse.scheduler")
