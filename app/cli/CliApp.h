#pragma once

#include <QStringList>
#include <QTextStream>

namespace reelpulse::cli {

/// `reelpulse-cli`: global options (`--data-dir DIR`, `--json`, `--version`, `--help`) anywhere on the
/// line, then a command group and its arguments. Returns the process exit code:
/// 0 success, 2 invalid input, 3 not found, 4 conflict, 1 anything else.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace reelpulse::cli
