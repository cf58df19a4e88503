// The line an export writes after each frame — "frame N/M" — in one place: the export command writes it, the
// window's export (a child process) reads it back for its progress bar.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <optional>
#include <string>

namespace ebmui {

/// Frames done of all frames.
struct ExportFrameCount {
  int done = 0;
  int total = 0;
};

/// "frame 3/10" (no line end).
[[nodiscard]] inline std::string exportProgressLine(int done, int total) {
  return "frame " + std::to_string(done) + "/" + std::to_string(total);
}

/// The count a line written by exportProgressLine() holds (surrounding blanks ignored), or nothing for
/// any other line.
[[nodiscard]] inline std::optional<ExportFrameCount> parseExportProgressLine(const QString& line) {
  static const QRegularExpression frameLine(QStringLiteral("^frame (\\d+)/(\\d+)$"));
  const QRegularExpressionMatch match = frameLine.match(line.trimmed());
  if (!match.hasMatch()) return std::nullopt;
  return ExportFrameCount{match.captured(1).toInt(), match.captured(2).toInt()};
}

}  // namespace ebmui
