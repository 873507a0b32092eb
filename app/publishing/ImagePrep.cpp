#include "publishing/ImagePrep.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::imageprep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::imageprep", text);
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

bool outOfFeedShape(const QSize &size)
{
    if (size.isEmpty())
        return false;
    // Instagram states the limits as ratios; a pixel of rounding is not a reason to refuse.
    const double aspect = double(size.width()) / size.height();
    return aspect < MinFeedAspect - 0.002 || aspect > MaxFeedAspect + 0.002;
}

QImage fitted(const QImage &image, Fit fit)
{
    if (fit == Fit::None || !outOfFeedShape(image.size()))
        return image;
    const double aspect = double(image.width()) / image.height();
    const double target = aspect < MinFeedAspect ? MinFeedAspect : MaxFeedAspect;
    if (fit == Fit::Crop) {
        if (aspect < target) { // too tall: keep the full width, cut top and bottom
            const int height = int(std::floor(image.width() / target));
            return image.copy(0, (image.height() - height) / 2, image.width(), height);
        }
        const int width = int(std::floor(image.height() * target)); // too wide: cut the sides
        return image.copy((image.width() - width) / 2, 0, width, image.height());
    }
    QSize canvas = image.size();
    if (aspect < target)
        canvas.setWidth(int(std::ceil(image.height() * target)));
    else
        canvas.setHeight(int(std::ceil(image.width() / target)));
    QImage padded(canvas, QImage::Format_RGB32);
    padded.fill(Qt::white);
    QPainter painter(&padded);
    painter.drawImage((canvas.width() - image.width()) / 2, (canvas.height() - image.height()) / 2, image);
    painter.end();
    return padded;
}

std::optional<Fit> fitFromName(const QString &name)
{
    if (name == u"none"_s || name.isEmpty())
        return Fit::None;
    if (name == u"crop"_s)
        return Fit::Crop;
    if (name == u"pad"_s)
        return Fit::Pad;
    return std::nullopt;
}

QString fitName(Fit fit)
{
    switch (fit) {
    case Fit::Crop:
        return u"crop"_s;
    case Fit::Pad:
        return u"pad"_s;
    case Fit::None:
        break;
    }
    return u"none"_s;
}

Result<Prepared> prepare(const QString &path, bool feed, Fit fit, const QString &outDir)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    QImage image = reader.read();
    if (image.isNull())
        return Error::invalid(
            u"media"_s,
            tr("%1 is not an image ReelPulse can read (%2).").arg(QFileInfo(path).fileName(), reader.errorString()));
    bool changed = format != "jpeg" || reader.transformation() != QImageIOHandler::TransformationNone;
    const double aspect = double(image.width()) / image.height();
    if (feed && outOfFeedShape(image.size())) {
        if (fit == Fit::None)
            return Error::invalid(u"fit"_s, tr("%1 is %2×%3 pixels (%4:1); feed images must be between 4:5 and "
                                               "1.91:1. Crop or pad it (--fit crop or --fit pad).")
                                                .arg(QFileInfo(path).fileName())
                                                .arg(image.width())
                                                .arg(image.height())
                                                .arg(aspect, 0, 'f', 2));
        image = fitted(image, fit);
        changed = true;
    }
    if (!changed && QFileInfo(path).size() <= MaxImageBytes)
        return Prepared{path, false, image.size()};

    if (image.hasAlphaChannel()) { // JPEG has no transparency: what was see-through becomes white
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        image = opaque;
    }
    QByteArray bytes;
    for (int quality : {92, 85, 75, 65}) {
        bytes = jpeg(image, quality);
        if (bytes.size() <= MaxImageBytes)
            break;
    }
    while (bytes.size() > MaxImageBytes && image.width() > 320) {
        image = image.scaled(image.size() * 0.8, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        bytes = jpeg(image, 85);
    }
    if (bytes.isEmpty() || bytes.size() > MaxImageBytes)
        return Error::other(tr("%1 could not be made into a JPEG of at most 8 MiB.").arg(QFileInfo(path).fileName()));

    QDir().mkpath(outDir);
    const QString target = QDir(outDir).filePath(QFileInfo(path).completeBaseName() + u".jpg"_s);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::other(tr("Cannot write %1: %2").arg(target, out.errorString()));
    return Prepared{target, true, image.size()};
}

} // namespace reelpulse::imageprep
