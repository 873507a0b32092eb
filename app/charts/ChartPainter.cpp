#include "charts/ChartPainter.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::charts {

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.dark = false;
    p.background = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1f, 0x23, 0x28);
    p.mutedText = QColor(0x65, 0x6d, 0x76);
    p.grid = QColor(0xe1, 0xe4, 0xe8);
    p.series = {QColor(0x2f, 0x6f, 0xeb), QColor(0xf0, 0x8c, 0x00), QColor(0x1a, 0x9e, 0x6a),
                QColor(0xd6, 0x33, 0x84), QColor(0x7b, 0x5c, 0xd6), QColor(0x00, 0x99, 0xb3)};
    p.positive = QColor(0x2d, 0xa4, 0x4e);
    p.neutral = QColor(0x9a, 0xa3, 0xad);
    p.negative = QColor(0xd7, 0x3a, 0x49);
    return p;
}

ChartPalette ChartPalette::darkPalette()
{
    ChartPalette p = light();
    p.dark = true;
    p.background = QColor(0x1e, 0x22, 0x27);
    p.text = QColor(0xe6, 0xe8, 0xeb);
    p.mutedText = QColor(0x9d, 0xa5, 0xae);
    p.grid = QColor(0x3a, 0x40, 0x47);
    p.series = {QColor(0x58, 0x9b, 0xff), QColor(0xff, 0xa6, 0x33), QColor(0x3f, 0xc7, 0x8e),
                QColor(0xff, 0x6b, 0xb0), QColor(0xa5, 0x8c, 0xff), QColor(0x33, 0xc7, 0xe0)};
    p.positive = QColor(0x4a, 0xc2, 0x6b);
    p.neutral = QColor(0x8b, 0x94, 0x9e);
    p.negative = QColor(0xf8, 0x51, 0x49);
    return p;
}

ChartPalette ChartPalette::system()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
        QGuiApplication::palette().color(QPalette::Window).lightness() < 128)
        return darkPalette();
    return light();
}

namespace {

QColor seriesColor(const ChartData &data, const ChartPalette &p, qsizetype index)
{
    if (data.kind == ChartKind::Sentiment) {
        const QList<QColor> sentiment = {p.positive, p.neutral, p.negative};
        return sentiment.value(index, p.series.first());
    }
    return p.series.at(index % p.series.size());
}

void styleAxis(QAbstractAxis *axis, const ChartPalette &p)
{
    axis->setLabelsColor(p.text);
    axis->setTitleBrush(p.mutedText);
    axis->setGridLineColor(p.grid);
    axis->setLinePenColor(p.grid);
    QFont font = axis->labelsFont();
    font.setPixelSize(11);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPixelSize(11);
    title.setBold(false);
    axis->setTitleFont(title);
}

/// A value range with some room, from 0 when the values are all positive and near it.
std::pair<double, double> valueRange(double low, double high)
{
    if (low > high)
        return {0.0, 1.0};
    if (low >= 0.0 && low < (high - low) * 1.5)
        low = 0.0;
    double pad = (high - low) * 0.08;
    if (pad <= 0.0)
        pad = std::max(std::abs(high) * 0.1, 1.0);
    return {low == 0.0 ? 0.0 : low - pad, high + pad};
}

QString dayLabel(const QDateTime &time)
{
    return QLocale::system().toString(time.toUTC().date(), u"MMM d"_s);
}

void addCategoryBars(QChart *chart, const QStringList &categories, const QList<CategorySeries> &sets,
                     const QString &valueTitle, const ChartData &data, const ChartPalette &p)
{
    auto *bars = new QBarSeries;
    double high = 0.0;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        auto *set = new QBarSet(sets.at(i).name);
        for (double v : sets.at(i).values) {
            set->append(v);
            high = std::max(high, v);
        }
        set->setColor(seriesColor(data, p, i));
        set->setBorderColor(seriesColor(data, p, i));
        set->setLabelColor(p.text);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setTitleText(valueTitle);
    const auto [low, top] = valueRange(0.0, high);
    y->setRange(low, top);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    styleAxis(x, p);
    styleAxis(y, p);
    chart->legend()->setVisible(sets.size() > 1);
}

} // namespace

