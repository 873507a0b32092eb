#include "cli/SentimentCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/SentimentFileCommand.h"
#include "sentiment/CommentScorer.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/PythonFloat.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Sentiment",
    "Usage: reelpulse-cli sentiment <command> [options] [--json]\n"
    "\n"
    "Offline comment sentiment (VADER; see docs/sentiment.md).\n"
    "\n"
    "Commands:\n"
    "  text \"<text>\" [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE] [--explain]\n"
    "                      score one text; --explain names its language and lists the words and emoji that\n"
    "                      moved it\n"
    "  file <path|-> [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE]\n"
    "       [--tsv-column N] [--header]\n"
    "                      score one text per line (or column N of a TSV, 1-based; --header skips the first\n"
    "                      line) and stream 'line neg neu pos compound label' (social mode: and 'language')\n"
    "                      as TSV to stdout\n"
    "  summary <task-id> [--by day|week] [--by-language]\n"
    "                      sentiment of a task's comments, per post, per day or ISO week (UTC), and per\n"
    "                      language\n"
    "  rescore [--mode reference|social] [--all]\n"
    "                      score every comment not scored by this engine and mode (--all: every one);\n"
    "                      manual labels are kept\n"
    "  label <comment-id> <positive|negative|neutral|auto>\n"
    "                      set a comment's label by hand ('auto' gives it back to the engine)\n"
    "\n"
    "Modes: social (default: emoji-aware, for comments) or reference (vaderSentiment 3.3.x exactly).\n"
    "Languages (social mode): --lang auto (default) detects each text's language; en, es, pt, de, fr or it reads\n"
    "every text in that one. --hint CODE gives the account's language a head start for short texts. Reference\n"
    "mode reads every text as English.\n");

// As Python prints a score ("0.0", "0.6369", "-0.0002").
QString number(double value)
{
    return PythonFloat::repr(value);
}

QJsonObject scoreJson(const SentimentScore &score)
{
    return {{u"neg"_s, score.neg},
            {u"neu"_s, score.neu},
            {u"pos"_s, score.pos},
            {u"compound"_s, score.compound},
            {u"label"_s, labelName(score.label)}};
}

Result<Mode> modeOption(const CommandLine &line)
{
    if (!line.has(u"mode"_s))
        return SentimentAnalyzer::defaultMode;
    const std::optional<Mode> mode = modeFromName(line.value(u"mode"_s));
    if (!mode)
        return Error::invalid(u"mode"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                     "Unknown mode \"%1\": use social or reference.")
                                             .arg(line.value(u"mode"_s)));
    return *mode;
}

QString basisName(LanguageBasis basis)
{
    switch (basis) {
    case LanguageBasis::NoWords:
        return u"no_words"_s;
    case LanguageBasis::Words:
        return u"words"_s;
    case LanguageBasis::Identifier:
        return u"identifier"_s;
    case LanguageBasis::Hint:
        return u"hint"_s;
    case LanguageBasis::Forced:
        return u"forced"_s;
    case LanguageBasis::English:
        break;
    }
    return u"english"_s;
}

// "es (Spanish), from its words", for --explain.
QString languageLine(const DetectedLanguage &language, Mode mode)
{
    const QString code = language.codeString();
    QString name = languageName(language.language);
    QString how;
    switch (language.basis) {
    case LanguageBasis::NoWords:
        how = QCoreApplication::translate("reelpulse::cli::Sentiment",
                                          "no word to tell it by: only emoji, emoticons and ! ? count");
        break;
    case LanguageBasis::Words:
        how = QCoreApplication::translate("reelpulse::cli::Sentiment", "from its words");
        break;
    case LanguageBasis::Identifier:
        how = QCoreApplication::translate("reelpulse::cli::Sentiment", "from its letters (language identifier)");
        break;
    case LanguageBasis::Hint:
        how = QCoreApplication::translate("reelpulse::cli::Sentiment", "the account's language (--hint)");
        break;
    case LanguageBasis::Forced:
        how = QCoreApplication::translate("reelpulse::cli::Sentiment", "as asked (--lang)");
        break;
    case LanguageBasis::English:
        break;
    }
    if (language.language == Language::Other)
        how += QCoreApplication::translate("reelpulse::cli::Sentiment",
                                           "; no lexicon for it: only emoji, emoticons and ! ? count");
    if (mode == Mode::Reference)
        how += QCoreApplication::translate("reelpulse::cli::Sentiment", "; reference mode reads every text as English");
    return QCoreApplication::translate("reelpulse::cli::Sentiment", "  language: %1 (%2), %3\n").arg(code, name, how);
}

