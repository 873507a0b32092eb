#pragma once

#include "domain/Result.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace reelpulse::imageprep {

/// What to do with a feed image whose shape Instagram refuses (narrower than 4:5 or wider than 1.91:1).
enum class Fit {
    None, ///< refuse it and say so
    Crop, ///< cut the middle to the nearest allowed shape
    Pad,  ///< add white bars to the nearest allowed shape
};

constexpr qint64 MaxImageBytes = 8LL * 1024 * 1024; ///< Instagram's limit for a feed image
constexpr double MinFeedAspect = 4.0 / 5.0;
constexpr double MaxFeedAspect = 1.91;

struct Prepared
{
    QString path;           ///< the file to upload: the original when it already was fit, else a new JPEG
    bool rewritten = false; ///< converted, re-compressed, cropped, padded or turned upright
    QSize size;             ///< pixels of what is uploaded
};

/// Makes a local image publishable: JPEG (other formats are converted; EXIF orientation applied), at most 8 MiB
/// (re-compressed, then scaled down if needed) and, for feed posts (`feed`), between 4:5 and 1.91:1 (else refused,
/// cropped or padded per `fit`). A rewritten file goes to `outDir`.
Result<Prepared> prepare(const QString &path, bool feed, Fit fit, const QString &outDir);

/// Whether an image of this size is outside the feed's shapes.
bool outOfFeedShape(const QSize &size);
/// The image cut or padded to the nearest feed shape (as prepare() does); unchanged with Fit::None or in shape.
QImage fitted(const QImage &image, Fit fit);

/// "none", "crop", "pad" ↔ Fit; std::nullopt for anything else.
std::optional<Fit> fitFromName(const QString &name);
QString fitName(Fit fit);

} // namespace reelpulse::imageprep
