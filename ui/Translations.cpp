#include "Translations.h"

#include "i18n/Language.h"

#include <QLocale>

namespace reelpulse {

bool installTranslations(const QLocale &locale)
{
    return !i18n::installTranslations(locale).isEmpty();
}

} // namespace reelpulse
