#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;

/// `export chart|report`. Drawing needs QtGui, QtWidgets, QtCharts and QtSvg, which reelpulse-cli does not load
/// (its other commands start without them): reelpulse-cli hands an export command line over to
/// reelpulse-cli-export beside it (exportProgram()), which registers the handler that draws.
int runExportCommand(CliContext &ctx, const QStringList &args);

using ExportHandler = int (*)(CliContext &ctx, const QStringList &args);
/// The handler `export` runs (set by reelpulse-cli-export).
void setExportHandler(ExportHandler handler);

/// Whether a command line runs a command that draws (export).
bool commandDraws(const QStringList &arguments);
/// reelpulse-cli-export beside the running reelpulse-cli.
QString exportProgram(const QString &cliPath);
} // namespace reelpulse::cli
