#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `export chart|report`: a dashboard's charts as PNG, SVG, PDF or CSV, and the client report as a PDF.
int runExportCommand(CliContext &ctx, const QStringList &args);
/// Whether the command line runs a command that draws (export): main() then makes a QApplication on the offscreen
/// platform instead of a QCoreApplication.
bool commandDraws(const QStringList &arguments);
} // namespace reelpulse::cli
