#pragma once

#include "domain/TaskTypes.h"

#include <QMetaType>

// The task structs travel in QVariants (TaskTableModel::UnderlyingDataRole).
Q_DECLARE_METATYPE(reelpulse::ProfileTask)
Q_DECLARE_METATYPE(reelpulse::ReelTask)
Q_DECLARE_METATYPE(reelpulse::VideoTask)