int runText(CliContext &ctx, const CommandLine &line, Mode mode)
{
    const QString text = line.positional.at(0);
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    auto options = languageOptions(line, mode);
    if (!options.ok())
        return ctx.fail(options.error());
    const SentimentExplanation explanation = analyzer.explain(text, options.value());
    const SentimentScore &score = explanation.score;
    const bool explain = line.has(u"explain"_s);
    if (ctx.json) {
        QJsonObject object = scoreJson(score);
        object.insert(u"text"_s, text);
        object.insert(u"mode"_s, modeName(mode));
        object.insert(u"engine"_s, analyzer.engineVersion());
        object.insert(u"language"_s, explanation.language.codeString());
        object.insert(u"language_basis"_s, basisName(explanation.language.basis));
        if (explain) {
            QJsonArray contributions;
            for (const SentimentContribution &c : explanation.contributions)
                contributions.append(QJsonObject{{u"text"_s, c.text},
                                                 {u"term"_s, c.term},
                                                 {u"position"_s, c.position},
                                                 {u"length"_s, c.length},
                                                 {u"weight"_s, roundLikePython(c.weight, 4)},
                                                 {u"emoji"_s, c.emoji},
                                                 {u"repeat"_s, c.repeat}});
            object.insert(u"contributions"_s, contributions);
            object.insert(u"punctuation_emphasis"_s, roundLikePython(explanation.punctuationEmphasis, 4));
        }
        ctx.printJson(object);
        return 0;
    }
    ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment",
                                           "%1  compound %2  (neg %3, neu %4, pos %5)  [%6, %7]\n")
                   .arg(labelName(score.label), number(score.compound), number(score.neg), number(score.neu),
                        number(score.pos), modeName(mode), explanation.language.codeString());
    if (explain) {
        ctx.out << languageLine(explanation.language, mode);
        if (explanation.contributions.isEmpty())
            ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                   "  no word or emoji carries sentiment\n");
        for (const SentimentContribution &c : explanation.contributions) {
            QString what = c.text;
            if (c.term != c.text.toLower())
                what += u"  ("_s + c.term + u')';
            ctx.out << u"  %1  %2\n"_s.arg(QString::number(c.weight, 'f', 3).rightJustified(7), what);
        }
        if (explanation.punctuationEmphasis != 0.0)
            ctx.out << u"  %1  %2\n"_s.arg(
                QString::number(explanation.punctuationEmphasis, 'f', 3).rightJustified(7),
                QCoreApplication::translate("reelpulse::cli::Sentiment", "(! and ? emphasis, added away from zero)"));
    }
    ctx.out.flush();
    return 0;
}

QStringList summaryRow(const QString &name, const SentimentSummary &s)
{
    if (s.isEmpty())
        return {name,   u"0"_s, u"-"_s,
                u"-"_s, u"-"_s, QCoreApplication::translate("reelpulse::cli::Sentiment", "no comments yet")};
    return {name,
            QString::number(s.total()),
            QString::number(s.percentage(Label::Positive), 'f', 1),
            QString::number(s.percentage(Label::Negative), 'f', 1),
            QString::number(s.percentage(Label::Neutral), 'f', 1),
            s.overallName()};
}

