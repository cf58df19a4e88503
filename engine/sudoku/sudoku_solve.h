// One Sudoku solved to the end, within a time limit: what the command line and the benchmark run.
#pragma once

#include <string>

#include "sudoku/sudoku_solver.h"

namespace ebm::sudoku {

/// How a solve ended.
struct SudokuResult {
  bool solved = false;
  Board board{};       ///< the solution, or the lowest-energy board found
  int energy = 0;      ///< 0 when solved; the lowest energy found otherwise (−1: nothing to search)
  double seconds = 0;  ///< wall time, propagation included
  Index sweeps = 0;    ///< descent sweeps (each: every replica updates every free cell once, on average)
  Index reheats = 0;
  int propagated = 0;             ///< cells propagation filled
  bool provedUnsolvable = false;  ///< propagation proved there is no solution
  std::string message;            ///< why it is not solved, in a sentence
};

/// Solves `clues` by `options` until solved, a contradiction, or `timeLimitSeconds` (> 0). A solution is
/// checked against the rules and the clues before it is reported. Throws DataError for clashing clues and
/// ArgumentError for bad options.
[[nodiscard]] SudokuResult solveSudoku(const Board& clues, const SudokuOptions& options,
                                       double timeLimitSeconds);

}  // namespace ebm::sudoku
