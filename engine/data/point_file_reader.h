// Importing a person's own points from a CSV/TSV file: streamed, checked, and refused whole when malformed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_set.h"
#include "data/import_choice.h"
#include "data/import_progress.h"

namespace ebm {

/// A point file that cannot be read, with where the first problem is: what() reads
/// "points.csv, line 17, column 2: "abc" is not a number." (line and column are 1-based; a column of 0 means
/// the line as a whole, a line of 0 the file as a whole).
class PointFileError : public DataError {
 public:
  PointFileError(const std::string& file, std::int64_t line, int column, const std::string& reason);
  [[nodiscard]] std::int64_t line() const { return line_; }
  [[nodiscard]] int column() const { return column_; }

 private:
  std::int64_t line_;
  int column_;
};

/// Which column holds labels, when the columns are decided from the file (ImportChoice::coordinates empty).
enum class LabelColumn {
  Auto,  ///< decided from the header and the values, see readPointFile()
  None,  ///< every column is a coordinate
  Last,  ///< the last column holds labels (any text)
};

/// Options of a point-file import.
struct PointFileOptions {
  LabelColumn labelColumn = LabelColumn::Auto;  ///< only when choice.coordinates is empty
  ImportChoice choice;
  Index maxPoints = 50'000'000;  ///< refuse larger files (a 3D point costs 12 bytes); at least 1
  ImportProgress progress;       ///< optional: called after every 1 MiB read; Stop cancels
};

/// What an import left out: the rows skipped for a missing value, and where the first of them are.
struct PointFileReport {
  static constexpr std::size_t kListedLines = 5;
  Index skippedRows = 0;
  std::vector<std::int64_t> firstSkippedLines;  ///< 1-based line numbers, at most kListedLines

  /// "Skipped 2 rows with a missing value (lines 5, 273)." — empty when nothing was skipped.
  [[nodiscard]] std::string describe() const;
};

/// Reads 2D or 3D points from a delimited text file.
///
/// Format: one point per line. Either the columns are chosen (options.choice: any number of columns, 2 or 3
/// of them coordinates and one optionally a label), or the file has 2 or 3 numeric columns (x, y[, z]),
/// optionally followed by a label column.
/// - Lines: the first options.choice.skipLines lines are not read at all (a summary line such as
///   scikit-learn's "150,4,setosa,versicolor,virginica"). Line numbers in messages still count them.
/// - Delimiter: from the first line that is not blank or a comment: tabs if it has any, else commas or
///   semicolons, else runs of spaces. Other delimiters in the same file are refused (mixed delimiters).
/// - Header: the first such line is a header when none of its fields is a number; its names become
///   DataSet::columnNames (a file without header names chosen columns "column 3").
/// - Comments: '#' outside quotes starts a comment to the end of the line; blank lines are skipped.
///   Fields may be quoted ("..."), with "" for a quote inside.
/// - Missing values: a row whose coordinates or label hold an empty field, NA, N/A, NaN, ? or null (any case)
///   is skipped and counted in `report`; a value that is present but not a number is an error.
/// - Labels (LabelColumn::Auto): with 4 columns the 4th is a label; with 3 the 3rd is a label if the header
///   calls it label/class/target/category/cluster/group/species, or if its first value is text, or if every
///   value is a whole number written without a point (like 0, 1, 2); otherwise it is z. Labels become 0…K−1
///   in order of first appearance (numeric order when all are whole numbers) and DataSet::labelNames keeps
///   their text.
/// - Numbers: decimal, optional exponent; infinities are refused; values must fit a float.
/// - Text must be UTF-8 (a byte-order mark is skipped); LF or CRLF line endings.
/// The file is streamed in 1 MiB chunks: memory is the points themselves (≈ the result, plus at most its
/// growth slack) plus ~1 MiB, whatever the file's size.
///
/// Throws PointFileError (a DataError) naming the line and column of the first problem: an empty file or one
/// without complete rows, one column, more than 4 columns with none chosen, more than 3 numeric columns, a
/// chosen column the file does not have, rows with different numbers of columns, text where a number
/// belongs, infinity, a number beyond float's range, mixed delimiters, an unclosed quote, non-UTF-8 or zero
/// bytes, more than 1000 different labels, more than maxPoints points, a line longer than 64 KiB, a folder,
/// a missing or unreadable file. Throws ImportCancelled when options.progress answers Stop, ArgumentError for
/// options.maxPoints < 1 or an invalid choice. Never returns a partial data set. `report`, if given, says
/// what was skipped.
[[nodiscard]] DataSet readPointFile(const std::filesystem::path& path, const PointFileOptions& options = {},
                                    PointFileReport* report = nullptr);

/// The same format from text in memory; `name` is used for the data set and in messages. Throws as
/// readPointFile().
[[nodiscard]] DataSet readPointText(std::string_view text, const std::string& name = "points",
                                    const PointFileOptions& options = {}, PointFileReport* report = nullptr);

}  // namespace ebm
