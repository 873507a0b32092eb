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

Result<LanguageOptions> languageOptions(const CommandLine &line, Mode mode)
{
    LanguageOptions options;
    const QString codes = u"auto, en, es, pt, de, fr, it"_s;
    if (line.has(u"lang"_s)) {
        const QString value = line.value(u"lang"_s).trimmed().toLower();
        if (value != u"auto") {
            const std::optional<Language> language = languageFromCode(value);
            if (!language || !hasLexicon(*language))
                return Error::invalid(u"lang"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                             "Unknown language \"%1\": use %2.")
                                                     .arg(line.value(u"lang"_s), codes));
            options.language = *language;
        }
    }
    if (line.has(u"hint"_s)) {
        const std::optional<Language> hint = languageFromCode(line.value(u"hint"_s));
        if (!hint || !hasLexicon(*hint))
            return Error::invalid(u"hint"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                         "Unknown language \"%1\": use en, es, pt, "
                                                                         "de, fr or it.")
                                                 .arg(line.value(u"hint"_s)));
        options.hint = *hint;
    }
    if (mode == Mode::Reference && (options.language || line.has(u"hint"_s)))
        return Error::invalid(u"lang"_s, QCoreApplication::translate(
                                             "reelpulse::cli::Sentiment",
                                             "Reference mode reads every text as English, exactly as vaderSentiment "
                                             "does: --lang and --hint need --mode social."));
    return options;
}

int runSentimentFile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto line =
        parseCommandLine(args, u"sentiment file"_s, {u"header"_s}, {u"mode"_s, u"tsv-column"_s, u"lang"_s, u"hint"_s});
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
    auto language = languageOptions(line.value(), options.mode);
    if (!language.ok())
        return printError(err, language.error());
    options.language = language.value();
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
