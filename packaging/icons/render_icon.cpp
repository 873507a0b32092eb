// Renders the scalable application icon to a square PNG (or, for a .ico name, an ICO) of the given size (the hicolor
// icons are made from packaging/icons/reelpulse.svg at build time, so the SVG is their only source).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        QTextStream(stderr) << "usage: reelpulse_render_icon <icon.svg> <size> <out.png>\n";
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int size = QByteArray(argv[2]).toInt();
    QSvgRenderer renderer(source);
    if (!renderer.isValid() || size < 1) {
        QTextStream(stderr) << "cannot render " << source << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    const QString output = QString::fromLocal8Bit(argv[3]);
    const char *format = output.endsWith(QLatin1String(".ico"), Qt::CaseInsensitive) ? "ICO" : "PNG";
    if (!image.save(output, format)) {
        QTextStream(stderr) << "cannot write " << argv[3] << '\n';
        return 1;
    }
    return 0;
}
