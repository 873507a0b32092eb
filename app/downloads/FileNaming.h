#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace reelpulse::downloads {

/// The default file-name template: one folder per owner, carousel items numbered from 1.
inline const QString DefaultNameTemplate = QStringLiteral("{owner}/{owner}_{shortcode}_{position}.{ext}");

/// One path component made safe on every system: no `/`, `\`, `:*?"<>|` or control characters (each
/// becomes `_`), no `.`/`..` or trailing dots and spaces, no Windows-reserved name (CON, PRN, AUX, NUL,
/// COM1–9, LPT1–9, also with an extension: it gets a leading `_`), at most maxBytes bytes of UTF-8 (cut
/// before the extension, on a character boundary). Never empty (`_`).
QString sanitizeComponent(const QString &name, int maxBytes = 200);

/// The relative path a template names: `{owner}`, `{shortcode}`, `{position}`, `{ext}`, `{date}`,
/// `{type}`, `{id}` replaced by `fields` (a field that is empty, like `position` of a single media, is
/// left out together with the `_`, `-` or `.` before it), each `/`-separated segment sanitised, empty
/// segments dropped. Never absolute, never with `..`.
QString renderNameTemplate(const QString &nameTemplate, const QHash<QString, QString> &fields);

/// The absolute path of `relative` inside `root`; an Invalid error when it would leave root.
Result<QString> pathInside(const QString &root, const QString &relative);

} // namespace reelpulse::downloads
