#include "charts/ChartExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::charts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::charts::ChartExport", text);
}

Error writeError(const QString &path)
{
    return Error::other(tr("Could not write %1.").arg(QFileInfo(path).absoluteFilePath()));
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return u"png"_s;
    case ExportFormat::Svg:
        return u"svg"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::Csv:
        break;
    }
    return u"csv"_s;
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv})
        if (name.compare(exportFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForFile(const QString &path)
{
    return exportFormatFromName(QFileInfo(path).suffix());
}

Status exportChart(const analytics::ChartData &chart, ExportFormat format, const QString &path,
                   const ChartPalette &palette, QSize size)
{
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    switch (format) {
    case ExportFormat::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(analytics::chartCsv(chart)) < 0 || !file.commit())
            return writeError(path);
        return Ok{};
    }
    case ExportFormat::Png: {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(palette.background);
        {
            QPainter painter(&image);
            paintChart(painter, rect, chart, palette);
        }
        if (!image.save(path, "PNG"))
            return writeError(path);
        return Ok{};
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(chart.title);
        svg.setDescription(chart.rangeText);
        svg.setResolution(96);
        {
            QPainter painter;
            if (!painter.begin(&svg))
                return writeError(path);
            paintChart(painter, rect, chart, palette);
            painter.end();
        }
        if (!QFileInfo::exists(path))
            return writeError(path);
        return Ok{};
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, chart.title, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(chart.title);
        pdf.setCreator(u"ReelPulse"_s);
        QPainter painter;
        if (!painter.begin(&pdf))
            return writeError(path);
        const QRect page = painter.viewport();
        painter.setWindow(QRect(QPoint(0, 0), size));
        painter.setViewport(page);
        paintChart(painter, rect, chart, palette);
        painter.end();
        if (!QFileInfo::exists(path))
            return writeError(path);
        return Ok{};
    }
    }
    return writeError(path);
}

} // namespace reelpulse::charts
