// A point file named on the command line — --data FILE [--columns A,B[,C]] [--label L] [--skip-lines N] —
// parsed the same way for train, render, export and the window.
#pragma once

#include <QString>
#include <functional>
#include <string>

#include "data/import_choice.h"
#include "io/lesson.h"

namespace ebmapp {

struct PointFileArguments {
  std::string file;          ///< the CSV/TSV file, or empty
  ebm::ImportChoice choice;  ///< the columns (names or 1-based numbers) and the lines to skip
};

/// Reads one of --data, --columns, --label, --skip-lines (with its value from `value()`) into `arguments`;
/// returns false for any other flag. Throws UsageError for a bad value (a --skip-lines that is not a whole
/// number ≥ 0, a --columns list of 1 or more than 3 names).
bool parsePointFileFlag(const QString& flag, const std::function<QString()>& value,
                        PointFileArguments& arguments);

/// Throws UsageError for --columns, --label or --skip-lines without --data, or --label without --columns.
void checkPointFileArguments(const PointFileArguments& arguments);

/// Reads the file into `lesson` (adoptImportedPoints(): standardized, the box fitted) and prints on stderr
/// how many rows were skipped for a missing value, if any. Throws as readPointFile() and
/// adoptImportedPoints().
void readPointsIntoLesson(ebm::Lesson& lesson, const PointFileArguments& arguments);

/// The usage lines of the four flags, for usageText().
[[nodiscard]] QString pointFileUsage();

}  // namespace ebmapp