int runSummary(CliContext &ctx, const CommandLine &line)
{
    std::optional<SummaryBucket> bucket;
    if (line.has(u"by"_s)) {
        bucket = bucketFromName(line.value(u"by"_s));
        if (!bucket)
            return ctx.fail(Error::invalid(
                u"by"_s, QCoreApplication::translate("reelpulse::cli::Sentiment", "Use --by day or --by week.")));
    }
    auto database = ctx.database();
    if (!database.ok())
        return ctx.fail(database.error());
    CommentSentimentStore store(database.value()->connection());
    auto task = store.resolveTask(line.positional.at(0));
    if (!task.ok())
        return ctx.fail(task.error());
    int unscored = 0;
    auto samples = store.taskSamples(task.value(), &unscored);
    if (!samples.ok())
        return ctx.fail(samples.error());
    auto items = store.taskItems(task.value());
    if (!items.ok())
        return ctx.fail(items.error());
    const SentimentSummary summary = SentimentSummary::fromSamples(samples.value());
    QList<std::pair<SummaryItem, SentimentSummary>> perItem;
    for (const SummaryItem &item : items.value()) {
        auto itemSummary = store.itemSummary(item.rowId);
        if (!itemSummary.ok())
            return ctx.fail(itemSummary.error());
        perItem.append({item, itemSummary.value()});
    }
    const QList<SentimentBucketSummary> buckets =
        bucket ? summarizeByBucket(samples.value(), *bucket) : QList<SentimentBucketSummary>();
    const bool byLanguage = line.has(u"by-language"_s);
    QList<LanguageSummary> languages;
    if (byLanguage) {
        auto read = store.taskLanguages(task.value());
        if (!read.ok())
            return ctx.fail(read.error());
        languages = read.value();
    }

    if (ctx.json) {
        QJsonObject object{{u"task_id"_s, task->id},
                           {u"task_kind"_s, taskKindName(task->kind)},
                           {u"sentiment_summary"_s, summary.toJson()},
                           {u"unscored_comments"_s, unscored}};
        QJsonArray posts;
        for (const auto &[item, itemSummary] : perItem)
            posts.append(QJsonObject{{u"item_id"_s, item.rowId},
                                     {u"platform_id"_s, item.platformId},
                                     {u"shortcode"_s, item.shortcode},
                                     {u"sentiment_analysis"_s, itemSummary.toSentimentAnalysisJson()},
                                     {u"sentiment_summary"_s, itemSummary.toJson()}});
        object.insert(u"posts"_s, posts);
        if (bucket) {
            object.insert(u"by"_s, bucketName(*bucket));
            object.insert(u"buckets"_s, bucketsToJson(buckets, *bucket));
        }
        if (byLanguage) {
            QJsonArray array;
            for (const LanguageSummary &entry : languages)
                array.append(QJsonObject{{u"language"_s, entry.language.isEmpty() ? QJsonValue() : entry.language},
                                         {u"comments"_s, entry.comments},
                                         {u"share"_s, entry.share},
                                         {u"sentiment_summary"_s, entry.summary.toJson()}});
            object.insert(u"languages"_s, array);
        }
        ctx.printJson(object);
        return 0;
    }

    ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment", "Sentiment of %1 task %2\n")
                   .arg(taskKindName(task->kind), task->id);
    if (summary.isEmpty()) {
        ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment", "  No comments yet.\n");
    } else {
        for (const Label label : {Label::Positive, Label::Negative, Label::Neutral})
            ctx.out << u"  %1 %2  %3 %\n"_s.arg(labelName(label).leftJustified(9),
                                                QString::number(summary.count(label)).rightJustified(6),
                                                QString::number(summary.percentage(label), 'f', 1).rightJustified(5));
        ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment", "  overall: %1 of %2 comments")
                       .arg(summary.overallName())
                       .arg(summary.total());
        if (summary.averageCompound())
            ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment", " (average compound %1)")
                           .arg(QString::number(*summary.averageCompound(), 'f', 4));
        ctx.out << u'\n';
    }
    if (unscored > 0)
        ctx.out << QCoreApplication::translate(
                       "reelpulse::cli::Sentiment",
                       "  %1 comment(s) not scored yet: run 'reelpulse-cli sentiment rescore'.\n")
                       .arg(unscored);
    if (!perItem.isEmpty()) {
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Sentiment", "POST"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "COMMENTS"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "POS %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEG %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEU %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "OVERALL")}};
        for (const auto &[item, itemSummary] : perItem)
            rows.append(summaryRow(item.shortcode.isEmpty() ? item.platformId : item.shortcode, itemSummary));
        ctx.out << u'\n';
        printTable(ctx.out, rows);
    }
    if (bucket) {
        QList<QStringList> rows{{bucket == SummaryBucket::Day
                                     ? QCoreApplication::translate("reelpulse::cli::Sentiment", "DAY (UTC)")
                                     : QCoreApplication::translate("reelpulse::cli::Sentiment", "WEEK FROM (UTC)"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "COMMENTS"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "POS %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEG %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEU %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "OVERALL")}};
        for (const SentimentBucketSummary &entry : buckets)
            rows.append(summaryRow(entry.start.toString(Qt::ISODate), entry.summary));
        ctx.out << u'\n';
        printTable(ctx.out, rows);
    }
    if (byLanguage) {
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Sentiment", "LANGUAGE"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "SHARE %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "COMMENTS"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "POS %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEG %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "NEU %"),
                                 QCoreApplication::translate("reelpulse::cli::Sentiment", "OVERALL")}};
        for (const LanguageSummary &entry : languages) {
            const std::optional<Language> language = languageFromCode(entry.language);
            const QString name =
                entry.language.isEmpty()
                    ? QCoreApplication::translate("reelpulse::cli::Sentiment", "(not read yet)")
                    : entry.language + u" ("_s +
                          (language ? languageName(*language)
                                    : QCoreApplication::translate("reelpulse::cli::Sentiment", "no lexicon")) +
                          u')';
            QStringList row = summaryRow(name, entry.summary);
            row.insert(1, QString::number(entry.share, 'f', 1));
            row[2] = QString::number(entry.comments);
            rows.append(row);
        }
        ctx.out << u'\n';
        if (languages.isEmpty())
            ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment", "  No comments yet.\n");
        else
            printTable(ctx.out, rows);
    }
    ctx.out.flush();
    return 0;
}

