#include "net/NetLog.h"

Q_LOGGING_CATEGORY(lcNet, "reelpulse.net")
