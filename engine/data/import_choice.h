// Which columns of a many-column point file hold the points, and where its table starts: what a teacher
// chooses in the import dialog or with --columns, --label and --skip-lines, and what a lesson remembers.
#pragma once

#include <string>
#include <vector>

namespace ebm {

/// A column is named by its header name ("bill_length_mm", any case) or by its 1-based position ("3").
/// Columns that are not chosen are never read, so text columns cost nothing.
struct ImportChoice {
  std::vector<std::string> coordinates;  ///< x, y[, z]: 2 or 3 columns; empty = decided from the file
  std::string label;                     ///< the label column (any text), or empty for none
  int skipLines = 0;  ///< lines before the header or first row that are not part of the table (≥ 0)

  [[nodiscard]] bool chosen() const { return !coordinates.empty(); }
  /// Throws ArgumentError for 1 or more than 3 coordinates, an empty name, a label without coordinates, or
  /// skipLines < 0.
  void validate() const;

  friend bool operator==(const ImportChoice& a, const ImportChoice& b) {
    return a.coordinates == b.coordinates && a.label == b.label && a.skipLines == b.skipLines;
  }
};

}  // namespace ebm
