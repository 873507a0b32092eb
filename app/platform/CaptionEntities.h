#pragma once

#include <QString>
#include <QStringList>

namespace reelpulse::instagram {

/// Hashtags in a caption, each as "#tag", in order of appearance, without case-insensitive duplicates.
/// A tag is a run of letters (any script, with their combining marks), digits and underscores that holds
/// at least one non-digit; it starts after a non-word character (or right after another tag, as in
/// "#one#two") and ends before the first other character, so "#tag." gives "#tag" and "#café" stays whole.
QStringList extractHashtags(const QString &caption);

/// Mentions in a caption, each as "@name": 1–30 ASCII letters, digits, '.' or '_', without trailing dots.
/// The '@' must not follow a letter, digit, '.' or '_', so e-mail addresses (a@b.com) are not mentions.
QStringList extractMentions(const QString &caption);

} // namespace reelpulse::instagram
