#include "sudoku/sudoku_solve.h"

#include <chrono>
#include <sstream>

#include "core/errors.h"

namespace ebm::sudoku {

SudokuResult solveSudoku(const Board& clues, const SudokuOptions& options, double timeLimitSeconds) {
  if (!(timeLimitSeconds > 0)) throw ArgumentError("A time limit must be positive.");
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  SudokuSolver solver(clues, options);
  SudokuResult result;
  result.propagated = int(solver.propagation().forced.size());
  if (!solver.contradiction().empty()) {
    result.provedUnsolvable = true;
    result.board = solver.propagation().board;
    result.energy = -1;
    result.message = "No solution: " + solver.contradiction();
  } else if (DiscreteSearch* search = solver.search()) {
    SearchLimits limits;
    limits.seconds = timeLimitSeconds - std::chrono::duration<double>(Clock::now() - start).count();
    limits.sweepsPerSlice = 4;
    if (limits.seconds > 0) search->run(limits);
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!result.provedUnsolvable) {
    result.board = solver.bestBoard();
    result.energy = solver.lowestEnergy();
    result.sweeps = solver.sweeps();
    result.reheats = solver.reheats();
    result.solved = solver.solved() && isSolution(result.board, clues);
    if (!result.solved) {
      std::ostringstream text;
      text << "No solution found within " << timeLimitSeconds << " s (lowest energy " << result.energy
           << " after " << result.sweeps << " sweeps).";
      result.message = text.str();
    }
  }
  return result;
}

}  // namespace ebm::sudoku
