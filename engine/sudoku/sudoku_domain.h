// The variables an energy descent on a Sudoku works with: which cells are fixed (clues and forced digits),
// which are free, and the digits each free cell may hold — shared read-only by every replica.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/random.h"
#include "sudoku/sudoku_propagation.h"

namespace ebm::sudoku {

/// Up to nine cells (a box's or a line's free cells), held inline: the search's inner loop walks these.
struct CellList {
  std::array<std::uint8_t, kSide> cells{};
  std::uint8_t count = 0;
  void push_back(std::uint8_t cell) { cells[count++] = cell; }
  [[nodiscard]] std::size_t size() const { return count; }
  [[nodiscard]] const std::uint8_t* begin() const { return cells.data(); }
  [[nodiscard]] const std::uint8_t* end() const { return cells.data() + count; }
  std::uint8_t operator[](std::size_t k) const { return cells[k]; }
};

/// Fixed and free cells, and each free cell's allowed digits.
struct SudokuDomain {
  Board fixed{};                           ///< clues and forced digits; 0 for a free cell
  std::array<DigitSet, kCells> allowed{};  ///< per free cell: the digits it may hold
  std::array<CellList, kSide> freeInBox;   ///< per box: its free cells
  std::vector<std::uint8_t> freeCells;     ///< every free cell, in reading order
  /// Per line (rows 0–8, columns 9–17): its free cells.
  std::array<CellList, 2 * kSide> freeInLine;
  std::array<DigitSet, kSide> missingInBox{};  ///< per box: the digits its fixed cells lack

  /// From a propagation: its board is fixed; with `restrictToCandidates` a free cell may hold only its
  /// candidates, otherwise any digit its box lacks. Throws ArgumentError if the propagation found a
  /// contradiction.
  static std::shared_ptr<const SudokuDomain> from(const Propagation& propagation, bool restrictToCandidates);

  /// Fills every box's free cells with a permutation of the digits the box lacks, each cell an allowed
  /// digit, drawn at random (a matching of digits to cells grown by augmenting paths in random order).
  /// Returns false if some box has no such arrangement.
  bool fillBoxes(Board& board, Random& random) const;
  /// Empty, or a proof that some box cannot hold its missing digits in its free cells (Hall's condition
  /// fails), naming the box.
  [[nodiscard]] std::string boxContradiction() const;
};

}  // namespace ebm::sudoku
