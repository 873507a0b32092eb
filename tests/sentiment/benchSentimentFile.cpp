// `reelpulse-cli sentiment file` as a whole command (process start included): median wall time for 4 000 and
// 100 000 short comments in both modes, next to `reelpulse-cli --version` (the cost of starting the CLI at all).
// With REELPULSE_SENTIMENT_REFERENCE_COMMAND set (e.g. "python3 /path/to/score_file.py"), the same files are also
// scored by that command, side by side, and the ratio is printed. REELPULSE_BENCH_CLI measures another build's
// reelpulse-cli (a Release build: the figures of docs/sentiment.md), by default the one built beside this benchmark.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// Short Instagram-like comments: words, emoji (variation selectors, skin tones, ZWJ, repeats), mentions, tags,
// ALL CAPS, elongations, links, ! and ?.
QByteArray syntheticComments(int count)
{
    const QStringList words =
        u"love it this is so good amazing wow great awesome beautiful cute gorgeous stunning fire lit queen best "
        "ever worst ugly boring fake trash cringe sad happy lol omg not never no don't can't really very so much "
        "the a and but or you my literally honestly kinda hate like nice cool insane crazy perfect terrible awful "
        "bad meh ok fine thanks please follow back song music vibe outfit hair look video reel mood goals iconic "
        "legend slay funny hilarious dead without doubt least at kind of sort"_s.split(u' ');
    const QStringList emoji =
        u"😍 ❤️ ❤ 🔥 😂 🤣 😭 👏 🙌 💯 😘 🥰 😡 💔 👎 👍 👍🏽 🙏 😎 ✨ 💕 🤍 🥺 😢 🙄 ❤️‍🔥 😊 🤔 💀 🇧🇷"_s
            .split(u' ');
    const QStringList openers = {QString(), QString(), u"@maria_k "_s, u"#love "_s, u"OMG "_s, u"Honestly "_s};
    const QStringList endings = {
        QString(), QString(), u"!"_s, u"!!!"_s, u"?"_s, u"..."_s, u" :)"_s, u" <3"_s, u" https://t.co/x?a=1"_s};
    QRandomGenerator random(2024);
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        QString line = openers.at(random.bounded(openers.size()));
        const int length = 1 + int(random.bounded(8));
        for (int k = 0; k < length; ++k) {
            if (k > 0)
                line += u' ';
            if (random.bounded(100) < 18) {
                line += emoji.at(random.bounded(emoji.size())).repeated(1 + int(random.bounded(3)));
                continue;
            }
            QString word = words.at(random.bounded(words.size()));
            const int style = int(random.bounded(100));
            if (style < 6)
                word = word.toUpper();
            else if (style < 9 && word.size() > 2)
                word += QString(3, word.back());
            line += word;
        }
        line += endings.at(random.bounded(endings.size()));
        text += line.toUtf8() + '\n';
    }
    return text;
}

double medianMs(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs + 2; ++run) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(-1);
        if (run >= 2) // two warm-up runs
            times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = qEnvironmentVariableIsEmpty("REELPULSE_BENCH_CLI")
                            ? QStringLiteral(REELPULSE_CLI_PATH)
                            : qEnvironmentVariable("REELPULSE_BENCH_CLI");
    const QStringList reference =
        qEnvironmentVariable("REELPULSE_SENTIMENT_REFERENCE_COMMAND").split(u' ', Qt::SkipEmptyParts);
    QTemporaryDir dir;
    std::printf("reelpulse-cli sentiment file, whole command, median of the runs (ms)\n\n");
    std::printf("%-26s %10.1f\n", "reelpulse-cli --version", medianMs(cli, {u"--version"_s}, 30));
    std::printf("%-10s %8s %12s %12s %10s\n", "mode", "lines", "reelpulse", "reference", "ratio");
    for (const int lines : {4000, 100000}) {
        const QString path = dir.filePath(u"comments-%1.txt"_s.arg(lines));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(syntheticComments(lines)) < 0)
            return 1;
        file.close();
        const int runs = lines > 10000 ? 10 : 30;
        double referenceMs = 0.0;
        if (!reference.isEmpty())
            referenceMs = medianMs(reference.first(), reference.mid(1) + QStringList{path}, lines > 10000 ? 3 : 10);
        for (const char *mode : {"reference", "social"}) {
            const double ms =
                medianMs(cli, {u"sentiment"_s, u"file"_s, path, u"--mode"_s, QLatin1StringView(mode)}, runs);
            if (referenceMs > 0)
                std::printf("%-10s %8d %12.1f %12.1f %9.1fx\n", mode, lines, ms, referenceMs, referenceMs / ms);
            else
                std::printf("%-10s %8d %12.1f %12s %10s\n", mode, lines, ms, "-", "-");
        }
    }
    return 0;
}
