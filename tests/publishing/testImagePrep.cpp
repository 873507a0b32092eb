// Local images made publishable: JPEG, at most 8 MiB, a feed shape (refused, cropped or padded).
#include "publishing/ImagePrep.h"

#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestImagePrep : public QObject
{
    Q_OBJECT

private slots:
    void testJpegInShapeIsUsedAsItIs();
    void testPngBecomesJpeg();
    void testShapes_data();
    void testShapes();
    void testTransparencyBecomesWhite();
    void testLargeImageFitsEightMebibytes();
    void testUnreadableFile();
    void testFitNames();

private:
    QString write(const QImage &image, const QString &name, const char *format, int quality = -1)
    {
        const QString path = m_dir.filePath(name);
        image.save(path, format, quality);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestImagePrep::testJpegInShapeIsUsedAsItIs()
{
    QImage image(1080, 1350, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = write(image, u"portrait.jpg"_s, "JPEG");
    const auto prepared = imageprep::prepare(path, true, imageprep::Fit::None, m_dir.filePath(u"out"_s));
    QVERIFY(prepared.ok());
    QCOMPARE(prepared->path, path);
    QVERIFY(!prepared->rewritten);
    QCOMPARE(prepared->size, QSize(1080, 1350));
}

void TestImagePrep::testPngBecomesJpeg()
{
    QImage image(1200, 1200, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = write(image, u"square.png"_s, "PNG");
    const auto prepared = imageprep::prepare(path, true, imageprep::Fit::None, m_dir.filePath(u"out"_s));
    QVERIFY(prepared.ok());
    QVERIFY(prepared->rewritten);
    QVERIFY(prepared->path.endsWith(u"/out/square.jpg"_s));
    QImageReader reader(prepared->path);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    const QImage back = reader.read();
    QCOMPARE(back.size(), QSize(1200, 1200));
    QVERIFY(qAbs(back.pixelColor(600, 600).red() - 255) < 8);
}

void TestImagePrep::testShapes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("feed");
    QTest::addColumn<int>("fit");
    QTest::addColumn<QSize>("expected"); ///< invalid: refused
    const int none = int(imageprep::Fit::None), crop = int(imageprep::Fit::Crop), pad = int(imageprep::Fit::Pad);
    QTest::newRow("4:5 exactly") << QSize(1080, 1350) << true << none << QSize(1080, 1350);
    QTest::newRow("1.91:1 exactly") << QSize(1910, 1000) << true << none << QSize(1910, 1000);
    QTest::newRow("9:16 in the feed refused") << QSize(1080, 1920) << true << none << QSize();
    QTest::newRow("3:1 in the feed refused") << QSize(3000, 1000) << true << none << QSize();
    QTest::newRow("9:16 as a story") << QSize(1080, 1920) << false << none << QSize(1080, 1920);
    QTest::newRow("9:16 cropped to 4:5") << QSize(1080, 1920) << true << crop << QSize(1080, 1350);
    QTest::newRow("3:1 cropped to 1.91:1") << QSize(3000, 1000) << true << crop << QSize(1910, 1000);
    QTest::newRow("9:16 padded to 4:5") << QSize(1080, 1920) << true << pad << QSize(1536, 1920);
    QTest::newRow("3:1 padded to 1.91:1") << QSize(3000, 1000) << true << pad << QSize(3000, 1571);
}

void TestImagePrep::testShapes()
{
    QFETCH(QSize, size);
    QFETCH(bool, feed);
    QFETCH(int, fit);
    QFETCH(QSize, expected);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    const QString path = write(image, u"shape.jpg"_s, "JPEG");
    const auto prepared = imageprep::prepare(path, feed, imageprep::Fit(fit), m_dir.filePath(u"out"_s));
    if (!expected.isValid()) {
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error().field, u"fit"_s);
        QVERIFY2(prepared.error().message.contains(u"--fit crop"_s), qPrintable(prepared.error().message));
        return;
    }
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
    QCOMPARE(prepared->size, expected);
    QCOMPARE(QImageReader(prepared->path).size(), expected);
    if (fit == int(imageprep::Fit::Pad)) { // the bars are white, the picture stays black in the middle
        const QImage back(prepared->path);
        QVERIFY(back.pixelColor(0, 0).lightness() > 240);
        QVERIFY(back.pixelColor(back.width() / 2, back.height() / 2).lightness() < 15);
    }
}

void TestImagePrep::testTransparencyBecomesWhite()
{
    QImage image(1000, 1000, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const QString path = write(image, u"logo.png"_s, "PNG");
    const auto prepared = imageprep::prepare(path, true, imageprep::Fit::None, m_dir.filePath(u"out"_s));
    QVERIFY(prepared.ok());
    QVERIFY(QImage(prepared->path).pixelColor(500, 500).lightness() > 240);
}

void TestImagePrep::testLargeImageFitsEightMebibytes()
{
    // Noise does not compress: at 4000×4000 even a JPEG of it is far above 8 MiB at first.
    QImage image(4000, 4000, QImage::Format_RGB32);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random->generate() | 0xff000000u;
    }
    const QString path = write(image, u"noise.jpg"_s, "JPEG", 100);
    QVERIFY(QFileInfo(path).size() > imageprep::MaxImageBytes);
    const auto prepared = imageprep::prepare(path, true, imageprep::Fit::None, m_dir.filePath(u"out"_s));
    QVERIFY(prepared.ok());
    QVERIFY(prepared->rewritten);
    QVERIFY(QFileInfo(prepared->path).size() <= imageprep::MaxImageBytes);
    QCOMPARE(QImageReader(prepared->path).format(), QByteArray("jpeg"));
}

void TestImagePrep::testUnreadableFile()
{
    QFile text(m_dir.filePath(u"notes.jpg"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    const auto prepared = imageprep::prepare(text.fileName(), true, imageprep::Fit::None, m_dir.path());
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.error().field, u"media"_s);
    QVERIFY(prepared.error().message.contains(u"notes.jpg"_s));
}

void TestImagePrep::testFitNames()
{
    QCOMPARE(imageprep::fitFromName(u"crop"_s), imageprep::Fit::Crop);
    QCOMPARE(imageprep::fitFromName(u"pad"_s), imageprep::Fit::Pad);
    QCOMPARE(imageprep::fitFromName(QString()), imageprep::Fit::None);
    QVERIFY(!imageprep::fitFromName(u"stretch"_s));
    QCOMPARE(imageprep::fitName(imageprep::Fit::Pad), u"pad"_s);
}

QTEST_GUILESS_MAIN(TestImagePrep)
#include "testImagePrep.moc"
