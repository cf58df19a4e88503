#include "point_file_arguments.h"

#include <cstdio>
#include <filesystem>

#include "argument_walker.h"
#include "data/point_file_reader.h"
#include "io/lesson_import.h"

namespace ebmapp {

bool parsePointFileFlag(const QString& flag, const std::function<QString()>& value,
                        PointFileArguments& arguments) {
  if (flag == QStringLiteral("--data")) {
    arguments.file = value().toStdString();
  } else if (flag == QStringLiteral("--columns")) {
    const QString list = value();
    arguments.choice.coordinates.clear();
    for (const QString& column : list.split(QLatin1Char(',')))
      arguments.choice.coordinates.push_back(column.trimmed().toStdString());
    const auto& chosen = arguments.choice.coordinates;
    const bool empty = std::any_of(chosen.begin(), chosen.end(), [](const auto& c) { return c.empty(); });
    if (chosen.size() < 2 || chosen.size() > 3 || empty) {
      throw UsageError(QStringLiteral("--columns needs 2 or 3 column names or numbers, separated by commas "
                                      "(x,y or x,y,z), not \"%1\".")
                           .arg(list)
                           .toStdString());
    }
  } else if (flag == QStringLiteral("--label")) {
    arguments.choice.label = value().trimmed().toStdString();
    if (arguments.choice.label.empty()) throw UsageError("--label needs a column name or number.");
  } else if (flag == QStringLiteral("--skip-lines")) {
    const QString text = value();
    bool ok = false;
    const int lines = text.toInt(&ok);
    if (!ok || lines < 0 || lines > 1000000) {
      throw UsageError(
          QStringLiteral("--skip-lines needs a whole number ≥ 0, not \"%1\".").arg(text).toStdString());
    }
    arguments.choice.skipLines = lines;
  } else {
    return false;
  }
  return true;
}

void checkPointFileArguments(const PointFileArguments& arguments) {
  const auto& choice = arguments.choice;
  if (arguments.file.empty() && (choice.chosen() || !choice.label.empty() || choice.skipLines > 0))
    throw UsageError("--columns, --label and --skip-lines go with --data FILE.");
  if (!choice.label.empty() && !choice.chosen())
    throw UsageError("--label goes with --columns: choose the x and y columns too (--columns A,B).");
}

void readPointsIntoLesson(ebm::Lesson& lesson, const PointFileArguments& arguments) {
  ebm::PointFileOptions options;
  options.choice = arguments.choice;
  ebm::PointFileReport report;
  ebm::DataSet data = ebm::readPointFile(arguments.file, options, &report);
  const std::string name = std::filesystem::path(arguments.file).filename().string();
  ebm::adoptImportedPoints(lesson, std::move(data), name, arguments.choice, report.skippedRows);
  if (report.skippedRows > 0)
    std::fprintf(stderr, "ebmscape: %s: %s\n", name.c_str(), report.describe().c_str());
}

QString pointFileUsage() {
  return QStringLiteral(
      "      --data FILE.csv reads your own points: with more than 4 columns choose them with\n"
      "      --columns X,Y[,Z] and --label L (header names, or numbers from 1); --skip-lines N skips lines\n"
      "      before the header (scikit-learn's CSVs start with a summary line: --skip-lines 1). Rows with a\n"
      "      missing value (empty, NA, NaN, ?, null) in those columns are skipped and counted.\n");
}

}  // namespace ebmapp
