// Constraint propagation on a Sudoku: the digits each cell may still hold, and the cells the clues force —
// "the constraints shrink the landscape" before any energy descent. No guessing, no backtracking.
#pragma once

#include <string>
#include <vector>

#include "sudoku/sudoku_grid.h"

namespace ebm::sudoku {

/// Why propagation placed a digit.
enum class Forcing {
  kNakedSingle,   ///< the cell has one candidate left
  kHiddenSingle,  ///< the digit has one place left in a row, column or box
};

/// One digit propagation placed.
struct ForcedDigit {
  int cell = 0;
  int digit = 0;
  Forcing by = Forcing::kNakedSingle;
  int unit = -1;  ///< hidden single: the row, column or box (0–26) where it is the only place
};

/// What propagation found.
struct Propagation {
  Board board{};  ///< the clues and every digit propagation placed
  /// Per cell, the digits no filled peer rules out; a filled cell's set is its own digit.
  std::array<DigitSet, kCells> candidates{};
  std::vector<ForcedDigit> forced;      ///< in the order they were found
  std::string contradiction;            ///< empty, or a proof that the clues admit no solution
  [[nodiscard]] bool complete() const;  ///< every cell filled (and no contradiction)
};

/// Candidates of every cell from the clues, and with `fillSingles` the naked and hidden singles they force,
/// repeated until nothing more is forced. A blank cell without a candidate, or a digit without a place in
/// some row, column or box, proves the puzzle has no solution: `contradiction` then says where.
/// The clues must not clash (checkClues()).
[[nodiscard]] Propagation propagate(const Board& clues, bool fillSingles = true);

}  // namespace ebm::sudoku
