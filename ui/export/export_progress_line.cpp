#include "export/export_progress_line.h"

#include <QRegularExpression>

namespace ebmui {

std::string exportProgressLine(int done, int total) {
  return "frame " + std::to_string(done) + "/" + std::to_string(total);
}

std::optional<ExportFrameCount> parseExportProgressLine(const QString& line) {
  static const QRegularExpression frameLine(QStringLiteral("^frame (\\d+)/(\\d+)$"));
  const QRegularExpressionMatch match = frameLine.match(line.trimmed());
  if (!match.hasMatch()) return std::nullopt;
  return ExportFrameCount{match.captured(1).toInt(), match.captured(2).toInt()};
}

}  // namespace ebmui