QChart *makeChart(const ChartData &data, const ChartPalette &p)
{
    if (!data.cells.isEmpty())
        return nullptr;
    auto *chart = new QChart;
    chart->setTheme(p.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(p.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(p.text);
    QFont legendFont = chart->legend()->font();
    legendFont.setPixelSize(11);
    chart->legend()->setFont(legendFont);

    if (!data.categories.isEmpty()) {
        addCategoryBars(chart, data.categories, data.bars, data.valueTitle, data, p);
        return chart;
    }

    const bool onlyBars = std::all_of(data.series.cbegin(), data.series.cend(),
                                      [](const ChartSeries &s) { return s.style == ChartSeries::Style::Bars; });
    if (onlyBars) {
        // Bars over time (posts per week): one category per time.
        QStringList categories;
        QList<CategorySeries> sets;
        for (const ChartSeries &s : data.series) {
            CategorySeries set{s.name, {}};
            for (const ChartPoint &point : s.points) {
                set.values.append(point.value);
                if (sets.isEmpty())
                    categories.append(dayLabel(point.time));
            }
            sets.append(set);
        }
        addCategoryBars(chart, categories, sets, data.valueTitle, data, p);
        return chart;
    }

    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    double lowRight = std::numeric_limits<double>::max();
    double highRight = std::numeric_limits<double>::lowest();
    QList<double> stackBase;
    for (const ChartSeries &s : data.series) {
        for (const ChartPoint &point : s.points) {
            first = std::min(first, point.time.toMSecsSinceEpoch());
            last = std::max(last, point.time.toMSecsSinceEpoch());
            if (s.style == ChartSeries::Style::Bars) {
                lowRight = std::min(lowRight, point.value);
                highRight = std::max(highRight, point.value);
            } else if (s.style != ChartSeries::Style::StackedArea) {
                low = std::min(low, point.value);
                high = std::max(high, point.value);
            }
        }
    }
    if (first > last) {
        first = 0;
        last = 1;
    }
    if (first == last) {
        first -= 3600 * 1000;
        last += 3600 * 1000;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(last - first > 3LL * 86400 * 1000 ? u"MMM d"_s : u"MMM d HH:mm"_s);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    x->setTickCount(6);
    auto *y = new QValueAxis;
    y->setTitleText(data.valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *right = nullptr;

    // Stacked areas: each series on top of the ones before.
    QMap<qint64, double> stacked;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const ChartSeries &s = data.series.at(i);
        const QColor color = seriesColor(data, p, i);
        QAbstractSeries *added = nullptr;
        QValueAxis *axis = y;
        switch (s.style) {
        case ChartSeries::Style::Line: {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (const ChartPoint &point : s.points)
                line->append(static_cast<qreal>(point.time.toMSecsSinceEpoch()), point.value);
            line->setPen(QPen(color, 2.0));
            line->setPointsVisible(s.points.size() <= 40);
            added = line;
            break;
        }
        case ChartSeries::Style::Scatter: {
            auto *scatter = new QScatterSeries;
            scatter->setName(s.name);
            for (const ChartPoint &point : s.points)
                scatter->append(static_cast<qreal>(point.time.toMSecsSinceEpoch()), point.value);
            scatter->setMarkerSize(9.0);
            scatter->setColor(color);
            scatter->setBorderColor(color.darker(120));
            added = scatter;
            break;
        }
        case ChartSeries::Style::StackedArea: {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            for (const ChartPoint &point : s.points) {
                const qint64 key = point.time.toMSecsSinceEpoch();
                const double base = stacked.value(key, 0.0);
                lower->append(static_cast<qreal>(key), base);
                upper->append(static_cast<qreal>(key), base + point.value);
                stacked[key] = base + point.value;
                high = std::max(high, base + point.value);
                low = std::min(low, 0.0);
            }
            auto *area = new QAreaSeries(upper, lower);
            // The area does not own its boundary lines: they go with it.
            upper->setParent(area);
            lower->setParent(area);
            area->setName(s.name);
            QColor fill = color;
            fill.setAlpha(200);
            area->setBrush(fill);
            area->setPen(QPen(color, 1.0));
            added = area;
            break;
        }
        case ChartSeries::Style::Bars: {
            // Beside other series (followers gained per day): dashed points on an axis of their own.
            if (!right) {
                right = new QValueAxis;
                right->setTitleText(s.name);
                chart->addAxis(right, Qt::AlignRight);
                const auto [l, h] = valueRange(std::min(lowRight, 0.0), highRight);
                right->setRange(l, h);
                right->applyNiceNumbers();
                right->setGridLineVisible(false);
                styleAxis(right, p);
            }
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (const ChartPoint &point : s.points)
                line->append(static_cast<qreal>(point.time.toMSecsSinceEpoch()), point.value);
            QPen pen(color, 1.5, Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            added = line;
            axis = right;
            break;
        }
        }
        chart->addSeries(added);
        added->attachAxis(x);
        added->attachAxis(axis);
    }
    const auto [l, h] = valueRange(low, high);
    y->setRange(l, h);
    y->applyNiceNumbers();
    y->setLabelFormat(h - l < 10.0 ? u"%.2f"_s : u"%.0f"_s);
    styleAxis(x, p);
    styleAxis(y, p);
    chart->legend()->setVisible(data.series.size() > 1);
    return chart;
}

void paintHeatmap(QPainter &painter, const QRectF &rect, const ChartData &data, const ChartPalette &p)
{
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const double left = 44.0;
    const double bottom = 22.0;
    const double scaleWidth = 110.0;
    const QRectF grid(rect.left() + left, rect.top() + 6.0, rect.width() - left - scaleWidth,
                      rect.height() - bottom - 6.0);
    const int rows = static_cast<int>(data.cells.size());
    const int columns = rows > 0 ? static_cast<int>(data.cells.first().size()) : 0;
    if (rows == 0 || columns == 0) {
        painter.restore();
        return;
    }
    double high = 0.0;
    for (const auto &row : data.cells)
        for (const auto &cell : row)
            if (cell)
                high = std::max(high, *cell);
    const double cw = grid.width() / columns;
    const double ch = grid.height() / rows;
    const QColor hot = p.series.first();
    const QColor cold = p.dark ? QColor(0x2a, 0x30, 0x37) : QColor(0xee, 0xf2, 0xf8);
    const auto shade = [&](double t) {
        t = std::clamp(t, 0.0, 1.0);
        return QColor::fromRgbF(cold.redF() + (hot.redF() - cold.redF()) * t,
                                cold.greenF() + (hot.greenF() - cold.greenF()) * t,
                                cold.blueF() + (hot.blueF() - cold.blueF()) * t);
    };
    for (int r = 0; r < rows; ++r) {
        painter.setPen(p.text);
        painter.drawText(QRectF(rect.left(), grid.top() + r * ch, left - 6.0, ch), Qt::AlignRight | Qt::AlignVCenter,
                         data.rowLabels.value(r));
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(grid.left() + c * cw + 1.0, grid.top() + r * ch + 1.0, cw - 2.0, ch - 2.0);
            const auto value = data.cells.at(r).at(c);
            painter.fillRect(cell, value ? shade(high > 0.0 ? *value / high : 0.0) : p.grid.lighter(p.dark ? 80 : 105));
        }
    }
    painter.setPen(p.mutedText);
    for (int c = 0; c < columns; c += 3)
        painter.drawText(QRectF(grid.left() + c * cw, grid.bottom() + 2.0, cw * 3, bottom - 2.0),
                         Qt::AlignLeft | Qt::AlignVCenter, data.columnLabels.value(c));
    // The colour scale.
    const QRectF scale(grid.right() + 16.0, grid.top(), 14.0, grid.height());
    QLinearGradient gradient(scale.bottomLeft(), scale.topLeft());
    gradient.setColorAt(0.0, shade(0.0));
    gradient.setColorAt(1.0, shade(1.0));
    painter.fillRect(scale, gradient);
    painter.setPen(p.text);
    painter.drawText(QRectF(scale.right() + 4.0, scale.top() - 2.0, 60.0, 16.0), Qt::AlignLeft | Qt::AlignTop,
                     QLocale::system().toString(high, 'f', 0));
    painter.drawText(QRectF(scale.right() + 4.0, scale.bottom() - 14.0, 60.0, 16.0), Qt::AlignLeft | Qt::AlignBottom,
                     u"0"_s);
    painter.setPen(p.mutedText);
    painter.drawText(QRectF(scale.right() + 4.0, scale.center().y() - 20.0, 88.0, 40.0),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, data.valueTitle);
    painter.restore();
}

void paintChart(QPainter &painter, const QRectF &rect, const ChartData &data, const ChartPalette &p, bool header)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, p.background);
    QRectF body = rect.adjusted(8.0, 6.0, -8.0, -6.0);
    if (header) {
        QFont title = painter.font();
        title.setPixelSize(16);
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(p.text);
        painter.drawText(QRectF(body.left(), body.top(), body.width(), 22.0), Qt::AlignLeft | Qt::AlignVCenter,
                         data.title);
        QFont range = title;
        range.setPixelSize(11);
        range.setBold(false);
        painter.setFont(range);
        painter.setPen(p.mutedText);
        painter.drawText(QRectF(body.left(), body.top() + 22.0, body.width(), 16.0), Qt::AlignLeft | Qt::AlignVCenter,
                         data.rangeText);
        body.setTop(body.top() + 42.0);
    }
    if (data.isEmpty()) {
        QFont hint = painter.font();
        hint.setPixelSize(13);
        hint.setBold(false);
        painter.setFont(hint);
        painter.setPen(p.mutedText);
        painter.drawText(body, Qt::AlignCenter | Qt::TextWordWrap, data.emptyHint);
        painter.restore();
        return;
    }
    if (!data.cells.isEmpty()) {
        paintHeatmap(painter, body, data, p);
        painter.restore();
        return;
    }
    QGraphicsScene scene;
    QChart *chart = makeChart(data, p);
    scene.addItem(chart); // the scene owns it
    chart->setGeometry(QRectF(QPointF(0.0, 0.0), body.size()));
    scene.setSceneRect(QRectF(QPointF(0.0, 0.0), body.size()));
    // The chart lays its axes out on the next layout request: run it now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    scene.render(&painter, body, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace reelpulse::charts