int runRescore(CliContext &ctx, const CommandLine &line, Mode mode)
{
    auto database = ctx.database();
    if (!database.ok())
        return ctx.fail(database.error());
    const bool interactive = !ctx.json;
    auto report = CommentScorer::score(
        *database.value(), mode, line.has(u"all"_s), 2000, nullptr, [&ctx, interactive](int done, int total) {
            if (interactive)
                ctx.err << QCoreApplication::translate("reelpulse::cli::Sentiment", "\rScoring comments: %1 / %2")
                               .arg(done)
                               .arg(total)
                        << Qt::flush;
        });
    if (!report.ok())
        return ctx.fail(report.error());
    const ScoringReport &r = report.value();
    if (ctx.json) {
        ctx.printJson({{u"scored"_s, r.scored},
                       {u"pending_at_start"_s, r.pendingAtStart},
                       {u"manual_labels_kept"_s, r.manualKept},
                       {u"engine"_s, r.engineVersion},
                       {u"elapsed_ms"_s, r.elapsedMs}});
        return 0;
    }
    if (r.scored > 0)
        ctx.err << u'\n';
    ctx.out << QCoreApplication::translate("reelpulse::cli::Sentiment",
                                           "Scored %1 comment(s) with %2 in %3 s; %4 manual label(s) kept.\n")
                   .arg(r.scored)
                   .arg(r.engineVersion)
                   .arg(QString::number(r.elapsedMs / 1000.0, 'f', 2))
                   .arg(r.manualKept);
    ctx.out.flush();
    return 0;
}

