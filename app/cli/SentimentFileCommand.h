#pragma once

#include "domain/Error.h"

#include <QStringList>
#include <QTextStream>

namespace reelpulse::cli {

/// `sentiment file <path|-> [--mode reference|social] [--tsv-column N] [--header]`: scores one text per
/// line and streams `line neg neu pos compound label` as TSV. Needs no store, so the light front of
/// reelpulse-cli runs it without loading the network and database layers. `args` follow "file".
int runSentimentFile(const QStringList &args, QTextStream &out, QTextStream &err);

/// Prints an error the way every command does ("error (field): message") and returns its exit code.
int printError(QTextStream &err, const Error &error);

} // namespace reelpulse::cli
