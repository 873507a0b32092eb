#pragma once

#include "domain/Error.h"
#include "domain/Result.h"
#include "sentiment/DetectedLanguage.h"
#include "sentiment/SentimentTypes.h"

#include <QStringList>
#include <QTextStream>

namespace reelpulse::cli {

struct CommandLine;

/// `sentiment file <path|-> [--mode reference|social] [--lang auto|en|es|pt|de|fr|it] [--hint CODE]
/// [--tsv-column N] [--header]`: scores one text per line and streams `line neg neu pos compound label` (social
/// mode: and `language`) as TSV. Needs no store, so the light front of reelpulse-cli runs it without loading the
/// network and database layers. `args` follow "file".
int runSentimentFile(const QStringList &args, QTextStream &out, QTextStream &err);

/// `--lang` (auto, the default, or a language code: every text is read in that language) and `--hint` (the
/// account's language, a head start for short texts), for `sentiment text` and `sentiment file`. Both need social
/// mode: reference mode reads every text as English.
Result<sentiment::LanguageOptions> languageOptions(const CommandLine &line, sentiment::Mode mode);

/// Prints an error the way every command does ("error (field): message") and returns its exit code.
int printError(QTextStream &err, const Error &error);

} // namespace reelpulse::cli