int runLabel(CliContext &ctx, const CommandLine &line)
{
    bool ok = false;
    const qint64 commentId = line.positional.at(0).toLongLong(&ok);
    if (!ok || commentId <= 0)
        return ctx.fail(
            Error::invalid(u"comment"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                     "\"%1\" is not a comment id (a number).")
                                             .arg(line.positional.at(0))));
    const QString value = line.positional.at(1).toLower();
    const std::optional<Label> label = labelFromName(value);
    if (!label && value != u"auto")
        return ctx.fail(
            Error::invalid(u"label"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                                   "Use positive, negative, neutral or auto.")));
    auto database = ctx.database();
    if (!database.ok())
        return ctx.fail(database.error());
    CommentSentimentStore store(database.value()->connection());
    const Status status = label ? store.setManualLabel(commentId, *label) : store.clearManualLabel(commentId);
    if (!status.ok())
        return ctx.fail(status.error());
    if (ctx.json) {
        ctx.printJson({{u"comment_id"_s, commentId},
                       {u"label"_s, label ? labelName(*label) : QString()},
                       {u"manual"_s, label.has_value()}});
        return 0;
    }
    ctx.out << (label ? QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                    "Comment %1 is now labelled %2 (manual; re-scoring keeps it).\n")
                            .arg(commentId)
                            .arg(labelName(*label))
                      : QCoreApplication::translate(
                            "reelpulse::cli::Sentiment",
                            "Comment %1 goes back to the engine's label at the next 'sentiment rescore'.\n")
                            .arg(commentId));
    ctx.out.flush();
    return 0;
}

} // namespace

int runSentimentCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Sentiment", Usage));
    if (sub == u"file" && !args.contains(u"--help"_s) && !args.contains(u"-h"_s))
        return runSentimentFile(args.mid(1), ctx.out, ctx.err);
    auto line =
        parseCommandLine(args.mid(1), u"sentiment "_s + sub, {u"explain"_s, u"all"_s, u"header"_s, u"by-language"_s},
                         {u"mode"_s, u"tsv-column"_s, u"by"_s, u"lang"_s, u"hint"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Sentiment", Usage));
    const QHash<QString, int> arity{
        {u"text"_s, 1}, {u"file"_s, 1}, {u"summary"_s, 1}, {u"rescore"_s, 0}, {u"label"_s, 2}};
    if (!arity.contains(sub))
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Sentiment",
                                                      "Unknown command 'sentiment %1' (see 'sentiment --help').")
                              .arg(sub)));
    if (line->positional.size() != arity.value(sub)) {
        const QString what =
            sub == u"text" ? QCoreApplication::translate("reelpulse::cli::Sentiment", "one text (quote it)")
            : sub == u"file"
                ? QCoreApplication::translate("reelpulse::cli::Sentiment", "one file path (or - for standard input)")
            : sub == u"summary" ? QCoreApplication::translate("reelpulse::cli::Sentiment", "one task id")
            : sub == u"label"   ? QCoreApplication::translate("reelpulse::cli::Sentiment", "a comment id and a label")
                                : QCoreApplication::translate("reelpulse::cli::Sentiment", "no arguments");
        return ctx.fail(Error::invalid(
            u"arguments"_s,
            QCoreApplication::translate("reelpulse::cli::Sentiment", "'sentiment %1' takes %2.").arg(sub, what)));
    }
    auto mode = modeOption(line.value());
    if (!mode.ok())
        return ctx.fail(mode.error());
    if (sub == u"text")
        return runText(ctx, line.value(), mode.value());
    if (sub == u"summary")
        return runSummary(ctx, line.value());
    if (sub == u"rescore")
        return runRescore(ctx, line.value(), mode.value());
    return runLabel(ctx, line.value());
}

} // namespace reelpulse::cli
