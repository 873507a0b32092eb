#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `export chart|report`: a dashboard's charts as PNG, SVG, PDF or CSV, and the client report as a PDF, drawn by
/// app/charts as in the app. Needs a QApplication (Qt Charts draws through QGraphicsWidget): main() makes one, on
/// the offscreen platform when no display is set, for this command only (commandDraws()).
int runExportCommand(CliContext &ctx, const QStringList &args);
/// Whether a command line runs a command that draws (export).
bool commandDraws(const QStringList &arguments);
} // namespace reelpulse::cli
