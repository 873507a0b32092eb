#pragma once

class QLocale;

namespace reelpulse {

/// Installs ReelPulse's translation for `locale` (built into the program) and Qt's own
/// (from the system) in the running application. Returns whether ReelPulse's was found;
/// English needs none.
bool installTranslations(const QLocale &locale);

} // namespace reelpulse
