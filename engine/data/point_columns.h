// Which fields of a point file's rows are coordinates and which is a label: chosen by name or position, or
// guessed from a file of 2 to 4 columns.
#pragma once

#include <string>
#include <vector>

#include "data/point_file_reader.h"
#include "data/point_line.h"

namespace ebm::pointfile {

/// How the reader uses the fields of every row.
struct ColumnLayout {
  enum class LabelKind {
    None,
    Text,       ///< any text is a label name
    Whole,      ///< labels must be whole numbers (a 4th column that started with one)
    Candidate,  ///< a 3rd column of whole numbers so far: labels if it stays so, else z (decided at the end)
  };
  int columnCount = 0;           ///< the fields every row has
  std::vector<int> coordinates;  ///< 0-based columns of x, y[, z] (a Candidate's column included)
  int label = -1;                ///< 0-based label column (Text, Whole, Candidate), or -1
  LabelKind labelKind = LabelKind::None;
  std::vector<int> used;  ///< every column a row needs: a missing value in one of them skips the row

  [[nodiscard]] bool readsLabels() const {
    return labelKind == LabelKind::Text || labelKind == LabelKind::Whole;
  }
};

/// The layout of chosen columns. `headerNames` are the header's names (empty for a file without header).
/// Throws LineFailure (column 0: the header or first row as a whole) for a name the header lacks, a name in a
/// file without header, a position beyond `columnCount`, or a column chosen twice.
[[nodiscard]] ColumnLayout chosenLayout(const ImportChoice& choice,
                                        const std::vector<std::string>& headerNames, int columnCount);

/// Throws LineFailure unless a file whose columns are not chosen has 2 to 4 of them (the message for more
/// lists the header's names and says how to choose).
void checkGuessableColumnCount(int columnCount, const std::vector<std::string>& headerNames);

/// The layout of a file of 2 to 4 columns, guessed from its first complete row and its header (see
/// readPointFile()). Throws LineFailure for 4 numeric columns or a missing label column.
[[nodiscard]] ColumnLayout guessedLayout(LabelColumn labelColumn, const SplitLine& firstRow,
                                         const std::vector<std::string>& headerNames, int columnCount);

/// The 0-based column `choice` names — a header name (exact, else in any case), else a 1-based position —
/// or -1 if it names none. For the import dialog and the reader alike.
[[nodiscard]] int findColumn(const std::string& choice, const std::vector<std::string>& headerNames,
                             int columnCount);

}  // namespace ebm::pointfile
