#include "cli/SentimentFileCommand.h"

#include "cli/CommandLine.h"
#include "sentiment/SentimentAnalyzer.h"
#include "sentiment/SentimentFileScorer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

namespace reelpulse::cli {

int printError(QTextStream &err, const Error &error)
{
    const QString prefix = error.field.isEmpty() ? u"error"_s : u"error (%1)"_s.arg(error.field);
    err << prefix << u": "_s << error.message << Qt::endl;
    return exitCodeFor(error.kind);
}

int runSentimentFile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto line = parseCommandLine(args, u"sentiment file"_s, {u"header"_s}, {u"mode"_s, u"tsv-column"_s});
    if (!line.ok())
        return printError(err, line.error());
    if (line->positional.size() != 1)
        return printError(
            err, Error::invalid(u"arguments"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                            "'sentiment file' takes one file path (or "
                                                                            "- for standard input).")));
    SentimentFileScorer::Options options;
    options.mode = SentimentAnalyzer::defaultMode;
    if (line->has(u"mode"_s)) {
        const std::optional<Mode> mode = modeFromName(line->value(u"mode"_s));
        if (!mode)
            return printError(err, Error::invalid(u"mode"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                                         "Unknown mode \"%1\": use "
                                                                                         "social or reference.")
                                                                 .arg(line->value(u"mode"_s))));
        options.mode = *mode;
    }
    options.skipHeader = line->has(u"header"_s);
    if (line->has(u"tsv-column"_s)) {
        auto parsed = parseInt(line->value(u"tsv-column"_s), u"tsv-column"_s);
        if (!parsed.ok())
            return printError(err, parsed.error());
        if (parsed.value() < 1)
            return printError(
                err, Error::invalid(u"tsv-column"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                                 "--tsv-column counts from 1.")));
        options.column = parsed.value();
    }
    const QString path = line->positional.at(0);
    QFile in;
    // Unbuffered: the scorer reads large blocks itself.
    const bool opened = path == u"-" ? in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                                     : (in.setFileName(path), in.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return printError(
            err, Error::notFound(QCoreApplication::translate("reelpulse::cli::Sentiment", "Cannot read \"%1\": %2.")
                                     .arg(path, in.errorString())));

    // The rows are ASCII: written as bytes to the device behind the output stream, not through its text codec.
    const SentimentFileScorer scorer(options);
    out.flush();
    QIODevice *device = out.device();
    QBuffer buffer;
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    const Result<qint64> scored = scorer.run(in, *device);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
    if (device == &buffer)
        out << QString::fromLatin1(buffer.data()) << Qt::flush;
    if (!scored.ok())
        return printError(err, scored.error());
    return 0;
}

} // namespace reelpulse::cli
