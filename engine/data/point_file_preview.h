// The first rows of a point file as text, with a guess at its columns: what an import dialog shows a person
// who chooses x, y[, z] and a label.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data/point_file_reader.h"

namespace ebm {

/// A file's table as far as it was previewed.
struct PointFilePreview {
  std::string delimiter;                       ///< "commas", "tabs", "semicolons" or "spaces"
  std::vector<std::string> headerNames;        ///< the header's names, or empty without a header
  std::int64_t headerLine = 0;                 ///< 1-based line of the header (0: none)
  std::vector<std::vector<std::string>> rows;  ///< the first rows' fields, quotes removed
  std::vector<std::int64_t> rowLines;          ///< the 1-based line of each row
  int columnCount = 0;                         ///< the most fields of the header and the rows
  /// Per column: every value previewed that is present is a number (missing values do not count against).
  std::vector<bool> numeric;
  /// A sensible first choice: the first `dimension` numeric columns for x, y[, z] and, as the label, a column
  /// the header calls label/class/species/…, else the first text column, else none. Its columns are header
  /// names when the file has a header, 1-based numbers otherwise. Empty coordinates when too few columns
  /// are numeric.
  ImportChoice suggestion;

  /// The header's name of a 0-based column, or "column N" (1-based).
  [[nodiscard]] std::string columnName(int column) const;
  /// How a column is named in an ImportChoice: its header name, or its 1-based number.
  [[nodiscard]] std::string choiceName(int column) const;
};

/// Reads the first `maxRows` rows of a file after its first `skipLines` lines (and its header) for a preview,
/// guessing a choice of `dimension` (2 or 3) coordinates. Throws PointFileError for a file that is missing,
/// a folder, unreadable, not UTF-8 text, or whose previewed lines cannot be split (an unclosed quote);
/// ArgumentError for skipLines < 0, dimension ∉ {2, 3} or maxRows < 1. An empty table is not an error.
[[nodiscard]] PointFilePreview previewPointFile(const std::filesystem::path& path, int skipLines,
                                                int dimension, int maxRows = 12);
/// The same for text in memory; `name` is used in messages.
[[nodiscard]] PointFilePreview previewPointText(std::string_view text, int skipLines, int dimension,
                                                int maxRows = 12, const std::string& name = "points");

}  // namespace ebm
