#include "dashboards/ChartWidget.h"

#include "charts/ChartExport.h"
#include "charts/ChartPainter.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

/// The heatmap, painted by the same code as its exports.
class HeatmapView final : public QWidget
{
public:
    explicit HeatmapView(const ChartData &data, QWidget *parent)
        : QWidget(parent)
        , m_data(data)
    {
        setMouseTracking(true);
    }
    void setData(const ChartData &data)
    {
        m_data = data;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const charts::ChartPalette palette = charts::ChartPalette::system();
        painter.fillRect(rect(), palette.background);
        charts::paintHeatmap(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_data, palette);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        // The cell under the pointer, as laid out by paintHeatmap (44 px of labels, 110 px of scale).
        const QRectF grid(4 + 44.0, 4 + 6.0, width() - 8 - 44.0 - 110.0, height() - 8 - 22.0 - 6.0);
        const int rows = static_cast<int>(m_data.cells.size());
        if (rows == 0 || !grid.contains(event->position()))
            return QToolTip::hideText();
        const int columns = static_cast<int>(m_data.cells.first().size());
        const int r = static_cast<int>((event->position().y() - grid.top()) / (grid.height() / rows));
        const int c = static_cast<int>((event->position().x() - grid.left()) / (grid.width() / columns));
        if (r < 0 || r >= rows || c < 0 || c >= columns)
            return;
        const auto value = m_data.cells.at(r).at(c);
        QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("%1 %2:00 — %3")
                .arg(m_data.rowLabels.value(r), m_data.columnLabels.value(c),
                     value ? tr("mean engagement %1").arg(QLocale().toString(*value, 'f', 1)) : tr("no post")),
            this);
    }

private:
    ChartData m_data;
};

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    m_title->setFont(title);
    m_range = new QLabel(this);
    m_range->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_range);
    m_stack = new QStackedLayout;
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_heatmap = new HeatmapView(m_data, this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_heatmap);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setToolTip(tr("Right-click to export this chart as PNG, SVG, PDF or CSV."));
}

void ChartWidget::setChart(const ChartData &data)
{
    m_data = data;
    rebuild();
}

void ChartWidget::rebuild()
{
    setObjectName(u"chart_"_s + chartKindName(m_data.kind));
    // How the values were found (a bounded sample of comments, say), then how to export.
    const QString exportHint = tr("Right-click to export this chart as PNG, SVG, PDF or CSV.");
    setToolTip(m_data.note.isEmpty() ? exportHint : m_data.note + u"\n"_s + exportHint);
    m_title->setText(m_data.title);
    m_range->setText(m_data.rangeText);
    if (m_data.isEmpty()) {
        m_empty->setText(m_data.emptyHint);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!m_data.cells.isEmpty()) {
        static_cast<HeatmapView *>(m_heatmap)->setData(m_data);
        m_stack->setCurrentWidget(m_heatmap);
        return;
    }
    QChart *chart = charts::makeChart(m_data, charts::ChartPalette::system());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    // Hover tooltips with the exact values.
    const bool hours = m_data.kind == ChartKind::Velocity || m_data.kind == ChartKind::Views;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            const QString name = xy->name();
            connect(xy, &QXYSeries::hovered, this, [this, name, hours](const QPointF &point, bool state) {
                if (!state)
                    return QToolTip::hideText();
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()), Qt::UTC);
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2\n%3")
                        .arg(name, QLocale().toString(point.y(), 'f', point.y() < 100 ? 2 : 0),
                             QLocale().toString(at, hours ? QLocale::ShortFormat : QLocale::ShortFormat)),
                    this);
            });
        } else if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            const QStringList categories = m_data.categories;
            connect(bars, &QBarSeries::hovered, this, [this, categories](bool state, int index, QBarSet *set) {
                if (!state)
                    return QToolTip::hideText();
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 — %2: %3")
                                       .arg(set->label(), index < categories.size() ? categories.at(index) : QString(),
                                            QLocale().toString(set->at(index), 'f', 2)),
                                   this);
            });
        }
    }
    m_stack->setCurrentWidget(m_view);
}

bool ChartWidget::exportTo(const QString &path)
{
    const auto format = charts::exportFormatForFile(path);
    if (!format)
        return false;
    return charts::exportChart(m_data, *format, path, charts::ChartPalette::light()).ok();
}

void ChartWidget::exportWithDialog()
{
    QString selected;
    const QString base = m_data.title.toLower().replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), base + u".png"_s,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QToolTip::showText(mapToGlobal(rect().center()), tr("Could not write %1.").arg(path), this);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export chart…"), this, &ChartWidget::exportWithDialog);
    menu.exec(event->globalPos());
}

void ChartWidget::changeEvent(QEvent *event)
{
    // Light and dark palettes follow the system.
    if (event->type() == QEvent::PaletteChange && !m_data.title.isEmpty())
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace reelpulse
